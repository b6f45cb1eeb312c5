package com.connectboard.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection: one page of a newest-first list ({@link PageRequest#slice}), its edges, nodes and
 * {@link PageInfo}, and the list's count for {@code totalCount}. Every list of the API is one of these; a feature
 * declares a thin subclass per list, because the schema names each list's types ({@code TransferConnection},
 * {@code TransferEdge}): SmallRye GraphQL would name this class's parameterized types {@code Connection_Transfer}.
 * The subclass gives the type its name and description, its edge type {@code E} (a record of {@code cursor} and
 * {@code node}, built here), and {@code getEdges} with its description; it overrides {@link #getNodes} or
 * {@link #getPageInfo} only where its list describes them in its own words.
 * <p>
 * {@code totalCount} is not a getter here: each feature serves it as a {@code @Source} field calling
 * {@link #totalCount()}, so that the count query runs on a worker thread like every resolver, and only when a client
 * selects it.
 */
public abstract class Connection<T, E> {

    /** The schema's words for an edge's {@code cursor} (every list but connectedAccounts, which also pages back). */
    public static final String CURSOR = "Opaque position of this item; pass it as after to page on from here.";

    @Ignore
    private final PageRequest.Slice<T> slice;
    @Ignore
    private final BiFunction<String, T, E> edge;
    @Ignore
    private final LongSupplier count;

    /**
     * @param edge the list's edge type, from a cursor and an item
     * @param count how many items the list has over all pages (called only for {@code totalCount})
     */
    protected Connection(PageRequest.Slice<T> slice, BiFunction<String, T, E> edge, LongSupplier count) {
        this.slice = slice;
        this.edge = edge;
        this.count = count;
    }

    /** The page's edges, in page order; a subclass serves them as {@code getEdges} with its own description. */
    protected List<E> edges() {
        return IntStream.range(0, slice.items().size())
                .mapToObj(i -> edge.apply(slice.cursors().get(i), slice.items().get(i))).toList();
    }

    @Description("The page's items without their cursors.")
    public @NonNull List<@NonNull T> getNodes() {
        return slice.items();
    }

    @Description("Whether more pages follow, and the cursor to fetch the next one (endCursor as after).")
    public @NonNull PageInfo getPageInfo() {
        return slice.pageInfo();
    }

    /** For the list's {@code totalCount} field. */
    public int totalCount() {
        return Math.toIntExact(count.getAsLong());
    }
}
