package com.connectboard.money;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Money;
import com.connectboard.platform.PlatformEntity;
import com.connectboard.security.Tenant;

/**
 * The double-entry ledger: the one place that writes entries and moves balances. Each {@link #post} is one balanced
 * step of a movement in the caller's transaction; the database checks again at commit that every movement sums to
 * zero and that no balance row is negative (V6).
 * <p>
 * Locks are taken in one order — the platform's rows before an account's, and within an owner by book — and a
 * money mutation locks its account's row before it posts, so two postings never wait on each other in a cycle.
 * <p>
 * The platform's balances are split over {@link MoneyConfig#balanceShards()} rows: a debit takes any row that covers
 * the amount and that no other transaction holds ({@code SKIP LOCKED}), a credit any free row; only when no single
 * free row covers a debit does it lock all rows in shard order, take the amount from their sum and spread the rest
 * evenly over them. The sum is what counts, so the split is invisible to clients.
 */
@ApplicationScoped
public class Ledger {

    /** One side of a step: money into (positive) or out of (negative) an owner's book. */
    record Leg(String ownerId, Book book, long amount) {
    }

    private final EntityManager entityManager;
    private final Tenant tenant;
    private final Clock clock;
    private final int platformShards;

    @Inject
    public Ledger(EntityManager entityManager, Tenant tenant, Clock clock, MoneyConfig config) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.clock = clock;
        this.platformShards = config.balanceShards();
    }

    /**
     * Posts one step of a movement; false when a balance does not cover its debit, and the caller must then refuse and
     * roll back (some balances may already have moved in this transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean post(String movementId, BalanceTransactionType type, String currency, String description,
            List<Leg> legs) {
        if (legs.stream().mapToLong(Leg::amount).sum() != 0) {
            throw new IllegalArgumentException("Unbalanced step " + type + " of " + movementId + ": " + legs);
        }
        List<Leg> inLockOrder = legs.stream().filter(leg -> leg.book().hasBalance())
                .sorted(Comparator.comparing((Leg leg) -> !leg.ownerId().startsWith(PlatformEntity.ID_PREFIX + "_"))
                        .thenComparing(Leg::ownerId).thenComparing(Leg::book))
                .toList();
        for (Leg leg : inLockOrder) {
            boolean moved = leg.amount() < 0
                    ? debit(leg.ownerId(), leg.book(), currency, -leg.amount())
                    : credit(leg.ownerId(), leg.book(), currency, leg.amount());
            if (!moved) {
                return false;
            }
        }
        Instant now = Instant.now(clock);
        for (Leg leg : legs) {
            LedgerEntryEntity entry = new LedgerEntryEntity();
            entry.id = Ids.newId(LedgerEntryEntity.ID_PREFIX);
            entry.movementId = movementId;
            entry.type = type;
            entry.ownerId = leg.ownerId();
            entry.book = leg.book();
            entry.currency = currency;
            entry.amount = leg.amount();
            entry.description = description;
            entry.createdAt = now;
            entityManager.persist(entry);
        }
        return true;
    }

    /** What an owner has, per book and currency (currencies in alphabetical order). */
    public Map<String, Balance> balances(List<String> ownerIds) {
        Map<String, Map<Book, List<Money>>> byOwner = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createQuery("""
                select b.ownerId, b.book, b.currency, sum(b.amount) from BalanceEntity b
                where b.ownerId in :owners group by b.ownerId, b.book, b.currency order by b.currency""", Object[].class)
                .setParameter("owners", ownerIds).getResultList();
        for (Object[] row : rows) {
            byOwner.computeIfAbsent((String) row[0], owner -> new LinkedHashMap<>())
                    .computeIfAbsent((Book) row[1], book -> new ArrayList<>())
                    .add(new Money(((Number) row[3]).longValue(), (String) row[2]));
        }
        Map<String, Balance> result = new LinkedHashMap<>();
        for (String owner : ownerIds) {
            Map<Book, List<Money>> books = byOwner.getOrDefault(owner, Map.of());
            result.put(owner, new Balance(books.getOrDefault(Book.AVAILABLE, List.of()),
                    books.getOrDefault(Book.PENDING, List.of())));
        }
        return result;
    }

    private int shardsOf(String ownerId) {
        return ownerId.startsWith(PlatformEntity.ID_PREFIX + "_") ? platformShards : 1;
    }

    /*
     * Balance rows are changed with native statements: one UPDATE per leg instead of a locking SELECT and
     * a flushed UPDATE, and statements whose plans Hibernate caches (an HQL query with a lock mode, a limit and an
     * ORDER BY expression is translated anew on every call). Native SQL is not scoped by the tenant discriminator, so
     * each statement names the platform itself. No BalanceEntity of these rows is managed in a money transaction.
     */

    private boolean debit(String ownerId, Book book, String currency, long amount) {
        int shards = shardsOf(ownerId);
        if (shards > 1 && update(SPREAD_DEBIT, ownerId, book, currency, amount, shards) == 1) {
            return true;
        }
        // One row, or no free row covers it: wait for all rows, in shard order. With all of them held, take the
        // amount and spread what is left evenly over the rows, so that the next debits find a free row that covers
        // them again (money arrives in a few large credits — a top-up lands in one row — and leaves in many small
        // debits).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery("""
                SELECT shard, amount FROM balance
                WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency
                ORDER BY shard FOR UPDATE"""), ownerId, book, currency).getResultList();
        long total = rows.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        if (total < amount) {
            return false;
        }
        long left = total - amount;
        for (int i = 0; i < rows.size(); i++) {
            long share = left / rows.size() + (i < left % rows.size() ? 1 : 0);
            if (share != ((Number) rows.get(i)[1]).longValue()) {
                bind(entityManager.createNativeQuery("""
                        UPDATE balance SET amount = :amount
                        WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency
                          AND shard = :shard"""), ownerId, book, currency).setParameter("amount", share)
                        .setParameter("shard", ((Number) rows.get(i)[0]).intValue()).executeUpdate();
            }
        }
        return true;
    }

    private boolean credit(String ownerId, Book book, String currency, long amount) {
        int shards = shardsOf(ownerId);
        if (update(SPREAD_CREDIT, ownerId, book, currency, amount, shards) == 1) {
            return true;
        }
        // Every row is held by another transaction, or the book has none yet: create the rows if missing (ON
        // CONFLICT: another transaction may create them at the same time), then wait for a random one.
        bind(entityManager.createNativeQuery("""
                INSERT INTO balance (platform_id, owner_id, book, currency, shard, amount)
                SELECT :platform, :owner, :book, :currency, s, 0 FROM generate_series(0, :shards - 1) s
                ON CONFLICT DO NOTHING"""), ownerId, book, currency).setParameter("shards", shards).executeUpdate();
        int updated = bind(entityManager.createNativeQuery("""
                UPDATE balance SET amount = amount + :amount
                WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency
                  AND shard = :shard"""), ownerId, book, currency).setParameter("amount", amount)
                .setParameter("shard", ThreadLocalRandom.current().nextInt(shards)).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No balance row to credit for " + ownerId + " " + book + " " + currency);
        }
        return true;
    }

    /** Takes from (debit) or adds to (credit) one free row, starting at a random shard; 0 rows: none was free. */
    // The free row is picked by an uncorrelated scalar subquery, which PostgreSQL runs once (an InitPlan). As a
    // FROM-list subquery it would be rescanned for every candidate row and move money in several rows at once.
    private static final String SPREAD_DEBIT = """
            UPDATE balance SET amount = amount - :amount
            WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency AND shard = (
              SELECT shard FROM balance
              WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency
                AND amount >= :amount
              ORDER BY (shard + :start) % :shards LIMIT 1 FOR UPDATE SKIP LOCKED)""";
    private static final String SPREAD_CREDIT = """
            UPDATE balance SET amount = amount + :amount
            WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency AND shard = (
              SELECT shard FROM balance
              WHERE platform_id = :platform AND owner_id = :owner AND book = :book AND currency = :currency
              ORDER BY (shard + :start) % :shards LIMIT 1 FOR UPDATE SKIP LOCKED)""";

    private int update(String sql, String ownerId, Book book, String currency, long amount, int shards) {
        return bind(entityManager.createNativeQuery(sql), ownerId, book, currency).setParameter("amount", amount)
                .setParameter("start", ThreadLocalRandom.current().nextInt(shards)).setParameter("shards", shards)
                .executeUpdate();
    }

    // FlushModeType.COMMIT: no entity maps a balance row that a money transaction changes, so nothing pending in
    // the session can affect these statements; by default Hibernate flushes (dirty-checks) the whole session before
    // every native statement, which a JFR profile showed as about 8 % of sendFunds' CPU.
    private Query bind(Query query, String ownerId, Book book, String currency) {
        return query.setFlushMode(FlushModeType.COMMIT).setParameter("platform", tenant.platformId())
                .setParameter("owner", ownerId)
                .setParameter("book", book.name()).setParameter("currency", currency);
    }
}
