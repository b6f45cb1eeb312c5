package com.connectboard.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.security.Tenant;

/**
 * Applies a verified provider event exactly once. The event's id is inserted into {@code provider_event} in the same
 * transaction as its effects; the primary key makes a concurrent or later replay insert nothing, and then nothing is
 * applied (no check-then-insert race).
 */
@ApplicationScoped
public class ProviderEventProcessor {

    public enum Outcome {
        APPLIED, DUPLICATE
    }

    private final Map<String, ProviderEventHandler> handlers = new HashMap<>();
    private final EntityManager entityManager;
    private final Tenant tenant;
    private final Clock clock;

    @Inject
    public ProviderEventProcessor(Instance<ProviderEventHandler> handlers, EntityManager entityManager, Tenant tenant,
            Clock clock) {
        for (ProviderEventHandler handler : handlers) {
            if (this.handlers.put(handler.type(), handler) != null) {
                throw new IllegalStateException("Two handlers for provider event type " + handler.type());
            }
        }
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.clock = clock;
    }

    public ProviderEventHandler handlerFor(ProviderEvent event) {
        ProviderEventHandler handler = handlers.get(event.type());
        if (handler == null) {
            throw ProviderEventRejected.malformed("Unknown event type `" + event.type() + "`");
        }
        return handler;
    }

    @Transactional
    public Outcome process(ProviderEvent event) {
        ProviderEventHandler handler = handlerFor(event);
        String platformId = handler.platformOf(event);
        tenant.actAs(platformId);
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO provider_event (platform_id, id, type, created_at, applied_at)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, platformId)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.created())
                .setParameter(5, Instant.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        handler.apply(event);
        return Outcome.APPLIED;
    }
}
