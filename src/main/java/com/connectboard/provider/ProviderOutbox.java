package com.connectboard.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.graphql.Ids;
import com.connectboard.security.Tenant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Queues a message for the provider in the transaction of the change that causes it, so the message exists exactly
 * when the change does; {@link ProviderOutboxWorker} delivers it afterwards. Native SQL (no entity): the row names
 * the caller's platform explicitly, the worker reads across platforms.
 */
@ApplicationScoped
public class ProviderOutbox {

    public static final String ID_PREFIX = "out";

    @Inject
    EntityManager entityManager;
    @Inject
    Tenant tenant;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public String enqueue(String kind, Map<String, ?> payload) {
        String id = Ids.newId(ID_PREFIX);
        Timestamp now = Timestamp.from(Instant.now(clock));
        entityManager.createNativeQuery("""
                INSERT INTO provider_outbox (platform_id, id, kind, payload, created_at, attempts, next_attempt_at)
                VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5, 0, ?5)""")
                .setParameter(1, tenant.platformId())
                .setParameter(2, id)
                .setParameter(3, kind)
                .setParameter(4, toJson(payload))
                .setParameter(5, now)
                .executeUpdate();
        return id;
    }

    private String toJson(Map<String, ?> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload of an unserializable type", e);
        }
    }
}
