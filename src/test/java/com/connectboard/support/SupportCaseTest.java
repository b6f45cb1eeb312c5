package com.connectboard.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Support cases from the provider (docs/support-cases.md), who may see them, private context. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SupportCaseTest {

    private static final String LIST = """
            query($account: ID, $status: SupportCaseStatus) { supportCases(accountId: $account, status: $status) {
              totalCount nodes { id providerCaseId subject status account { id } messages { author body visibleToAccount } } } }""";
    private static final String ACCOUNT_CASES = "query($id: ID!) { connectedAccount(id: $id) { supportCases { nodes { id } } } }";
    private static final String ONE = """
            query($id: ID!) { supportCase(id: $id) { id status closedAt messages { author body visibleToAccount } } }""";
    private static final String NODE = "query($id: ID!) { node(id: $id) { id ... on SupportCase { subject } } }";
    private static final String CONTEXT = """
            mutation($id: ID!, $body: String!) { addSupportCaseContext(input: {caseId: $id, body: $body}) {
              supportCase { id } userErrors { code field message } } }""";

    @Inject
    DataSource dataSource;

    private String platformId;
    private String account;
    private GraphQL admin;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "EXPRESS", "Supported Co", "s@x.example", Map.of());
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String providerCaseId() {
        return "cs_" + UUID.randomUUID().toString().replace("-", "");
    }

    static io.restassured.response.ValidatableResponse send(String type, Map<String, ?> data) {
        return Provider.send(Provider.event(TestIds.providerEvent(), type, data));
    }

    /** Opens a case through the webhook, opened the given time ago, and returns Connectboard's id for it. */
    private String open(String accountId, String providerCaseId, Duration ago) {
        send("support_case.opened", Map.of("case_id", providerCaseId, "account_id", accountId, "subject",
                "Payout missing", "body", "Where is my payout?", "opened_at",
                Instant.now(TestClock.INSTANCE).minus(ago).getEpochSecond())).statusCode(200);
        return caseId(providerCaseId);
    }

    private String caseId(String providerCaseId) {
        return new Database(dataSource).text("SELECT id FROM support_case WHERE provider_case_id = ?", providerCaseId);
    }

    private void flags(String accountId, Map<String, Object> flags) {
        Map<String, Object> data = new HashMap<>(flags);
        data.put("account_id", accountId);
        send("account.flags_updated", data).statusCode(200);
    }

    private void assertVisible(String caseId, boolean visible) {
        admin.ok(LIST, Map.of()).body("data.supportCases.nodes.id", visible ? hasItem(caseId) : not(hasItem(caseId)))
                .body("data.supportCases.totalCount", equalTo(visible ? 1 : 0));
        admin.ok(LIST, Map.of("account", account))
                .body("data.supportCases.nodes.id", visible ? hasItem(caseId) : not(hasItem(caseId)));
        admin.ok(ACCOUNT_CASES, Map.of("id", account)).body("data.connectedAccount.supportCases.nodes.id",
                visible ? equalTo(List.of(caseId)) : empty());
        admin.ok(ONE, Map.of("id", caseId)).body("data.supportCase.id", visible ? equalTo(caseId) : nullValue());
        admin.ok(NODE, Map.of("id", caseId)).body("data.node.id", visible ? equalTo(caseId) : nullValue());
        GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(account).ok(ONE, Map.of("id", caseId))
                .body("data.supportCase.id", visible ? equalTo(caseId) : nullValue());
        admin.ok(CONTEXT, Map.of("id", caseId, "body", "context"))
                .body("data.addSupportCaseContext.userErrors", visible ? empty() : not(empty()));
    }

    @Test
    void aCaseOpened89DaysAgoIsListedAnd91DaysAgoIsNot() {
        String recent = open(account, providerCaseId(), Duration.ofDays(89));
        String old = open(account, providerCaseId(), Duration.ofDays(91));
        admin.ok(LIST, Map.of())
                .body("data.supportCases.nodes.id", equalTo(List.of(recent)))
                .body("data.supportCases.totalCount", equalTo(1))
                .body("data.supportCases.nodes[0].account.id", equalTo(account))
                .body("data.supportCases.nodes[0].messages.author", equalTo(List.of("ACCOUNT")))
                .body("data.supportCases.nodes[0].messages[0].body", equalTo("Where is my payout?"));
        admin.ok(NODE, Map.of("id", old)).body("data.node", nullValue());
        // Two days later (the injected clock) the 89-day-old case is 91 days old too.
        TestClock.advance(Duration.ofDays(2));
        admin.ok(LIST, Map.of()).body("data.supportCases.nodes", empty());
        admin.ok(ONE, Map.of("id", recent)).body("data.supportCase", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"multiple platforms", "multiple platforms, since left", "is a platform", "opted out"})
    void eachExclusionHidesTheAccountsCasesFromEveryPath(String exclusion) {
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        assertVisible(caseId, true);
        switch (exclusion) {
            case "multiple platforms" -> flags(account, Map.of("connected_to_multiple_platforms", true));
            case "multiple platforms, since left" -> {
                flags(account, Map.of("connected_to_multiple_platforms", true));
                flags(account, Map.of("connected_to_multiple_platforms", false));
                admin.ok("query($id: ID!) { connectedAccount(id: $id) { connectedToMultiplePlatforms } }",
                        Map.of("id", account)).body("data.connectedAccount.connectedToMultiplePlatforms", equalTo(false));
            }
            case "is a platform" -> flags(account, Map.of("is_platform", true));
            case "opted out" -> flags(account, Map.of("shares_support_cases", false));
            default -> throw new IllegalArgumentException(exclusion);
        }
        assertVisible(caseId, false);
    }

    @Test
    void theFlagsShowOnTheAccountAndOptingBackInShowsTheCasesAgain() {
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        flags(account, Map.of("is_platform", true, "shares_support_cases", false));
        admin.ok("query($id: ID!) { connectedAccount(id: $id) { connectedToMultiplePlatforms isPlatform sharesSupportCases } }",
                Map.of("id", account))
                .body("data.connectedAccount.isPlatform", equalTo(true))
                .body("data.connectedAccount.sharesSupportCases", equalTo(false))
                .body("data.connectedAccount.connectedToMultiplePlatforms", equalTo(false));
        flags(account, Map.of("is_platform", false, "shares_support_cases", true));
        assertVisible(caseId, true);
    }

    @Test
    void casesOfAnAccountWithoutAHostedDashboardAreHidden() {
        account = Accounts.create(platformId, "NONE", "No Dashboard", "n@x.example", Map.of());
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        assertVisible(caseId, false);
    }

    @Test
    void privateContextIsSeenByThePlatformAndNeverUnderViewAs() {
        String providerCaseId = providerCaseId();
        String caseId = open(account, providerCaseId, Duration.ofDays(1));
        send("support_case.message_added", Map.of("case_id", providerCaseId, "message_id", "m_" + providerCaseId,
                "author", "provider", "body", "We are looking into it", "sent_at",
                Instant.now().getEpochSecond())).statusCode(200);
        GraphQL.as(Tokens.of(platformId, "support_specialist"))
                .ok(CONTEXT, Map.of("id", caseId, "body", "  Known issue with their bank; please expedite.  "))
                .body("data.addSupportCaseContext.userErrors", empty())
                .body("data.addSupportCaseContext.supportCase.id", equalTo(caseId));

        admin.ok(ONE, Map.of("id", caseId))
                .body("data.supportCase.messages.author", equalTo(List.of("ACCOUNT", "PROVIDER", "PLATFORM")))
                .body("data.supportCase.messages[2].body", equalTo("Known issue with their bank; please expedite."))
                .body("data.supportCase.messages.visibleToAccount", equalTo(List.of(true, true, false)));
        for (String role : List.of("administrator", "view_only", "support_specialist")) {
            GraphQL asAccount = GraphQL.as(Tokens.of(platformId, role)).viewingAs(account);
            asAccount.ok(ONE, Map.of("id", caseId))
                    .body("data.supportCase.messages.author", equalTo(List.of("ACCOUNT", "PROVIDER")));
            asAccount.ok(LIST, Map.of()).body("data.supportCases.nodes[0].messages.author",
                    equalTo(List.of("ACCOUNT", "PROVIDER")));
            asAccount.ok(ACCOUNT_CASES.replace("nodes { id }", "nodes { messages { body } }"),
                    Map.of("id", account))
                    .body("data.connectedAccount.supportCases.nodes[0].messages.body.toString()",
                            not(containsString("expedite")));
        }
        admin.ok("query($id: ID) { events(accountId: $id, type: \"support_case.context_added\") { nodes { data } } }",
                Map.of("id", account))
                .body("data.events.nodes[0].data", containsString(caseId))
                .body("data.events.nodes[0].data", not(containsString("expedite")));
        assertEquals(1, new Database(dataSource).count("""
                SELECT count(*) FROM provider_outbox WHERE platform_id = ? AND kind = 'support_case.context'
                AND payload ->> 'case_id' = ?""", platformId, providerCaseId));
    }

    @Test
    void viewAsListsOnlyTheViewedAccountsCases() {
        String mine = open(account, providerCaseId(), Duration.ofDays(1));
        String other = Accounts.create(platformId, "FULL", "Other Co", "o@x.example", Map.of());
        String theirs = open(other, providerCaseId(), Duration.ofDays(2));
        admin.ok(LIST, Map.of()).body("data.supportCases.nodes.id", equalTo(List.of(mine, theirs)));
        GraphQL asAccount = GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(account);
        asAccount.ok(LIST, Map.of()).body("data.supportCases.nodes.id", equalTo(List.of(mine)));
        asAccount.ok(LIST, Map.of("account", other)).body("data.supportCases.nodes", empty());
        asAccount.ok(NODE, Map.of("id", theirs)).body("data.node", nullValue());
        GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(account).ok(CONTEXT, Map.of("id", theirs, "body", "x"))
                .body("data.addSupportCaseContext.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void anAccountsCasesArePagedWithTheSameRules() {
        String newest = open(account, providerCaseId(), Duration.ofDays(1));
        String middle = open(account, providerCaseId(), Duration.ofDays(2));
        String oldest = open(account, providerCaseId(), Duration.ofDays(89));
        open(account, providerCaseId(), Duration.ofDays(91));
        String other = Accounts.create(platformId, "FULL", "Other Co", "o@x.example", Map.of());
        open(other, providerCaseId(), Duration.ofDays(1));
        String page = """
                query($id: ID!, $after: String) { connectedAccount(id: $id) { supportCases(first: 2, after: $after) {
                  totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }""";
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", account);
        var first = admin.ok(page, variables)
                .body("data.connectedAccount.supportCases.edges.node.id", equalTo(List.of(newest, middle)))
                .body("data.connectedAccount.supportCases.totalCount", equalTo(3))
                .body("data.connectedAccount.supportCases.pageInfo.hasNextPage", equalTo(true));
        variables.put("after", first.extract().path("data.connectedAccount.supportCases.pageInfo.endCursor"));
        admin.ok(page, variables)
                .body("data.connectedAccount.supportCases.edges.node.id", equalTo(List.of(oldest)))
                .body("data.connectedAccount.supportCases.pageInfo.hasNextPage", equalTo(false));
        GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(other).ok(ACCOUNT_CASES, Map.of("id", account))
                .body("data.connectedAccount", nullValue());
        flags(account, Map.of("shares_support_cases", false));
        admin.ok(page, Map.of("id", account)).body("data.connectedAccount.supportCases.totalCount", equalTo(0))
                .body("data.connectedAccount.supportCases.edges", empty());
    }

    @Test
    void contextBodiesMustBe1To5000Characters() {
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        for (String body : List.of("   ", "x".repeat(5001))) {
            admin.ok(CONTEXT, Map.of("id", caseId, "body", body))
                    .body("data.addSupportCaseContext.supportCase", nullValue())
                    .body("data.addSupportCaseContext.userErrors[0].field", equalTo("input.body"));
        }
        admin.ok(CONTEXT, Map.of("id", caseId, "body", "x".repeat(5000)))
                .body("data.addSupportCaseContext.userErrors", empty());
        admin.ok(ONE, Map.of("id", caseId)).body("data.supportCase.messages.size()", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "view_only"})
    void rolesOutsideTheTableCannotAddContext(String role) {
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        GraphQL.as(Tokens.of(platformId, role)).answer(CONTEXT, Map.of("id", caseId, "body", "x"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(Tokens.of(platformId, role)).ok(ONE, Map.of("id", caseId))
                .body("data.supportCase.messages.size()", equalTo(1));
    }

    @Test
    void anotherPlatformSeesNothing() {
        String caseId = open(account, providerCaseId(), Duration.ofDays(1));
        String other = Accounts.completePlatform("US", "usd");
        GraphQL stranger = GraphQL.as(Tokens.of(other, "administrator"));
        stranger.ok(LIST, Map.of()).body("data.supportCases.nodes", empty());
        stranger.ok(ONE, Map.of("id", caseId)).body("data.supportCase", nullValue());
        stranger.ok(NODE, Map.of("id", caseId)).body("data.node", nullValue());
        stranger.ok(CONTEXT, Map.of("id", caseId, "body", "x"))
                .body("data.addSupportCaseContext.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void providerEventsApplyOnceAndCloseTheCase() {
        String providerCaseId = providerCaseId();
        String caseId = open(account, providerCaseId, Duration.ofDays(1));
        Map<String, Object> message = Map.of("case_id", providerCaseId, "message_id", "m1_" + providerCaseId, "author",
                "account", "body", "Any news?", "sent_at", Instant.now().getEpochSecond());
        String event = Provider.event(TestIds.providerEvent(), "support_case.message_added", message);
        Provider.send(event).statusCode(200).body("status", equalTo("applied"));
        Provider.send(event).statusCode(200).body("status", equalTo("already_applied"));
        // The same message under a new event id adds nothing either.
        send("support_case.message_added", message).statusCode(200);
        admin.ok(ONE, Map.of("id", caseId)).body("data.supportCase.messages.author", equalTo(List.of("ACCOUNT",
                "ACCOUNT")));
        assertEquals(2, new Database(dataSource).count("SELECT count(*) FROM support_message WHERE case_id = ?", caseId));

        String close = Provider.event(TestIds.providerEvent(), "support_case.closed", Map.of("case_id", providerCaseId,
                "closed_at", Instant.now().getEpochSecond()));
        Provider.send(close).statusCode(200);
        Provider.send(close).statusCode(200).body("status", equalTo("already_applied"));
        admin.ok(LIST, Map.of("status", "CLOSED")).body("data.supportCases.nodes.id", equalTo(List.of(caseId)));
        admin.ok(LIST, Map.of("status", "OPEN")).body("data.supportCases.nodes", empty());
        admin.ok(ONE, Map.of("id", caseId)).body("data.supportCase.status", equalTo("CLOSED"))
                .body("data.supportCase.closedAt", not(nullValue()));
        assertEquals(1, new Database(dataSource).count(
                "SELECT count(*) FROM event WHERE platform_id = ? AND type = 'support_case.closed'", platformId));

        // The same case opened again under another event id is refused: the case exists.
        send("support_case.opened", Map.of("case_id", providerCaseId, "account_id", account, "subject", "Again",
                "body", "Again", "opened_at", Instant.now().getEpochSecond())).statusCode(422);
    }

    @Test
    void unknownCasesAndAccountsAre422AndMissingFields400() {
        String unknownCase = providerCaseId();
        send("support_case.message_added", Map.of("case_id", unknownCase, "message_id", "m", "author", "account",
                "body", "x", "sent_at", 1)).statusCode(422).body("error", containsString(unknownCase));
        send("support_case.closed", Map.of("case_id", unknownCase, "closed_at", 1)).statusCode(422);
        send("support_case.opened", Map.of("case_id", unknownCase, "account_id", "acct_unknown", "subject", "s",
                "body", "b", "opened_at", 1)).statusCode(422);
        send("account.flags_updated", Map.of("account_id", "acct_unknown", "is_platform", true)).statusCode(422);
        send("support_case.opened", Map.of("case_id", unknownCase, "account_id", account, "body", "b", "opened_at", 1))
                .statusCode(400).body("error", containsString("data.subject"));
        send("account.flags_updated", Map.of("account_id", account)).statusCode(400);
        send("account.flags_updated", Map.of("account_id", account, "is_platform", "yes")).statusCode(400)
                .body("error", containsString("data.is_platform"));
        String providerCaseId = providerCaseId();
        open(account, providerCaseId, Duration.ofDays(1));
        send("support_case.message_added", Map.of("case_id", providerCaseId, "message_id", "m", "author", "platform",
                "body", "x", "sent_at", 1)).statusCode(400).body("error", containsString("data.author"));
        assertEquals(0, new Database(dataSource).count(
                "SELECT count(*) FROM support_case WHERE provider_case_id = ?", unknownCase));
    }
}
