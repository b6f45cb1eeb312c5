package com.connectboard.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.PageRequest;
import com.connectboard.security.Allowed;
import com.connectboard.security.Caller;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class EventGraphQLApi implements NodeResolver {

    @Inject
    EventRepository events;
    @Inject
    ViewAs viewAs;
    @Inject
    Caller caller;
    @Inject
    EventFeed feed;

    @Query
    @Description("Events of your platform, newest first. Viewing as an account: only that account's events.")
    public @NonNull EventConnection events(
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Id @Description("Only events of this account.") String accountId,
            @Description("Only events of this type, e.g. account.created.") String type) {
        PageRequest page = PageRequest.forward(first, after);
        Optional<String> viewed = viewAs.accountId();
        if (viewed.isPresent() && accountId != null && !viewed.get().equals(accountId)) {
            return new EventConnection(page.slice(List.<Event>of(), Event::createdAt, Event::id), () -> 0);
        }
        EventRepository.EventFilter filter = new EventRepository.EventFilter(viewed.orElse(accountId), type);
        List<Event> fetched = events.page(filter, page).stream().map(Event::of).toList();
        return new EventConnection(page.slice(fetched, Event::createdAt, Event::id), () -> events.count(filter));
    }

    @Subscription("events")
    @Description("Events of your platform as they are committed, oldest first, each once; viewing as an account (header "
            + "or connection_init key Connected-Account): only that account's. GraphQL over WebSocket on the GraphQL "
            + "path, subprotocol graphql-transport-ws; the bearer token goes in connection_init's payload as "
            + "{\"Authorization\": \"Bearer ...\"} or in the upgrade's header. The socket closes when the token expires. "
            + "See docs/events.md.")
    public @NonNull Multi<@NonNull Event> eventsStream(
            @Id @Description("Only events of this account; viewing as another account, nothing.") String accountId) {
        Optional<String> viewed = viewAs.accountId();
        if (viewed.isPresent() && accountId != null && !viewed.get().equals(accountId)) {
            return Multi.createFrom().empty();
        }
        return feed.subscribe(caller.platformId(), viewed.orElse(accountId));
    }

    @Description("How many events match the filters, over all pages. Counted only when asked for.")
    public int totalCount(@Source EventConnection connection) {
        return connection.totalCount();
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(EventEntity.ID_PREFIX);
    }

    @Override
    public Optional<Event> resolve(String id) {
        Optional<String> viewed = viewAs.accountId();
        return events.findByIdOptional(id).map(Event::of)
                .filter(event -> viewed.isEmpty() || viewed.get().equals(event.accountId()));
    }
}
