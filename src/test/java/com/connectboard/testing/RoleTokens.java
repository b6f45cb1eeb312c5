package com.connectboard.testing;

/**
 * Whom a fixture's requests are made as: a bearer token for each role of one platform. The in-process tests take
 * the WireMock issuer's ({@link #wiremock}); the dashboard's browser tests take their Keycloak users'.
 */
@FunctionalInterface
public interface RoleTokens {

    String of(String role);

    default GraphQL as(String role) {
        return GraphQL.as(of(role));
    }

    /** Tokens of the WireMock issuer ({@link Tokens}) for a platform. */
    static RoleTokens wiremock(String platformId) {
        return role -> Tokens.of(platformId, role);
    }
}
