package com.connectboard.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.connectboard.graphql.PageRequest;
import com.connectboard.security.Tenant;
import com.connectboard.testing.Accounts;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * List and count statements are planned with their values at every execution: PostgreSQL never holds them as
 * server-prepared statements, however often they run, while the connection's other statements still are.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ValuePlannedQueryTest {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountSearch search;

    @Inject
    Tenant tenant;

    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    @ActivateRequestContext
    void searchesAreNeverServerPreparedAndTheConnectionKeepsItsThreshold() {
        String platformId = Accounts.completePlatform("US", "usd");
        String planned = Accounts.create(platformId, "NONE", "Planned Parts", "plan@parts.example", Map.of("tier", "gold"));
        Accounts.create(platformId, "NONE", "Other Goods", "other@goods.example", Map.of("tier", "gold"));
        tenant.actAs(platformId);
        Session session = entityManager.unwrap(Session.class);
        int own = session.doReturningWork(jdbc -> jdbc.unwrap(PGConnection.class).getPrepareThreshold());
        assertTrue(own > 0, "the pool's connections prepare on the server after " + own + " executions");

        var query = new AccountRepository.ListQuery(null, null, search.toCondition("name~\"planned\""));
        for (int i = 0; i < own + 3; i++) {
            assertEquals(List.of(planned), accounts.page(query, PageRequest.of(5, null, null, null)).stream()
                    .map(account -> account.id).toList());
            assertEquals(1, accounts.count(query));
        }
        int after = session.doReturningWork(jdbc -> jdbc.unwrap(PGConnection.class).getPrepareThreshold());
        assertEquals(own, after);

        // The control: the same kind of native query run outside ValuePlannedQuery is server-prepared by then, so
        // the check below can see one.
        for (int i = 0; i < own + 3; i++) {
            session.createNativeQuery("SELECT count(*) FROM connected_account a WHERE a.platform_id = :platformId",
                    Long.class).setParameter("platformId", platformId).getSingleResult();
        }
        List<String> prepared = session.doReturningWork(jdbc -> {
            List<String> statements = new ArrayList<>();
            try (Statement statement = jdbc.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT statement FROM pg_prepared_statements")) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
            return statements;
        });
        assertTrue(prepared.stream().anyMatch(sql -> sql.contains("a.platform_id = $1") && !sql.contains("LIKE")),
                "the control statement is server-prepared: " + prepared);
        assertTrue(prepared.stream().noneMatch(sql -> sql.contains("search_name LIKE")),
                "no list or count statement is server-prepared: " + prepared);
    }
}
