package com.connectboard.account;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
        return byId(id, BY_ID).filter(account -> !account.isRemoved());
    }

    public List<AccountEntity> findLive(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Native for the same reason as byId: an HQL query under the tenant filter is translated anew on every call.
        return session().createNativeQuery("""
                SELECT * FROM connected_account WHERE platform_id = :platformId AND id IN (:ids) AND removed_at IS NULL""",
                AccountEntity.class).addSynchronizedEntityClass(AccountEntity.class)
                .setParameter("platformId", tenant.platformId()).setParameterList("ids", ids).getResultList();
    }

    /** The account, removed or not, locked for the rest of the transaction. */
    public Optional<AccountEntity> findForUpdate(String id) {
        return byId(id, BY_ID + " FOR NO KEY UPDATE");
    }

    // One account by id, in a native statement that names the platform itself. Through the entity loader (find),
    // Hibernate 7.1 builds a new load plan and translates its SQL on every call, because the tenant discriminator is
    // an enabled filter and filtered plans are never cached: 8-12 % of a connectedAccount(id) (docs/benchmarks.md,
    // issue 20). FOR NO KEY UPDATE is the lock find(PESSIMISTIC_WRITE) takes on PostgreSQL.
    private static final String BY_ID = "SELECT * FROM connected_account WHERE platform_id = :platformId AND id = :id";

    private Optional<AccountEntity> byId(String id, String sql) {
        // An account persisted in this session but not yet flushed is flushed first (the statement's table is
        // declared), so that it is found as find would find it; an account already in the session is returned as
        // the session's instance.
        List<AccountEntity> found = session().createNativeQuery(sql, AccountEntity.class)
                .addSynchronizedEntityClass(AccountEntity.class).setParameter("platformId", tenant.platformId())
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
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
