package com.connectboard.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The verified-token cache ({@link VerifiedTokens}) answers a token quarkus-oidc accepted before, and nothing else: an
 * expired token, a changed token (claims or signature) and a token signed by another key are verified and refused.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VerifiedTokensTest {

    private static final String VIEWER = "{ viewer { subject platform { id } } }";

    @Inject
    VerifiedTokens tokens;

    private String platformId;

    @BeforeEach
    void registerPlatform() {
        platformId = Provider.registerPlatform("Token Cache Test", "US", "usd");
    }

    @Test
    void aTokenSentAgainIsAnsweredFromTheCacheWithItsOwnIdentity() {
        String alice = Tokens.withSubject("alice-cached", platformId, "analyst");
        String bob = Tokens.withSubject("bob-cached", platformId, "analyst");
        GraphQL.as(alice).ok(VIEWER).body("data.viewer.subject", equalTo("alice-cached"));
        GraphQL.as(bob).ok(VIEWER).body("data.viewer.subject", equalTo("bob-cached"));
        long before = tokens.hits();
        GraphQL.as(alice).ok(VIEWER).body("errors", nullValue())
                .body("data.viewer.subject", equalTo("alice-cached"))
                .body("data.viewer.platform.id", equalTo(platformId));
        GraphQL.as(bob).ok(VIEWER).body("data.viewer.subject", equalTo("bob-cached"));
        assertEquals(before + 2, tokens.hits(), "both tokens answered from the cache the second time");
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String shortLived = Tokens.expiringIn(Duration.ofSeconds(2), platformId, "analyst");
        GraphQL.as(shortLived).ok(VIEWER).body("data.viewer.subject", equalTo("short-lived"));
        long before = tokens.hits();
        GraphQL.as(shortLived).ok(VIEWER).body("data.viewer.subject", equalTo("short-lived"));
        assertEquals(before + 1, tokens.hits(), "cached while valid");
        Thread.sleep(3_100);
        GraphQL.as(shortLived).post(VIEWER).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aChangedCopyOfACachedTokenIsRefused() {
        String token = Tokens.of(platformId, "analyst");
        GraphQL.as(token).ok(VIEWER).body("data.viewer.platform.id", equalTo(platformId));
        GraphQL.as(token).ok(VIEWER).body("data.viewer.platform.id", equalTo(platformId));

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"analyst\""));
        String elevated = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"analyst\"", "\"administrator\"").getBytes(StandardCharsets.UTF_8));
        String changedClaims = parts[0] + "." + elevated + "." + parts[2];
        char last = parts[2].charAt(parts[2].length() - 2);
        String changedSignature = parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        for (String changed : java.util.List.of(changedClaims, changedSignature, token + "x")) {
            GraphQL.as(changed).post(VIEWER).statusCode(401);
        }
        GraphQL.as(Tokens.signedByAnotherKey(platformId, "analyst")).post(VIEWER).statusCode(401);
        GraphQL.as(token).ok(VIEWER).body("data.viewer.platform.id", equalTo(platformId));
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        String expired = Tokens.expired(platformId, "administrator");
        GraphQL.as(expired).post(VIEWER).statusCode(401);
        GraphQL.as(expired).post(VIEWER).statusCode(401);
    }
}
