package com.connectboard.onboarding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** createAccountLink (docs/onboarding.md) issues a new link and voids the previous unused one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CreateAccountLinkTest {

    private static final String LINK = "query($id: ID!) { node(id: $id) { ... on AccountLink { id usedAt voidedAt url } } }";

    private String platformId;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
    }

    private io.restassured.response.ValidatableResponse createLink(String role, String accountId, String type) {
        return GraphQL.as(Tokens.of(platformId, role)).answer(Hosted.CREATE_LINK,
                Map.of("input", Map.of("accountId", accountId, "type", type)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"administrator", "developer"})
    void aNewLinkVoidsThePreviousUnusedOne(String role) {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        var response = createLink(role, created[0], "ONBOARDING")
                .body("data.createAccountLink.userErrors", empty())
                .body("data.createAccountLink.link.id", not(equalTo(created[1])))
                .body("data.createAccountLink.link.type", equalTo("ONBOARDING"))
                .body("data.createAccountLink.link.usedAt", nullValue());
        String newPath = Hosted.path(response.extract().path("data.createAccountLink.link.url"));

        Hosted.get(created[2]).statusCode(410).body(containsString("LINK_EXPIRED"))
                .body(containsString("This link was replaced"));
        GraphQL.as(Tokens.of(platformId, "view_only")).ok(LINK, Map.of("id", created[1]))
                .body("data.node.voidedAt", notNullValue())
                // the token is not kept, so a link read later has no url
                .body("data.node.url", nullValue());
        Hosted.get(newPath).statusCode(200).body(containsString("<form method=\"post\">"));
        Hosted.post(newPath, Hosted.companyForm()).statusCode(200);
    }

    @Test
    void anAccountUpdateLinkLeavesTheOnboardingLinkAlone() {
        String[] created = Hosted.createAccount(platformId, "FULL", "COMPANY");
        var response = createLink("developer", created[0], "ACCOUNT_UPDATE")
                .body("data.createAccountLink.link.type", equalTo("ACCOUNT_UPDATE"));
        Hosted.get(created[2]).statusCode(200);
        String updatePath = Hosted.path(response.extract().path("data.createAccountLink.link.url"));
        Hosted.get(updatePath).statusCode(200).body(containsString("Update your details"));
        Hosted.post(updatePath, Hosted.companyForm()).statusCode(200).body(containsString("Your details were updated"));
        Hosted.get(updatePath).statusCode(410).body(containsString("LINK_ALREADY_USED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "support_specialist", "view_only"})
    void otherRolesAreForbidden(String role) {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        createLink(role, created[0], "ONBOARDING")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data.createAccountLink", nullValue());
        // the original link still works
        Hosted.get(created[2]).statusCode(200);
    }

    @Test
    void anAccountWithoutDashboardHasNoHostedPages() {
        String accountId = Accounts.create(platformId, Accounts.input("NONE"));
        createLink("developer", accountId, "ONBOARDING")
                .body("data.createAccountLink.link", nullValue())
                .body("data.createAccountLink.userErrors[0].code", equalTo("INVALID_INPUT"))
                .body("data.createAccountLink.userErrors[0].field", equalTo("input.accountId"))
                .body("data.createAccountLink.userErrors[0].message", containsString("dashboardAccess NONE"));
    }

    @Test
    void remediationLinksAreNotIssuedHere() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        createLink("developer", created[0], "REMEDIATION")
                .body("data.createAccountLink.link", nullValue())
                .body("data.createAccountLink.userErrors[0].code", equalTo("INVALID_INPUT"))
                .body("data.createAccountLink.userErrors[0].field", equalTo("input.type"));
        Hosted.get(created[2]).statusCode(200);
    }

    @Test
    void anotherPlatformsAccountIsNotFoundAndItsLinksAreInvisible() {
        String other = Accounts.completePlatform("US", "usd");
        String[] theirs = Hosted.createAccount(other, "EXPRESS", "COMPANY");
        createLink("administrator", theirs[0], "ONBOARDING")
                .body("data.createAccountLink.link", nullValue())
                .body("data.createAccountLink.userErrors[0].code", equalTo("NOT_FOUND"));
        GraphQL.as(Tokens.of(platformId, "administrator")).ok(LINK, Map.of("id", theirs[1]))
                .body("data.node", nullValue());
        Hosted.get(theirs[2]).statusCode(200);
    }

    @Test
    void aRemovedAccountIsRefused() {
        String[] created = Hosted.createAccount(platformId, "FULL", "COMPANY");
        GraphQL.as(Tokens.of(platformId, "administrator"))
                .ok("mutation($id: ID!) { removeConnectedAccount(input: {id: $id}) { userErrors { code } } }",
                        Map.of("id", created[0]));
        createLink("administrator", created[0], "ONBOARDING")
                .body("data.createAccountLink.link", nullValue())
                .body("data.createAccountLink.userErrors[0].code", equalTo("ACCOUNT_REMOVED"));
        GraphQL.as(Tokens.of(platformId, "administrator")).ok(LINK, Map.of("id", created[1]))
                .body("data.node", nullValue());
    }

    @Test
    void viewingAsAnotherAccountHidesItsLinks() {
        String[] one = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        String[] two = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(one[0]).ok(LINK, Map.of("id", two[1]))
                .body("data.node", nullValue());
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(one[0]).ok(LINK, Map.of("id", one[1]))
                .body("data.node.id", equalTo(one[1]));
    }
}
