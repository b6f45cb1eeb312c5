package com.connectboard.person;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.details.Address;
import com.connectboard.graphql.Node;

@Description("An owner, director, executive or the representative of a connected account. The id number is never "
        + "returned: only whether it was given and its last four characters.")
public record Person(
        @Id @NonNull @Description("person_ id.") String id,
        @Description("First name; null until given.") String firstName,
        @Description("Last name; null until given.") String lastName,
        @Description("The person's email address; null until given.") String email,
        @Description("E.164 phone number.") String phone,
        @Description("Date of birth, ISO 8601 (YYYY-MM-DD).") String dob,
        @Description("Home address; null until given.") Address address,
        @NonNull @Description("Roles in the business: owner (and share), representative, director, executive, title.") Relationship relationship,
        @NonNull @Description("UNVERIFIED until the provider reports on the person's identity.") PersonVerificationStatus verificationStatus,
        @NonNull @Description("An id number was given.") Boolean idNumberProvided,
        @Description("Last four characters of the id number; null when none was given.") String idNumberLast4)
        implements
            Node {

    static Person of(PersonEntity p) {
        return new Person(p.id, p.firstName, p.lastName, p.email, p.phone, p.dob == null ? null : p.dob.toString(),
                p.address,
                new Relationship(p.owner,
                        // Always two decimals, as stored (numeric(5,2)), whether just written or read back.
                        p.percentOwnership == null ? null : p.percentOwnership.setScale(2, RoundingMode.UNNECESSARY),
                        p.representative, p.director, p.executive, p.title),
                p.verificationStatus, p.idNumberLast4 != null, p.idNumberLast4);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }

    @Description("How the person relates to the account.")
    public record Relationship(
            @NonNull @Description("Owns part of the business.") Boolean owner,
            @Description("Share of the business owned, 0 to 100 with at most two decimals.") BigDecimal percentOwnership,
            @NonNull @Description("Represents the account towards the provider; exactly one person does.") Boolean representative,
            @NonNull @Description("Sits on the board of directors.") Boolean director,
            @NonNull @Description("Has significant control over the business (an executive).") Boolean executive,
            @Description("Job title, e.g. CEO.") String title) {
    }
}
