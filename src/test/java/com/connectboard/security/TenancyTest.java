package com.connectboard.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Tenancy (docs/api.md): a caller never sees or touches another platform's data, by any path. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TenancyTest {

    @Inject
    DataSource dataSource;

    private String platformA;
    private String platformB;
    private String accountB;

    @BeforeEach
    void twoPlatforms() {
        platformA = Provider.registerPlatform("Platform A", "US", "usd");
        platformB = Provider.registerPlatform("Platform B", "GB", "gbp");
        accountB = new Database(dataSource).insertAccount(platformB);
    }

    @Test
    void thePlatformQueryAnswersTheCallersOwnPlatform() {
        GraphQL.as(Tokens.of(platformA, "analyst")).ok("{ platform { id name } }")
                .body("data.platform.id", equalTo(platformA))
                .body("data.platform.name", equalTo("Platform A"));
    }

    @Test
    void nodeDoesNotResolveAnotherPlatform() {
        String query = "query($id: ID!) { node(id: $id) { id } }";
        GraphQL.as(Tokens.of(platformB, "analyst")).ok(query, Map.of("id", platformB))
                .body("data.node.id", equalTo(platformB));
        GraphQL.as(Tokens.of(platformA, "administrator")).ok(query, Map.of("id", platformB))
                .body("errors", nullValue())
                .body("data.node", nullValue());
    }

    @Test
    void nodeDoesNotResolveAnotherPlatformsEventOrAccount() {
        String eventB = GraphQL.as(Tokens.of(platformB, "analyst")).ok("{ events(first: 1) { nodes { id } } }")
                .extract().path("data.events.nodes[0].id");
        String query = "query($id: ID!) { node(id: $id) { id } }";
        GraphQL.as(Tokens.of(platformB, "analyst")).ok(query, Map.of("id", eventB)).body("data.node.id", equalTo(eventB));
        GraphQL.as(Tokens.of(platformB, "analyst")).ok(query, Map.of("id", accountB)).body("data.node.id", equalTo(accountB));

        GraphQL.as(Tokens.of(platformA, "administrator")).ok(query, Map.of("id", eventB)).body("data.node", nullValue());
        GraphQL.as(Tokens.of(platformA, "administrator")).ok(query, Map.of("id", accountB)).body("data.node", nullValue());
    }

    @Test
    void eventsListOnlyTheCallersPlatform() {
        List<String> idsOfB = GraphQL.as(Tokens.of(platformB, "analyst")).ok("{ events(first: 100) { nodes { id } } }")
                .extract().path("data.events.nodes.id");
        GraphQL.as(Tokens.of(platformA, "analyst"))
                .ok("{ events(first: 100) { totalCount nodes { id type } } }")
                .body("data.events.totalCount", equalTo(1))
                .body("data.events.nodes", hasSize(1))
                .body("data.events.nodes.id", everyItem(not(org.hamcrest.Matchers.in(idsOfB))));
    }

    @Test
    void viewingAsAnotherPlatformsAccountIsNotFound() {
        GraphQL.as(Tokens.of(platformB, "analyst")).viewingAs(accountB).ok("{ viewer { viewingAs { id } } }")
                .body("data.viewer.viewingAs.id", equalTo(accountB));
        GraphQL.as(Tokens.of(platformA, "analyst")).viewingAs(accountB).answer("{ viewer { viewingAs { id } } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void viewingAsAnAccountShowsOnlyItsEvents() {
        GraphQL.as(Tokens.of(platformB, "analyst")).viewingAs(accountB).ok("{ events(first: 100) { totalCount } }")
                .body("data.events.totalCount", equalTo(0));
        GraphQL.as(Tokens.of(platformB, "analyst")).ok("{ events(first: 100) { nodes { type } } }")
                .body("data.events.nodes.type", hasItem("platform.registered"));
    }
}
