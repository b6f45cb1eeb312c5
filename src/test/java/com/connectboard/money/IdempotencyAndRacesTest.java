package com.connectboard.money;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.Funds;
import com.connectboard.testing.Funds.ReadyAccount;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.ext.web.Router;

/** Exactly once: idempotency keys (replays, mismatches, concurrent duplicates, a lost response) and overdraft races. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class IdempotencyAndRacesTest {

    /** Test-only: a request with this header is executed and committed, then its connection dies unanswered. */
    static final String DROP_RESPONSE = "X-Test-Drop-Response";

    @Singleton
    static class LostResponses {
        void install(@Observes Router router) {
            router.route().order(-1000).handler(context -> {
                if (context.request().getHeader(DROP_RESPONSE) != null) {
                    context.addHeadersEndHandler(ignored -> context.request().connection().close());
                }
                context.next();
            });
        }
    }

    @Inject
    DataSource dataSource;
    @Inject
    Idempotency idempotency;

    private String platformId;
    private ReadyAccount account;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Funds.readyAccount(platformId);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private long transfers() {
        return new Database(dataSource).count("SELECT count(*) FROM transfer WHERE platform_id = ?", platformId);
    }

    @Test
    void aReplayReturnsTheFirstResultAndAChangedInputIsAMismatch() {
        Funds.fund(platformId, 1_000, "usd");
        String key = Funds.key();
        String first = Funds.send(platformId, account.id(), 300, key).body("data.sendFunds.userErrors", empty())
                .extract().path("data.sendFunds.transfer.id");
        Funds.send(platformId, account.id(), 300, key).body("data.sendFunds.transfer.id", equalTo(first));
        Funds.send(platformId, account.id(), 301, key)
                .body("data.sendFunds.userErrors[0].code", equalTo("IDEMPOTENCY_KEY_MISMATCH"))
                .body("data.sendFunds.userErrors[0].field", equalTo("input.idempotencyKey"));
        Funds.addToBalance(platformId, 300, "usd", key)
                .body("data.addToBalance.userErrors[0].code", equalTo("IDEMPOTENCY_KEY_MISMATCH"));
        assertEquals(1, transfers());
        assertEquals(700, Funds.available(platformId, null, "usd"));

        // Keys belong to a platform: another platform's identical key is its own.
        String other = Accounts.completePlatform("US", "usd");
        Funds.addToBalance(other, 300, "usd", key).body("data.addToBalance.userErrors", empty());
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String key = Funds.key();
        Funds.send(platformId, account.id(), 500, key)
                .body("data.sendFunds.userErrors[0].code", equalTo("INSUFFICIENT_FUNDS"));
        Funds.fund(platformId, 500, "usd");
        Funds.send(platformId, account.id(), 500, key).body("data.sendFunds.userErrors", empty());
        assertEquals(1, transfers());
    }

    @Test
    void keysAreKeptForTheRetentionThenPruned() {
        String key = Funds.key();
        String first = Funds.addToBalance(platformId, 10, "usd", key).extract().path("data.addToBalance.topUp.id");
        TestClock.advance(Duration.ofHours(23));
        idempotency.prune();
        Funds.addToBalance(platformId, 10, "usd", key).body("data.addToBalance.topUp.id", equalTo(first));
        TestClock.advance(Duration.ofHours(2));
        assertTrue(idempotency.prune() >= 1);
        Funds.addToBalance(platformId, 10, "usd", key).body("data.addToBalance.topUp.id",
                org.hamcrest.Matchers.not(equalTo(first)));
    }

    @Test
    void concurrentDuplicatesMoveMoneyOnce() throws Exception {
        Funds.fund(platformId, 1_000, "usd");
        String key = Funds.key();
        List<String> ids = concurrently(16, i -> Funds.send(platformId, account.id(), 100, key)
                .body("data.sendFunds.userErrors", empty()).extract().path("data.sendFunds.transfer.id"));
        assertEquals(1, Set.copyOf(ids).size(), "every duplicate returns the one transfer: " + ids);
        assertEquals(1, transfers());
        assertEquals(900, Funds.available(platformId, null, "usd"));
    }

    @Test
    void aRetryAfterTheResponseWasLostReturnsTheStoredResultAndMovesNothingAgain() {
        Funds.fund(platformId, 1_000, "usd");
        String key = Funds.key();
        String token = Tokens.of(platformId, "administrator");
        Map<String, Object> body = Map.of("query", Funds.SEND_FUNDS, "variables", Map.of("input",
                Funds.sendInput(account.id(), 250, key)));
        // Committed on the server, then the connection dies before the response: the client never learns the outcome.
        assertThrows(Exception.class, () -> RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token)
                .header(DROP_RESPONSE, "1").body(body).post("/graphql").then().extract().asString());
        assertEquals(1, transfers());

        String transferId = GraphQL.as(token).ok(Funds.SEND_FUNDS, Map.of("input", Funds.sendInput(account.id(), 250,
                key))).body("data.sendFunds.userErrors", empty()).extract().path("data.sendFunds.transfer.id");
        assertEquals(transferId, GraphQL.as(token).ok("{ transfers { nodes { id } } }").extract()
                .path("data.transfers.nodes[0].id"));
        assertEquals(1, transfers());
        assertEquals(750, Funds.available(platformId, null, "usd"));
        assertEquals(250, Funds.available(platformId, account.id(), "usd"));
    }

    @Test
    void anOverdraftRaceLetsExactlyTheCoveredTransfersThrough() throws Exception {
        // Several top-ups, so the money is spread over the platform's balance rows.
        for (int i = 0; i < 5; i++) {
            Funds.fund(platformId, 100, "usd");
        }
        ReadyAccount second = Funds.readyAccount(platformId);
        List<String> codes = concurrently(16, i -> {
            List<Map<String, String>> errors = Funds.send(platformId, i % 2 == 0 ? account.id() : second.id(), 100,
                    Funds.key()).body("errors", org.hamcrest.Matchers.nullValue()).extract()
                    .path("data.sendFunds.userErrors");
            return errors.isEmpty() ? "OK" : errors.get(0).get("code");
        });
        Map<String, Long> outcomes = codes.stream().collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        assertEquals(Map.of("OK", 5L, "INSUFFICIENT_FUNDS", 11L), outcomes);
        assertEquals(0, Funds.available(platformId, null, "usd"));
        assertEquals(500, Funds.available(platformId, account.id(), "usd")
                + Funds.available(platformId, second.id(), "usd"));
    }

    @Test
    void anOverdraftRaceOnAnAccountDebitsItNeverBelowZero() throws Exception {
        Funds.fund(platformId, 300, "usd");
        Funds.send(platformId, account.id(), 300, Funds.key()).body("data.sendFunds.userErrors", empty());
        GraphQL.as(Tokens.of(platformId, "administrator")).ok(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId",
                account.id(), "consentedAt", "2026-01-01T00:00:00Z", "reference", "m")));
        List<String> codes = concurrently(12, i -> {
            List<Map<String, String>> errors = GraphQL.as(Tokens.of(platformId, "administrator")).ok(Funds.PULL_FUNDS,
                    Map.of("input", Map.of("accountId", account.id(), "amount", 100, "currency", "usd",
                            "idempotencyKey", Funds.key())))
                    .extract().path("data.pullFunds.userErrors");
            return errors.isEmpty() ? "OK" : errors.get(0).get("code");
        });
        assertEquals(3, codes.stream().filter("OK"::equals).count(), codes.toString());
        assertEquals(9, codes.stream().filter("INSUFFICIENT_FUNDS"::equals).count(), codes.toString());
        assertEquals(0, Funds.available(platformId, account.id(), "usd"));
        assertEquals(300, Funds.available(platformId, null, "usd"));
    }

    interface Task {
        String run(int index) throws Exception;
    }

    /** Runs n tasks at once (released together) and returns their results. */
    static List<String> concurrently(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<String> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
