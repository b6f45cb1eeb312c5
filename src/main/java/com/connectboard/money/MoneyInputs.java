package com.connectboard.money;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the money mutations. Amounts are integers in the currency's minor unit (cents; yen have none). */
public final class MoneyInputs {

    private MoneyInputs() {
    }

    // A decimal type on purpose: the integer scalar would silently truncate 1.5 to 1; this way a fraction is refused.
    static final String AMOUNT = "An integer in the currency's minor unit (cents; yen have none), at least 1; a fraction "
            + "is refused.";

    static final String KEY = "Required, 1 to 255 characters, unique per request on your platform: a retry with the "
            + "same key and the same input returns the first result and moves nothing again.";

    @Input("AddToBalanceInput")
    public record AddToBalance(
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case.") String currency,
            @Description("Up to 500 characters.") String description,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("SendFundsInput")
    public record SendFunds(
            @Id @NonNull String accountId,
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case.") String currency,
            @Description("Up to 500 characters.") String description,
            @DefaultValue("ACCOUNT_BALANCE") TransferDestination destination,
            @Id @Description("For EXTERNAL_ACCOUNT: the account's bank account or debit card (ba_ / card_) in this "
                    + "currency.") String externalAccountId,
            @DefaultValue("STANDARD") @Description("For EXTERNAL_ACCOUNT; INSTANT only to a debit card.") PayoutMethod method,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("PullFundsInput")
    public record PullFunds(
            @Id @NonNull String accountId,
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case: the account's default currency.") String currency,
            @Description("Up to 500 characters.") String description,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("RecordDebitConsentInput")
    public record RecordDebitConsent(
            @Id @NonNull String accountId,
            @NonNull @Description("When the account holder consented; not in the future.") Instant consentedAt,
            @NonNull @Description("Your reference of the consent, 1 to 255 characters.") String reference) {
    }
}
