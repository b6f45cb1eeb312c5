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

        public @NonNull List<@NonNull TopUpEdge> getEdges() {
            return slice().edges(TopUpEdge::new);
        }

        public record TopUpEdge(@NonNull String cursor, @NonNull TopUp node) {
        }
    }

    @Description("A page of transfers, newest first.")
    public static class TransferConnection extends MoneyConnection<Transfer> {
        TransferConnection(PageRequest.Slice<Transfer> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        public @NonNull List<@NonNull TransferEdge> getEdges() {
            return slice().edges(TransferEdge::new);
        }

        public record TransferEdge(@NonNull String cursor, @NonNull Transfer node) {
        }
    }

    @Description("A page of payouts, newest first.")
    public static class PayoutConnection extends MoneyConnection<Payout> {
        PayoutConnection(PageRequest.Slice<Payout> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        public @NonNull List<@NonNull PayoutEdge> getEdges() {
            return slice().edges(PayoutEdge::new);
        }

        public record PayoutEdge(@NonNull String cursor, @NonNull Payout node) {
        }
    }

    @Description("A page of account debits, newest first.")
    public static class AccountDebitConnection extends MoneyConnection<AccountDebit> {
        AccountDebitConnection(PageRequest.Slice<AccountDebit> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        public @NonNull List<@NonNull AccountDebitEdge> getEdges() {
            return slice().edges(AccountDebitEdge::new);
        }

        public record AccountDebitEdge(@NonNull String cursor, @NonNull AccountDebit node) {
        }
    }

    @Description("A page of balance transactions, newest first.")
    public static class BalanceTransactionConnection extends MoneyConnection<BalanceTransaction> {
        BalanceTransactionConnection(PageRequest.Slice<BalanceTransaction> slice, MoneyRepository.ListQuery query) {
            super(slice, query);
        }

        public @NonNull List<@NonNull BalanceTransactionEdge> getEdges() {
            return slice().edges(BalanceTransactionEdge::new);
        }

        public record BalanceTransactionEdge(@NonNull String cursor, @NonNull BalanceTransaction node) {
        }
    }
}
