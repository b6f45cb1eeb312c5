package com.connectboard.onboarding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Database;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.Tokens;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Hosted onboarding (docs/onboarding.md), driven over HTTP as a browser without JavaScript would. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HostedOnboardingTest {

    private static final String ACCOUNT = """
            query($id: ID!) { connectedAccount(id: $id) { detailsSubmitted status businessProfile { name url }
              company { name taxIdLast4 address { line1 country } } } }""";
    private static final String LINK = "query($id: ID!) { node(id: $id) { ... on AccountLink { id type usedAt voidedAt } } }";
    private static final String EVENTS = """
            query($id: ID) { events(accountId: $id, type: "account.connected") { nodes { type actor { subject roles } data } } }""";

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource dataSource;

    private String notificationEmail;
    private String platformId;

    @BeforeEach
    void platform() {
        notificationEmail = Hosted.uniqueEmail();
        platformId = Hosted.platformNotifying(notificationEmail);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private GraphQL analyst() {
        return GraphQL.as(Tokens.of(platformId, "analyst"));
    }

    @Test
    void theAccountHolderConnectsThroughTheHostedPage() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        String accountId = created[0], linkId = created[1], path = created[2];

        Hosted.get(path).statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "strict-origin")
                .body(containsString("<meta name=\"referrer\" content=\"strict-origin\">"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Set up your account</h1>"))
                .body(containsString("<label for=\"f-company-name\">Legal name (required)</label>"))
                .body(containsString("<label for=\"f-company-taxId\">"))
                .body(containsString("<label for=\"f-businessProfile-supportEmail\">"))
                .body(containsString("autocomplete=\"postal-code\""))
                .body(containsString("<label for=\"f-tosAccepted\">I accept the provider's terms of service"))
                // prefilled from what the platform set
                .body(containsString("value=\"Acme Bikes\""))
                // the country defaults to the account's
                .body(containsString("name=\"company.address.country\" value=\"US\""))
                // individual fields belong to INDIVIDUAL accounts
                .body(not(containsString("f-individual-dob")))
                // the token is only in the URL, never in the page
                .body(not(containsString(path.substring(path.lastIndexOf('/') + 1))));

        Map<String, String> withoutTerms = Hosted.companyForm();
        withoutTerms.remove("tosAccepted");
        Hosted.post(path, withoutTerms).statusCode(400)
                .body(containsString("Accept the terms of service to continue."))
                .body(containsString("aria-describedby=\"f-tosAccepted-error\""))
                // what was typed comes back
                .body(containsString("value=\"Acme Bikes LLC\""));
        analyst().ok(ACCOUNT, Map.of("id", accountId))
                .body("data.connectedAccount.detailsSubmitted", equalTo(false))
                .body("data.connectedAccount.company.name", nullValue());
        analyst().ok(LINK, Map.of("id", linkId)).body("data.node.usedAt", nullValue());
        assertTrue(mailbox.getMailsSentTo(notificationEmail).isEmpty());

        Hosted.post(path, Hosted.companyForm()).statusCode(200)
                .body(containsString("You&#39;re connected"));

        analyst().ok(ACCOUNT, Map.of("id", accountId))
                .body("data.connectedAccount.detailsSubmitted", equalTo(true))
                // connected, with nothing requested yet: it can neither charge nor be paid (docs/requirements.md)
                .body("data.connectedAccount.status", equalTo("RESTRICTED"))
                .body("data.connectedAccount.company.name", equalTo("Acme Bikes LLC"))
                .body("data.connectedAccount.company.taxIdLast4", equalTo("6789"))
                .body("data.connectedAccount.company.address.line1", equalTo("1 Main St"))
                .body("data.connectedAccount.businessProfile.url", equalTo("https://acme.example"));
        analyst().ok(LINK, Map.of("id", linkId))
                .body("data.node.id", equalTo(linkId))
                .body("data.node.type", equalTo("ONBOARDING"))
                .body("data.node.usedAt", notNullValue());
        analyst().ok(EVENTS, Map.of("id", accountId))
                .body("data.events.nodes.size()", equalTo(1))
                .body("data.events.nodes[0].actor.subject", equalTo("account_holder:" + accountId))
                .body("data.events.nodes[0].actor.roles.size()", equalTo(0))
                .body("data.events.nodes[0].data", containsString(linkId))
                // the tax id itself is never recorded
                .body("data.events.nodes[0].data", not(containsString("3456789")));
        assertEquals(1, new Database(dataSource).count(
                "SELECT count(*) FROM connected_account WHERE id = ? AND tos_accepted_at IS NOT NULL", accountId));

        List<Mail> mails = mailbox.getMailsSentTo(notificationEmail);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertTrue(mail.getSubject().contains("Acme Bikes"), mail.getSubject());
        assertTrue(mail.getText().contains(accountId), mail.getText());
        assertTrue(mail.getHtml().contains(accountId), mail.getHtml());
        assertFalse(mail.getText().contains("1 Main St"), "no personal data in the mail");
        assertFalse(mail.getText().contains("6789"), "no tax id in the mail");

        // The link is used up: both methods answer 410 and nothing changes.
        Hosted.get(path).statusCode(410).body(containsString("LINK_ALREADY_USED"))
                .body(containsString("This link was already used")).body(not(containsString("<form")));
        Map<String, String> again = Hosted.companyForm();
        again.put("company.name", "Someone Else Inc");
        Hosted.post(path, again).statusCode(410).body(containsString("LINK_ALREADY_USED"));
        analyst().ok(ACCOUNT, Map.of("id", accountId)).body("data.connectedAccount.company.name",
                equalTo("Acme Bikes LLC"));
        analyst().ok(EVENTS, Map.of("id", accountId)).body("data.events.nodes.size()", equalTo(1));
        assertEquals(1, mailbox.getMailsSentTo(notificationEmail).size());
    }

    @Test
    void invalidValuesAreRefusedWithTheApisRulesAndChangeNothing() {
        String[] created = Hosted.createAccount(platformId, "FULL", "COMPANY");
        Map<String, String> form = Hosted.companyForm();
        form.put("businessProfile.supportEmail", "not-an-email");
        form.put("businessProfile.mcc", "12");
        form.put("company.address.country", "Narnia");
        form.put("company.name", "");
        Hosted.post(created[2], form).statusCode(400)
                .body(containsString("Please correct 4 problems"))
                .body(containsString("This value is not an email address"))
                .body(containsString("This value must be a 4-digit merchant category code"))
                .body(containsString("aria-describedby=\"f-businessProfile-supportEmail-error\""))
                .body(containsString("href=\"#f-company-name\""))
                .body(not(containsString("`input.")));
        analyst().ok(ACCOUNT, Map.of("id", created[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(false))
                .body("data.connectedAccount.businessProfile.url", nullValue());
        analyst().ok(LINK, Map.of("id", created[1])).body("data.node.usedAt", nullValue());
        // still usable
        Hosted.post(created[2], Hosted.companyForm()).statusCode(200);
    }

    /** Created with only dashboard access and country, the account holder chooses the business type on the page. */
    @Test
    void theHostedPageAsksForTheBusinessTypeWhenThePlatformGaveNone() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", null);
        // First the type alone: what else is asked depends on it.
        Hosted.get(created[2]).statusCode(200)
                .body(containsString("<select id=\"f-businessType\" name=\"businessType\" required"))
                .body(containsString("<option value=\"COMPANY\">A company</option>"))
                .body(containsString("<form method=\"get\">"))
                .body(not(containsString("f-company-name")))
                .body(not(containsString("f-individual-firstName")));
        // Choosing reloads the page for that type, with the choice kept in the form; the link is not used by it.
        Hosted.get(created[2] + "?businessType=COMPANY").statusCode(200)
                .body(containsString("<option value=\"COMPANY\" selected>"))
                .body(containsString("<form method=\"post\">"))
                .body(containsString("f-company-name"));
        Map<String, String> withoutType = Hosted.companyForm();
        Hosted.post(created[2], withoutType).statusCode(400).body(containsString("Choose your business type"));
        analyst().ok("query($id: ID!) { connectedAccount(id: $id) { detailsSubmitted businessType } }",
                Map.of("id", created[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(false))
                .body("data.connectedAccount.businessType", nullValue());

        Map<String, String> form = new java.util.HashMap<>(Hosted.companyForm());
        form.put("businessType", "COMPANY");
        Hosted.post(created[2], form).statusCode(200);
        analyst().ok("query($id: ID!) { connectedAccount(id: $id) { detailsSubmitted businessType company { name } } }",
                Map.of("id", created[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(true))
                .body("data.connectedAccount.businessType", equalTo("COMPANY"))
                .body("data.connectedAccount.company.name", equalTo("Acme Bikes LLC"));
    }

    /** A type the platform gave is not asked again. */
    @Test
    void theHostedPageDoesNotAskForABusinessTypeThePlatformGave() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        Hosted.get(created[2]).statusCode(200).body(not(containsString("f-businessType")))
                .body(containsString("f-company-name"));
    }

    @Test
    void anIndividualIsAskedForNameDateOfBirthAndAddress() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "INDIVIDUAL");
        Hosted.get(created[2]).statusCode(200)
                .body(containsString("<label for=\"f-individual-firstName\">First name (required)</label>"))
                .body(containsString("autocomplete=\"given-name\""))
                .body(containsString("type=\"date\" id=\"f-individual-dob\""))
                .body(containsString("<label for=\"f-individual-address-line1\">"))
                .body(not(containsString("f-company-name")));
        Map<String, String> form = Map.of("individual.firstName", "Ada", "individual.lastName", "Lovelace",
                "individual.dob", "1990-02-30", "individual.address.line1", "1 Main St", "individual.address.city",
                "Springfield", "individual.address.postalCode", "12345", "individual.address.country", "US",
                "businessProfile.name", "Ada's Bikes", "businessProfile.productDescription", "Bicycle repairs",
                "businessProfile.supportEmail", "ada@example.com");
        java.util.HashMap<String, String> submitted = new java.util.HashMap<>(form);
        submitted.put("tosAccepted", "on");
        Hosted.post(created[2], submitted).statusCode(400).body(containsString("f-individual-dob-error"));
        submitted.put("individual.dob", "1990-02-28");
        Hosted.post(created[2], submitted).statusCode(200);
        analyst().ok("query($id: ID!) { connectedAccount(id: $id) { detailsSubmitted individual { firstName dob } } }",
                Map.of("id", created[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(true))
                .body("data.connectedAccount.individual.firstName", equalTo("Ada"))
                .body("data.connectedAccount.individual.dob", equalTo("1990-02-28"));
    }

    @Test
    void anExpiredLinkShowsLinkExpired() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        TestClock.advance(Duration.ofMinutes(29));
        Hosted.get(created[2]).statusCode(200);
        TestClock.advance(Duration.ofMinutes(2));
        Hosted.get(created[2]).statusCode(410).body(containsString("LINK_EXPIRED"))
                .body(containsString("This link has expired"));
        Hosted.post(created[2], Hosted.companyForm()).statusCode(410).body(containsString("LINK_EXPIRED"));
        TestClock.reset();
        analyst().ok(ACCOUNT, Map.of("id", created[0])).body("data.connectedAccount.detailsSubmitted", equalTo(false));
        assertTrue(mailbox.getMailsSentTo(notificationEmail).isEmpty());
    }

    @Test
    void aRemovedAccountsLinkShowsAccountRemoved() {
        String[] created = Hosted.createAccount(platformId, "FULL", "COMPANY");
        GraphQL.as(Tokens.of(platformId, "administrator"))
                .ok("mutation($id: ID!) { removeConnectedAccount(input: {id: $id}) { userErrors { code } } }",
                        Map.of("id", created[0]))
                .body("data.removeConnectedAccount.userErrors.size()", equalTo(0));
        Hosted.get(created[2]).statusCode(410).body(containsString("ACCOUNT_REMOVED"));
        Hosted.post(created[2], Hosted.companyForm()).statusCode(410).body(containsString("ACCOUNT_REMOVED"));
    }

    @Test
    void anUnknownOrMalformedTokenIsNotFound() {
        Hosted.get(AccountLinkService.HOSTED_PATH + "A".repeat(43)).statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Link not found"));
        Hosted.get(AccountLinkService.HOSTED_PATH + "short").statusCode(404).body(containsString("Link not found"));
        Hosted.post(AccountLinkService.HOSTED_PATH + "B".repeat(43), Hosted.companyForm()).statusCode(404);
    }

    @Test
    void aFormPostedFromAnotherOriginIsRefusedAndChangesNothing() {
        String[] created = Hosted.createAccount(platformId, "EXPRESS", "COMPANY");
        String path = created[2];
        // An origin the API's CORS settings allow (%test.quarkus.http.cors.origins): a front end may call the API,
        // but has no business submitting an account holder's form.
        for (Map.Entry<String, String> elsewhere : Map.of("Origin", "https://dashboard.test.example",
                "Sec-Fetch-Site", "cross-site").entrySet()) {
            io.restassured.RestAssured.given().header(elsewhere.getKey(), elsewhere.getValue())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(Hosted.companyForm())
                    .post(path).then().statusCode(403)
                    .contentType(containsString("text/html"))
                    .body(containsString("This form can only be sent from its own page"))
                    .body(containsString("Code: FORBIDDEN"));
        }
        // Origin: null, what a no-referrer page makes a browser send, cannot be told from another site's page.
        io.restassured.RestAssured.given().header("Origin", "null")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(Hosted.companyForm())
                .post(path).then().statusCode(403);
        analyst().ok(ACCOUNT, Map.of("id", created[0])).body("data.connectedAccount.detailsSubmitted", equalTo(false));
        assertTrue(mailbox.getMailsSentTo(notificationEmail).isEmpty());

        // The page's own origin, as the browser names it: accepted.
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        io.restassured.RestAssured.given().header("Origin", own).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(Hosted.companyForm())
                .post(path).then().statusCode(200).body(containsString("your account is connected"));
    }

    @Test
    void theHostedPageNeedsNoTokenButTheApiStillDoes() {
        GraphQL.as(null).post("{ viewer { subject } }").statusCode(401);
    }
}
