package com.connectboard.person;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountInputs.AddressInput;

/** Inputs and the payload of the person mutations (docs/persons.md; userErrors as docs/api.md says). */
public final class PersonInputs {

    private PersonInputs() {
    }

    @Input("PersonRelationshipInput")
    @Description("Fields left out keep their value.")
    public record Relationship(@Description("Owns part of the business.") Boolean owner,
            @Description("0 to 100, at most two decimals; the account's persons together own at most 100.") BigDecimal percentOwnership,
            @Description("true makes the person the representative (the previous one loses the role); false is refused "
                    + "for the current representative: set another one first.") Boolean representative,
            @Description("Sits on the board of directors.") Boolean director,
            @Description("Has significant control over the business.") Boolean executive,
            @Description("Job title; an empty string clears it.") String title) {
    }

    @Input("AddPersonInput")
    @Description("A new person of an account. Refusals in userErrors (all at once, nothing written): NOT_FOUND, "
            + "ACCOUNT_REMOVED, INVALID_INPUT (e.g. ownership over 100% in total).")
    public record Add(@Id @NonNull @Description("acct_ id of the account the person belongs to.") String accountId,
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String firstName,
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String lastName,
            @Description("The person's email address.") String email,
            @Description("E.164, like +14155550123.") String phone,
            @Description("YYYY-MM-DD; the person must be at least 13.") String dob,
            @Description("Home address.") AddressInput address,
            @Description("Roles in the business; left out: none.") Relationship relationship,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("UpdatePersonInput")
    @Description("Fields left out or null keep their value; an empty string clears a text field.")
    public record Update(@Id @NonNull @Description("person_ id.") String personId,
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String firstName,
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String lastName,
            @Description("The person's email address.") String email,
            @Description("E.164, like +14155550123.") String phone,
            @Description("YYYY-MM-DD; the person must be at least 13.") String dob,
            @Description("Home address; its fields merge one by one.") AddressInput address,
            @Description("Roles to change; representative false is refused for the current representative "
                    + "(CANNOT_REMOVE_REPRESENTATIVE).") Relationship relationship,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("RemovePersonInput")
    @Description("The person to delete for good. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, "
            + "CANNOT_REMOVE_REPRESENTATIVE.")
    public record Remove(@Id @NonNull @Description("person_ id.") String personId) {
    }

    @Input("SetRepresentativeInput")
    @Description("The account and the person who becomes its representative. Refusals in userErrors: NOT_FOUND, "
            + "ACCOUNT_REMOVED.")
    public record SetRepresentative(@Id @NonNull @Description("acct_ id.") String accountId,
            @Id @NonNull @Description("person_ id of one of the account's persons.") String personId) {
    }

}
