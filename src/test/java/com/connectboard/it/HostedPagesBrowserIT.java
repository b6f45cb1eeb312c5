package com.connectboard.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.connectboard.devsupport.GraphiQLStart;
import com.connectboard.testing.Accounts;
import com.connectboard.testing.Browser;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The paths a person walks, in Debian's Chromium against the packaged application (target/quarkus-app, prod profile):
 * the hosted onboarding and remediation forms filled in and sent as an account holder would, a used link, a form
 * posted from another site's page, and GraphiQL's first screen.
 * <p>
 * The notification email: the packaged app under test keeps mail in Quarkus' mock mailbox, which is inside its own
 * process and logs every mail it takes ("Sending email ... to [...]"); the test reads that line from the application's
 * log (target/quarkus.log, where {@code @QuarkusIntegrationTest} sends its output). The account.connected event is
 * checked through the API as well.
 */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(HostedPagesBrowserIT.WithGraphiQL.class)
class HostedPagesBrowserIT {

    /** The packaged app with GraphiQL switched on, as a deployment that wants it sets it (off by default). */
    public static class WithGraphiQL extends PackagedAppResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> settings = new HashMap<>(super.start());
            settings.put("connectboard.graphql.ui-enabled", "true");
            return settings;
        }
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String ACCOUNT = """
            query($id: ID!) { connectedAccount(id: $id) { id detailsSubmitted status
              company { name } businessProfile { mcc url }
              requirements { currentlyDue eventuallyDue } } }""";
    private static final String EVENTS = """
            query($id: ID, $type: String) { events(accountId: $id, type: $type) { nodes { type actor { subject } data } } }""";
    private static final String CAPABILITIES = """
            mutation($input: UpdateCapabilitiesInput!) { updateCapabilities(input: $input) { userErrors { code } } }""";

    private String platformId;
    private String notificationEmail;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        notificationEmail = "ops+" + UUID.randomUUID() + "@platform.example";
        admin().ok("mutation($e: String) { updatePlatformProfile(input: {notificationEmail: $e}) { userErrors { code } } }",
                Map.of("e", notificationEmail)).body("data.updatePlatformProfile.userErrors.size()", equalTo(0));
    }

    private GraphQL admin() {
        return GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    /** An EXPRESS company that asks for TRANSFERS; returns {account id, path of its onboarding link}. */
    private String[] expressCompany() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("businessProfile", Map.of("name", "Acme Bikes"));
        var created = admin().ok(Accounts.CREATE, Map.of("input", input));
        String id = created.extract().path("data.createConnectedAccount.connectedAccount.id");
        String url = created.extract().path("data.createConnectedAccount.onboardingLink.url");
        admin().ok(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                List.of(Map.of("capability", "TRANSFERS", "requested", true)))))
                .body("data.updateCapabilities.userErrors.size()", equalTo(0));
        // The link points at the public origin; the browser reaches the application under test directly.
        return new String[]{id, url.substring(url.indexOf("/hosted/links/"))};
    }

    @Test
    void anAccountHolderCompletesOnboardingInTheBrowserAndTheLinkIsThenUsed() {
        String[] account = expressCompany();
        Page page = browser.page();
        Response opened = page.navigate(account[1]);
        assertEquals(200, opened.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up your account")))
                .isVisible();
        // The token stays out of every Referer: the page says so to the browser.
        assertEquals("strict-origin", opened.headerValue("referrer-policy"));

        page.getByLabel("Legal name").fill("Acme Bikes LLC");
        page.getByLabel("Tax id").fill("12-3456789");
        page.getByLabel("Address line 1").fill("1 Main St");
        page.getByLabel("City").fill("Springfield");
        page.getByLabel("Postal code").fill("12345");
        page.getByLabel("Website").fill("https://acme.example");
        page.getByLabel("Merchant category code").fill("5734");
        page.getByLabel("Support email").fill("help@acme.example");
        page.getByLabel(Pattern.compile("I accept the provider's terms of service")).check();
        Response sent = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit")).click());

        assertEquals(200, sent.status());
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("You're connected");

        GraphQL analyst = GraphQL.as(Tokens.of(platformId, "analyst"));
        analyst.ok(ACCOUNT, Map.of("id", account[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(true))
                .body("data.connectedAccount.company.name", equalTo("Acme Bikes LLC"))
                .body("data.connectedAccount.businessProfile.mcc", equalTo("5734"))
                // Onboarded; TRANSFERS still needs a bank account and the owners, due before their deadline.
                .body("data.connectedAccount.status", equalTo("RESTRICTED_SOON"))
                .body("data.connectedAccount.requirements.currentlyDue", hasItem("external_account"));
        analyst.ok(EVENTS, Map.of("id", account[0], "type", "account.connected"))
                .body("data.events.nodes.size()", equalTo(1));
        assertTrue(appLogEventually("Sending email Account connected: Acme Bikes from Connectboard "
                + "<connectboard@it.example> to [" + notificationEmail + "]"), "the notification email was sent");

        // The same link again, as a person reopening it: refused, and saying why.
        Page again = browser.page();
        assertEquals(410, again.navigate(account[1]).status());
        assertThat(again.getByRole(AriaRole.HEADING)).hasText("This link was already used");
        assertThat(again.getByText("Code: LINK_ALREADY_USED")).isVisible();
    }

    @Test
    void theRemediationPageSendsWhatWasFilledInWithoutTheTerms() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("businessType", "INDIVIDUAL");
        String id = Accounts.create(platformId, input);
        admin().ok(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                List.of(Map.of("capability", "TRANSFERS", "requested", true)))));
        String url = GraphQL.as(Tokens.of(platformId, "support_specialist"))
                .ok("mutation($id: ID!) { createRemediationLink(input: {accountId: $id}) { link { url } } }",
                        Map.of("id", id))
                .extract().path("data.createRemediationLink.link.url");

        Page page = browser.page();
        assertEquals(200, page.navigate(url.substring(url.indexOf("/hosted/links/"))).status());
        assertThat(page.getByText("Fill in what you can")).isVisible();
        // Only the merchant category code, as a person who has nothing else at hand; the terms are left unticked.
        page.getByLabel(Pattern.compile("merchant category code", Pattern.CASE_INSENSITIVE)).fill("5734");
        assertFalse(page.getByLabel(Pattern.compile("terms of service")).isChecked());
        Response sent = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit")).click());

        assertEquals(200, sent.status());
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Your details were updated");
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(ACCOUNT, Map.of("id", id))
                .body("data.connectedAccount.businessProfile.mcc", equalTo("5734"))
                .body("data.connectedAccount.requirements.eventuallyDue", not(hasItem("business_profile.mcc")))
                .body("data.connectedAccount.requirements.eventuallyDue", hasItem("tos_acceptance.date"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(EVENTS, Map.of("id", id, "type", "requirement.submitted"))
                .body("data.events.nodes.size()", equalTo(1));
    }

    @Test
    void aFormPostedFromAnotherSitesPageIsRefusedAndChangesNothing() {
        String[] account = expressCompany();
        String target = Browser.appUrl(account[1]);
        BrowserContext context = browser.newContext();
        // Two other sites' pages that hold the link and post a complete form to it: one unknown, one a front end the
        // API's CORS settings allow. Served by the browser itself (no server needed for them).
        for (String site : List.of("http://elsewhere.example", PackagedAppResource.ALLOWED_FRONT_END)) {
            context.route(site + "/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("text/html").setBody(forgedForm(target))));
            Page page = context.newPage();
            page.navigate(site + "/offer");
            // The answer to the form's POST (an error page for Chromium when its body is empty, as CORS' is).
            Response answer = page.waitForResponse(response -> response.url().equals(target)
                    && "POST".equals(response.request().method()), () -> page.locator("button").click());
            assertEquals(403, answer.status(), site);
        }
        // The allowed front end passes CORS; the form's own check answers it, saying why.
        Page last = context.pages().get(context.pages().size() - 1);
        last.waitForLoadState();
        assertThat(last.getByRole(AriaRole.HEADING)).hasText("This form can only be sent from its own page");
        assertThat(last.getByText("Code: FORBIDDEN")).isVisible();

        GraphQL.as(Tokens.of(platformId, "analyst")).ok(ACCOUNT, Map.of("id", account[0]))
                .body("data.connectedAccount.detailsSubmitted", equalTo(false))
                .body("data.connectedAccount.status", equalTo("PENDING_ONBOARDING"));
        // And the link still works from its own page.
        Page own = context.newPage();
        assertEquals(200, own.navigate(account[1]).status());
    }

    private static String forgedForm(String target) {
        Map<String, String> form = new HashMap<>();
        form.put("company.name", "Forged LLC");
        form.put("company.taxId", "12-3456789");
        form.put("company.address.line1", "1 Main St");
        form.put("company.address.city", "Springfield");
        form.put("company.address.postalCode", "12345");
        form.put("company.address.country", "US");
        form.put("businessProfile.name", "Forged");
        form.put("businessProfile.supportEmail", "help@forged.example");
        form.put("tosAccepted", "on");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>Offer</title><form method=\"post\" action=\"")
                .append(target).append("\">");
        form.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                .append(value).append("\">"));
        return html.append("<button>Claim</button></form>").toString();
    }

    @Test
    void graphiqlOpensReadyToUseAndWithoutATokenSaysWhatIsMissing() {
        // What the dev server opens: the example operation and the administrator's header (GraphiQLStart.path).
        Page page = browser.page();
        page.navigate(GraphiQLStart.path(Tokens.of(platformId, "administrator")));
        assertThat(page.locator(".graphiql-container")).isVisible();
        page.locator(".graphiql-execute-button").click();
        assertThat(page.locator(".result-window")).containsText("\"subject\"");
        assertThat(page.locator(".result-window")).containsText(platformId);
        page.waitForTimeout(500);
        assertEquals(List.of(), browser.consoleErrors(page));
        assertThat(page.getByText("Error fetching schema")).hasCount(0);

        // Without a token: the schema request is a 401 whose JSON body GraphiQL can read and show.
        Page bare = browser.page();
        Response schema = bare.waitForResponse(response -> response.url().endsWith("/graphql")
                && "POST".equals(response.request().method()), () -> bare.navigate(GraphiQLStart.UI_PATH));
        assertEquals(401, schema.status());
        assertTrue(schema.text().contains("\"code\":\"UNAUTHENTICATED\""), schema.text());
        bare.locator(".graphiql-execute-button").click();
        assertThat(bare.locator(".result-window")).containsText("No bearer token");
        assertThat(bare.getByText("Unexpected end of JSON input")).hasCount(0);
    }

    /** Whether the packaged application's log shows the line, waiting a little for it to be written. */
    private static boolean appLogEventually(String line) {
        Path log = Paths.get("target", "quarkus.log");
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
                    return true;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
