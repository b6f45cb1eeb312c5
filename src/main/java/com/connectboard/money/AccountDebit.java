package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Node;

@Description("Money taken from a connected account's balance back to your platform's (pullFunds).")
public record AccountDebit(
        @Id @NonNull @Description("debit_ id.") String id,
        @Id @NonNull @Description("acct_ id of the debited account (kept after the account is removed).") String accountId,
        @NonNull @Description("What was taken, in the account's default currency; a positive amount in the minor unit.") Money amount,
        @Description("Your description from pullFunds; null when none was given.") String description,
        @NonNull @Description("When the money moved (UTC).") Instant createdAt)
        implements
            Node,
            BalanceTransactionSource {

    static AccountDebit of(AccountDebitEntity e) {
        return new AccountDebit(e.id, e.accountId, new Money(e.amount, e.currency), e.description, e.createdAt);
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
