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
        @Id @NonNull String accountId,
        @Id @Description("The transfer it continues, for sendFunds to EXTERNAL_ACCOUNT.") String transferId,
        @NonNull Destination destination,
        @NonNull Money amount,
        String description,
        @NonNull PayoutMethod method,
        @NonNull PayoutStatus status,
        @Description("When the provider expects it to arrive (set when IN_TRANSIT).") Instant expectedArrivalAt,
        Instant arrivedAt,
        @Description("The provider's code when FAILED.") String failureCode,
        @Description("The provider's explanation when FAILED.") String failureMessage,
        @NonNull Instant createdAt,
        @NonNull Instant updatedAt)
        implements
            Node {

    @Type("PayoutDestination")
    @Description("Where a payout goes; kept as it was when the payout was made.")
    public record Destination(@Id @NonNull @Description("ba_ or card_ id.") String id,
            @NonNull ExternalAccountKind kind,
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
