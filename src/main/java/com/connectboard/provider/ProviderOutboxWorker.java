package com.connectboard.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers provider_outbox rows through {@link ProviderClient}, at least once, with exponential backoff and a bounded
 * number of attempts. Safe with any number of replicas: a claim locks due rows with {@code FOR UPDATE SKIP LOCKED}
 * (two replicas never claim the same row) and pushes their next_attempt_at out by a lease in its own short
 * transaction; delivery then runs outside any transaction (no row lock held across an HTTP call), and its outcome is
 * written in another. A replica that dies mid-delivery leaves the row to be retried when the lease runs out.
 * Claims go platform by platform, so on Citus each claim is a single-shard statement (docs/scaling.md).
 */
@ApplicationScoped
public class ProviderOutboxWorker {

    private static final Logger LOG = Logger.getLogger(ProviderOutboxWorker.class);
    private static final int BATCH = 20;
    private static final int MAX_ERROR_LENGTH = 500;

    @Inject
    EntityManager entityManager;
    @Inject
    ProviderClient client;
    @Inject
    ProviderConfig config;
    @Inject
    Clock clock;

    @Scheduled(identity = "provider-outbox", every = "${connectboard.provider.outbox-interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.error("Provider outbox run failed; the next run retries", e);
        }
    }

    /** One run: claims the due messages and tries each once. Returns how many were tried. */
    public int deliverDue() {
        List<ProviderClient.OutboxMessage> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        for (ProviderClient.OutboxMessage message : claimed) {
            String error = null;
            try {
                client.deliver(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            String outcome = error;
            QuarkusTransaction.requiringNew().run(() -> record(message, outcome));
        }
        return claimed.size();
    }

    private List<ProviderClient.OutboxMessage> claim() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        // No result class: see AccountRepository.page (Hibernate's native query plan cache).
        @SuppressWarnings("unchecked")
        List<String> platforms = entityManager.createNativeQuery("""
                SELECT DISTINCT platform_id FROM provider_outbox
                WHERE delivered_at IS NULL AND next_attempt_at <= ?1""")
                .setParameter(1, now).getResultList();
        Timestamp lease = Timestamp.from(now.toInstant().plus(config.outboxLease()));
        List<ProviderClient.OutboxMessage> claimed = new ArrayList<>();
        for (String platformId : platforms) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    SELECT id, kind, CAST(payload AS text), attempts FROM provider_outbox
                    WHERE platform_id = ?1 AND delivered_at IS NULL AND next_attempt_at <= ?2
                    ORDER BY next_attempt_at, id LIMIT ?3
                    FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, platformId).setParameter(2, now).setParameter(3, BATCH).getResultList();
            for (Object[] row : rows) {
                String id = (String) row[0];
                int attempt = ((Number) row[3]).intValue() + 1;
                entityManager.createNativeQuery("""
                        UPDATE provider_outbox SET attempts = ?3, next_attempt_at = ?4
                        WHERE platform_id = ?1 AND id = ?2""")
                        .setParameter(1, platformId).setParameter(2, id).setParameter(3, attempt)
                        .setParameter(4, lease).executeUpdate();
                claimed.add(new ProviderClient.OutboxMessage(id, platformId, (String) row[1], (String) row[2], attempt));
            }
        }
        return claimed;
    }

    private void record(ProviderClient.OutboxMessage message, String error) {
        Instant now = Instant.now(clock);
        if (error == null) {
            entityManager.createNativeQuery("""
                    UPDATE provider_outbox SET delivered_at = ?3, next_attempt_at = NULL, last_error = NULL
                    WHERE platform_id = ?1 AND id = ?2""")
                    .setParameter(1, message.platformId()).setParameter(2, message.id())
                    .setParameter(3, Timestamp.from(now)).executeUpdate();
            return;
        }
        boolean giveUp = message.attempt() >= config.outboxMaxAttempts();
        Instant next = now.plus(backoff(message.attempt()));
        // Given up: no next attempt (the row stays, undelivered, with its last error for an operator to see).
        var update = entityManager.createNativeQuery(giveUp
                ? "UPDATE provider_outbox SET next_attempt_at = NULL, last_error = ?3 WHERE platform_id = ?1 AND id = ?2"
                : "UPDATE provider_outbox SET next_attempt_at = ?4, last_error = ?3 WHERE platform_id = ?1 AND id = ?2")
                .setParameter(1, message.platformId()).setParameter(2, message.id())
                .setParameter(3, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
        if (!giveUp) {
            update.setParameter(4, Timestamp.from(next));
        }
        update.executeUpdate();
        if (giveUp) {
            LOG.errorf("Outbox message %s (%s) not delivered after %d attempts, given up: %s", message.id(),
                    message.kind(), message.attempt(), error);
        } else {
            LOG.warnf("Outbox message %s (%s) attempt %d failed, retry at %s: %s", message.id(), message.kind(),
                    message.attempt(), next, error);
        }
    }

    /** Exponential: the base after the first failure, doubled after each further one, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.outboxBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(config.outboxMaxBackoff()) > 0 ? config.outboxMaxBackoff() : wait;
    }
}
