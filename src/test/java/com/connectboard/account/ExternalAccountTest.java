package com.connectboard.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Bank accounts and debit cards (docs/accounts.md): only last4 is shown; one default per currency. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ExternalAccountTest {

    private static final String ADD = """
            mutation($input: AddExternalAccountInput!) {
              addExternalAccount(input: $input) { externalAccount { id kind last4 currency defaultForCurrency }
                userErrors { code field message } }
            }""";
    private static final String REMOVE = """
            mutation($id: ID!) { removeExternalAccount(input: {id: $id}) { externalAccount { id } userErrors { code message } } }""";
    private static final String LIST = """
            query($id: ID!) { connectedAccount(id: $id) { externalAccounts { id last4 currency defaultForCurrency } } }""";

    private String platformId;
    private String account;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "NONE", "Banked", "b@x.example", Map.of());
    }

    private io.restassured.response.ValidatableResponse add(String role, String kind, String last4, String currency,
            Boolean makeDefault) {
        Map<String, Object> input = new HashMap<>(Map.of("accountId", account, "kind", kind, "providerToken",
                "btok_" + last4 + "secretnumber", "last4", last4, "country", "US", "currency", currency));
        if (makeDefault != null) {
            input.put("defaultForCurrency", makeDefault);
        }
        return GraphQL.as(Tokens.of(platformId, role)).answer(ADD, Map.of("input", input));
    }

    @Test
    void theFirstOfACurrencyIsItsDefaultAndANewDefaultReplacesTheOld() {
        String first = add("developer", "BANK_ACCOUNT", "1111", "usd", null)
                .body("data.addExternalAccount.externalAccount.id", matchesPattern("^ba_[0-9A-Za-z]{24}$"))
                .body("data.addExternalAccount.externalAccount.defaultForCurrency", equalTo(true))
                .extract().path("data.addExternalAccount.externalAccount.id");
        add("developer", "DEBIT_CARD", "2222", "usd", false)
                .body("data.addExternalAccount.externalAccount.id", matchesPattern("^card_[0-9A-Za-z]{24}$"))
                .body("data.addExternalAccount.externalAccount.defaultForCurrency", equalTo(false));
        add("administrator", "BANK_ACCOUNT", "3333", "usd", true)
                .body("data.addExternalAccount.externalAccount.defaultForCurrency", equalTo(true));
        add("administrator", "BANK_ACCOUNT", "4444", "eur", null)
                .body("data.addExternalAccount.externalAccount.defaultForCurrency", equalTo(true));
        GraphQL.as(Tokens.of(platformId, "view_only")).ok(LIST, Map.of("id", account))
                .body("data.connectedAccount.externalAccounts.last4", equalTo(List.of("1111", "2222", "3333", "4444")))
                .body("data.connectedAccount.externalAccounts.defaultForCurrency", equalTo(List.of(false, false, true, true)))
                .body("data.connectedAccount.externalAccounts[0].id", equalTo(first));
    }

    @Test
    void onlyTheLastFourDigitsAreEverReturnedOrRecorded() {
        add("developer", "BANK_ACCOUNT", "1234", "usd", null);
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID) { events(accountId: $id, type: \"external_account.added\") { nodes { data } } }",
                        Map.of("id", account))
                .body("data.events.nodes[0].data", containsString("1234"))
                .body("data.events.nodes[0].data", not(containsString("secretnumber")));
    }

    @Test
    void badInputIsRefused() {
        add("developer", "BANK_ACCOUNT", "12345", "USD", null)
                .body("data.addExternalAccount.externalAccount", nullValue())
                .body("data.addExternalAccount.userErrors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("input.last4", "input.currency"));
    }

    @Test
    void theDefaultGoesLast() {
        String usdDefault = add("developer", "BANK_ACCOUNT", "1111", "usd", null).extract()
                .path("data.addExternalAccount.externalAccount.id");
        String other = add("developer", "BANK_ACCOUNT", "2222", "usd", false).extract()
                .path("data.addExternalAccount.externalAccount.id");
        GraphQL developer = GraphQL.as(Tokens.of(platformId, "developer"));
        developer.ok(REMOVE, Map.of("id", usdDefault))
                .body("data.removeExternalAccount.userErrors[0].message", containsString("make another one the default"));
        developer.ok(REMOVE, Map.of("id", other)).body("data.removeExternalAccount.userErrors", empty());
        developer.ok(REMOVE, Map.of("id", usdDefault)).body("data.removeExternalAccount.userErrors", empty());
        GraphQL.as(Tokens.of(platformId, "view_only")).ok(LIST, Map.of("id", account))
                .body("data.connectedAccount.externalAccounts", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "support_specialist", "view_only"})
    void otherRolesCannotManageExternalAccounts(String role) {
        add(role, "BANK_ACCOUNT", "1111", "usd", null).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anotherPlatformCannotSeeOrRemoveThem() {
        String id = add("developer", "BANK_ACCOUNT", "1111", "usd", null).extract()
                .path("data.addExternalAccount.externalAccount.id");
        String other = Accounts.completePlatform("US", "usd");
        GraphQL.as(Tokens.of(other, "administrator")).ok("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id))
                .body("data.node", nullValue());
        GraphQL.as(Tokens.of(other, "administrator")).ok(REMOVE, Map.of("id", id))
                .body("data.removeExternalAccount.userErrors[0].code", equalTo("NOT_FOUND"));
    }
}
