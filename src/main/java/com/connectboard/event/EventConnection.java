package com.connectboard.event;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Connection;
import com.connectboard.graphql.PageRequest;

@Description("A page of events, newest first.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    EventConnection(PageRequest.Slice<Event> slice, LongSupplier count) {
        super(slice, EventEdge::new, count);
    }

    @Description("The page's events, each with its cursor.")
    public @NonNull List<@NonNull EventEdge> getEdges() {
        return edges();
    }

    @Override
    @Description("The page's events without their cursors.")
    public @NonNull List<@NonNull Event> getNodes() {
        return super.getNodes();
    }

    @Description("An event and its position.")
    public record EventEdge(
            @NonNull @Description(CURSOR) String cursor,
            @NonNull @Description("The event.") Event node) {
    }
}
