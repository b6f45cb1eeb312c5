package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The account holder's consent to debits by your platform (recordDebitConsent); pullFunds needs one.")
public record DebitConsent(
        @NonNull @Description("When the account holder consented.") Instant consentedAt,
        @NonNull @Description("Your reference of the consent (a mandate or agreement id).") String reference,
        @NonNull @Description("When it was recorded here.") Instant recordedAt) {

    static DebitConsent of(DebitConsentEntity e) {
        return new DebitConsent(e.consentedAt, e.reference, e.recordedAt);
    }
}
