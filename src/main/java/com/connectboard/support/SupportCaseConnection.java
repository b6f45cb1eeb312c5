package com.connectboard.support;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Connection;
import com.connectboard.graphql.PageRequest;

@Description("A page of support cases, newest first.")
public class SupportCaseConnection extends Connection<SupportCase, SupportCaseConnection.SupportCaseEdge> {

    SupportCaseConnection(PageRequest.Slice<SupportCase> slice, LongSupplier count) {
        super(slice, SupportCaseEdge::new, count);
    }

    @Description("The page's cases, each with its cursor.")
    public @NonNull List<@NonNull SupportCaseEdge> getEdges() {
        return edges();
    }

    @Override
    @Description("The page's cases without their cursors.")
    public @NonNull List<@NonNull SupportCase> getNodes() {
        return super.getNodes();
    }

    @Description("A support case and its position.")
    public record SupportCaseEdge(
            @NonNull @Description(CURSOR) String cursor,
            @NonNull @Description("The case.") SupportCase node) {
    }
}
