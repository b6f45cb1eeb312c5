package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Node;

@Description("Money sent from your platform's available balance to a connected account's (sendFunds).")
public record Transfer(
        @Id @NonNull @Description("tr_ id.") String id,
        @Id @NonNull @Description("The receiving account (kept after the account is removed: money history stays).") String accountId,
        @NonNull @Description("What was sent, a positive amount in the currency's minor unit.") Money amount,
        @Description("The description given with sendFunds; null when none was given.") String description,
        @NonNull @Description("The account's balance, or on to its external account (then a payout follows).") TransferDestination destination,
        @NonNull @Description("When the money moved (UTC).") Instant createdAt)
        implements
            Node,
            BalanceTransactionSource {

    static Transfer of(TransferEntity e) {
        return new Transfer(e.id, e.accountId, new Money(e.amount, e.currency), e.description, e.destination,
                e.createdAt);
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
