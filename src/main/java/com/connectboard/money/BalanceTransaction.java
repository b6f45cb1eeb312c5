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
        @NonNull BalanceTransactionType type,
        @NonNull @Description("Positive: money in; negative: money out.") Money amount,
        @NonNull @Description("Which balance changed.") BalanceType balanceType,
        @Id @NonNull @Description("The top-up, transfer, payout or account debit (tu_, tr_, po_, debit_) it belongs to.") String sourceId,
        String description,
        @NonNull Instant createdAt)
        implements
            Node {

    public enum BalanceType {
        AVAILABLE, PENDING
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
