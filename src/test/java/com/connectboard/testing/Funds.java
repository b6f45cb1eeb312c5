package com.connectboard.testing;

import static org.hamcrest.Matchers.empty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Money fixtures through the public API: funded platforms and accounts whose TRANSFERS capability is ACTIVE. */
public final class Funds {

    public static final String ADD_TO_BALANCE = """
            mutation($input: AddToBalanceInput!) { addToBalance(input: $input) {
              topUp { id amount { amount currency } status description }
              userErrors { code field message } } }""";
    public static final String SEND_FUNDS = """
            mutation($input: SendFundsInput!) { sendFunds(input: $input) {
              transfer { id accountId amount { amount currency } destination createdAt }
              payout { id status method amount { amount currency } destination { externalAccountId kind last4 } transferId }
              userErrors { code field message } } }""";
    public static final String PULL_FUNDS = """
            mutation($input: PullFundsInput!) { pullFunds(input: $input) {
              accountDebit { id accountId amount { amount currency } }
              userErrors { code field message } } }""";
    public static final String RECORD_CONSENT = """
            mutation($input: RecordDebitConsentInput!) { recordDebitConsent(input: $input) {
              debitConsent { consentedAt reference recordedAt }
              userErrors { code field message } } }""";
    public static final String BALANCE = "{ balance { available { amount currency } pending { amount currency } } }";

    private Funds() {
    }

    /** The ids of an account ready for money: its own id, a usd bank account and a usd debit card. */
    public record ReadyAccount(String id, String bankAccountId, String debitCardId) {
    }

    public static String key() {
        return "key-" + UUID.randomUUID();
    }

    /** A US individual onboarded by the platform (dashboard NONE: liable, PLATFORM collection), TRANSFERS ACTIVE. */
    public static ReadyAccount readyAccount(String platformId) {
        return readyAccount(RoleTokens.wiremock(platformId), null);
    }

    /** The same, as the given users; with a business name (what the dashboard calls it) unless null. */
    public static ReadyAccount readyAccount(RoleTokens tokens, String businessName) {
        Map<String, Object> input = Accounts.input("NONE");
        input.put("businessType", "INDIVIDUAL");
        if (businessName != null) {
            input.put("businessProfile", Map.of("name", businessName));
        }
        GraphQL developer = tokens.as("developer");
        String id = Accounts.create(developer, input);
        developer
                .ok("""
                        mutation($id: ID!) { updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) {
                          userErrors { code } } }""",
                        Map.of("id", id))
                .body("data.updateCapabilities.userErrors", empty());
        Map<String, String> values = Map.of("tos_acceptance.date", "2026-01-02", "business_profile.mcc", "5734",
                "business_profile.url", "https://shop.example", "individual.first_name", "Ada",
                "individual.last_name", "Lovelace", "individual.dob", "1990-12-10", "individual.address",
                "{\"line1\": \"1 Main St\", \"city\": \"Springfield\", \"postalCode\": \"12345\", \"country\": \"US\"}");
        values.forEach((requirement, value) -> developer.ok("""
                mutation($input: SubmitRequirementInformationInput!) { submitRequirementInformation(input: $input) {
                  userErrors { code message } } }""", Map.of("input", Map.of("accountId", id, "requirement", requirement,
                "value", value))).body("data.submitRequirementInformation.userErrors", empty()));
        String bank = externalAccount(developer, id, "BANK_ACCOUNT", "6789", "usd");
        String card = externalAccount(developer, id, "DEBIT_CARD", "4242", "usd");
        return new ReadyAccount(id, bank, card);
    }

    public static String externalAccount(String platformId, String accountId, String kind, String last4,
            String currency) {
        return externalAccount(GraphQL.as(Tokens.of(platformId, "developer")), accountId, kind, last4, currency);
    }

    public static String externalAccount(GraphQL developer, String accountId, String kind, String last4,
            String currency) {
        return developer.ok("""
                mutation($input: AddExternalAccountInput!) { addExternalAccount(input: $input) {
                  externalAccount { id } userErrors { code message } } }""",
                Map.of("input", Map.of("accountId", accountId, "kind", kind, "providerToken", "tok_" + last4,
                        "last4", last4, "country", "US", "currency", currency)))
                .body("data.addExternalAccount.userErrors", empty())
                .extract().path("data.addExternalAccount.externalAccount.id");
    }

    /** Tops the platform up and has the provider confirm it: the amount becomes available. Returns the top-up id. */
    public static String fund(String platformId, long amount, String currency) {
        return fund(RoleTokens.wiremock(platformId), amount, currency);
    }

    public static String fund(RoleTokens tokens, long amount, String currency) {
        String topUpId = addToBalance(tokens.as("administrator"), amount, currency, key())
                .body("data.addToBalance.userErrors", empty()).extract().path("data.addToBalance.topUp.id");
        Provider.send(Provider.event(TestIds.providerEvent(), "top_up.succeeded", Map.of("top_up_id", topUpId)))
                .statusCode(200);
        return topUpId;
    }

    public static ValidatableResponse addToBalance(String platformId, long amount, String currency, String key) {
        return addToBalance(GraphQL.as(Tokens.of(platformId, "administrator")), amount, currency, key);
    }

    public static ValidatableResponse addToBalance(GraphQL administrator, long amount, String currency, String key) {
        return administrator.ok(ADD_TO_BALANCE, Map.of("input",
                Map.of("amount", amount, "currency", currency, "idempotencyKey", key)));
    }

    public static ValidatableResponse send(String platformId, String accountId, long amount, String key) {
        return send(GraphQL.as(Tokens.of(platformId, "administrator")), accountId, amount, key);
    }

    public static ValidatableResponse send(GraphQL administrator, String accountId, long amount, String key) {
        return administrator.ok(SEND_FUNDS, Map.of("input", sendInput(accountId, amount, key)));
    }

    public static Map<String, Object> sendInput(String accountId, long amount, String key) {
        Map<String, Object> input = new HashMap<>();
        input.put("accountId", accountId);
        input.put("amount", amount);
        input.put("currency", "usd");
        input.put("idempotencyKey", key);
        return input;
    }

    /** The available amount in a currency of the platform, or of an account when {@code viewAs} names one. */
    public static long available(String platformId, String viewAs, String currency) {
        return available(RoleTokens.wiremock(platformId), viewAs, currency);
    }

    public static long available(RoleTokens tokens, String viewAs, String currency) {
        GraphQL caller = tokens.as("view_only");
        if (viewAs != null) {
            caller.viewingAs(viewAs);
        }
        List<Map<String, Object>> available = caller.ok(BALANCE).extract().path("data.balance.available");
        return amountIn(available, currency);
    }

    public static long amountIn(List<Map<String, Object>> amounts, String currency) {
        return amounts.stream().filter(money -> currency.equals(money.get("currency")))
                .mapToLong(money -> ((Number) money.get("amount")).longValue()).sum();
    }
}
