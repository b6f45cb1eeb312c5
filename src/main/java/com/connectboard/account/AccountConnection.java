package com.connectboard.account;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Connection;
import com.connectboard.graphql.PageInfo;
import com.connectboard.graphql.PageRequest;

@Description("A page of connected accounts, newest first.")
public class AccountConnection extends Connection<ConnectedAccount, AccountConnection.AccountEdge> {

    AccountConnection(PageRequest.Slice<ConnectedAccount> slice, LongSupplier count) {
        super(slice, AccountEdge::new, count);
    }

    @Description("The page's accounts, each with its cursor.")
    public @NonNull List<@NonNull AccountEdge> getEdges() {
        return edges();
    }

    @Override
    @Description("The page's accounts without their cursors.")
    public @NonNull List<@NonNull ConnectedAccount> getNodes() {
        return super.getNodes();
    }

    /** The only list that pages backward too (last, before). */
    @Override
    @Description("Whether more pages follow or precede, and the cursors to fetch them.")
    public @NonNull PageInfo getPageInfo() {
        return super.getPageInfo();
    }

    @Description("An account and its position.")
    public record AccountEdge(
            @NonNull @Description("Opaque position of this account; pass it as after (or before) to page from here.") String cursor,
            @NonNull @Description("The account.") ConnectedAccount node) {
    }
}
