package com.connectboard.money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.graphql.UserError;
import com.connectboard.security.CrossPlatform;
import com.connectboard.security.Tenant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs a money mutation exactly once per idempotency key (docs/money.md), in its own transaction:
 * <ol>
 * <li>The key is claimed with {@code INSERT ... ON CONFLICT DO NOTHING}. A concurrent request with the same key waits
 * on that insert until the first one commits or rolls back, so two requests never both move money.</li>
 * <li>A key already bound: the same input (same hash of operation and input) returns the stored first result; a
 * different one is {@code IDEMPOTENCY_KEY_MISMATCH}.</li>
 * <li>A fresh key: the mutation runs; its result is stored with the key in the same transaction that moves the money,
 * so a commit stores both and a crash stores neither. A refusal ({@link Refusal}, thrown) rolls everything back, key
 * included: a request that failed validation does not use up its key.</li>
 * </ol>
 * Deadlocks and serialization failures (which the lock order should prevent) are retried a bounded number of times.
 */
@ApplicationScoped
public class Idempotency {

    /** What a money mutation returns; replays return the stored first one. */
    public interface Result {
        List<UserError> userErrors();
    }

    static final int MAX_KEY_LENGTH = 255;
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private final EntityManager entityManager;
    private final Tenant tenant;
    private final Clock clock;
    private final CrossPlatform crossPlatform;
    private final MoneyConfig config;
    private final ObjectMapper results;
    // Sorted properties and map keys: the same input always hashes the same.
    private final ObjectMapper canonical = JsonMapper.builder().findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Inject
    public Idempotency(EntityManager entityManager, Tenant tenant, Clock clock, CrossPlatform crossPlatform,
            MoneyConfig config, ObjectMapper results) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.clock = clock;
        this.crossPlatform = crossPlatform;
        this.config = config;
        this.results = results;
    }

    void checkRetention(@jakarta.enterprise.event.Observes StartupEvent start) {
        if (config.idempotencyRetention().compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("connectboard.money.idempotency-retention must be at least 24 hours "
                    + "(docs/money.md), got " + config.idempotencyRetention());
        }
    }

    /**
     * Runs {@code work} once for the key, in a transaction of its own. {@code work} returns the payload of a success
     * or throws a {@link Refusal}, which rolls its transaction back, the key's claim included, and reaches the caller
     * (the API edge turns it into userErrors).
     */
    public <R extends Result> R run(String operation, String key, Object input, Class<R> type, Supplier<R> work) {
        String hash = hash(operation, input);
        return transaction(operation, () -> {
            Claim claim = claim(operation, key, hash);
            if (claim.storedResult() != null) {
                return replay(claim, hash, type);
            }
            return store(key, work.get());
        });
    }

    /** The key's claim: a null stored result means the key is now this transaction's. */
    record Claim(String storedHash, String storedResult) {
        static final Claim CLAIMED = new Claim(null, null);
    }

    /**
     * Runs {@code once} in a new transaction, again (with a fresh transaction) after a deadlock or a serialization
     * failure, up to {@link MoneyConfig#attempts()} times. A {@link Refusal} is passed on as it is.
     */
    <R> R transaction(String operation, Supplier<R> once) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(once::get);
            } catch (RuntimeException e) {
                Refusal refusal = refusal(e);
                if (refusal != null) {
                    throw refusal;
                }
                if (attempt >= config.attempts() || !retryable(e)) {
                    throw e;
                }
                LOG.debugf("Retrying %s after a deadlock or serialization failure (attempt %d)", operation, attempt);
            }
        }
    }

    /** Claims the key with {@code INSERT ... ON CONFLICT DO NOTHING}, or reads what the key is bound to. */
    private Claim claim(String operation, String key, String hash) {
        int claimed = statement("""
                INSERT INTO idempotency_key (platform_id, key, operation, request_hash, created_at)
                VALUES (:platform, :key, :operation, :hash, :now) ON CONFLICT DO NOTHING""")
                .setParameter("platform", tenant.platformId()).setParameter("key", key)
                .setParameter("operation", operation).setParameter("hash", hash)
                .setParameter("now", Timestamp.from(Instant.now(clock))).executeUpdate();
        if (claimed == 1) {
            return Claim.CLAIMED;
        }
        Object[] stored = (Object[]) statement("""
                SELECT request_hash, CAST(result AS text) FROM idempotency_key
                WHERE platform_id = :platform AND key = :key""").setParameter("platform", tenant.platformId())
                .setParameter("key", key).getSingleResult();
        if (stored[1] == null) {
            // Impossible while the result is written in the transaction that claims the key.
            throw new IllegalStateException("Idempotency key without a result");
        }
        return new Claim((String) stored[0], (String) stored[1]);
    }

    /** The stored first result of a key already used for this request; a key used for another one is refused. */
    <R> R replay(Claim claim, String hash, Class<R> type) {
        if (!hash.equals(claim.storedHash())) {
            throw mismatch();
        }
        return read(claim.storedResult(), type);
    }

    static Refusal mismatch() {
        return Refusal.of(ErrorCode.IDEMPOTENCY_KEY_MISMATCH, "input.idempotencyKey",
                "The idempotency key was already used for a different request; use a new key for this one");
    }

    /** Stores the result of a claimed key, in the transaction that claimed it. */
    <R> R store(String key, R result) {
        statement("""
                UPDATE idempotency_key SET result = CAST(:result AS jsonb) WHERE platform_id = :platform AND key = :key""")
                .setParameter("result", write(result)).setParameter("platform", tenant.platformId())
                .setParameter("key", key).executeUpdate();
        return result;
    }

    // The key table is native SQL only, so nothing pending in the session concerns it: no flush (dirty check of the
    // whole session) before each statement, as Hibernate does by default for native SQL.
    private Query statement(String sql) {
        return entityManager.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    @Scheduled(identity = "idempotency-prune", every = "${connectboard.money.idempotency-prune-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        prune();
    }

    /** Deletes keys older than the retention, on every platform ({@link CrossPlatform}); returns how many. */
    public int prune() {
        try {
            return crossPlatform.update("Pruning idempotency keys", "DELETE FROM idempotency_key WHERE created_at < ?",
                    Instant.now(clock).minus(config.idempotencyRetention()));
        } catch (CrossPlatform.Failure e) {
            LOG.error("Pruning idempotency keys failed; the next run retries", e);
            return 0;
        }
    }

    String hash(String operation, Object input) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(canonical.writeValueAsBytes(input));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }

    String write(Object result) {
        try {
            return results.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the result", e);
        }
    }

    /** A stored result, as the first request got it. */
    <R> R read(String stored, Class<R> type) {
        try {
            return results.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored result", e);
        }
    }

    private static Refusal refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static boolean retryable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
