package com.connectboard.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** docs/api.md: ids, Relay pages, and errors that say what was wrong and nothing of the internals. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ApiPlumbingTest {

    private static final String PAGE = """
            query($first: Int, $after: String) {
              events(first: $first, after: $after) {
                totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }""";

    private String platformId;
    private GraphQL admin;

    @BeforeEach
    void platformWithEvents() {
        platformId = Provider.registerPlatform("Paging", "US", "usd");
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
        for (int i = 0; i < 6; i++) {
            admin.ok("mutation($n: String) { updatePlatformProfile(input: {name: $n}) { userErrors { code } } }",
                    Map.of("n", "Paging " + i));
        }
    }

    @Test
    void idsArePrefixedAndRandom() {
        admin.ok("{ events(first: 7) { nodes { id } } }")
                .body("data.events.nodes.id", everyItem(matchesPattern("^evt_[0-9A-Za-z]{24}$")));
    }

    @Test
    void pagesCoverTheListWithoutOverlapOrGap() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("first", 2);
            variables.put("after", after);
            var page = admin.ok(PAGE, variables).body("errors", nullValue()).body("data.events.totalCount", equalTo(7))
                    .extract().jsonPath();
            seen.addAll(page.getList("data.events.edges.node.id"));
            hasNext = page.getBoolean("data.events.pageInfo.hasNextPage");
            after = page.getString("data.events.pageInfo.endCursor");
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(7, seen.size());
        Set<String> unique = new HashSet<>(seen);
        assertEquals(7, unique.size());
        assertTrue(seen.get(6).startsWith("evt_"));
    }

    @Test
    void aPageSizeOutOfRangeIsABadUserInput() {
        admin.answer(PAGE, Map.of("first", 101)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("between 1 and 100"));
        admin.answer(PAGE, Map.of("first", 0)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aForgedCursorIsABadUserInput() {
        admin.answer(PAGE, Map.of("first", 2, "after", "bm90LWEtY3Vyc29y"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void aMalformedDocumentIsAnErrorWithoutInternals() {
        admin.answer("{ events(first: ) { totalCount }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.exception", nullValue())
                .body("errors[0].message", not(containsString("at com.")))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void anUnknownFieldIsAValidationError() {
        admin.answer("{ platform { secretColumn } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", containsString("secretColumn"));
    }
}
