package com.connectboard.graphql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.connectboard.error.ApiErrors;

/**
 * A validated page request (Relay): {@code first}/{@code after} pages forward (newer to older), {@code last}/
 * {@code before} backward; sizes between 1 and {@value #MAX_PAGE_SIZE} (default {@value #DEFAULT_PAGE_SIZE}).
 * Repositories fetch {@link #fetchSize()} rows in {@link #backward()} order so that {@link #slice} can tell whether
 * another page follows without a second query.
 */
public record PageRequest(int size, Optional<Cursor> after, Optional<Cursor> before, boolean backward) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** The schema's words for a {@code first} argument, made from the limits above so that they cannot drift apart. */
    public static final String FIRST = "1 to " + MAX_PAGE_SIZE + "; default " + DEFAULT_PAGE_SIZE + ".";
    /** The schema's words for an {@code after} argument. */
    public static final String AFTER = "A cursor from a previous page.";

    public static PageRequest forward(Integer first, String after) {
        return of(first, after, null, null);
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw ApiErrors.badInput("Give `first` (with `after`) or `last` (with `before`), not both");
        }
        boolean backward = last != null || (before != null && first == null);
        int size = backward ? checkSize("last", last) : checkSize("first", first);
        return new PageRequest(size, Optional.ofNullable(after).map(cursor -> Cursor.decode("after", cursor)),
                Optional.ofNullable(before).map(cursor -> Cursor.decode("before", cursor)), backward);
    }

    private static int checkSize(String argument, Integer requested) {
        int size = requested == null ? DEFAULT_PAGE_SIZE : requested;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiErrors.badInput("`" + argument + "` must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return size;
    }

    public int fetchSize() {
        return size + 1;
    }

    /**
     * Cuts the fetched rows (newest first when forward, oldest first when backward) to the page, in newest-first
     * order, and describes it.
     */
    /**
     * The page of items listed newest first by {@code (createdAt, id)}, the order of every list: the cursor is that
     * key, so a list names the two accessors rather than writing its own cursor method.
     */
    public <T> Slice<T> slice(List<T> fetched, Function<T, Instant> createdAt, Function<T, String> id) {
        return slice(fetched, item -> new Cursor(createdAt.apply(item), id.apply(item)));
    }

    public <T> Slice<T> slice(List<T> fetched, Function<T, Cursor> cursorOf) {
        boolean more = fetched.size() > size;
        List<T> items = new ArrayList<>(more ? fetched.subList(0, size) : fetched);
        if (backward) {
            Collections.reverse(items);
        }
        List<String> cursors = items.stream().map(item -> cursorOf.apply(item).encode()).toList();
        boolean hasNext = backward ? before.isPresent() : more;
        boolean hasPrevious = backward ? more : after.isPresent();
        PageInfo info = new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Slice<>(List.copyOf(items), cursors, info);
    }

    /** One page: its items (newest first), each item's cursor, and where the page sits ({@link Connection}). */
    public record Slice<T>(List<T> items, List<String> cursors, PageInfo pageInfo) {
    }
}
