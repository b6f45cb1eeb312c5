package com.connectboard.money;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Connection;
import com.connectboard.graphql.PageRequest;

/** The money lists, each a {@link Connection} named for the schema with its edge type. */
public final class MoneyConnections {

    private MoneyConnections() {
    }

    @Description("A page of top-ups, newest first.")
    public static class TopUpConnection extends Connection<TopUp, TopUpEdge> {
        TopUpConnection(PageRequest.Slice<TopUp> slice, LongSupplier count) {
            super(slice, TopUpEdge::new, count);
        }

        @Description("The page's top-ups, each with its cursor.")
        public @NonNull List<@NonNull TopUpEdge> getEdges() {
            return edges();
        }
    }

    @Description("One of the page's top-ups and its position.")
    public record TopUpEdge(@NonNull @Description(Connection.CURSOR) String cursor,
            @NonNull @Description("The top-up.") TopUp node) {
    }

    @Description("A page of transfers, newest first.")
    public static class TransferConnection extends Connection<Transfer, TransferEdge> {
        TransferConnection(PageRequest.Slice<Transfer> slice, LongSupplier count) {
            super(slice, TransferEdge::new, count);
        }

        @Description("The page's transfers, each with its cursor.")
        public @NonNull List<@NonNull TransferEdge> getEdges() {
            return edges();
        }
    }

    @Description("One of the page's transfers and its position.")
    public record TransferEdge(@NonNull @Description(Connection.CURSOR) String cursor,
            @NonNull @Description("The transfer.") Transfer node) {
    }

    @Description("A page of payouts, newest first.")
    public static class PayoutConnection extends Connection<Payout, PayoutEdge> {
        PayoutConnection(PageRequest.Slice<Payout> slice, LongSupplier count) {
            super(slice, PayoutEdge::new, count);
        }

        @Description("The page's payouts, each with its cursor.")
        public @NonNull List<@NonNull PayoutEdge> getEdges() {
            return edges();
        }
    }

    @Description("One of the page's payouts and its position.")
    public record PayoutEdge(@NonNull @Description(Connection.CURSOR) String cursor,
            @NonNull @Description("The payout.") Payout node) {
    }

    @Description("A page of account debits, newest first.")
    public static class AccountDebitConnection extends Connection<AccountDebit, AccountDebitEdge> {
        AccountDebitConnection(PageRequest.Slice<AccountDebit> slice, LongSupplier count) {
            super(slice, AccountDebitEdge::new, count);
        }

        @Description("The page's account debits, each with its cursor.")
        public @NonNull List<@NonNull AccountDebitEdge> getEdges() {
            return edges();
        }
    }

    @Description("One of the page's account debits and its position.")
    public record AccountDebitEdge(@NonNull @Description(Connection.CURSOR) String cursor,
            @NonNull @Description("The account debit.") AccountDebit node) {
    }

    @Description("A page of balance transactions, newest first.")
    public static class BalanceTransactionConnection extends Connection<BalanceTransaction, BalanceTransactionEdge> {
        BalanceTransactionConnection(PageRequest.Slice<BalanceTransaction> slice, LongSupplier count) {
            super(slice, BalanceTransactionEdge::new, count);
        }

        @Description("The page's balance transactions, each with its cursor.")
        public @NonNull List<@NonNull BalanceTransactionEdge> getEdges() {
            return edges();
        }
    }

    @Description("One of the page's balance transactions and its position.")
    public record BalanceTransactionEdge(@NonNull @Description(Connection.CURSOR) String cursor,
            @NonNull @Description("The balance transaction.") BalanceTransaction node) {
    }
}
