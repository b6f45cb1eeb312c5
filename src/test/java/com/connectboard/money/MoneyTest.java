package com.connectboard.money;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import io.restassured.response.ValidatableResponse;

/** Money (docs/money.md) through the API: each movement, each refusal, the provider's events and the lists. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MoneyTest {

    private String platformId;
    private GraphQL admin;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    private ValidatableResponse provider(String type, Map<String, ?> data) {
        return Provider.send(Provider.event(TestIds.providerEvent(), type, data));
    }

    private ValidatableResponse send(Map<String, Object> input) {
        return admin.ok(Funds.SEND_FUNDS, Map.of("input", input));
    }

    private static void refusedWith(ValidatableResponse response, String payload, String code, String field) {
        response.body("errors", nullValue()).body("data." + payload + ".userErrors[0].code", equalTo(code))
                .body("data." + payload + ".userErrors[0].field", equalTo(field));
    }

    @Test
    void aTopUpIsPendingUntilTheProviderConfirmsItAndAFailedOneIsGone() {
        String topUpId = Funds.addToBalance(platformId, 50_000, "usd", Funds.key())
                .body("data.addToBalance.userErrors", empty())
                .body("data.addToBalance.topUp.status", equalTo("PENDING"))
                .extract().path("data.addToBalance.topUp.id");
        admin.ok(Funds.BALANCE).body("data.balance.available", empty())
                .body("data.balance.pending", contains(Map.of("amount", 50_000, "currency", "usd")));

        provider("top_up.succeeded", Map.of("top_up_id", topUpId)).statusCode(200);
        admin.ok(Funds.BALANCE).body("data.balance.available", contains(Map.of("amount", 50_000, "currency", "usd")))
                .body("data.balance.pending", contains(Map.of("amount", 0, "currency", "usd")));
        provider("top_up.failed", Map.of("top_up_id", topUpId, "failure_code", "x", "failure_message", "late"))
                .statusCode(422).body(containsString("already SUCCEEDED"));

        String failing = Funds.addToBalance(platformId, 700, "usd", Funds.key()).extract()
                .path("data.addToBalance.topUp.id");
        provider("top_up.failed", Map.of("top_up_id", failing, "failure_code", "insufficient_funds",
                "failure_message", "The bank refused")).statusCode(200);
        admin.ok("query($id: ID!) { node(id: $id) { ... on TopUp { status failureCode failureMessage } } }",
                Map.of("id", failing)).body("data.node.status", equalTo("FAILED"))
                .body("data.node.failureCode", equalTo("insufficient_funds"));
        assertEquals(50_000, Funds.available(platformId, null, "usd"));
        admin.ok(Funds.BALANCE).body("data.balance.pending", contains(Map.of("amount", 0, "currency", "usd")));

        admin.ok("{ balanceTransactions(first: 10) { nodes { type amount { amount } balanceType sourceId } totalCount } }")
                .body("data.balanceTransactions.totalCount", equalTo(5))
                .body("data.balanceTransactions.nodes.type", hasItem("TOP_UP_SUCCEEDED"))
                .body("data.balanceTransactions.nodes.findAll { it.sourceId == '" + failing + "' }.amount.amount",
                        equalTo(List.of(-700, 700)));
        admin.ok("{ topUps { nodes { id status } } events(first: 20) { nodes { type } } }")
                .body("data.topUps.nodes.status", equalTo(List.of("FAILED", "SUCCEEDED")))
                .body("data.events.nodes.type", hasItem("top_up.created"))
                .body("data.events.nodes.type", hasItem("top_up.succeeded"))
                .body("data.events.nodes.type", hasItem("top_up.failed"));
        provider("top_up.succeeded", Map.of("top_up_id", "tu_unknown")).statusCode(422);
        provider("top_up.failed", Map.of("top_up_id", failing)).statusCode(400).body(containsString("failure_code"));
    }

    @Test
    void sendFundsMovesMoneyFromThePlatformToTheAccountAndRecordsIt() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 10_000, "usd");
        String transferId = Funds.send(platformId, account.id(), 2_500, Funds.key())
                .body("data.sendFunds.userErrors", empty())
                .body("data.sendFunds.transfer.destination", equalTo("ACCOUNT_BALANCE"))
                .body("data.sendFunds.payout", nullValue())
                .extract().path("data.sendFunds.transfer.id");

        assertEquals(7_500, Funds.available(platformId, null, "usd"));
        assertEquals(2_500, Funds.available(platformId, account.id(), "usd"));
        admin.ok("query($id: ID!) { connectedAccount(id: $id) { balance { available { amount currency } } } "
                + "transfers(accountId: $id) { nodes { id } totalCount } "
                + "events(first: 5, accountId: $id, type: \"transfer.created\") { nodes { data } } }",
                Map.of("id", account.id()))
                .body("data.connectedAccount.balance.available", contains(Map.of("amount", 2_500, "currency", "usd")))
                .body("data.transfers.nodes.id", contains(transferId))
                .body("data.transfers.totalCount", equalTo(1))
                .body("data.events.nodes", org.hamcrest.Matchers.hasSize(1));
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(account.id())
                .ok("{ balanceTransactions { nodes { type amount { amount } sourceId } } topUps { totalCount } }")
                .body("data.balanceTransactions.nodes.type", contains("TRANSFER"))
                .body("data.balanceTransactions.nodes[0].amount.amount", equalTo(2_500))
                .body("data.topUps.totalCount", equalTo(0));
    }

    @Test
    void aRefusedTransferMovesNothing() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 1_000, "usd");
        refusedWith(Funds.send(platformId, account.id(), 1_001, Funds.key()), "sendFunds", "INSUFFICIENT_FUNDS",
                "input.amount");
        Funds.send(platformId, account.id(), 10, Funds.key()).body("data.sendFunds.userErrors", empty());
        assertEquals(990, Funds.available(platformId, null, "usd"));

        Map<String, Object> eur = Funds.sendInput(account.id(), 10, Funds.key());
        eur.put("currency", "eur");
        refusedWith(send(eur), "sendFunds", "INSUFFICIENT_FUNDS", "input.amount");

        String inactive = Accounts.create(platformId, Accounts.input("NONE"));
        refusedWith(Funds.send(platformId, inactive, 10, Funds.key()), "sendFunds", "CAPABILITY_INACTIVE",
                "input.accountId");
        // The message names the status the capabilities list shows, in the same words.
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { capabilities { name status } } }", Map.of("id",
                        inactive))
                .body("data.connectedAccount.capabilities.find { it.name == 'TRANSFERS' }.status",
                        equalTo("UNREQUESTED"));
        Funds.send(platformId, inactive, 10, Funds.key()).body("data.sendFunds.userErrors[0].message",
                equalTo("The account's TRANSFERS capability is UNREQUESTED; sending funds needs it ACTIVE"));

        String otherPlatform = Accounts.completePlatform("US", "usd");
        String foreign = Accounts.create(otherPlatform, Accounts.input("NONE"));
        refusedWith(Funds.send(platformId, foreign, 10, Funds.key()), "sendFunds", "NOT_FOUND", "input.accountId");

        String full = Accounts.create(platformId, Accounts.input("FULL"));
        admin.ok("mutation($id: ID!) { removeConnectedAccount(input: {id: $id}) { userErrors { code } } }",
                Map.of("id", full)).body("data.removeConnectedAccount.userErrors", empty());
        refusedWith(Funds.send(platformId, full, 10, Funds.key()), "sendFunds", "ACCOUNT_REMOVED", "input.accountId");

        assertEquals(990, Funds.available(platformId, null, "usd"));
        assertEquals(10, Funds.available(platformId, account.id(), "usd"));
        admin.ok("{ transfers { totalCount } }").body("data.transfers.totalCount", equalTo(1));
    }

    @Test
    void badInputSaysWhatWasWrong() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Map<String, Object> yen = Funds.sendInput(account.id(), 1_000_000_000L, Funds.key());
        yen.put("currency", "jpy");
        send(yen).body("data.sendFunds.userErrors[0].message", containsString("1 to 999999999 (in jpy's minor unit: "
                + "no decimals)"));
        Map<String, Object> gold = Funds.sendInput(account.id(), 10, Funds.key());
        gold.put("currency", "xau");
        refusedWith(send(gold), "sendFunds", "INVALID_INPUT", "input.currency");
        refusedWith(send(Funds.sendInput(account.id(), 10, "k".repeat(256))), "sendFunds", "INVALID_INPUT",
                "input.idempotencyKey");
        Map<String, Object> instant = Funds.sendInput(account.id(), 10, Funds.key());
        instant.put("method", "INSTANT");
        refusedWith(send(instant), "sendFunds", "INVALID_INPUT", "input.method");
        Map<String, Object> noExternal = Funds.sendInput(account.id(), 10, Funds.key());
        noExternal.put("destination", "EXTERNAL_ACCOUNT");
        refusedWith(send(noExternal), "sendFunds", "INVALID_INPUT", "input.externalAccountId");
        // A fraction is refused, not rounded: money never changes on the way in.
        refusedWith(send(Funds.sendInput(account.id(), 0, Funds.key())).body("data.sendFunds.userErrors[0].message",
                containsString("got 0")), "sendFunds", "INVALID_INPUT", "input.amount");
        Map<String, Object> fraction = new HashMap<>(Funds.sendInput(account.id(), 0, Funds.key()));
        fraction.put("amount", 1.5);
        send(fraction).body("data.sendFunds.userErrors[0].message", containsString("whole number of usd's minor unit, "
                + "got 1.5"));
    }

    @Test
    void sendingToAnExternalAccountPaysOutAndTheProviderSettlesThePayout() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 10_000, "usd");
        Map<String, Object> input = Funds.sendInput(account.id(), 3_000, Funds.key());
        input.put("destination", "EXTERNAL_ACCOUNT");
        input.put("externalAccountId", account.debitCardId());
        input.put("method", "INSTANT");
        String payoutId = send(input).body("data.sendFunds.userErrors", empty())
                .body("data.sendFunds.payout.status", equalTo("PENDING"))
                .body("data.sendFunds.payout.method", equalTo("INSTANT"))
                .body("data.sendFunds.payout.destination.last4", equalTo("4242"))
                .body("data.sendFunds.payout.destination.kind", equalTo("DEBIT_CARD"))
                .body("data.sendFunds.payout.destination.externalAccountId", equalTo(account.debitCardId()))
                .extract().path("data.sendFunds.payout.id");
        assertEquals(0, Funds.available(platformId, account.id(), "usd"));
        assertEquals(7_000, Funds.available(platformId, null, "usd"));

        long arrival = Instant.now().plusSeconds(3600).getEpochSecond();
        provider("payout.in_transit", Map.of("payout_id", payoutId, "expected_arrival", arrival)).statusCode(200);
        provider("payout.paid", Map.of("payout_id", payoutId, "arrived_at", arrival)).statusCode(200);
        admin.ok("query($id: ID!) { node(id: $id) { ... on Payout { status expectedArrivalAt arrivedAt } } }",
                Map.of("id", payoutId)).body("data.node.status", equalTo("PAID"))
                .body("data.node.arrivedAt", notNullValue());
        provider("payout.failed", Map.of("payout_id", payoutId, "failure_code", "x", "failure_message", "y"))
                .statusCode(422);

        Map<String, Object> toBank = Funds.sendInput(account.id(), 1_000, Funds.key());
        toBank.put("destination", "EXTERNAL_ACCOUNT");
        toBank.put("externalAccountId", account.bankAccountId());
        String failing = send(toBank).body("data.sendFunds.userErrors", empty())
                .extract().path("data.sendFunds.payout.id");
        provider("payout.failed", Map.of("payout_id", failing, "failure_code", "account_closed",
                "failure_message", "The bank account is closed")).statusCode(200);
        // A failed payout returns the money to the account's available balance, with its own entries.
        assertEquals(1_000, Funds.available(platformId, account.id(), "usd"));
        admin.ok("query($id: ID!) { payouts(accountId: $id) { nodes { id status failureCode } } "
                + "events(first: 30, accountId: $id) { nodes { type } } }", Map.of("id", account.id()))
                .body("data.payouts.nodes.status", contains("FAILED", "PAID"))
                .body("data.payouts.nodes[0].failureCode", equalTo("account_closed"))
                .body("data.events.nodes.type", hasItem("payout.created"))
                .body("data.events.nodes.type", hasItem("payout.paid"))
                .body("data.events.nodes.type", hasItem("payout.failed"));
        GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(account.id())
                .ok("{ balanceTransactions { nodes { type amount { amount } } } }")
                .body("data.balanceTransactions.nodes.type", contains("PAYOUT_FAILED", "PAYOUT", "TRANSFER", "PAYOUT",
                        "TRANSFER"));
        provider("payout.paid", Map.of("payout_id", "po_unknown", "arrived_at", arrival)).statusCode(422);
    }

    @Test
    void externalPayoutRefusals() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 10_000, "usd");
        Map<String, Object> instantToBank = Funds.sendInput(account.id(), 100, Funds.key());
        instantToBank.put("destination", "EXTERNAL_ACCOUNT");
        instantToBank.put("externalAccountId", account.bankAccountId());
        instantToBank.put("method", "INSTANT");
        refusedWith(send(instantToBank), "sendFunds", "INVALID_INPUT", "input.method");

        String eurBank = Funds.externalAccount(platformId, account.id(), "BANK_ACCOUNT", "1111", "eur");
        Map<String, Object> wrongCurrency = Funds.sendInput(account.id(), 100, Funds.key());
        wrongCurrency.put("destination", "EXTERNAL_ACCOUNT");
        wrongCurrency.put("externalAccountId", eurBank);
        refusedWith(send(wrongCurrency), "sendFunds", "CURRENCY_MISMATCH", "input.currency");

        String full = Accounts.create(platformId, Accounts.input("FULL"));
        Map<String, Object> notLiable = Funds.sendInput(full, 100, Funds.key());
        notLiable.put("destination", "EXTERNAL_ACCOUNT");
        notLiable.put("externalAccountId", "ba_whatever");
        refusedWith(send(notLiable), "sendFunds", "PLATFORM_NOT_LIABLE", "input.destination");
        assertEquals(10_000, Funds.available(platformId, null, "usd"));
    }

    @Test
    void pullFundsNeedsLiabilityConsentOneRegionTheDefaultCurrencyAndFunds() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 5_000, "usd");
        Funds.send(platformId, account.id(), 2_000, Funds.key()).body("data.sendFunds.userErrors", empty());

        refusedWith(pull(account.id(), 500, "usd"), "pullFunds", "CONSENT_REQUIRED", "input.accountId");
        consent(account.id()).body("data.recordDebitConsent.userErrors", empty())
                .body("data.recordDebitConsent.debitConsent.reference", equalTo("mandate-1"));
        refusedWith(pull(account.id(), 500, "eur"), "pullFunds", "CURRENCY_MISMATCH", "input.currency");
        refusedWith(pull(account.id(), 2_001, "usd"), "pullFunds", "INSUFFICIENT_FUNDS", "input.amount");
        pull(account.id(), 2_000, "usd").body("data.pullFunds.userErrors", empty())
                .body("data.pullFunds.accountDebit.amount.amount", equalTo(2_000));
        assertEquals(0, Funds.available(platformId, account.id(), "usd"));
        assertEquals(5_000, Funds.available(platformId, null, "usd"));
        admin.ok(
                "{ accountDebits { nodes { accountId } } events(first: 3, type: \"account_debit.created\") { nodes { type } } }")
                .body("data.accountDebits.nodes.accountId", contains(account.id()))
                .body("data.events.nodes", org.hamcrest.Matchers.hasSize(1));

        String full = Accounts.create(platformId, Accounts.input("FULL"));
        refusedWith(pull(full, 1, "usd"), "pullFunds", "PLATFORM_NOT_LIABLE", "input.accountId");
        String canadian = platformAccount("CA");
        refusedWith(pull(canadian, 1, "cad"), "pullFunds", "REGION_MISMATCH", "input.accountId");
        String brazilian = platformAccount("BR");
        refusedWith(pull(brazilian, 1, "brl"), "pullFunds", "REGION_UNSUPPORTED", "input.accountId");

        String ukPlatform = Accounts.completePlatform("GB", "gbp");
        GraphQL ukAdmin = GraphQL.as(Tokens.of(ukPlatform, "administrator"));
        Map<String, Object> french = Accounts.input("NONE");
        french.put("country", "FR");
        String frenchAccount = Accounts.create(ukPlatform, french);
        ukAdmin.ok(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId", frenchAccount, "consentedAt",
                "2026-01-01T00:00:00Z", "reference", "m"))).body("data.recordDebitConsent.userErrors", empty());
        // GB and FR are one region (Europe): the refusal is the balance, not the region.
        refusedWith(ukAdmin.ok(Funds.PULL_FUNDS, Map.of("input", Map.of("accountId", frenchAccount, "amount", 1,
                "currency", "eur", "idempotencyKey", Funds.key()))), "pullFunds", "INSUFFICIENT_FUNDS", "input.amount");
    }

    @Test
    void aConsentCannotBeInTheFuture() {
        String id = Accounts.create(platformId, Accounts.input("NONE"));
        refusedWith(admin.ok(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId", id, "consentedAt",
                Instant.now().plusSeconds(3600).toString(), "reference", "m"))), "recordDebitConsent", "INVALID_INPUT",
                "input.consentedAt");
        admin.ok("query($id: ID!) { connectedAccount(id: $id) { debitConsent { reference } } }", Map.of("id", id))
                .body("data.connectedAccount.debitConsent", nullValue());
    }

    @Test
    void onlyAdministratorsMoveMoneyAndNothingChangesForOthers() {
        ReadyAccount account = Funds.readyAccount(platformId);
        Funds.fund(platformId, 1_000, "usd");
        for (String role : List.of("developer", "analyst", "support_specialist", "view_only")) {
            GraphQL caller = GraphQL.as(Tokens.of(platformId, role));
            caller.answer(Funds.ADD_TO_BALANCE, Map.of("input", Map.of("amount", 1, "currency", "usd", "idempotencyKey",
                    Funds.key()))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            caller.answer(Funds.SEND_FUNDS, Map.of("input", Funds.sendInput(account.id(), 1, Funds.key())))
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            caller.answer(Funds.PULL_FUNDS, Map.of("input", Map.of("accountId", account.id(), "amount", 1, "currency",
                    "usd", "idempotencyKey", Funds.key()))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            caller.answer(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId", account.id(), "consentedAt",
                    "2026-01-01T00:00:00Z", "reference", "m"))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
        assertEquals(1_000, Funds.available(platformId, null, "usd"));
        admin.ok("{ topUps { totalCount } transfers { totalCount } accountDebits { totalCount } }")
                .body("data.topUps.totalCount", equalTo(1)).body("data.transfers.totalCount", equalTo(0))
                .body("data.accountDebits.totalCount", equalTo(0));
    }

    @Test
    void viewingAsAnAccountShowsOnlyItsMoney() {
        ReadyAccount account = Funds.readyAccount(platformId);
        ReadyAccount other = Funds.readyAccount(platformId);
        Funds.fund(platformId, 1_000, "usd");
        Funds.send(platformId, account.id(), 100, Funds.key());
        String otherTransfer = Funds.send(platformId, other.id(), 200, Funds.key()).extract()
                .path("data.sendFunds.transfer.id");

        GraphQL viewing = GraphQL.as(Tokens.of(platformId, "administrator")).viewingAs(account.id());
        viewing.ok("query($id: ID!) { balance { available { amount } } platform { balance { available { amount } } } "
                + "transfers { nodes { accountId } } node(id: $id) { id } }", Map.of("id", otherTransfer))
                .body("data.balance.available[0].amount", equalTo(100))
                .body("data.platform.balance", nullValue())
                .body("data.transfers.nodes.accountId", contains(account.id()))
                .body("data.node", nullValue());
        viewing.answer(Funds.ADD_TO_BALANCE, Map.of("input", Map.of("amount", 1, "currency", "usd", "idempotencyKey",
                Funds.key()))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        viewing.answer(Funds.SEND_FUNDS, Map.of("input", Funds.sendInput(other.id(), 1, Funds.key())))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        admin.ok("{ platform { balance { available { amount } } } }")
                .body("data.platform.balance.available[0].amount", equalTo(700));
    }

    private ValidatableResponse pull(String accountId, long amount, String currency) {
        return admin.ok(Funds.PULL_FUNDS, Map.of("input", Map.of("accountId", accountId, "amount", amount, "currency",
                currency, "idempotencyKey", Funds.key())));
    }

    private ValidatableResponse consent(String accountId) {
        return admin.ok(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId", accountId, "consentedAt",
                "2026-01-01T00:00:00Z", "reference", "mandate-1")));
    }

    /** A liable (NONE) account in a country, with a debit consent. */
    private String platformAccount(String country) {
        Map<String, Object> input = new HashMap<>(Accounts.input("NONE"));
        input.put("country", country);
        String id = Accounts.create(platformId, input);
        consent(id).body("data.recordDebitConsent.userErrors", empty());
        return id;
    }
}
