package com.connectboard.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.provider.FlakyProviderClient;
import com.connectboard.provider.ProviderClient;
import com.connectboard.provider.ProviderOutboxWorker;
import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Private context reaches the provider through provider_outbox: retried with growing waits while the provider fails,
 * given up after the configured number of attempts. The worker's schedule is off in tests; the test runs it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SupportCaseOutboxTest {

    private static final String CONTEXT = """
            mutation($id: ID!, $body: String!) { addSupportCaseContext(input: {caseId: $id, body: $body}) {
              userErrors { code } } }""";

    @Inject
    DataSource dataSource;
    @Inject
    ProviderOutboxWorker worker;

    private Database database;
    private String platformId;
    private String providerCaseId;

    @BeforeEach
    void caseWithContext() {
        database = new Database(dataSource);
        platformId = Accounts.completePlatform("US", "usd");
        String account = Accounts.create(platformId, "FULL", "Outboxed", "q@x.example", Map.of());
        providerCaseId = SupportCaseTest.providerCaseId();
        SupportCaseTest.send("support_case.opened", Map.of("case_id", providerCaseId, "account_id", account, "subject",
                "s", "body", "b", "opened_at", Instant.now().getEpochSecond())).statusCode(200);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private void addContext(String body) {
        String caseId = database.text("SELECT id FROM support_case WHERE provider_case_id = ?", providerCaseId);
        GraphQL.as(Tokens.of(platformId, "developer")).ok(CONTEXT, Map.of("id", caseId, "body", body));
    }

    private long attempts() {
        return database.count("SELECT attempts FROM provider_outbox WHERE platform_id = ?", platformId);
    }

    private String column(String column) {
        return database.text("SELECT " + column + " FROM provider_outbox WHERE platform_id = ?", platformId);
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffUntilTheProviderTakesIt() {
        FlakyProviderClient.failTimes(providerCaseId, 2);
        addContext("Escalate please");

        worker.deliverDue();
        assertEquals(1, attempts());
        assertNull(column("delivered_at"));
        assertEquals("provider down (test)", column("last_error"));

        // Not due yet: the first retry waits 10 seconds (the default base).
        worker.deliverDue();
        assertEquals(1, attempts());
        TestClock.advance(Duration.ofSeconds(11));
        worker.deliverDue();
        assertEquals(2, attempts());
        // The second wait is twice as long.
        TestClock.advance(Duration.ofSeconds(11));
        worker.deliverDue();
        assertEquals(2, attempts());
        TestClock.advance(Duration.ofSeconds(10));
        worker.deliverDue();
        assertEquals(3, attempts());
        assertNotNull(column("delivered_at"));
        assertNull(column("last_error"));
        assertNull(column("next_attempt_at"));

        List<ProviderClient.OutboxMessage> delivered = FlakyProviderClient.delivered(providerCaseId);
        assertEquals(1, delivered.size());
        assertEquals("support_case.context", delivered.get(0).kind());
        assertTrue(delivered.get(0).payload().contains("Escalate please"));
        // Delivered once: later runs send nothing more.
        TestClock.advance(Duration.ofHours(1));
        worker.deliverDue();
        assertEquals(1, FlakyProviderClient.delivered(providerCaseId).size());
    }

    @Test
    void afterTheLastAttemptTheWorkerGivesUpAndKeepsTheError() {
        FlakyProviderClient.failTimes(providerCaseId, 1000);
        addContext("Never arrives");
        for (int run = 0; run < 12; run++) {
            worker.deliverDue();
            TestClock.advance(Duration.ofHours(2));
        }
        assertEquals(10, attempts());
        assertNull(column("next_attempt_at"));
        assertNull(column("delivered_at"));
        assertEquals("provider down (test)", column("last_error"));
        assertEquals(0, FlakyProviderClient.delivered(providerCaseId).size());
    }
}
