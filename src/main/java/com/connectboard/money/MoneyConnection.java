package com.connectboard.money;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.PageInfo;
import com.connectboard.graphql.PageRequest;

/**
 * A page of one kind of money object, newest first; each kind names its own GraphQL type by a subclass. The list's
 * query is kept for {@code totalCount}, which is counted only when a client asks for it.
 */
public abstract class MoneyConnection<T> {

    @Ignore
    private final PageRequest.Slice<T> slice;
    @Ignore
    private final MoneyRepository.ListQuery query;

    MoneyConnection(PageRequest.Slice<T> slice, MoneyRepository.ListQuery query) {
        this.slice = slice;
        this.query = query;
    }

    @Description("The page's items without their cursors.")
    public @NonNull List<@NonNull T> getNodes() {
        return slice.items();
    }

    @Description("Whether more pages follow, and the cursor to fetch the next one (endCursor as after).")
    public @NonNull PageInfo getPageInfo() {
        return slice.pageInfo();
    }

    /** For {@code totalCount}, a field of MoneyGraphQLApi so that it runs on a worker thread like every query. */
    int count() {
        return query.count();
    }

    PageRequest.Slice<T> slice() {
        return slice;
    }

    @Description("A page of top-ups, newest first.")
    public static class TopUpConnection extends MoneyConnection<TopUp> {
        TopUpConnection(PageRequest.Slice<TopUp> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        @Description("The page's top-ups, each with its cursor.")
        public @NonNull List<@NonNull TopUpEdge> getEdges() {
            return slice().edges(TopUpEdge::new);
        }

        @Description("One of the page's top-ups and its position.")
        public record TopUpEdge(
                @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
                @NonNull @Description("The top-up.") TopUp node) {
        }
    }

    @Description("A page of transfers, newest first.")
    public static class TransferConnection extends MoneyConnection<Transfer> {
        TransferConnection(PageRequest.Slice<Transfer> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        @Description("The page's transfers, each with its cursor.")
        public @NonNull List<@NonNull TransferEdge> getEdges() {
            return slice().edges(TransferEdge::new);
        }

        @Description("One of the page's transfers and its position.")
        public record TransferEdge(
                @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
                @NonNull @Description("The transfer.") Transfer node) {
        }
    }

    @Description("A page of payouts, newest first.")
    public static class PayoutConnection extends MoneyConnection<Payout> {
        PayoutConnection(PageRequest.Slice<Payout> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        @Description("The page's payouts, each with its cursor.")
        public @NonNull List<@NonNull PayoutEdge> getEdges() {
            return slice().edges(PayoutEdge::new);
        }

        @Description("One of the page's payouts and its position.")
        public record PayoutEdge(
                @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
                @NonNull @Description("The payout.") Payout node) {
        }
    }

    @Description("A page of account debits, newest first.")
    public static class AccountDebitConnection extends MoneyConnection<AccountDebit> {
        AccountDebitConnection(PageRequest.Slice<AccountDebit> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        @Description("The page's account debits, each with its cursor.")
        public @NonNull List<@NonNull AccountDebitEdge> getEdges() {
            return slice().edges(AccountDebitEdge::new);
        }

        @Description("One of the page's account debits and its position.")
        public record AccountDebitEdge(
                @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
                @NonNull @Description("The account debit.") AccountDebit node) {
        }
    }

    @Description("A page of balance transactions, newest first.")
    public static class BalanceTransactionConnection extends MoneyConnection<BalanceTransaction> {
        BalanceTransactionConnection(PageRequest.Slice<BalanceTransaction> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        @Description("The page's balance transactions, each with its cursor.")
        public @NonNull List<@NonNull BalanceTransactionEdge> getEdges() {
            return slice().edges(BalanceTransactionEdge::new);
        }

        @Description("One of the page's balance transactions and its position.")
        public record BalanceTransactionEdge(
                @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
                @NonNull @Description("The balance transaction.") BalanceTransaction node) {
        }
    }
}
