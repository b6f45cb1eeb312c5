package com.connectboard.requirements;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes what the provider says about requirements, and clears it when an item is submitted again. */
@ApplicationScoped
public class ProviderState {

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    public Optional<ProviderRequirementEntity> find(String accountId, String kind, String item) {
        return entityManager.createQuery("from ProviderRequirementEntity where accountId = :a and kind = :k and item = :i",
                ProviderRequirementEntity.class).setParameter("a", accountId).setParameter("k", kind)
                .setParameter("i", item).getResultStream().findFirst();
    }

    /** Inserts or replaces the row of this kind and item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProviderRequirementEntity put(String accountId, String kind, String item) {
        ProviderRequirementEntity row = find(accountId, kind, item).orElse(null);
        if (row == null) {
            row = new ProviderRequirementEntity();
            row.accountId = accountId;
            row.kind = kind;
            row.item = item;
            row.createdAt = Instant.now(clock);
            entityManager.persist(row);
        }
        // The callers set the other columns next; nothing reads the table before the transaction flushes.
        row.createdAt = Instant.now(clock);
        return row;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int remove(String accountId, String kind, String item) {
        return entityManager.createQuery("delete from ProviderRequirementEntity where accountId = :a and kind = :k "
                + "and item = :i").setParameter("a", accountId).setParameter("k", kind).setParameter("i", item)
                .executeUpdate();
    }
}
