package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.account.ExternalAccountKind;
import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Node;

@Description("Money on its way from an account's balance to its bank account or debit card.")
public record Payout(
        @Id @NonNull @Description("po_ id.") String id,
        @Id @NonNull @Description("acct_ id of the account paid out (kept after the account is removed).") String accountId,
        @Id @Description("tr_ id of the transfer it continues, for sendFunds to EXTERNAL_ACCOUNT; null otherwise.") String transferId,
        @NonNull @Description("The bank account or debit card it goes to.") Destination destination,
        @NonNull @Description("What is paid out, a positive amount in the currency's minor unit.") Money amount,
        @Description("The description given with sendFunds; null when none was given.") String description,
        @NonNull @Description("STANDARD or INSTANT.") PayoutMethod method,
        @NonNull @Description("PENDING, then IN_TRANSIT, then PAID or FAILED, as the provider reports.") PayoutStatus status,
        @Description("When the provider expects it to arrive (set when IN_TRANSIT).") Instant expectedArrivalAt,
        @Description("When the provider reported it arrived; null until PAID.") Instant arrivedAt,
        @Description("The provider's code when FAILED.") String failureCode,
        @Description("The provider's explanation when FAILED.") String failureMessage,
        @NonNull @Description("When it was created (UTC).") Instant createdAt,
        @NonNull @Description("When its status last changed (UTC).") Instant updatedAt)
        implements
            Node,
            BalanceTransactionSource {

    /**
     * Has no id of its own: it is the payout's copy of where it went, not an object, and giving it the external
     * account's id made Relay's store see two types under one id.
     */
    @Type("PayoutDestination")
    @Description("Where a payout goes; kept as it was when the payout was made, even after the bank account or card is "
            + "removed. Not an object of its own (no id): externalAccount is the bank account or card itself.")
    public record Destination(
            @Id @NonNull @Description("ba_ or card_ id of the bank account or debit card (kept after it is removed).") String externalAccountId,
            @NonNull @Description("Bank account or debit card.") ExternalAccountKind kind,
            @NonNull @Description("Last four digits; the full number is never stored.") String last4) {
    }

    static Payout of(PayoutEntity e) {
        return new Payout(e.id, e.accountId, e.transferId,
                new Destination(e.externalAccountId, e.externalAccountKind, e.externalAccountLast4),
                new Money(e.amount, e.currency), e.description, e.method, e.status, e.expectedArrivalAt, e.arrivedAt,
                e.failureCode, e.failureMessage, e.createdAt, e.updatedAt);
    }

    Cursor cursor() {
        return new Cursor(createdAt, id);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
