package com.connectboard.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.account.DashboardAccess;
import com.connectboard.graphql.PageRequest;
import com.connectboard.security.ViewAs;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Reads of support cases. Every read the API makes goes through {@link #visible}, the one place that says which cases
 * a platform may see (docs/support-cases.md): created in the last {@value #WINDOW_DAYS} days (the injected clock), of a
 * live account with a provider-hosted dashboard (FULL or EXPRESS) that is not and never was connected to several
 * platforms, is not itself a platform, and shares its cases; under view-as, only the viewed account's. The list,
 * {@code ConnectedAccount.supportCases}, {@code supportCase(id)}, {@code node(id)} and the context mutation all call it,
 * so no path can show an excluded case. Only the webhook handlers read cases without it (by the provider's case id),
 * since the provider keeps a hidden case's conversation going.
 */
@ApplicationScoped
public class SupportCaseRepository implements PanacheRepositoryBase<SupportCaseEntity, String> {

    static final int WINDOW_DAYS = 90;

    private static final String VISIBLE = """
            c.createdAt >= :since and c.accountId in (select a.id from AccountEntity a where a.removedAt is null
              and a.dashboardAccess in :hostedDashboards and a.connectedToMultiplePlatforms = false
              and a.everConnectedToMultiplePlatforms = false and a.isPlatform = false and a.sharesSupportCases = true)""";

    @Inject
    ViewAs viewAs;
    @Inject
    Clock clock;

    /** What a read asks for on top of the visibility rule; every part optional. */
    public record CaseFilter(String caseId, Collection<String> accountIds, SupportCaseStatus status) {

        public static CaseFilter all() {
            return new CaseFilter(null, null, null);
        }
    }

    private record Where(String hql, Parameters parameters) {
    }

    /** The visibility rule, view-as, then the filter: the WHERE of every case read. */
    private Where visible(CaseFilter filter) {
        StringBuilder where = new StringBuilder(VISIBLE);
        Parameters params = Parameters.with("since", Instant.now(clock).minus(Duration.ofDays(WINDOW_DAYS)))
                .and("hostedDashboards", List.of(DashboardAccess.FULL, DashboardAccess.EXPRESS));
        Optional<String> viewed = viewAs.accountId();
        if (viewed.isPresent()) {
            where.append(" and c.accountId = :viewed");
            params.and("viewed", viewed.get());
        }
        if (filter.caseId() != null) {
            where.append(" and c.id = :caseId");
            params.and("caseId", filter.caseId());
        }
        if (filter.accountIds() != null) {
            where.append(" and c.accountId in :accountIds");
            params.and("accountIds", filter.accountIds());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.and("status", filter.status());
        }
        return new Where(where.toString(), params);
    }

    /** One page, newest first (keyset on createdAt, id). */
    public List<SupportCaseEntity> page(CaseFilter filter, PageRequest page) {
        Where where = visible(filter);
        String hql = "from SupportCaseEntity c where " + where.hql();
        Parameters params = where.parameters();
        if (page.after().isPresent()) {
            hql += " and (c.createdAt < :afterAt or (c.createdAt = :afterAt and c.id < :afterId))";
            params.and("afterAt", page.after().get().createdAt()).and("afterId", page.after().get().id());
        }
        return find(hql + " order by c.createdAt desc, c.id desc", params).page(0, page.fetchSize()).list();
    }

    public long count(CaseFilter filter) {
        Where where = visible(filter);
        return find("select count(c) from SupportCaseEntity c where " + where.hql(), where.parameters())
                .project(Long.class).firstResult();
    }

    /** The visible cases of several accounts at once (one query), newest first. */
    public List<SupportCaseEntity> ofAccounts(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Where where = visible(new CaseFilter(null, accountIds, null));
        return find("from SupportCaseEntity c where " + where.hql() + " order by c.createdAt desc, c.id desc",
                where.parameters()).list();
    }

    public Optional<SupportCaseEntity> findVisible(String id) {
        Where where = visible(new CaseFilter(id, null, null));
        return find("from SupportCaseEntity c where " + where.hql(), where.parameters()).firstResultOptional();
    }

    /** For the webhook: the case by the provider's id, whatever its visibility. */
    public Optional<SupportCaseEntity> findByProviderCaseId(String providerCaseId) {
        return find("providerCaseId", providerCaseId).firstResultOptional();
    }
}
