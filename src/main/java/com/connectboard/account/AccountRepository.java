package com.connectboard.account;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;

import com.connectboard.graphql.PageRequest;
import com.connectboard.security.LiveAccounts;
import com.connectboard.security.Tenant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Reads of accounts. Entity reads are platform-scoped by the tenant filter. The list query is native SQL (PostgreSQL
 * operators for search: trigram LIKE, jsonb containment), which the tenant filter does not see, so it names the
 * platform itself, once, in {@link #listWhere}.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<AccountEntity, String>, LiveAccounts {

    @Inject
    Tenant tenant;

    @Override
    public boolean isLive(String accountId) {
        return findLive(accountId).isPresent();
    }

    public Optional<AccountEntity> findLive(String id) {
        return findByIdOptional(id).filter(account -> !account.isRemoved());
    }

    public List<AccountEntity> findLive(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 and removedAt is null", ids);
    }

    /** The account, removed or not, locked for the rest of the transaction. */
    public Optional<AccountEntity> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of live accounts, newest first: one statement whatever the page size. */
    public List<AccountEntity> page(ListQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT a.* FROM connected_account a WHERE ")
                .append(listWhere(query, params));
        page.after().ifPresent(after -> {
            sql.append(" AND (a.created_at, a.id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.createdAt()));
            params.put("afterId", after.id());
        });
        page.before().ifPresent(before -> {
            sql.append(" AND (a.created_at, a.id) > (:beforeAt, :beforeId)");
            params.put("beforeAt", Timestamp.from(before.createdAt()));
            params.put("beforeId", before.id());
        });
        sql.append(page.backward() ? " ORDER BY a.created_at, a.id" : " ORDER BY a.created_at DESC, a.id DESC")
                .append(" LIMIT ").append(page.fetchSize());
        return ValuePlannedQuery.list(session(), sql.toString(), AccountEntity.class, params);
    }

    public long count(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT count(*) FROM connected_account a WHERE " + listWhere(query, params);
        return ValuePlannedQuery.list(session(), sql, Long.class, params).get(0);
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    /** The conditions of a list: always this platform and live accounts; then view-as, filters and search. */
    private String listWhere(ListQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("a.platform_id = :platformId AND a.removed_at IS NULL");
        params.put("platformId", tenant.platformId());
        if (query.onlyAccountId() != null) {
            where.append(" AND a.id = :onlyAccountId");
            params.put("onlyAccountId", query.onlyAccountId());
        }
        AccountFilter filter = query.filter();
        if (filter != null) {
            if (filter.status() != null && !filter.status().isEmpty()) {
                where.append(" AND a.status IN (:status)");
                params.put("status", filter.status().stream().map(Enum::name).toList());
            }
            if (filter.dashboardAccess() != null && !filter.dashboardAccess().isEmpty()) {
                where.append(" AND a.dashboard_access IN (:dashboardAccess)");
                params.put("dashboardAccess", filter.dashboardAccess().stream().map(Enum::name).toList());
            }
            if (filter.country() != null && !filter.country().isEmpty()) {
                where.append(" AND a.country IN (:country)");
                params.put("country", filter.country());
            }
            if (filter.createdFrom() != null) {
                where.append(" AND a.created_at >= :createdFrom");
                params.put("createdFrom", Timestamp.from(filter.createdFrom()));
            }
            if (filter.hasActionsRequired() != null) {
                where.append(" AND a.has_actions_required = :hasActionsRequired");
                params.put("hasActionsRequired", filter.hasActionsRequired());
            }
            if (filter.createdTo() != null) {
                where.append(" AND a.created_at < :createdTo");
                params.put("createdTo", Timestamp.from(filter.createdTo()));
            }
        }
        if (query.search() != null) {
            where.append(" AND ").append(query.search().sql());
            params.putAll(query.search().parameters());
        }
        return where.toString();
    }

    /** What a list asks for: the viewed-as account (if any), filters, and a search already turned into SQL. */
    public record ListQuery(String onlyAccountId, AccountFilter filter, SqlCondition search) {
    }

    /** A condition on alias {@code a} with its named parameters; never built from user text. */
    public record SqlCondition(String sql, Map<String, Object> parameters) {
    }
}
