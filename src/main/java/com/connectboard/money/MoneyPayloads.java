package com.connectboard.money;

import java.util.List;

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
    public record AddToBalance(TopUp topUp, @NonNull List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static AddToBalance refused(List<UserError> errors) {
            return new AddToBalance(null, errors);
        }
    }

    @Type("SendFundsPayload")
    public record SendFunds(Transfer transfer, Payout payout, @NonNull List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static SendFunds refused(List<UserError> errors) {
            return new SendFunds(null, null, errors);
        }
    }

    @Type("PullFundsPayload")
    public record PullFunds(AccountDebit accountDebit, @NonNull List<@NonNull UserError> userErrors)
            implements
                Idempotency.Result {

        static PullFunds refused(List<UserError> errors) {
            return new PullFunds(null, errors);
        }
    }

    @Type("RecordDebitConsentPayload")
    public record RecordDebitConsent(DebitConsent debitConsent, @NonNull List<@NonNull UserError> userErrors) {

        static RecordDebitConsent refused(List<UserError> errors) {
            return new RecordDebitConsent(null, errors);
        }
    }
}
