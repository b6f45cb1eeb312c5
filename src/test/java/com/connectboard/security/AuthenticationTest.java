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

    @Test
    void noTokenIs401() {
        GraphQL.as(null).post(VIEWER).statusCode(401);
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
