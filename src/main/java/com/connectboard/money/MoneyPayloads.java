package com.connectboard.money;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.Money;
import com.connectboard.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Payloads of the money mutations; each is what a replay of its idempotency key returns. */
// Stored as JSON with the idempotency key and read back by Jackson: the native image needs their constructors.
@RegisterForReflection(targets = {MoneyPayloads.AddToBalance.class, MoneyPayloads.SendFunds.class,
        MoneyPayloads.PullFunds.class, TopUp.class, Transfer.class, Payout.class, Payout.Destination.class,
        AccountDebit.class, Money.class, UserError.class})
public final class MoneyPayloads {

    private MoneyPayloads() {
    }

    @Type("AddToBalancePayload")
    @Description("Result of addToBalance.")
    public record AddToBalance(@Description("The new top-up, PENDING; null when refused.") TopUp topUp,
            @NonNull @Description("Why nothing moved; empty on success. A replay of the idempotency key returns the first result, errors included.") List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static AddToBalance refused(List<UserError> errors) {
            return new AddToBalance(null, errors);
        }
    }

    @Type("SendFundsPayload")
    @Description("Result of sendFunds.")
    public record SendFunds(@Description("The transfer to the account; null when refused.") Transfer transfer,
            @Description("For destination EXTERNAL_ACCOUNT: the payout that carries the money on, PENDING; null "
                    + "otherwise or when refused.") Payout payout,
            @NonNull @Description("Why nothing moved; empty on success. A replay of the idempotency key returns the first result, errors included.") List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static SendFunds refused(List<UserError> errors) {
            return new SendFunds(null, null, errors);
        }
    }

    @Type("PullFundsPayload")
    @Description("Result of pullFunds.")
    public record PullFunds(@Description("The debit; null when refused.") AccountDebit accountDebit,
            @NonNull @Description("Why nothing moved; empty on success. A replay of the idempotency key returns the first result, errors included.") List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static PullFunds refused(List<UserError> errors) {
            return new PullFunds(null, errors);
        }
    }

    @Type("RecordDebitConsentPayload")
    @Description("Result of recordDebitConsent.")
    public record RecordDebitConsent(@Description("The consent now on record; null when refused.") DebitConsent debitConsent,
            @NonNull @Description("Why nothing was recorded; empty on success. Codes: INVALID_INPUT, NOT_FOUND, "
                    + "ACCOUNT_REMOVED.") List<@NonNull UserError> userErrors) {

        static RecordDebitConsent refused(List<UserError> errors) {
            return new RecordDebitConsent(null, errors);
        }
    }
}
