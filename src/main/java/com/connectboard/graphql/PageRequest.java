package com.connectboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validated forward page request: {@code first} between 1 and {@value #MAX_PAGE_SIZE} (default
 * {@value #DEFAULT_PAGE_SIZE}) and an optional {@code after} cursor. Repositories fetch {@link #fetchSize()} rows so
 * that {@link #slice} can tell whether another page follows without a second query.
 */
public record PageRequest(int size, Optional<Cursor> after) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageRequest forward(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiErrors.badInput("`first` must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return new PageRequest(size, Optional.ofNullable(after).map(cursor -> Cursor.decode("after", cursor)));
    }

    public int fetchSize() {
        return size + 1;
    }

    /** Cuts the fetched rows to the page and describes it. */
    public <T> Slice<T> slice(List<T> fetched, Function<T, Cursor> cursorOf) {
        boolean hasNext = fetched.size() > size;
        List<T> items = hasNext ? new ArrayList<>(fetched.subList(0, size)) : fetched;
        List<String> cursors = items.stream().map(item -> cursorOf.apply(item).encode()).toList();
        PageInfo info = new PageInfo(hasNext, after.isPresent(),
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Slice<>(items, cursors, info);
    }

    public record Slice<T>(List<T> items, List<String> cursors, PageInfo pageInfo) {
    }
}
