package com.connectboard.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.PageInfo;
import com.connectboard.graphql.PageRequest;

@Description("A page of events, newest first.")
public class EventConnection {

    @Ignore
    private final PageRequest.Slice<Event> slice;
    @Ignore
    private final EventRepository.EventFilter filter;

    EventConnection(PageRequest.Slice<Event> slice, EventRepository.EventFilter filter) {
        this.slice = slice;
        this.filter = filter;
    }

    @Description("The page's events, each with its cursor.")
    public @NonNull List<@NonNull EventEdge> getEdges() {
        return slice.edges(EventEdge::new);
    }

    @Description("The page's events without their cursors.")
    public @NonNull List<@NonNull Event> getNodes() {
        return slice.items();
    }

    @Description("Whether more pages follow, and the cursor to fetch the next one (endCursor as after).")
    public @NonNull PageInfo getPageInfo() {
        return slice.pageInfo();
    }

    /** The filters of the list, for {@code totalCount} (counted only when a client asks for it). */
    EventRepository.EventFilter filter() {
        return filter;
    }

    @Description("An event and its position.")
    public record EventEdge(
            @NonNull @Description("Opaque position of this item; pass it as after to page on from here.") String cursor,
            @NonNull @Description("The event.") Event node) {
    }
}
