package com.connectboard.money;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.connectboard.graphql.PageRequest;

/**
 * The lists of money objects: one keyset query shape (newest first on createdAt, id) for every kind. Filters name
 * entity fields chosen in code, never client text, and their values are bind parameters.
 */
@ApplicationScoped
public class MoneyRepository {

    private final EntityManager entityManager;

    @Inject
    public MoneyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A list of one entity with equality (or, for a collection, membership) filters; null values filter nothing. */
    public final class ListQuery {
        private final Class<?> entity;
        private final Map<String, Object> filters = new LinkedHashMap<>();
        private boolean empty;

        ListQuery(Class<?> entity) {
            this.entity = entity;
        }

        ListQuery where(String field, Object value) {
            if (value != null) {
                filters.put(field, value);
            }
            return this;
        }

        /** A list that is empty whatever the filters (e.g. top-ups viewed as an account). */
        ListQuery nothing() {
            empty = true;
            return this;
        }

        <E> List<E> page(Class<E> type, PageRequest page) {
            if (empty) {
                return List.of();
            }
            StringBuilder hql = new StringBuilder("from ").append(entity.getSimpleName()).append(" e where ")
                    .append(conditions());
            page.after().ifPresent(after -> hql.append(
                    " and (e.createdAt < :afterAt or (e.createdAt = :afterAt and e.id < :afterId))"));
            TypedQuery<E> query = entityManager.createQuery(hql.append(" order by e.createdAt desc, e.id desc")
                    .toString(), type);
            filters.forEach(query::setParameter);
            page.after().ifPresent(after -> query.setParameter("afterAt", after.createdAt())
                    .setParameter("afterId", after.id()));
            return query.setMaxResults(page.fetchSize()).getResultList();
        }

        int count() {
            if (empty) {
                return 0;
            }
            var query = entityManager.createQuery("select count(e) from " + entity.getSimpleName() + " e where "
                    + conditions(), Long.class);
            filters.forEach(query::setParameter);
            return Math.toIntExact(query.getSingleResult());
        }

        private String conditions() {
            StringBuilder where = new StringBuilder("1 = 1");
            filters.forEach((field, value) -> where.append(" and e.").append(field)
                    .append(value instanceof Collection<?> ? " in :" : " = :").append(field));
            return where.toString();
        }
    }

    ListQuery list(Class<?> entity) {
        return new ListQuery(entity);
    }

    <E> E find(Class<E> entity, String id) {
        return entityManager.find(entity, id);
    }

    List<DebitConsentEntity> consents(Collection<String> accountIds) {
        return entityManager.createQuery("from DebitConsentEntity c where c.accountId in :ids", DebitConsentEntity.class)
                .setParameter("ids", accountIds).getResultList();
    }

    /** The payout that continues each of the transfers (sendFunds to EXTERNAL_ACCOUNT), by transfer id. */
    Map<String, String> payoutIdsOfTransfers(Collection<String> transferIds) {
        if (transferIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byTransfer = new LinkedHashMap<>();
        entityManager.createQuery("select p.transferId, p.id from PayoutEntity p where p.transferId in :ids",
                Object[].class).setParameter("ids", transferIds).getResultList()
                .forEach(row -> byTransfer.put((String) row[0], (String) row[1]));
        return byTransfer;
    }
}
