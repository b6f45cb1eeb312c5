package com.connectboard.person;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.graphql.UserError;

/** Inputs and the payload of the person mutations (docs/persons.md; userErrors as docs/api.md says). */
public final class PersonInputs {

    private PersonInputs() {
    }

    @Input("PersonRelationshipInput")
    @Description("Fields left out keep their value.")
    public record Relationship(Boolean owner,
            @Description("0 to 100, at most two decimals; the account's persons together own at most 100.") BigDecimal percentOwnership,
            @Description("true makes the person the representative (the previous one loses the role); false is refused "
                    + "for the current representative: set another one first.") Boolean representative,
            Boolean director, Boolean executive,
            @Description("Job title; an empty string clears it.") String title) {
    }

    @Input("AddPersonInput")
    public record Add(@Id @NonNull String accountId, String firstName, String lastName, String email,
            @Description("E.164, like +14155550123.") String phone,
            @Description("YYYY-MM-DD; the person must be at least 13.") String dob, AddressInput address,
            Relationship relationship,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("UpdatePersonInput")
    @Description("Fields left out or null keep their value; an empty string clears a text field.")
    public record Update(@Id @NonNull String personId, String firstName, String lastName, String email, String phone,
            @Description("YYYY-MM-DD; the person must be at least 13.") String dob, AddressInput address,
            Relationship relationship,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("RemovePersonInput")
    public record Remove(@Id @NonNull String personId) {
    }

    @Input("SetRepresentativeInput")
    public record SetRepresentative(@Id @NonNull String accountId, @Id @NonNull String personId) {
    }

    @Type("PersonPayload")
    public record Payload(Person person, @NonNull List<@NonNull UserError> userErrors) {

        static Payload refused(UserError error) {
            return new Payload(null, List.of(error));
        }

        static Payload refused(List<UserError> errors) {
            return new Payload(null, errors);
        }
    }
}
