package com.connectboard.support;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.PageInfo;
import com.connectboard.graphql.PageRequest;

@Description("A page of support cases, newest first.")
public class SupportCaseConnection {

    @Ignore
    private final PageRequest.Slice<SupportCase> slice;
    @Ignore
    private final SupportCaseRepository.CaseFilter filter;

    SupportCaseConnection(PageRequest.Slice<SupportCase> slice, SupportCaseRepository.CaseFilter filter) {
        this.slice = slice;
        this.filter = filter;
    }

    @Description("The page's cases, each with its cursor.")
    public @NonNull List<@NonNull SupportCaseEdge> getEdges() {
        return slice.edges(SupportCaseEdge::new);
    }

    @Description("The page's cases without their cursors.")
    public @NonNull List<@NonNull SupportCase> getNodes() {
        return slice.items();
    }

    @Description("Whether more pages follow, and the cursor to fetch the next one (endCursor as after).")
    public @NonNull PageInfo getPageInfo() {
        return slice.pageInfo();
    }

    /** The filter of the list, for {@code totalCount} (counted only when a client asks for it); null: nothing. */
    SupportCaseRepository.CaseFilter filter() {
        return filter;
    }

    @Description("A support case and its position.")
    public record SupportCaseEdge(
            @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
            @NonNull @Description("The case.") SupportCase node) {
    }
}
