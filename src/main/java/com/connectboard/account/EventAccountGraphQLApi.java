package com.connectboard.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.event.Event;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/** {@code Event.account}: the account feature adds it to the shared event type, so events know no account class. */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class EventAccountGraphQLApi {

    @Inject
    AccountRepository accounts;

    @Description("The account the event is about; null for platform events and for accounts since removed.")
    public List<ConnectedAccount> account(@Source List<Event> sources) {
        Set<String> ids = sources.stream().map(Event::accountId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, ConnectedAccount> live = accounts.findLive(ids).stream().map(ConnectedAccount::of)
                .collect(Collectors.toMap(ConnectedAccount::id, Function.identity()));
        return sources.stream().map(event -> event.accountId() == null ? null : live.get(event.accountId())).toList();
    }
}
