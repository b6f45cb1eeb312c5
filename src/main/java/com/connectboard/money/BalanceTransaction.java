package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Node;

@Description("One change to a balance: an entry of the ledger. Immutable; a correction is a new one.")
public record BalanceTransaction(
        @Id @NonNull @Description("txn_ id.") String id,
        @NonNull @Description("Which step of which kind of movement it records.") BalanceTransactionType type,
        @NonNull @Description("Positive: money in; negative: money out.") Money amount,
        @NonNull @Description("Which balance changed.") BalanceType balanceType,
        @Id @NonNull @Description("The top-up, transfer, payout or account debit (tu_, tr_, po_, debit_) it belongs to.") String sourceId,
        @Description("The description given to the movement; null when none was given.") String description,
        @NonNull @Description("When the balance changed (UTC).") Instant createdAt)
        implements
            Node {

    @Description("The part of a balance an entry changed.")
    public enum BalanceType {
        @Description("Money that can be moved now.")
        AVAILABLE, @Description("Money on its way in (top-ups the provider has not confirmed).")
        PENDING
    }

    static BalanceTransaction of(LedgerEntryEntity e) {
        return new BalanceTransaction(e.id, e.type, new Money(e.amount, e.currency), BalanceType.valueOf(e.book.name()),
                e.movementId, e.description, e.createdAt);
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
