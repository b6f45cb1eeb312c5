package com.connectboard.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * Every request is bounded before any resolver runs (docs/api-limits.md): depth, cost, aliases, document size and
 * tokens, batching; each limit is tested at the limit (accepted) and one past it (refused with its code).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GraphQLLimitsTest {

    @Inject
    GraphQLConfig limits;

    @Inject
    DataSource dataSource;

    private String platformId;
    private GraphQL viewOnly;
    private GraphQL admin;
    private boolean casesArePaged;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        viewOnly = GraphQL.as(Tokens.of(platformId, "view_only"));
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
        // ConnectedAccount.supportCases is a list or a connection; the cycle below is written for either.
        List<String> kinds = viewOnly.ok("{ __type(name: \"ConnectedAccount\") { fields { name type { kind ofType "
                + "{ kind name } } } } }").extract().path("data.__type.fields.findAll { it.name == 'supportCases' }"
                        + ".type.ofType.kind");
        casesArePaged = !kinds.get(0).equals("LIST");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertEquals(12, limits.maxDepth());
        assertEquals(10000, limits.maxCost());
        assertEquals(10, limits.unpaginatedListWeight());
        assertEquals(30, limits.maxAliases());
        assertEquals(20000, limits.maxDocumentCharacters());
        assertEquals(3000, limits.maxTokens());
    }

    /**
     * A query {@code levels} fields deep (the operation's own field is level 1): an event's account, its support
     * cases' accounts ({@code blocks} times round the cycle; a page of cases is 3 levels, a list 2), then a tail of 1
     * to 3 levels ({@code id}, {@code company { name }}, {@code company { address { city } } }).
     */
    private String deep(String top, int topLevels, int blocks, int levels) {
        StringBuilder open = new StringBuilder(top);
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < blocks; i++) {
            open.append(casesArePaged ? " { supportCases(first: 1) { nodes { account" : " { supportCases { account");
            close.append(casesArePaged ? " } } }" : " } }");
        }
        int tail = levels - topLevels - blocks * (casesArePaged ? 3 : 2);
        open.append(switch (tail) {
            case 1 -> " { id }";
            case 2 -> " { company { name } }";
            case 3 -> " { company { address { city } } }";
            default -> throw new IllegalArgumentException("tail of " + tail + " levels");
        });
        return open.append(close).toString();
    }

    /** {@code events(first: 1) { edges { node { account ... } } } }, {@code levels} deep, cheap. */
    private String deepQuery(int levels) {
        return "{ " + deep("events(first: 1) { edges { node { account", 4, casesArePaged ? 2 : 3, levels)
                + " } } } }";
    }

    @Test
    void theSixteenLevelCycleOfAViewOnlyTokenIsRefusedFastAndNothingRuns() {
        String query = "mutation { " + deep("createConnectedAccount(input: {country: \"US\", dashboardAccess: NONE, "
                + "businessType: COMPANY}) { connectedAccount", 2, casesArePaged ? 4 : 6, 16) + " } }";
        long accounts = accounts();
        long started = System.nanoTime();
        admin.answer(query).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].extensions.limit", equalTo(12)).body("data", nullValue());
        assertEquals(accounts, accounts(), "the mutation ran");
        String read = "{ " + deep("connectedAccounts(first: 100) { nodes", 2, casesArePaged ? 4 : 6, 16) + " } }";
        viewOnly.answer(read).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("12 levels")).body("data", nullValue());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3000, "took " + millis + " ms");
    }

    private long accounts() {
        return new Database(dataSource).count("SELECT count(*) FROM connected_account WHERE platform_id = ?", platformId);
    }

    @Test
    void depthAtTheLimitRunsAndOneMoreIsRefused() {
        viewOnly.ok(deepQuery(12)).body("errors", nullValue());
        viewOnly.answer(deepQuery(13)).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].extensions.limit", equalTo(12));
    }

    /** {@code connectedAccounts(first: 99) { nodes { id × fields } }} costs 1 + 99 × (1 + fields). */
    private static String page(int fields, boolean totalCount) {
        return "{ connectedAccounts(first: 99) { " + (totalCount ? "totalCount " : "") + "nodes { "
                + "id ".repeat(fields) + "} } }";
    }

    @Test
    void costAtTheLimitRunsAndOneMoreIsRefused() {
        viewOnly.ok(page(100, false)).body("errors", nullValue()).body("data.connectedAccounts.nodes", equalTo(List.of()));
        viewOnly.answer(page(100, true)).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo(10000)).body("data", nullValue());
    }

    @Test
    void costWeighsPagesByTheirSizeGivenAsAVariable() {
        String query = "query($n: Int) { connectedAccounts(first: $n) { nodes { " + "id ".repeat(100) + "} } }";
        viewOnly.ok(query, Map.of("n", 99)).body("errors", nullValue());
        viewOnly.answer(query, Map.of("n", 100)).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        // Absent, the page size is the default 20: cheap.
        viewOnly.ok(query, Map.of()).body("errors", nullValue());
    }

    @Test
    void unpaginatedListsAreWeighted() {
        // 1 + 20 + 20 × (1 + 10 × fields): capabilities of each account of a default page.
        String query = "{ connectedAccounts { nodes { capabilities { " + "name ".repeat(49) + "} } } }";
        viewOnly.ok(query).body("errors", nullValue()); // 1 + 20 + 20 × (1 + 490) = 9841
        viewOnly.answer(query.replace("name } } } }", "name name } } } }"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX")); // 10041
    }

    @Test
    void aDashboardSizeQueryRuns() {
        Accounts.create(platformId, Accounts.input("NONE"));
        viewOnly.ok("""
                query Dashboard($first: Int, $after: String) {
                  viewer { subject roles platform { id name country defaultCurrency profileComplete } }
                  balance { available { amount currency } pending { amount currency } }
                  connectedAccounts(first: $first, after: $after) {
                    totalCount
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    edges { cursor node {
                      id createdAt country defaultCurrency email phone businessType dashboardAccess status
                      detailsSubmitted chargesEnabled payoutsEnabled lastActivityAt verificationsOnHold
                      businessProfile { name url mcc productDescription supportEmail supportPhone }
                      metadata { key value }
                      capabilities { name status requested requestedAt }
                      requirements { currentlyDue eventuallyDue pastDue pendingVerification currentDeadline
                        disabledReason errors { requirement code reason } }
                      actionsRequired { id kind requirement description dueDate affectedCapabilities remediationPaths
                        onHold }
                      payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor }
                    } }
                  }
                }""", Map.of("first", 20)).body("errors", nullValue())
                .body("data.connectedAccounts.totalCount", equalTo(1));
    }

    private static String aliased(int count) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": platform { id }");
        }
        return query.append(" }").toString();
    }

    @Test
    void aliasesAtTheLimitRunAndOneMoreIsRefused() {
        viewOnly.ok(aliased(30)).body("errors", nullValue()).body("data.a29.id", equalTo(platformId));
        viewOnly.answer(aliased(31)).body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"))
                .body("errors[0].extensions.limit", equalTo(30)).body("data", nullValue());
    }

    @Test
    void aliasedMutationsOverTheLimitChangeNothing() {
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < 31; i++) {
            mutation.append(" m").append(i).append(": updatePlatformProfile(input: {name: \"Renamed\"}) { userErrors "
                    + "{ code } }");
        }
        admin.answer(mutation.append(" }").toString()).body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
        viewOnly.ok("{ platform { name } }").body("data.platform.name", not(equalTo("Renamed")));
    }

    /** A document of exactly {@code characters} characters: a query padded by a comment. */
    private static String ofLength(int characters) {
        String query = "{ platform { id } }\n#";
        return query + "x".repeat(characters - query.length());
    }

    @Test
    void documentCharactersAtTheLimitRunAndOneMoreIsRefused() {
        viewOnly.ok(ofLength(20000)).body("errors", nullValue());
        viewOnly.answer(ofLength(20001)).body("errors[0].extensions.code", equalTo("DOCUMENT_TOO_LARGE"))
                .body("errors[0].message", containsString("20000 characters"));
    }

    /** {@code { platform { id id ... } }} with {@code tokens} tokens in all. */
    private static String ofTokens(int tokens) {
        return "{ platform { " + "id ".repeat(tokens - 4) + "} }";
    }

    @Test
    void tokensAtTheLimitRunAndOneMoreIsRefused() {
        viewOnly.ok(ofTokens(3000)).body("errors", nullValue());
        viewOnly.answer(ofTokens(3001)).body("errors[0].extensions.code", equalTo("DOCUMENT_TOO_LARGE"))
                .body("errors[0].message", containsString("3000 tokens"));
    }

    @Test
    void introspectionStaysAvailable() {
        viewOnly.ok(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
        GraphQL.as(null).post("{ __schema { queryType { name } } }").statusCode(401);
    }

    @Test
    void aBatchIsRefusedClearlyAndAnUnauthenticatedOneIs401() {
        ValidatableResponse batch = given().contentType("application/json").auth()
                .oauth2(Tokens.of(platformId, "view_only"))
                .body(List.of(Map.of("query", "{ platform { id } }"), Map.of("query", "{ platform { id } }"))).when()
                .post("/graphql").then();
        batch.statusCode(400).body("errors[0].extensions.code", equalTo("BATCHING_NOT_SUPPORTED"))
                .body("errors[0].message", containsString("one operation"));
        given().contentType("application/json").body(List.of(Map.of("query", "{ platform { id } }"))).when()
                .post("/graphql").then().statusCode(401);
    }

    @Test
    void graphiQLIsNotServedUnlessEnabled() {
        given().get("/q/graphql-ui").then().statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/q/graphql-ui/index.html").then().statusCode(404);
    }
}
