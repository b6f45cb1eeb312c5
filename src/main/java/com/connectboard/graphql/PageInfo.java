package com.connectboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay). Cursors are opaque; pass endCursor as `after` for the next page.")
public record PageInfo(
        @NonNull @Description("More items follow this page.") Boolean hasNextPage,
        @NonNull @Description("Items precede this page.") Boolean hasPreviousPage,
        @Description("Cursor of the first item, null on an empty page.") String startCursor,
        @Description("Cursor of the last item, null on an empty page.") String endCursor) {
}
