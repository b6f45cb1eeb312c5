package com.connectboard.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.graphql.Ids;
import com.connectboard.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records the event of a change in the transaction of the change (contract sections 1 and 8), so an event exists
 * exactly when its change does. The actor is the token's subject and roles, or the provider for webhook events.
 */
@ApplicationScoped
public class EventRecorder {

    public static final String PROVIDER_SUBJECT = "provider";

    private final EventRepository events;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public EventRecorder(EventRepository events, Caller caller, ObjectMapper json, Clock clock) {
        this.events = events;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity record(String type, String accountId, Map<String, ?> data) {
        EventEntity event = new EventEntity();
        event.id = Ids.newId(EventEntity.ID_PREFIX);
        event.type = type;
        event.createdAt = Instant.now(clock);
        String subject = caller.subject();
        event.actorSubject = subject == null ? PROVIDER_SUBJECT : subject;
        event.actorRoles = subject == null ? new String[0] : caller.roles().toArray(String[]::new);
        event.accountId = accountId;
        event.data = toJson(data);
        events.persist(event);
        return event;
    }

    private String toJson(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data of an unserializable type", e);
        }
    }
}
