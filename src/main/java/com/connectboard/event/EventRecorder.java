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
 * Records the event of a change in the transaction of the change (docs/api.md, "Events"), so an event exists
 * exactly when its change does. The actor is the token's subject and roles, the provider for webhook events, or the
 * account holder for what it did on a hosted page.
 */
@ApplicationScoped
public class EventRecorder {

    public static final String PROVIDER_SUBJECT = "provider";
    /** Subject prefix of events the account holder caused on a hosted page, followed by the account id. */
    public static final String ACCOUNT_HOLDER_PREFIX = "account_holder:";

    @Inject
    EventRepository events;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity record(String type, String accountId, Map<String, ?> data) {
        String subject = caller.subject();
        return persist(type, accountId, data, subject == null ? PROVIDER_SUBJECT : subject,
                subject == null ? new String[0] : caller.roles().toArray(String[]::new));
    }

    /** An event as {@link #record} would write it, for a statement that inserts it itself. */
    public record Prepared(String id, String type, String actorSubject, String[] actorRoles, String accountId,
            String data) {
    }

    /**
     * The row {@link #record} would write, for a change made in one database call that inserts the event with it
     * (sendFunds to a balance, docs/money.md): the same id, actor and data; the statement sets the time (the
     * change's). The caller must insert it in the transaction of the change, as {@link #record} does.
     */
    public Prepared prepare(String type, String accountId, Map<String, ?> data) {
        String subject = caller.subject();
        return new Prepared(Ids.newId(EventEntity.ID_PREFIX), type, subject == null ? PROVIDER_SUBJECT : subject,
                subject == null ? new String[0] : caller.roles().toArray(String[]::new), accountId, toJson(data));
    }

    /**
     * An event the account holder caused on a hosted page: there is no token, and the actor is not the provider, so
     * the subject names the account holder ({@code account_holder:<account id>}) and there are no roles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEntity recordByAccountHolder(String type, String accountId, Map<String, ?> data) {
        return persist(type, accountId, data, ACCOUNT_HOLDER_PREFIX + accountId, new String[0]);
    }

    private EventEntity persist(String type, String accountId, Map<String, ?> data, String subject, String[] roles) {
        EventEntity event = new EventEntity();
        event.id = Ids.newId(EventEntity.ID_PREFIX);
        event.type = type;
        event.createdAt = Instant.now(clock);
        event.actorSubject = subject;
        event.actorRoles = roles;
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
