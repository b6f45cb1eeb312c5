package com.connectboard.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Creating connected accounts (docs/accounts.md). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CreateAccountTest {

    @Inject
    DataSource dataSource;

    private String platformId;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
    }

    private io.restassured.response.ValidatableResponse create(String role, Map<String, Object> input) {
        return GraphQL.as(Tokens.of(platformId, role)).answer(Accounts.CREATE, Map.of("input", input));
    }

    private long accounts(String platform) {
        return new Database(dataSource).count("SELECT count(*) FROM connected_account WHERE platform_id = ?", platform);
    }

    @ParameterizedTest
    @ValueSource(strings = {"administrator", "developer"})
    void administratorsAndDevelopersCreate(String role) {
        create(role, Accounts.input("NONE"))
                .body("data.createConnectedAccount.userErrors", empty())
                .body("data.createConnectedAccount.connectedAccount.id", matchesPattern("^acct_[0-9A-Za-z]{24}$"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "support_specialist", "view_only"})
    void otherRolesAreForbiddenAndNothingIsStored(String role) {
        create(role, Accounts.input("NONE"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data.createConnectedAccount", nullValue());
        assertEquals(0, accounts(platformId));
    }

    @Test
    void anIncompleteProfileRefusesAndStoresNothing() {
        String incomplete = Provider.registerPlatform("Incomplete", "US", "usd");
        GraphQL.as(Tokens.of(incomplete, "administrator")).ok(Accounts.CREATE, Map.of("input", Accounts.input("NONE")))
                .body("data.createConnectedAccount.connectedAccount", nullValue())
                .body("data.createConnectedAccount.userErrors[0].code", equalTo("PLATFORM_PROFILE_INCOMPLETE"));
        assertEquals(0, accounts(incomplete));
    }

    @Test
    void aFrenchPlatformCannotCreateAnAccountWithNoDashboard() {
        String french = Accounts.completePlatform("FR", "eur");
        GraphQL.as(Tokens.of(french, "administrator")).ok(Accounts.CREATE, Map.of("input", Accounts.input("NONE")))
                .body("data.createConnectedAccount.connectedAccount", nullValue())
                .body("data.createConnectedAccount.userErrors[0].code", equalTo("HOSTED_ONBOARDING_REQUIRED"))
                .body("data.createConnectedAccount.userErrors[0].field", equalTo("input.dashboardAccess"));
        assertEquals(0, accounts(french));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FULL", "EXPRESS"})
    void aFrenchPlatformOnboardsThroughHostedOnboarding(String dashboard) {
        String french = Accounts.completePlatform("FR", "eur");
        GraphQL.as(Tokens.of(french, "administrator")).ok(Accounts.CREATE, Map.of("input", Accounts.input(dashboard)))
                .body("data.createConnectedAccount.userErrors", empty())
                .body("data.createConnectedAccount.onboardingLink.type", equalTo("ONBOARDING"));
    }

    @Test
    void hostedDashboardsArePendingWithAOneTimeLinkOfThirtyMinutes() {
        Instant before = Instant.now();
        var response = create("developer", Accounts.input("EXPRESS"))
                .body("data.createConnectedAccount.connectedAccount.status", equalTo("PENDING_ONBOARDING"))
                .body("data.createConnectedAccount.connectedAccount.detailsSubmitted", equalTo(false))
                .body("data.createConnectedAccount.onboardingLink.id", matchesPattern("^link_[0-9A-Za-z]{24}$"))
                .body("data.createConnectedAccount.onboardingLink.url",
                        matchesPattern("^http://localhost:8081/hosted/links/[A-Za-z0-9_-]{43}$"))
                .body("data.createConnectedAccount.onboardingLink.usedAt", nullValue());
        Instant expires = Instant.parse(response.extract().path("data.createConnectedAccount.onboardingLink.expiresAt"));
        Duration validity = Duration.between(before, expires);
        assertEquals(30, validity.toMinutes(), "link validity " + validity);
    }

    /** The dashboard's create flow: "select the account type and country", nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"FULL", "EXPRESS", "NONE"})
    void dashboardAccessAndCountryAreEnough(String dashboard) {
        create("developer", Map.of("dashboardAccess", dashboard, "country", "US"))
                .body("data.createConnectedAccount.userErrors", empty())
                .body("data.createConnectedAccount.connectedAccount.businessType", nullValue())
                .body("data.createConnectedAccount.connectedAccount.defaultCurrency", equalTo("usd"));
        assertEquals(1, accounts(platformId));
    }

    /** NONE: the platform sets the business type later; until then it is a requirement item. */
    @Test
    void withoutABusinessTypeItIsARequirementUntilTheUpdateSetsIt() {
        GraphQL developer = GraphQL.as(Tokens.of(platformId, "developer"));
        String id = create("developer", Map.of("dashboardAccess", "NONE", "country", "US"))
                .extract().path("data.createConnectedAccount.connectedAccount.id");
        String requirements = """
                query($id: ID!) { connectedAccount(id: $id) { businessType
                  requirements { currentlyDue eventuallyDue }
                  actionsRequired { requirement kind description remediationPaths } } }""";
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(requirements, Map.of("id", id))
                .body("data.connectedAccount.requirements.eventuallyDue", hasItem("business_type"))
                .body("data.connectedAccount.actionsRequired.find { it.requirement == 'business_type' }.remediationPaths",
                        hasItem("SUBMIT_INFORMATION"));
        developer.ok(
                """
                        mutation($id: ID!) { updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) {
                          userErrors { code } } }""",
                Map.of("id", id));
        // Which items a business needs depends on its type: none of them are asked before it is known.
        var before = GraphQL.as(Tokens.of(platformId, "analyst")).ok(requirements, Map.of("id", id))
                .body("data.connectedAccount.requirements.currentlyDue", hasItem("business_type"));
        List<String> due = before.extract().path("data.connectedAccount.requirements.currentlyDue");
        assertEquals(List.of(), due.stream().filter(item -> item.startsWith("company.") || item.startsWith("individual."))
                .toList());

        developer.ok("""
                mutation($id: ID!) { updateConnectedAccount(input: {id: $id, businessType: COMPANY}) {
                  connectedAccount { businessType } userErrors { code field message } } }""", Map.of("id", id))
                .body("data.updateConnectedAccount.userErrors", empty())
                .body("data.updateConnectedAccount.connectedAccount.businessType", equalTo("COMPANY"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(requirements, Map.of("id", id))
                .body("data.connectedAccount.requirements.eventuallyDue", not(hasItem("business_type")))
                .body("data.connectedAccount.requirements.currentlyDue", hasItem("company.name"))
                .body("data.connectedAccount.requirements.currentlyDue", hasItem("company.tax_id"));
        String data = GraphQL.as(Tokens.of(platformId, "analyst")).ok("""
                query($id: ID) { events(accountId: $id, type: "account.updated") { nodes { data } } }""", Map.of("id", id))
                .extract().path("data.events.nodes[0].data");
        io.restassured.path.json.JsonPath change = io.restassured.path.json.JsonPath.from(data);
        assertEquals("COMPANY", change.getString("changes.businessType.to"));
        assertEquals(null, change.getString("changes.businessType.from"));
    }

    @Test
    void theBusinessTypeCanBeSubmittedAsARequirementAndIsChecked() {
        GraphQL developer = GraphQL.as(Tokens.of(platformId, "developer"));
        String id = create("developer", Map.of("dashboardAccess", "NONE", "country", "US"))
                .extract().path("data.createConnectedAccount.connectedAccount.id");
        String submit = """
                mutation($input: SubmitRequirementInformationInput!) { submitRequirementInformation(input: $input) {
                  connectedAccount { businessType } userErrors { code field message } } }""";
        developer.ok(submit, Map.of("input", Map.of("accountId", id, "requirement", "business_type", "value", "robot")))
                .body("data.submitRequirementInformation.userErrors[0].field", equalTo("input.value"))
                .body("data.submitRequirementInformation.userErrors[0].message", containsString("INDIVIDUAL"));
        developer.ok(submit, Map.of("input", Map.of("accountId", id, "requirement", "business_type", "value", "individual")))
                .body("data.submitRequirementInformation.userErrors", empty())
                .body("data.submitRequirementInformation.connectedAccount.businessType", equalTo("INDIVIDUAL"));
    }

    @Test
    void noDashboardIsCreatedAtOnceWithoutALink() {
        create("developer", Accounts.input("NONE"))
                .body("data.createConnectedAccount.connectedAccount.id", notNullValue())
                .body("data.createConnectedAccount.onboardingLink", nullValue());
    }

    @ParameterizedTest
    @CsvSource({"FULL, false, PROVIDER", "EXPRESS, true, PROVIDER", "NONE, true, PLATFORM"})
    void liabilityAndRequirementCollectionDefaultByDashboard(String dashboard, boolean liable, String collection) {
        create("developer", Accounts.input(dashboard))
                .body("data.createConnectedAccount.connectedAccount.platformLiableForNegativeBalances", equalTo(liable))
                .body("data.createConnectedAccount.connectedAccount.requirementCollection", equalTo(collection));
    }

    @Test
    void platformCollectionNeedsNoDashboardAndLiability() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("requirementCollection", "PLATFORM");
        create("developer", input).body("data.createConnectedAccount.userErrors[0].field",
                equalTo("input.requirementCollection"));
    }

    @Test
    void theCurrencyDefaultsToTheCountrys() {
        Map<String, Object> input = Accounts.input("NONE");
        input.put("country", "JP");
        create("developer", input).body("data.createConnectedAccount.connectedAccount.defaultCurrency", equalTo("jpy"));
    }

    @Test
    void badCountryCurrencyEmailAndPhoneAreRefusedTogether() {
        Map<String, Object> input = Accounts.input("NONE");
        input.put("country", "XX");
        input.put("defaultCurrency", "USD");
        input.put("email", "nope");
        input.put("phone", "555-1234");
        create("developer", input)
                .body("data.createConnectedAccount.connectedAccount", nullValue())
                .body("data.createConnectedAccount.userErrors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("input.country", "input.defaultCurrency", "input.email",
                                "input.phone"));
        assertEquals(0, accounts(platformId));
    }

    @Test
    void metadataLimitsAreEnforcedAndNamed() {
        Map<String, Object> input = Accounts.input("NONE");
        List<Map<String, String>> metadata = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            metadata.add(Map.of("key", "k" + i, "value", "v"));
        }
        input.put("metadata", metadata);
        create("developer", input).body("data.createConnectedAccount.userErrors[0].message",
                containsString("at most 50 keys"));

        input.put("metadata", List.of(Map.of("key", "x".repeat(41), "value", "v")));
        create("developer", input).body("data.createConnectedAccount.userErrors[0].message",
                containsString("1 to 40 characters"));

        input.put("metadata", List.of(Map.of("key", "tier", "value", "v".repeat(501))));
        create("developer", input).body("data.createConnectedAccount.userErrors[0].message",
                containsString("at most 500 characters"));
        assertEquals(0, accounts(platformId));

        input.put("metadata", List.of(Map.of("key", "tier", "value", "gold")));
        create("developer", input).body("data.createConnectedAccount.connectedAccount.metadata[0].key", equalTo("tier"))
                .body("data.createConnectedAccount.connectedAccount.metadata[0].value", equalTo("gold"));
    }

    @Test
    void creationRecordsAnEvent() {
        String id = create("developer", Accounts.input("FULL")).extract()
                .path("data.createConnectedAccount.connectedAccount.id");
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID) { events(accountId: $id) { nodes { type account { id } actor { roles } } } }",
                        Map.of("id", id))
                .body("data.events.nodes.type", hasItem("account.created"))
                .body("data.events.nodes.type", hasItem("account_link.created"))
                .body("data.events.nodes[0].account.id", equalTo(id));
    }
}
