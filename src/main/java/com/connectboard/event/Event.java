package com.connectboard.event;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("Something that changed: every mutation and every applied provider event records one.")
public record Event(
        @Id @NonNull @Description("evt_ id.") String id,
        @NonNull @Description("What happened, e.g. account.created, platform.updated, platform.registered.") String type,
        @NonNull @Description("When (UTC).") Instant createdAt,
        @NonNull @Description("Who: the token's subject and roles, subject \"provider\" for provider events, or "
                + "\"account_holder:<account id>\" for what the account holder did on a hosted page.") Actor actor,
        @Ignore String accountId,
        @NonNull @Description("The change, as a JSON object (for updates: field -> {from, to}).") String data)
        implements
            Node {

    static Event of(EventEntity entity) {
        return new Event(entity.id, entity.type, entity.createdAt,
                new Actor(entity.actorSubject, List.of(entity.actorRoles)), entity.accountId, entity.data);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }

    @Description("Who caused an event.")
    public record Actor(
            @NonNull @Description("The token's sub claim, \"provider\", or \"account_holder:<account id>\".") String subject,
            @NonNull @Description("The token's roles at the time.") List<@NonNull String> roles) {
    }
}
