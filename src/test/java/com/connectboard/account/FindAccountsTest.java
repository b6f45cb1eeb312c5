package com.connectboard.account;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Finding accounts (docs/accounts.md, docs/search.md): lists, filters, the search language, pages, view-as and tenancy. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FindAccountsTest {

    private static final String LIST = """
            query($search: String, $filter: ConnectedAccountFilter, $first: Int, $after: String, $last: Int, $before: String) {
              connectedAccounts(search: $search, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    private String platformId;
    private String acme;
    private String acmeGold;
    private String globex;
    private String initech;

    @BeforeEach
    void accounts() {
        platformId = Accounts.completePlatform("US", "usd");
        acme = Accounts.create(platformId, "FULL", "Acme Corp", "billing@acme.example", Map.of("tier", "silver"));
        acmeGold = Accounts.create(platformId, "EXPRESS", "ACME Gold Ltd", "gold@acme.example", Map.of("tier", "gold"));
        globex = Accounts.create(platformId, "NONE", "Globex", "ceo@globex.example", Map.of("tier", "gold"));
        Map<String, Object> german = Accounts.input("NONE");
        german.put("country", "DE");
        german.put("businessType", "INDIVIDUAL");
        german.put("individual", Map.of("firstName", "Ina", "lastName", "Tech"));
        initech = Accounts.create(platformId, german);
        // Another platform with a look-alike account: never visible here.
        String other = Accounts.completePlatform("US", "usd");
        Accounts.create(other, "FULL", "Acme Corp", "billing@acme.example", Map.of("tier", "gold"));
    }

    private List<String> search(String search) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("search", search);
        return GraphQL.as(Tokens.of(platformId, "view_only")).ok(LIST, variables).body("errors", nullValue())
                .extract().path("data.connectedAccounts.nodes.id");
    }

    @Test
    void listsAreNewestFirstWithTotalCount() {
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(LIST, Map.of())
                .body("data.connectedAccounts.totalCount", equalTo(4))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(initech, globex, acmeGold, acme)));
    }

    @Test
    void searchFindsExactlyTheRightAccounts() {
        assertEquals(List.of(acmeGold, acme), search("name~\"acme\""));
        assertEquals(List.of(acme), search("email:\"BILLING@acme.example\""));
        assertEquals(List.of(acmeGold, acme), search("email~\"@acme.example\""));
        assertEquals(List.of(globex, acmeGold), search("metadata[\"tier\"]:\"gold\""));
        assertEquals(List.of(initech), search("country:\"DE\""));
        assertEquals(List.of(initech), search("name~\"ina tech\""));
        assertEquals(List.of(acmeGold), search("dashboard_access:\"express\""));
        // Only accounts with a hosted onboarding still to complete are pending; NONE accounts follow their
        // requirements from creation on (nothing requested yet: restricted).
        assertEquals(List.of(acmeGold, acme), search("status:\"pending_onboarding\""));
        assertEquals(List.of(initech, globex), search("status:\"restricted\""));
        assertEquals(List.of(acmeGold), search("name~\"acme\" metadata[\"tier\"]:\"gold\""));
        assertEquals(List.of(acmeGold), search("name~\"acme\" AND -email:\"billing@acme.example\""));
        assertEquals(List.of(globex, acme), search("email:\"billing@acme.example\" OR name~\"globex\""));
        assertEquals(List.of(globex), search("globex"));
        assertEquals(List.of(), search("created<\"2000-01-01\""));
        assertEquals(4, search("created>\"2000-01-01\"").size());
    }

    @Test
    void aMalformedSearchNamesThePositionAndWhatWasExpected() {
        GraphQL.as(Tokens.of(platformId, "analyst")).answer(LIST, Map.of("search", "name~\"acme"))
                .body("errors[0].extensions.code", equalTo("INVALID_SEARCH_QUERY"))
                .body("errors[0].message", containsString("position"));
        GraphQL.as(Tokens.of(platformId, "analyst")).answer(LIST, Map.of("search", "nmae:\"x\""))
                .body("errors[0].extensions.code", equalTo("INVALID_SEARCH_QUERY"))
                .body("errors[0].message", containsString("nmae"));
    }

    @Test
    void filtersNarrowTheList() {
        GraphQL analyst = GraphQL.as(Tokens.of(platformId, "analyst"));
        analyst.ok(LIST, Map.of("filter", Map.of("dashboardAccess", List.of("FULL", "NONE"))))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(initech, globex, acme)));
        analyst.ok(LIST, Map.of("filter", Map.of("country", List.of("DE"))))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(initech)))
                .body("data.connectedAccounts.totalCount", equalTo(1));
        analyst.ok(LIST, Map.of("filter", Map.of("status", List.of("RESTRICTED"))))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(initech, globex)));
        analyst.ok(LIST, Map.of("filter", Map.of("status", List.of("ENABLED"))))
                .body("data.connectedAccounts.nodes", empty());
        analyst.ok(LIST, Map.of("filter", Map.of("createdFrom", "2000-01-01T00:00:00Z", "createdTo", "2001-01-01T00:00:00Z")))
                .body("data.connectedAccounts.nodes", empty());
    }

    @Test
    void viewingAsAnAccountListsOnlyThatAccount() {
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(globex).ok(LIST, Map.of())
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(globex)))
                .body("data.connectedAccounts.totalCount", equalTo(1));
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(globex)
                .ok("query($id: ID!) { connectedAccount(id: $id) { id } }", Map.of("id", acme))
                .body("data.connectedAccount", nullValue());
    }

    @Test
    void backwardPagesMirrorForwardPages() {
        GraphQL analyst = GraphQL.as(Tokens.of(platformId, "analyst"));
        analyst.ok(LIST, Map.of("last", 2))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(acmeGold, acme)))
                .body("data.connectedAccounts.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.connectedAccounts.pageInfo.hasNextPage", equalTo(false));
        String start = analyst.ok(LIST, Map.of("last", 2)).extract().path("data.connectedAccounts.pageInfo.startCursor");
        analyst.ok(LIST, Map.of("last", 2, "before", start))
                .body("data.connectedAccounts.nodes.id", equalTo(List.of(initech, globex)));
        analyst.answer(LIST, Map.of("first", 2, "last", 2)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        analyst.answer(LIST, Map.of("first", 101)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void pagesHaveNoOverlapAndNoGapWhileAccountsAreBeingCreated() throws Exception {
        for (int i = 0; i < 6; i++) {
            Accounts.create(platformId, "NONE", "Filler " + i, "f" + i + "@x.example", Map.of());
        }
        int before = 10;
        ExecutorService writer = Executors.newSingleThreadExecutor();
        List<String> seen = new ArrayList<>();
        try {
            Future<?> writes = writer.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    Accounts.create(platformId, "NONE", "Concurrent " + i, "c" + i + "@x.example", Map.of());
                }
            });
            String after = null;
            boolean hasNext = true;
            while (hasNext) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("first", 3);
                variables.put("after", after);
                var page = GraphQL.as(Tokens.of(platformId, "analyst")).ok(LIST, variables).extract().jsonPath();
                seen.addAll(page.getList("data.connectedAccounts.nodes.id"));
                hasNext = page.getBoolean("data.connectedAccounts.pageInfo.hasNextPage");
                after = page.getString("data.connectedAccounts.pageInfo.endCursor");
            }
            writes.get();
        } finally {
            writer.shutdown();
        }
        // Accounts created meanwhile are newer than the first page, so a forward walk sees each older account once.
        assertEquals(new HashSet<>(seen).size(), seen.size(), "an account appeared twice: " + seen);
        List<String> existing = seen.subList(seen.size() - before, seen.size());
        assertEquals(before, new HashSet<>(existing).size());
        org.hamcrest.MatcherAssert.assertThat(seen, org.hamcrest.Matchers.hasItems(acme, acmeGold, globex, initech));
    }

    @Test
    void anotherPlatformsAccountsNeverAppear() {
        String other = Accounts.completePlatform("US", "usd");
        GraphQL.as(Tokens.of(other, "administrator")).ok(LIST, Map.of("search", "name~\"acme\""))
                .body("data.connectedAccounts.nodes", empty());
        GraphQL.as(Tokens.of(other, "administrator"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { id } node(id: $id) { id } }", Map.of("id", acme))
                .body("data.connectedAccount", nullValue()).body("data.node", nullValue());
    }

    @Test
    void anAccountIsReadableByIdAndAsANode() {
        GraphQL.as(Tokens.of(platformId, "view_only"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { id businessProfile { name } metadata { key value } } "
                        + "node(id: $id) { ... on ConnectedAccount { email } } }", Map.of("id", acme))
                .body("data.connectedAccount.businessProfile.name", equalTo("Acme Corp"))
                .body("data.connectedAccount.metadata.key", containsInAnyOrder("tier"))
                .body("data.node.email", equalTo("billing@acme.example"));
    }
}
