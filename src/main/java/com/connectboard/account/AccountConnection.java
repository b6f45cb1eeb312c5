package com.connectboard.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.PageInfo;
import com.connectboard.graphql.PageRequest;

@Description("A page of connected accounts, newest first.")
public class AccountConnection {

    @Ignore
    private final PageRequest.Slice<ConnectedAccount> slice;
    @Ignore
    private final AccountRepository.ListQuery query;

    AccountConnection(PageRequest.Slice<ConnectedAccount> slice, AccountRepository.ListQuery query) {
        this.slice = slice;
        this.query = query;
    }

    @Description("The page's accounts, each with its cursor.")
    public @NonNull List<@NonNull AccountEdge> getEdges() {
        return slice.edges(AccountEdge::new);
    }

    @Description("The page's accounts without their cursors.")
    public @NonNull List<@NonNull ConnectedAccount> getNodes() {
        return slice.items();
    }

    @Description("Whether more pages follow or precede, and the cursors to fetch them.")
    public @NonNull PageInfo getPageInfo() {
        return slice.pageInfo();
    }

    AccountRepository.ListQuery query() {
        return query;
    }

    @Description("An account and its position.")
    public record AccountEdge(
            @NonNull @Description("Opaque position of this account; pass it as after (or before) to page from here.") String cursor,
            @NonNull @Description("The account.") ConnectedAccount node) {
    }
}
