package com.connectboard.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for the tests, signed with the key of quarkus-test-oidc-server's WireMock issuer (privateKey.jwk, kid
 * "1"), whose JWKS Quarkus OIDC fetches and validates against like any real issuer's. The variants are what a client
 * might send: another key, expired, another issuer, another audience.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "https://connectboard.test";

    private Tokens() {
    }

    public static String of(String platformId, String... roles) {
        return claims("user-" + String.join("-", roles), platformId, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String withSubject(String subject, String platformId, String... roles) {
        return claims(subject, platformId, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    /** Roles in the {@code groups} claim instead of Keycloak's {@code realm_access.roles}. */
    public static String withGroups(String platformId, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("groups-user").claim("platform_id", platformId)
                .groups(java.util.Set.of(roles)).expiresIn(Duration.ofMinutes(10)).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String withoutPlatform(String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("no-platform")
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(Duration.ofMinutes(10))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String expired(String platformId, String role) {
        long past = Instant.now().minus(Duration.ofHours(2)).getEpochSecond();
        return claims("expired", platformId, role).issuedAt(past).expiresAt(past + 600).jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A valid token that expires after the given time (for what must end when the token does). */
    public static String expiringIn(Duration lifetime, String platformId, String role) {
        long now = Instant.now().getEpochSecond();
        return claims("short-lived", platformId, role).issuedAt(now).expiresAt(now + lifetime.toSeconds()).jws()
                .keyId("1").sign("privateKey.jwk");
    }

    public static String wrongIssuer(String platformId, String role) {
        return claims("wrong-issuer", platformId, role).issuer("https://evil.example.com").jws().keyId("1")
                .sign("privateKey.jwk");
    }

    public static String wrongAudience(String platformId, String role) {
        return claims("wrong-audience", platformId, role).audience("https://another-service.example.com").jws()
                .keyId("1").sign("privateKey.jwk");
    }

    /** Same claims and key id, but signed by a key the issuer never published. */
    public static String signedByAnotherKey(String platformId, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair other = generator.generateKeyPair();
            return claims("forger", platformId, role).jws().keyId("1").sign(other.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String platformId, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("platform_id", platformId)
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(Duration.ofMinutes(10));
    }
}
