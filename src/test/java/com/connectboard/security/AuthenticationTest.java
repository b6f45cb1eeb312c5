package com.connectboard.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every request (docs/api.md) carries a valid OIDC bearer token, or gets 401 and nothing runs. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthenticationTest {

    private static final String VIEWER = "{ viewer { subject roles platform { id } } }";
    private String platformId;

    @BeforeEach
    void registerPlatform() {
        platformId = Provider.registerPlatform("Auth Test", "US", "usd");
    }

    @Test
    void aValidTokenIsAccepted() {
        GraphQL.as(Tokens.withSubject("alice", platformId, "analyst")).ok(VIEWER)
                .body("errors", nullValue())
                .body("data.viewer.subject", equalTo("alice"))
                .body("data.viewer.platform.id", equalTo(platformId));
    }

    @Test
    void rolesAreReadFromTheGroupsClaimToo() {
        GraphQL.as(Tokens.withGroups(platformId, "developer")).ok(VIEWER)
                .body("data.viewer.roles", hasItem("developer"));
    }

    /** A 401 says what is missing, in a body a GraphQL client (GraphiQL) can parse. */
    private static void unauthenticated(io.restassured.response.ValidatableResponse response, String says) {
        response.statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(org.hamcrest.Matchers.containsString("application/json"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(says))
                .body("data", nullValue());
    }

    @Test
    void noTokenIs401() {
        unauthenticated(GraphQL.as(null).post(VIEWER), "No bearer token: send the header Authorization: Bearer");
        // GraphiQL's schema request, and a GET, too
        unauthenticated(io.restassured.RestAssured.given().queryParam("query", "{ __typename }").get("/graphql").then(),
                "No bearer token");
        unauthenticated(io.restassured.RestAssured.given().get("/graphql/schema.graphql").then(), "No bearer token");
    }

    @Test
    void everyRefusedTokenIs401WithABodySayingSo() {
        for (String refused : java.util.List.of(Tokens.signedByAnotherKey(platformId, "administrator"),
                Tokens.expired(platformId, "administrator"), Tokens.wrongIssuer(platformId, "administrator"),
                Tokens.wrongAudience(platformId, "administrator"), "not-a-jwt")) {
            unauthenticated(GraphQL.as(refused).post(VIEWER), "The bearer token was refused");
        }
    }

    @Test
    void aBrowserOnAnAllowedOriginCanReadThe401() {
        io.restassured.RestAssured.given().header("Origin", "https://dashboard.test.example")
                .contentType("application/json").body("{\"query\":\"{ __typename }\"}").post("/graphql").then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", "https://dashboard.test.example")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        GraphQL.as(Tokens.signedByAnotherKey(platformId, "administrator")).post(VIEWER).statusCode(401);
    }

    @Test
    void anExpiredTokenIs401() {
        GraphQL.as(Tokens.expired(platformId, "administrator")).post(VIEWER).statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        GraphQL.as(Tokens.wrongIssuer(platformId, "administrator")).post(VIEWER).statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        GraphQL.as(Tokens.wrongAudience(platformId, "administrator")).post(VIEWER).statusCode(401);
    }

    @Test
    void garbageIs401() {
        GraphQL.as("not-a-jwt").post(VIEWER).statusCode(401);
    }

    @Test
    void aRejectedTokenRunsNothing() {
        String mutation = "mutation { updatePlatformProfile(input: {name: \"Hijacked\"}) { platform { name } } }";
        GraphQL.as(Tokens.expired(platformId, "administrator")).post(mutation).statusCode(401);
        GraphQL.as(Tokens.of(platformId, "administrator")).ok("{ platform { name } }")
                .body("data.platform.name", equalTo("Auth Test"));
    }
}
