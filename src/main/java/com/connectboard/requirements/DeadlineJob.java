package com.connectboard.requirements;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.connectboard.security.CrossPlatform;
import com.connectboard.security.Tenant;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;

/**
 * Re-evaluates accounts whose next deadline passed (an item becomes past due, a future requirement comes due, the
 * inactivity hold starts), since no input changes then. Safe with several replicas: each account is taken with
 * {@code FOR UPDATE SKIP LOCKED} in its own transaction, so two replicas never evaluate one account at once, and an
 * account a mutation holds is left to that mutation, which re-evaluates it itself. Idempotent: evaluation is a function
 * of the stored inputs and the clock, and an account whose next deadline moved on is skipped.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);
    private static final int BATCH = 500;

    @Inject
    CrossPlatform crossPlatform;
    @Inject
    Work work;
    @Inject
    Clock clock;

    @Scheduled(identity = "requirements-deadlines", every = "${connectboard.requirements.deadline-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int evaluated = runOnce();
        if (evaluated > 0) {
            LOG.infof("Re-evaluated %d accounts whose deadline passed", evaluated);
        }
    }

    /** One pass over every platform; returns how many accounts it re-evaluated. Tests call it directly. */
    public int runOnce() {
        Instant now = Instant.now(clock);
        int evaluated = 0;
        List<Map.Entry<String, List<String>>> due;
        do {
            due = List.copyOf(dueAccounts(now).entrySet());
            int before = evaluated;
            for (Map.Entry<String, List<String>> platform : due) {
                evaluated += inRequestContext(platform.getKey(), platform.getValue(), now);
            }
            // Accounts another replica holds stay due; stop rather than spin on them.
            if (evaluated == before) {
                break;
            }
        } while (!due.isEmpty());
        return evaluated;
    }

    /** Each platform in a request context of its own, so its tenant never leaks into another's sessions. */
    private int inRequestContext(String platformId, List<String> accountIds, Instant now) {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            Arc.container().instance(Tenant.class).get().actAs(platformId);
            int evaluated = 0;
            for (String accountId : accountIds) {
                try {
                    evaluated += work.evaluate(platformId, accountId, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    // One account's failure must not hold up the others; it stays due and is retried next run.
                    LOG.errorf(e, "Re-evaluating account %s failed", accountId);
                }
            }
            return evaluated;
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    /** The scan over every platform ({@link CrossPlatform}), grouped by platform, the most overdue first. */
    private Map<String, List<String>> dueAccounts(Instant now) {
        Map<String, List<String>> byPlatform = new LinkedHashMap<>();
        for (String[] due : crossPlatform.query("Deadline scan", """
                SELECT platform_id, id FROM connected_account
                WHERE removed_at IS NULL AND next_evaluation_at <= ?
                ORDER BY next_evaluation_at LIMIT ?""", row -> new String[]{row.getString(1), row.getString(2)}, now,
                BATCH)) {
            byPlatform.computeIfAbsent(due[0], id -> new ArrayList<>()).add(due[1]);
        }
        return byPlatform;
    }

    /** One account in one transaction (a separate bean, so that the transaction interceptor applies). */
    @ApplicationScoped
    public static class Work {

        @Inject
        EntityManager entityManager;
        @Inject
        AccountEvaluation evaluation;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean evaluate(String platformId, String accountId, Instant now) {
            // Names the platform itself: native SQL is not tenant-filtered.
            List<?> locked = entityManager.createNativeQuery("""
                    SELECT id FROM connected_account
                    WHERE platform_id = ?1 AND id = ?2 AND removed_at IS NULL AND next_evaluation_at <= ?3
                    FOR UPDATE SKIP LOCKED""").setParameter(1, platformId).setParameter(2, accountId)
                    .setParameter(3, Timestamp.from(now)).getResultList();
            if (locked.isEmpty()) {
                return false;
            }
            evaluation.reevaluate(accountId);
            return true;
        }
    }
}
