package com.connectboard.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Roles (docs/api.md) decide what a valid token may do; a refusal is FORBIDDEN and changes nothing. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthorizationTest {

    private static final String UPDATE_NAME = """
            mutation { updatePlatformProfile(input: {name: "Renamed"}) { platform { name } userErrors { code } } }""";
    private String platformId;

    @BeforeEach
    void registerPlatform() {
        platformId = Provider.registerPlatform("Authz Test", "US", "usd");
    }

    @Test
    void viewerAnswersWithTheTokensSubjectRolesAndPlatform() {
        GraphQL.as(Tokens.withSubject("bob", platformId, "developer", "analyst"))
                .ok("{ viewer { subject roles platform { id name country } viewingAs { id } } }")
                .body("errors", nullValue())
                .body("data.viewer.subject", equalTo("bob"))
                .body("data.viewer.roles", containsInAnyOrder("developer", "analyst"))
                .body("data.viewer.platform.id", equalTo(platformId))
                .body("data.viewer.platform.name", equalTo("Authz Test"))
                .body("data.viewer.platform.country", equalTo("US"))
                .body("data.viewer.viewingAs", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"administrator", "developer", "analyst", "support_specialist", "view_only"})
    void everyRoleMayQuery(String role) {
        GraphQL.as(Tokens.of(platformId, role)).ok("{ platform { id } events(first: 1) { totalCount } }")
                .body("errors", nullValue())
                .body("data.platform.id", equalTo(platformId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"developer", "analyst", "support_specialist", "view_only"})
    void onlyAnAdministratorMayUpdateThePlatformProfile(String role) {
        GraphQL.as(Tokens.of(platformId, role)).answer(UPDATE_NAME)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data.updatePlatformProfile", nullValue());
        GraphQL.as(Tokens.of(platformId, "view_only")).ok("{ platform { name } }")
                .body("data.platform.name", equalTo("Authz Test"));
    }

    @Test
    void aTokenWithNoneOfTheFiveRolesMayDoNothing() {
        GraphQL.as(Tokens.of(platformId, "auditor")).answer("{ platform { id } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data.platform", nullValue());
    }

    @Test
    void aTokenWithoutPlatformMayDoNothing() {
        GraphQL.as(Tokens.withoutPlatform("administrator")).answer("{ viewer { subject } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("The token carries no platform_id claim"));
    }

    @Test
    void viewingAsAnUnknownAccountIsNotFound() {
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs("acct_doesnotexist000000000000")
                .answer("{ viewer { subject } platform { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("data", nullValue());
    }
}
