package com.connectboard.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.UserError;

/** Results of the person mutations: the person, or the userErrors that left everything unchanged. */
public final class PersonPayloads {

    private PersonPayloads() {
    }

    @Type("PersonPayload")
    @Description("Result of addPerson, updatePerson, removePerson and setRepresentative.")
    public record Change(
            @Description("The person as added, changed, made representative or (removePerson) as it was before "
                    + "deletion; null when refused.") Person person,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "INVALID_INPUT, CANNOT_REMOVE_REPRESENTATIVE.") List<@NonNull UserError> userErrors) {

        static Change refused(List<UserError> errors) {
            return new Change(null, errors);
        }
    }
}
