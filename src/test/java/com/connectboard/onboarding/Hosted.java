package com.connectboard.onboarding;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.restassured.response.ValidatableResponse;

/** A browser without JavaScript: GETs a hosted page and POSTs its form, over HTTP. */
final class Hosted {

    static final String CREATE_LINK = """
            mutation($input: CreateAccountLinkInput!) {
              createAccountLink(input: $input) {
                link { id url type expiresAt usedAt voidedAt }
                userErrors { code field message }
              }
            }""";

    private Hosted() {
    }

    /** A platform with a complete profile whose notification address no other test uses. */
    static String platformNotifying(String notificationEmail) {
        String platformId = Accounts.completePlatform("US", "usd");
        GraphQL.as(Tokens.of(platformId, "administrator")).ok(
                """
                        mutation($email: String) { updatePlatformProfile(input: {notificationEmail: $email}) { userErrors { code } } }""",
                Map.of("email", notificationEmail));
        return platformId;
    }

    static String uniqueEmail() {
        return "ops+" + UUID.randomUUID() + "@platform.example";
    }

    /** Creates an account on the platform; returns {accountId, linkId, path of the link}. */
    static String[] createAccount(String platformId, String dashboardAccess, String businessType) {
        Map<String, Object> input = Accounts.input(dashboardAccess);
        input.put("businessType", businessType);
        input.put("businessProfile", Map.of("name", "Acme Bikes"));
        var response = GraphQL.as(Tokens.of(platformId, "developer")).ok(Accounts.CREATE, Map.of("input", input));
        String url = response.extract().path("data.createConnectedAccount.onboardingLink.url");
        return new String[]{response.extract().path("data.createConnectedAccount.connectedAccount.id"),
                response.extract().path("data.createConnectedAccount.onboardingLink.id"), path(url)};
    }

    static String path(String url) {
        return url == null ? null : url.substring(url.indexOf(AccountLinkService.HOSTED_PATH));
    }

    static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    static ValidatableResponse post(String path, Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).when()
                .post(path).then();
    }

    /** A complete, valid submission for a company. */
    static Map<String, String> companyForm() {
        Map<String, String> form = new HashMap<>();
        form.put("company.name", "Acme Bikes LLC");
        form.put("company.taxId", "12-3456789");
        form.put("company.address.line1", "1 Main St");
        form.put("company.address.city", "Springfield");
        form.put("company.address.postalCode", "12345");
        form.put("company.address.country", "US");
        form.put("businessProfile.name", "Acme Bikes");
        form.put("businessProfile.url", "https://acme.example");
        form.put("businessProfile.supportEmail", "help@acme.example");
        form.put("businessProfile.supportPhone", "+14155550123");
        form.put("tosAccepted", "on");
        return form;
    }
}
