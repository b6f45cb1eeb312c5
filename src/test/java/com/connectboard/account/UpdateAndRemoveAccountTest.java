package com.connectboard.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Updating and removing connected accounts (docs/accounts.md). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UpdateAndRemoveAccountTest {

    private static final String UPDATE = """
            mutation($input: UpdateConnectedAccountInput!) {
              updateConnectedAccount(input: $input) {
                connectedAccount { id email phone businessProfile { name mcc url } metadata { key value }
                  individual { firstName dob idNumberProvided idNumberLast4 } company { name taxIdProvided taxIdLast4 } }
                userErrors { code field message }
              }
            }""";
    private static final String REMOVE = """
            mutation($id: ID!) { removeConnectedAccount(input: {id: $id}) { removedAccountId userErrors { code field message } } }""";

    @Inject
    DataSource dataSource;

    private String platformId;
    private String account;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "FULL", "Before", "before@x.example", Map.of("tier", "gold", "region", "west"));
    }

    private io.restassured.response.ValidatableResponse update(String role, Map<String, Object> input) {
        Map<String, Object> withId = new HashMap<>(input);
        withId.putIfAbsent("id", account);
        return GraphQL.as(Tokens.of(platformId, role)).answer(UPDATE, Map.of("input", withId));
    }

    private io.restassured.response.ValidatableResponse remove(String role, String id) {
        return GraphQL.as(Tokens.of(platformId, role)).answer(REMOVE, Map.of("id", id));
    }

    @Test
    void anUpdateChangesOnlyWhatItNames() {
        update("developer", Map.of("email", "after@x.example", "businessProfile", Map.of("mcc", "5734")))
                .body("data.updateConnectedAccount.userErrors", empty())
                .body("data.updateConnectedAccount.connectedAccount.email", equalTo("after@x.example"))
                .body("data.updateConnectedAccount.connectedAccount.businessProfile.mcc", equalTo("5734"))
                .body("data.updateConnectedAccount.connectedAccount.businessProfile.name", equalTo("Before"));
    }

    @Test
    void metadataEntriesSetToNullAreDeleted() {
        Map<String, Object> tierRemoved = new HashMap<>();
        tierRemoved.put("key", "tier");
        tierRemoved.put("value", null);
        update("developer", Map.of("metadata", List.of(tierRemoved, Map.of("key", "size", "value", "xl"))))
                .body("data.updateConnectedAccount.connectedAccount.metadata.key", equalTo(List.of("region", "size")));
    }

    @Test
    void updatesAreValidatedAndRefusedWhole() {
        update("developer", Map.of("email", "nope", "businessProfile", Map.of("mcc", "12a", "name", "Changed")))
                .body("data.updateConnectedAccount.connectedAccount", nullValue())
                .body("data.updateConnectedAccount.userErrors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("input.email", "input.businessProfile.mcc"));
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { email businessProfile { name } } }", Map.of("id", account))
                .body("data.connectedAccount.email", equalTo("before@x.example"))
                .body("data.connectedAccount.businessProfile.name", equalTo("Before"));
    }

    @Test
    void idNumbersAreKeptAsLastFourAndNeverEnterEvents() {
        update("developer", Map.of("individual", Map.of("firstName", "Ada", "dob", "1990-02-03", "idNumber", "123-45-6789"),
                "company", Map.of("taxId", "12-3456789")))
                .body("data.updateConnectedAccount.connectedAccount.individual.idNumberProvided", equalTo(true))
                .body("data.updateConnectedAccount.connectedAccount.individual.idNumberLast4", equalTo("6789"))
                .body("data.updateConnectedAccount.connectedAccount.company.taxIdLast4", equalTo("6789"));
        assertEquals(0, new Database(dataSource).count(
                "SELECT count(*) FROM connected_account WHERE id = ? AND (individual::text LIKE '%123-45%' OR company::text LIKE '%3456789%')",
                account));
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID) { events(accountId: $id, type: \"account.updated\") { nodes { data } } }",
                        Map.of("id", account))
                .body("data.events.nodes[0].data", containsString("individual.firstName"))
                .body("data.events.nodes[0].data", not(containsString("1990-02-03")))
                .body("data.events.nodes[0].data", not(containsString("6789")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "support_specialist", "view_only"})
    void onlyAdministratorsAndDevelopersUpdate(String role) {
        update(role, Map.of("email", "x@y.example")).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anUnknownOrForeignAccountIsNotFound() {
        update("developer", Map.of("id", "acct_unknown", "email", "x@y.example"))
                .body("data.updateConnectedAccount.userErrors[0].code", equalTo("NOT_FOUND"));
        String other = Accounts.completePlatform("US", "usd");
        GraphQL.as(Tokens.of(other, "administrator")).ok(UPDATE, Map.of("input", Map.of("id", account, "email", "x@y.example")))
                .body("data.updateConnectedAccount.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void viewingAsAnAccountOnlyThatAccountCanBeChanged() {
        String other = Accounts.create(platformId, "NONE", "Other", "o@x.example", Map.of());
        GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(other)
                .answer(UPDATE, Map.of("input", Map.of("id", account, "email", "x@y.example")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(other)
                .ok(UPDATE, Map.of("input", Map.of("id", other, "email", "me@x.example")))
                .body("data.updateConnectedAccount.connectedAccount.email", equalTo("me@x.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXPRESS", "NONE"})
    void onlyFullDashboardAccountsCanBeRemoved(String dashboard) {
        String id = Accounts.create(platformId, dashboard, "Keep", "k@x.example", Map.of());
        remove("administrator", id).body("data.removeConnectedAccount.userErrors[0].code",
                equalTo("ONLY_FULL_DASHBOARD_REMOVABLE"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok("query($id: ID!) { connectedAccount(id: $id) { id } }",
                Map.of("id", id)).body("data.connectedAccount.id", equalTo(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"developer", "analyst", "support_specialist", "view_only"})
    void onlyAdministratorsRemove(String role) {
        remove(role, account).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRemovedAccountVanishesAndRefusesChanges() {
        remove("administrator", account).body("data.removeConnectedAccount.removedAccountId", equalTo(account))
                .body("data.removeConnectedAccount.userErrors", empty());
        GraphQL analyst = GraphQL.as(Tokens.of(platformId, "analyst"));
        analyst.ok("query($id: ID!) { connectedAccount(id: $id) { id } node(id: $id) { id } }", Map.of("id", account))
                .body("data.connectedAccount", nullValue()).body("data.node", nullValue());
        analyst.ok("{ connectedAccounts { totalCount nodes { id } } }")
                .body("data.connectedAccounts.totalCount", equalTo(0));
        analyst.ok("{ connectedAccounts(search: \"name~\\\"before\\\"\") { nodes { id } } }")
                .body("data.connectedAccounts.nodes", empty());
        analyst.viewingAs(account).answer("{ viewer { subject } }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        update("developer", Map.of("email", "again@x.example"))
                .body("data.updateConnectedAccount.userErrors[0].code", equalTo("ACCOUNT_REMOVED"));
        remove("administrator", account).body("data.removeConnectedAccount.userErrors[0].code", equalTo("ACCOUNT_REMOVED"));
    }

    @Test
    void removalDeletesPlatformSettingsForGoodAndKeepsHistory() {
        remove("administrator", account);
        Database db = new Database(dataSource);
        assertEquals(1, db.count("SELECT count(*) FROM connected_account WHERE id = ? AND metadata = '{}'::jsonb "
                + "AND payout_interval IS NULL", account));
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID) { events(accountId: $id) { nodes { type account { id } } } }", Map.of("id", account))
                .body("data.events.nodes.type", hasItem("account.removed"))
                .body("data.events.nodes.type", hasItem("account.created"))
                .body("data.events.nodes[0].account", nullValue());
    }

    @Test
    void theSameBusinessConnectingAgainIsANewAccountWithDefaults() {
        remove("administrator", account);
        String again = Accounts.create(platformId, "FULL", "Before", "before@x.example", Map.of());
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { id metadata { key } payoutSchedule { interval } } }",
                        Map.of("id", again))
                .body("data.connectedAccount.id", not(equalTo(account)))
                .body("data.connectedAccount.metadata", empty())
                .body("data.connectedAccount.payoutSchedule", nullValue());
    }
}
