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
    @Description("A top-up of your platform's balance. Refusals in userErrors: INVALID_INPUT, IDEMPOTENCY_KEY_MISMATCH. "
            + "Not allowed while viewing as an account (FORBIDDEN).")
    public record AddToBalance(
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case.") String currency,
            @Description("Up to 500 characters.") String description,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("SendFundsInput")
    @Description("Money from your platform's available balance to an account. Refusals in userErrors: INVALID_INPUT, "
            + "NOT_FOUND, ACCOUNT_REMOVED, PLATFORM_NOT_LIABLE, CAPABILITY_INACTIVE, CURRENCY_MISMATCH (the external "
            + "account's currency differs), INSUFFICIENT_FUNDS, IDEMPOTENCY_KEY_MISMATCH; nothing moves then.")
    public record SendFunds(
            @Id @NonNull @Description("acct_ id of the receiving account; its TRANSFERS capability must be ACTIVE.") String accountId,
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case.") String currency,
            @Description("Up to 500 characters.") String description,
            @DefaultValue("ACCOUNT_BALANCE") @Description("The account's balance (default), or straight on to its external "
                    + "account as a payout (needs a platform liable for its negative balances).") TransferDestination destination,
            @Id @Description("For EXTERNAL_ACCOUNT: the account's bank account or debit card (ba_ / card_) in this "
                    + "currency.") String externalAccountId,
            @DefaultValue("STANDARD") @Description("For EXTERNAL_ACCOUNT; INSTANT only to a debit card.") PayoutMethod method,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("PullFundsInput")
    @Description("Money from an account's available balance back to your platform's. Refusals in userErrors: "
            + "INVALID_INPUT, NOT_FOUND, ACCOUNT_REMOVED, PLATFORM_NOT_LIABLE, CONSENT_REQUIRED, REGION_UNSUPPORTED, "
            + "REGION_MISMATCH, CURRENCY_MISMATCH, INSUFFICIENT_FUNDS, IDEMPOTENCY_KEY_MISMATCH; nothing moves then.")
    public record PullFunds(
            @Id @NonNull @Description("acct_ id of the account to debit.") String accountId,
            @NonNull @Description(AMOUNT) BigDecimal amount,
            @NonNull @Description("ISO 4217, lower case: the account's default currency.") String currency,
            @Description("Up to 500 characters.") String description,
            @NonNull @Description(KEY) String idempotencyKey) {
    }

    @Input("RecordDebitConsentInput")
    @Description("The account holder's consent to debits by your platform. Refusals in userErrors: INVALID_INPUT, "
            + "NOT_FOUND, ACCOUNT_REMOVED.")
    public record RecordDebitConsent(
            @Id @NonNull @Description("acct_ id of the consenting account.") String accountId,
            @NonNull @Description("When the account holder consented; not in the future.") Instant consentedAt,
            @NonNull @Description("Your reference of the consent, 1 to 255 characters.") String reference) {
    }
}
