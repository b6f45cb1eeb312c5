package com.connectboard.money;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Funds;
import com.connectboard.testing.Funds.ReadyAccount;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What {@code send_funds_to_balance} (sendFunds to a balance in one database call, docs/money.md) decides by itself,
 * beyond what MoneyTest, BankTest and IdempotencyAndRacesTest check through it: a requested but not yet active
 * TRANSFERS capability, and the account's activity.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SendFundsToBalanceTest {

    private String platformId;
    private GraphQL admin;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    @Test
    void aPendingTransfersCapabilityIsRefusedAndTheKeyIsNotUsedUp() {
        Map<String, Object> input = Accounts.input("NONE");
        input.put("businessType", "INDIVIDUAL");
        String pending = Accounts.create(platformId, input);
        GraphQL.as(Tokens.of(platformId, "developer"))
                .ok("""
                        mutation($id: ID!) { updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) {
                          userErrors { code } } }""",
                        Map.of("id", pending))
                .body("data.updateCapabilities.userErrors", empty());
        Funds.fund(platformId, 100, "usd");
        String key = Funds.key();

        Funds.send(platformId, pending, 10, key)
                .body("data.sendFunds.transfer", equalTo(null))
                .body("data.sendFunds.userErrors[0].code", equalTo("CAPABILITY_INACTIVE"))
                .body("data.sendFunds.userErrors[0].field", equalTo("input.accountId"))
                .body("data.sendFunds.userErrors[0].message",
                        equalTo("The account's TRANSFERS capability is PENDING; sending funds needs it ACTIVE"));
        assertEquals(100, Funds.available(platformId, null, "usd"));
        admin.ok("{ transfers { totalCount } }").body("data.transfers.totalCount", equalTo(0));

        // The refusal rolled the key's claim back: the key is still free, for another request too.
        ReadyAccount ready = Funds.readyAccount(platformId);
        Funds.send(platformId, ready.id(), 10, key).body("data.sendFunds.userErrors", empty());
        assertEquals(90, Funds.available(platformId, null, "usd"));
    }

    @Test
    void aTransferIsTheAccountsActivityRecordedToTheHour() {
        ReadyAccount ready = Funds.readyAccount(platformId);
        Funds.fund(platformId, 100, "usd");
        String first = Funds.send(platformId, ready.id(), 10, Funds.key()).body("data.sendFunds.userErrors", empty())
                .extract().path("data.sendFunds.transfer.createdAt");
        assertEquals(micros(first), micros(lastActivity(ready.id())));

        Funds.send(platformId, ready.id(), 10, Funds.key()).body("data.sendFunds.userErrors", empty());
        assertEquals(micros(first), micros(lastActivity(ready.id())), "a second transfer within the hour");
        assertEquals(20, Funds.available(platformId, ready.id(), "usd"));
    }

    private String lastActivity(String accountId) {
        return admin.ok("query($id: ID!) { connectedAccount(id: $id) { lastActivityAt } }", Map.of("id", accountId))
                .extract().path("data.connectedAccount.lastActivityAt");
    }

    private static Instant micros(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.MICROS);
    }
}
