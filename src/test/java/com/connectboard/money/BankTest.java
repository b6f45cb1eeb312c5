package com.connectboard.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Funds;
import com.connectboard.testing.Funds.ReadyAccount;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The bank test: 16 clients doing random top-ups, transfers, payouts, debits and reads through the API for a while,
 * retrying some requests with the same idempotency key, while the provider settles top-ups and payouts. Afterwards
 * the ledger must hold together: every balance equals the sum of its entries, the money in all balances equals
 * top-ups minus paid-out money, nothing is negative, and every acknowledged operation exists exactly once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BankTest {

    private static final int CLIENTS = 16;
    private static final long RUN_MILLIS = 20_000;

    @Inject
    DataSource dataSource;

    private String platformId;
    private List<ReadyAccount> accounts;
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Queue<String> pendingTopUps = new ConcurrentLinkedQueue<>();
    private final Queue<String> pendingPayouts = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger operations = new AtomicInteger();

    @Test
    void sixteenClientsNeverCreateLoseOrDoubleMoney() throws Exception {
        platformId = Accounts.completePlatform("US", "usd");
        accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ReadyAccount account = Funds.readyAccount(platformId);
            GraphQL.as(Tokens.of(platformId, "administrator")).ok(Funds.RECORD_CONSENT, Map.of("input", Map.of(
                    "accountId", account.id(), "consentedAt", "2026-01-01T00:00:00Z", "reference", "m" + i)));
            accounts.add(account);
        }
        Funds.fund(platformId, 100_000, "usd");

        long end = System.currentTimeMillis() + RUN_MILLIS;
        IdempotencyAndRacesTest.concurrently(CLIENTS, client -> {
            while (System.currentTimeMillis() < end) {
                try {
                    step();
                } catch (AssertionError | RuntimeException e) {
                    failures.add(e.toString());
                }
            }
            return "done";
        });
        // Settle what is still open, so that the totals compare paid-out money only.
        pendingTopUps.forEach(id -> provider("top_up.succeeded", Map.of("top_up_id", id)));
        pendingPayouts.forEach(id -> provider("payout.paid", Map.of("payout_id", id, "arrived_at",
                System.currentTimeMillis() / 1000)));

        assertTrue(failures.isEmpty(), failures.size() + " failed requests, first: " + failures.peek());
        assertTrue(operations.get() > 100, "too few operations to mean anything: " + operations.get());
        checkTheLedger();
    }

    private void step() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        ReadyAccount account = accounts.get(random.nextInt(accounts.size()));
        long amount = 1 + random.nextInt(5_000);
        String key = Funds.key();
        int dice = random.nextInt(100);
        if (dice < 10) {
            Supplier<ExtractableResponse<Response>> request = () -> Funds
                    .addToBalance(platformId, amount, "usd", key).extract();
            String id = once(key, request.get(), request, "addToBalance", "topUp");
            if (id != null) {
                pendingTopUps.add(id);
                if (random.nextInt(4) > 0) {
                    settle(pendingTopUps, "top_up.succeeded", "top_up_id");
                } else {
                    settleFailed(pendingTopUps, "top_up.failed", "top_up_id");
                }
            }
        } else if (dice < 45) {
            Supplier<ExtractableResponse<Response>> request = () -> Funds
                    .send(platformId, account.id(), amount, key).extract();
            once(key, request.get(), request, "sendFunds", "transfer");
        } else if (dice < 60) {
            Map<String, Object> input = Funds.sendInput(account.id(), amount, key);
            input.put("destination", "EXTERNAL_ACCOUNT");
            input.put("externalAccountId", random.nextBoolean() ? account.bankAccountId() : account.debitCardId());
            Supplier<ExtractableResponse<Response>> request = () -> admin()
                    .ok(Funds.SEND_FUNDS, Map.of("input", input)).extract();
            ExtractableResponse<Response> sent = request.get();
            if (once(key, sent, request, "sendFunds", "transfer") != null) {
                pendingPayouts.add(sent.path("data.sendFunds.payout.id"));
                if (random.nextInt(3) > 0) {
                    settle(pendingPayouts, "payout.paid", "payout_id");
                } else {
                    settleFailed(pendingPayouts, "payout.failed", "payout_id");
                }
            }
        } else if (dice < 75) {
            Supplier<ExtractableResponse<Response>> request = () -> admin().ok(Funds.PULL_FUNDS,
                    Map.of("input", Map.of("accountId", account.id(), "amount", amount, "currency", "usd",
                            "idempotencyKey", key)))
                    .extract();
            once(key, request.get(), request, "pullFunds", "accountDebit");
        } else {
            GraphQL.as(Tokens.of(platformId, "analyst"))
                    .answer("""
                            query($id: ID!) { balance { available { amount } } connectedAccount(id: $id) { balance { available { amount } } }
                              transfers(first: 5) { nodes { id } } balanceTransactions(first: 5) { nodes { id amount { amount } } } }""",
                            Map.of("id", account.id()))
                    .body("errors", org.hamcrest.Matchers.nullValue());
        }
        operations.incrementAndGet();
    }

    private GraphQL admin() {
        return GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    /**
     * Sends a money mutation; a third of the time sends it again with the same key, which must return the same
     * object. Returns the new object's id, or null when refused (only INSUFFICIENT_FUNDS is expected).
     */
    private String once(String key, ExtractableResponse<Response> response,
            Supplier<ExtractableResponse<Response>> request, String mutation, String object) {
        if (response.statusCode() != 200 || response.path("errors") != null) {
            throw new AssertionError(mutation + " answered " + response.statusCode() + " " + response.asString());
        }
        List<Map<String, String>> errors = response.path("data." + mutation + ".userErrors");
        if (!errors.isEmpty()) {
            if (!"INSUFFICIENT_FUNDS".equals(errors.get(0).get("code"))) {
                throw new AssertionError(mutation + " refused: " + errors);
            }
            return null;
        }
        String id = response.path("data." + mutation + "." + object + ".id");
        if (ThreadLocalRandom.current().nextInt(3) == 0) {
            String again = request.get().path("data." + mutation + "." + object + ".id");
            assertEquals(id, again, "a retry with the same key returns the first result");
        }
        assertEquals(null, acknowledged.put(id, key), "one key, one object");
        return id;
    }

    private void settle(Queue<String> pending, String type, String field) {
        String id = pending.poll();
        if (id != null) {
            Map<String, Object> data = new java.util.HashMap<>(Map.of(field, id));
            if (type.startsWith("payout")) {
                data.put("arrived_at", System.currentTimeMillis() / 1000);
            }
            provider(type, data);
        }
    }

    private void settleFailed(Queue<String> pending, String type, String field) {
        String id = pending.poll();
        if (id != null) {
            provider(type, Map.of(field, id, "failure_code", "declined", "failure_message", "Refused by the bank"));
        }
    }

    private void provider(String type, Map<String, ?> data) {
        String body = Provider.event(TestIds.providerEvent(), type, data);
        Provider.send(body).statusCode(200);
        // The provider retries deliveries: a replay changes nothing.
        Provider.send(body).statusCode(200);
    }

    private void checkTheLedger() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // Every balance equals the sum of its entries.
            List<String> drift = strings(connection, """
                    SELECT b.owner_id || ' ' || b.book || ' ' || b.currency || ': ' || b.total || ' vs ' || coalesce(e.total, 0)
                    FROM (SELECT owner_id, book, currency, sum(amount) total FROM balance WHERE platform_id = ?
                          GROUP BY 1, 2, 3) b
                    LEFT JOIN (SELECT owner_id, book, currency, sum(amount) total FROM ledger_entry WHERE platform_id = ?
                               GROUP BY 1, 2, 3) e USING (owner_id, book, currency)
                    WHERE b.total <> coalesce(e.total, 0)""");
            assertEquals(List.of(), drift, "balances that differ from their entries");
            // The money in all balances equals the top-ups that did not fail minus the payouts that did not fail.
            long inBalances = number(connection, "SELECT coalesce(sum(amount), 0) FROM balance WHERE platform_id = ?");
            long toppedUp = number(connection,
                    "SELECT coalesce(sum(amount), 0) FROM top_up WHERE platform_id = ? AND status <> 'FAILED'");
            long paidOut = number(connection,
                    "SELECT coalesce(sum(amount), 0) FROM payout WHERE platform_id = ? AND status = 'PAID'");
            long stillOpen = number(connection,
                    "SELECT count(*) FROM payout WHERE platform_id = ? AND status IN ('PENDING', 'IN_TRANSIT')");
            assertEquals(0, stillOpen, "every payout was settled");
            assertEquals(toppedUp - paidOut, inBalances, "money in balances = top-ups - paid out");
            assertEquals(0, number(connection, "SELECT count(*) FROM balance WHERE platform_id = ? AND amount < 0"));
            // Every movement's entries sum to zero.
            assertEquals(0, number(connection, """
                    SELECT count(*) FROM (SELECT movement_id FROM ledger_entry WHERE platform_id = ?
                    GROUP BY movement_id, currency HAVING sum(amount) <> 0) unbalanced"""));
            // Every acknowledged operation exists exactly once, and nothing else was created.
            Set<String> stored = Set.copyOf(strings(connection, """
                    SELECT id FROM top_up WHERE platform_id = ? AND id NOT IN (SELECT id FROM top_up WHERE platform_id = ?
                      ORDER BY created_at LIMIT 1)
                    UNION ALL SELECT id FROM transfer WHERE platform_id = ?
                    UNION ALL SELECT id FROM account_debit WHERE platform_id = ?"""));
            assertEquals(acknowledged.keySet(), stored);
            assertEquals(acknowledged.size(), strings(connection, """
                    SELECT id FROM top_up WHERE platform_id = ? AND id NOT IN (SELECT id FROM top_up WHERE platform_id = ?
                      ORDER BY created_at LIMIT 1)
                    UNION ALL SELECT id FROM transfer WHERE platform_id = ?
                    UNION ALL SELECT id FROM account_debit WHERE platform_id = ?""").size());
        }
    }

    private long number(Connection connection, String sql) throws SQLException {
        return Long.parseLong(strings(connection, sql).get(0));
    }

    /** Runs a query whose every parameter is this test's platform id. */
    private List<String> strings(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, platformId);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
