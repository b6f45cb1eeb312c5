package com.connectboard.money;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.LockMode;
import org.hibernate.Session;

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
 * free row covers a debit does it lock all rows in shard order and take from several. The sum is what counts, so
 * the split is invisible to clients.
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
     * Posts one step of a movement. Returns the leg whose balance does not cover its debit; the caller must then
     * refuse and roll back (some balances may already have moved in this transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Leg> post(String movementId, BalanceTransactionType type, String currency, String description,
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
                return Optional.of(leg);
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
        return Optional.empty();
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

    private boolean debit(String ownerId, Book book, String currency, long amount) {
        int shards = shardsOf(ownerId);
        if (shards > 1) {
            List<BalanceEntity> free = rows(ownerId, book, currency, amount, LockMode.UPGRADE_SKIPLOCKED, 1);
            if (!free.isEmpty()) {
                free.get(0).amount -= amount;
                return true;
            }
        }
        // One row, or no free row covers it: wait for all rows, in shard order, and take from as many as needed.
        List<BalanceEntity> all = rows(ownerId, book, currency, null, LockMode.PESSIMISTIC_WRITE, Integer.MAX_VALUE);
        if (all.stream().mapToLong(row -> row.amount).sum() < amount) {
            return false;
        }
        long remaining = amount;
        for (BalanceEntity row : all) {
            long taken = Math.min(row.amount, remaining);
            row.amount -= taken;
            remaining -= taken;
        }
        return true;
    }

    private boolean credit(String ownerId, Book book, String currency, long amount) {
        List<BalanceEntity> free = rows(ownerId, book, currency, null, LockMode.UPGRADE_SKIPLOCKED, 1);
        BalanceEntity row = free.isEmpty() ? lockOrCreate(ownerId, book, currency) : free.get(0);
        row.amount = Math.addExact(row.amount, amount);
        return true;
    }

    /** Rows of a book, starting at a random shard so that concurrent postings spread over them. */
    private List<BalanceEntity> rows(String ownerId, Book book, String currency, Long covering, LockMode lock,
            int limit) {
        boolean spread = lock == LockMode.UPGRADE_SKIPLOCKED;
        String hql = "from BalanceEntity b where b.ownerId = :owner and b.book = :book and b.currency = :currency"
                + (covering != null ? " and b.amount >= :covering" : "")
                + (spread ? " order by mod(b.shard + :start, :shards)" : " order by b.shard");
        var query = entityManager.unwrap(Session.class).createSelectionQuery(hql, BalanceEntity.class)
                .setParameter("owner", ownerId).setParameter("book", book).setParameter("currency", currency)
                .setHibernateLockMode(lock).setMaxResults(limit);
        if (covering != null) {
            query.setParameter("covering", covering);
        }
        if (spread) {
            int shards = shardsOf(ownerId);
            query.setParameter("start", ThreadLocalRandom.current().nextInt(shards)).setParameter("shards", shards);
        }
        return query.getResultList();
    }

    /** Every row of the book is held by another transaction, or the book has none yet: wait for one, or create. */
    private BalanceEntity lockOrCreate(String ownerId, Book book, String currency) {
        int shards = shardsOf(ownerId);
        short shard = (short) ThreadLocalRandom.current().nextInt(shards);
        BalanceEntity.Key key = key(ownerId, book, currency, shard);
        BalanceEntity row = entityManager.find(BalanceEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        // ON CONFLICT: another transaction may create the rows at the same time; then this one waits for its commit.
        entityManager.createNativeQuery("""
                INSERT INTO balance (platform_id, owner_id, book, currency, shard, amount)
                SELECT :platform, :owner, :book, :currency, s, 0 FROM generate_series(0, :shards - 1) s
                ON CONFLICT DO NOTHING""").setParameter("platform", tenant.platformId()).setParameter("owner", ownerId)
                .setParameter("book", book.name()).setParameter("currency", currency).setParameter("shards", shards)
                .executeUpdate();
        return entityManager.find(BalanceEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private static BalanceEntity.Key key(String ownerId, Book book, String currency, short shard) {
        BalanceEntity.Key key = new BalanceEntity.Key();
        key.ownerId = ownerId;
        key.book = book;
        key.currency = currency;
        key.shard = shard;
        return key;
    }
}
