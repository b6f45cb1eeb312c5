package com.connectboard.it;

import static com.connectboard.it.Dashboard.assertAccessible;
import static com.connectboard.it.Dashboard.button;
import static com.connectboard.it.Dashboard.heading;
import static com.connectboard.it.Dashboard.json;
import static com.connectboard.it.Dashboard.platform;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.connectboard.testing.Browser;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The dashboard in Debian's Chromium against the packaged application (target/quarkus-app, prod profile), signed in to
 * for real: the Authorization Code + PKCE flow of the dashboard's public client at a real Keycloak ({@link Keycloak})
 * that imported docs/examples/keycloak-realm.json, on Keycloak's own login page. One Keycloak and one application for
 * the whole class; every test signs in afresh in its own browser context. Every screen a test reaches is checked with
 * axe-core ({@link Axe}): no serious or critical violation.
 */
@QuarkusIntegrationTest
@WithTestResource(DashboardAppResource.class)
class DashboardIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String TOKEN_PATH = "/protocol/openid-connect/token";

    private static Keycloak keycloak;
    /** Read by the list tests only (nothing in this class adds to it): 23 accounts, one user per role. */
    private static String usPlatform;
    /** The US platform's account names, oldest first. */
    private static final List<String> US_ACCOUNTS = new ArrayList<>();
    /** Where the tests create, change and remove accounts; users ws-administrator, ws-developer, ws-support-specialist. */
    private static String workPlatform;
    private static String frPlatform;
    /** Its profile is incomplete until the test that completes it. */
    private static String newPlatform;

    private static final String CREATE = """
            mutation($input: CreateConnectedAccountInput!) {
              createConnectedAccount(input: $input) { connectedAccount { id } userErrors { code field message } } }""";
    private static final String CAPABILITIES = """
            mutation($input: UpdateCapabilitiesInput!) { updateCapabilities(input: $input) { userErrors { code } } }""";
    private static final String ACCOUNT = """
            query($id: ID!) { connectedAccount(id: $id) { id email status dashboardAccess
              businessProfile { name mcc } metadata { key value }
              actionsRequired { id kind requirement supportTicketDraft { subject body } }
              capabilities { name requested status }
              persons { id firstName lastName relationship { representative owner percentOwnership } }
              payoutSchedule { interval weeklyAnchor }
              externalAccounts { id last4 } } }""";

    /**
     * Once per class; in {@code @BeforeEach} because Quarkus gives RestAssured the application's URL (random port) only
     * around each test.
     */
    @BeforeEach
    void realmAndPlatforms() {
        if (keycloak != null) {
            return;
        }
        keycloak = Keycloak.start();
        // The application's port is known now: registered the way a deployment registers its own origin.
        keycloak.registerDashboardOrigin(Browser.appUrl("/").replaceAll("/$", ""));

        usPlatform = platform(keycloak, "us", "Dashboard Co", "US", "usd", true,
                "administrator", "developer", "analyst", "support_specialist", "view_only");
        workPlatform = platform(keycloak, "ws", "Workshop Co", "US", "usd", true, "administrator", "developer",
                "support_specialist");
        frPlatform = platform(keycloak, "fr", "Atelier SAS", "FR", "eur", true, "administrator");
        newPlatform = platform(keycloak, "new", "Newcomer Inc", "US", "usd", false, "administrator");

        GraphQL developer = GraphQL.as(keycloak.accessToken("us-developer"));
        for (int n = 1; n <= 23; n++) {
            String name = String.format("Harbor %02d", n);
            developer.ok(CREATE, Map.of("input", Map.of("dashboardAccess", n % 3 == 0 ? "NONE" : "EXPRESS", "country",
                    n % 4 == 0 ? "CA" : "US", "email", "owner" + n + "@harbor.example", "businessProfile",
                    Map.of("name", name))));
            US_ACCOUNTS.add(name);
        }
    }

    /** An account on the work platform, made through the API as its developer; returns its id. */
    private static String workAccount(Map<String, Object> input, String... capabilities) {
        GraphQL developer = GraphQL.as(keycloak.accessToken("ws-developer"));
        String id = developer.ok(CREATE, Map.of("input", input)).extract()
                .path("data.createConnectedAccount.connectedAccount.id");
        for (String capability : capabilities) {
            developer.ok(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                    List.of(Map.of("capability", capability, "requested", true)))));
        }
        return id;
    }

    private static JsonNode account(String id) {
        String body = GraphQL.as(keycloak.accessToken("ws-administrator")).ok(ACCOUNT, Map.of("id", id)).extract()
                .asString();
        return json(body).path("data").path("connectedAccount");
    }

    @Test
    void signsInOnKeycloaksPageKeepsNoTokenInWebStorageAndListsTheAccountsNewestFirst() {
        Page page = browser.newContext().newPage();
        page.navigate("/");
        // Keycloak's own login page, reached through the authorization endpoint with a PKCE S256 challenge.
        page.waitForURL(url -> url.startsWith(keycloak.issuer() + "/protocol/openid-connect/auth"));
        assertTrue(page.url().contains("code_challenge_method=S256"), page.url());
        assertTrue(page.url().contains("client_id=" + Keycloak.DASHBOARD_CLIENT), page.url());
        page.locator("#username").fill("us-administrator");
        page.locator("#password").fill(Keycloak.PASSWORD);
        Response tokenResponse = page.waitForResponse(response -> response.url().endsWith(TOKEN_PATH),
                () -> page.locator("#kc-login").click());
        JsonNode tokens = json(tokenResponse.text());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connected accounts")))
                .isVisible();
        assertEquals(Browser.appUrl("/"), page.url(), "back on the dashboard, the code gone from the address");
        List<String> newestFirst = new ArrayList<>(US_ACCOUNTS.subList(US_ACCOUNTS.size() - 20, US_ACCOUNTS.size()));
        Collections.reverse(newestFirst);
        assertThat(accountLinks(page)).hasText(newestFirst.toArray(String[]::new));

        // The tokens live in the page's memory only: nothing of them in localStorage, sessionStorage or cookies.
        String stored = (String) page.evaluate("() => JSON.stringify({ local: { ...localStorage }, "
                + "session: { ...sessionStorage }, cookies: document.cookie })");
        for (String token : List.of("access_token", "refresh_token", "id_token")) {
            String value = tokens.path(token).asText();
            assertFalse(value.isEmpty(), token + " issued");
            assertFalse(stored.contains(value), token + " found in web storage: " + stored);
            assertFalse(stored.contains(value.substring(value.lastIndexOf('.') + 1)), token + "'s signature stored");
        }
        assertAccessible(page, "connected accounts");
    }

    @Test
    void theHeaderNamesOnlyConnectboardsRolesNotKeycloaksDefaultOnes() {
        Page page = signIn("us-support-specialist");
        // Keycloak's default roles (offline_access, uma_authorization, default-roles-<realm>) are in the token too.
        assertThat(page.locator("header .who")).containsText("(support_specialist)");
        for (String keycloakRole : List.of("offline_access", "uma_authorization", "default-roles")) {
            assertThat(page.locator("header")).not().containsText(keycloakRole);
        }
    }

    @Test
    void signingOutEndsTheIssuersSession() {
        // A user of its own, whose only session is this one.
        keycloak.createUser("us-leaver", "analyst", usPlatform);
        Page page = signIn("us-leaver");
        assertEquals(1, keycloak.sessionsOf("us-leaver"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Browser.appUrl("/signed-out"));
        assertThat(page.getByText("You are signed out.")).isVisible();
        assertAccessible(page, "signed out");
        assertEquals(0, keycloak.sessionsOf("us-leaver"), "the issuer's session ended");

        // Signing in again asks for the password: the same browser has no session left at the issuer.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> url.startsWith(keycloak.issuer()));
        assertThat(page.locator("#password")).isVisible();
    }

    /**
     * How long until the accounts list is usable with the packaged app: from navigation start to the first row
     * visible, with the issuer's session alive (a reload: two redirects, the code exchange, the viewer and the first
     * page), and the first sign-in from submitting Keycloak's form. Printed; docs/dashboard.md records the figures.
     */
    @Test
    void measuresTheTimeUntilTheAccountsListIsUsable() {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate("/");
        page.locator("#username").fill("us-developer");
        page.locator("#password").fill(Keycloak.PASSWORD);
        long submitted = System.nanoTime();
        page.locator("#kc-login").click();
        firstRow(page).waitFor();
        double cold = (System.nanoTime() - submitted) / 1e6;

        List<Double> warm = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long start = System.nanoTime();
            page.navigate("/");
            firstRow(page).waitFor();
            warm.add((System.nanoTime() - start) / 1e6);
            assertThat(firstRow(page)).hasText(US_ACCOUNTS.get(US_ACCOUNTS.size() - 1));
        }
        List<Double> sorted = new ArrayList<>(warm);
        Collections.sort(sorted);
        System.out.printf(
                "DashboardIT figures: accounts list usable after a reload with the issuer session alive: median %.0f ms, "
                        + "max %.0f ms (runs %s); first sign-in, Keycloak form submitted to first row: %.0f ms%n",
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                warm.stream().map(ms -> String.format("%.0f", ms)).toList(), cold);
    }

    @Test
    void searchesFiltersPagesAndCountsOnDemand() {
        Page page = signIn("us-analyst");
        Locator search = page.locator("#search");

        search.fill("name~\"Harbor 1\"");
        search.press("Enter");
        assertThat(accountLinks(page)).hasText(names(19, 18, 17, 16, 15, 14, 13, 12, 11, 10));
        assertTrue(page.url().contains("q="), "the search is in the address: " + page.url());

        // A malformed query: where it went wrong and what was expected, with a caret under the query.
        search.fill("name~\"Harbor\" AND");
        search.press("Enter");
        Locator problem = page.locator(".search-problem");
        assertThat(problem)
                .containsText(Pattern.compile("Invalid search at position \\d+: .*expected", Pattern.CASE_INSENSITIVE));
        assertThat(problem.locator("pre")).containsText("^");
        assertThat(search).hasAttribute("aria-invalid", "true");
        assertAccessible(page, "invalid search");

        search.fill("");
        search.press("Enter");
        page.getByLabel("Dashboard access").selectOption("NONE");
        assertThat(accountLinks(page)).hasText(names(21, 18, 15, 12, 9, 6, 3));
        page.getByLabel("Dashboard access").selectOption("");
        page.getByLabel("Country").fill("CA");
        assertThat(accountLinks(page)).hasText(names(20, 16, 12, 8, 4));
        page.getByLabel("Status").selectOption("PENDING_ONBOARDING");
        List<String> pendingInCanada = new ArrayList<>();
        json(GraphQL.as(keycloak.accessToken("us-analyst")).ok("""
                { connectedAccounts(first: 20, filter: {country: ["CA"], status: [PENDING_ONBOARDING]}) {
                  nodes { businessProfile { name } } } }""").extract().asString())
                .path("data").path("connectedAccounts").path("nodes")
                .forEach(node -> pendingInCanada.add(node.path("businessProfile").path("name").asText()));
        assertTrue(pendingInCanada.containsAll(List.of(names(20, 16, 8, 4))), pendingInCanada.toString());
        assertThat(accountLinks(page)).hasText(pendingInCanada.toArray(String[]::new));
        assertAccessible(page, "filtered accounts");
        page.getByLabel("Status").selectOption("");
        page.getByLabel("Country").fill("");

        // Twenty a page, newest first; the next page holds the three oldest, and back.
        assertThat(accountLinks(page)).hasCount(20);
        button(page, "Next page").click();
        assertThat(accountLinks(page)).hasText(names(3, 2, 1));
        assertThat(button(page, "Next page")).isDisabled();
        button(page, "Previous page").click();
        assertThat(accountLinks(page)).hasCount(20);
        assertThat(firstRow(page)).hasText("Harbor 23");

        // The total is counted only when asked for.
        assertThat(page.getByText("23 accounts")).hasCount(0);
        button(page, "Show total").click();
        assertThat(page.locator("output")).hasText("23 accounts");
    }

    @Test
    void createsFullAndExpressAccountsWithAOneTimeLinkAndANoneAccountOpensItsDetails() {
        BrowserContext context = browser.newContext();
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page page = Dashboard.signIn(context, "ws-developer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account").setExact(true)).first()
                .click();
        assertThat(heading(page, "Create account")).isVisible();
        assertAccessible(page, "create account");

        for (String access : List.of("FULL", "EXPRESS")) {
            page.locator("input[type=radio][value=" + access + "]").check();
            page.locator("#email").fill(access.toLowerCase() + "@holder.example");
            button(page, "Create account").click();
            assertThat(heading(page, "Account created")).isVisible();
            Locator link = page.getByLabel("Onboarding link");
            assertThat(link).hasValue(Pattern.compile("^https://connectboard\\.it\\.example/hosted/links/.+"));
            // Its expiry, in words and as a time (30 minutes by default).
            assertThat(page.locator("time")).hasText("in 30 minutes");
            button(page, "Copy").click();
            assertThat(button(page, "Copied")).isVisible();
            assertEquals(link.inputValue(), page.evaluate("() => navigator.clipboard.readText()"));
            assertAccessible(page, "account created (" + access + ")");
            button(page, "Create another").click();
        }

        page.locator("input[type=radio][value=NONE]").check();
        page.getByLabel("Business type").selectOption("COMPANY");
        button(page, "Create account").click();
        page.waitForURL(Pattern.compile(".*/accounts/acct_[A-Za-z0-9]+$"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator(".facts").first()).containsText(id);
        assertThat(page.locator(".facts").first()).containsText("None");
        assertEquals("NONE", account(id).path("dashboardAccess").asText());
    }

    @Test
    void userErrorsAreShownBesideTheirFields() {
        Page page = signIn("ws-developer");
        page.navigate("/accounts/new");
        page.locator("#country").fill("ZZ");
        button(page, "Create account").click();
        assertThat(page.locator("#country-errors")).containsText("country");
        assertThat(page.locator("#country")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#country")).hasAttribute("aria-describedby", "country-errors");
        assertAccessible(page, "create account with a field error");

        String id = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessProfile", Map.of("name", "Typo Traders"))));
        page.navigate("/accounts/" + id);
        button(page, "Edit profile").click();
        page.getByLabel("Merchant category code").fill("57");
        button(page, "Save profile").click();
        assertThat(page.locator("#bp-mcc-errors")).containsText("4-digit merchant category code");
        assertAccessible(page, "profile with a field error");
        assertTrue(account(id).path("businessProfile").path("mcc").isNull(), "nothing saved");
    }

    @Test
    void aFrenchPlatformIsOnlyOfferedHostedOnboarding() {
        Page page = signIn("fr-administrator");
        page.navigate("/accounts/new");
        Locator options = page.locator("fieldset input[type=radio]");
        assertThat(options).hasCount(2);
        assertEquals(List.of("FULL", "EXPRESS"), options.all().stream().map(o -> o.getAttribute("value")).toList());
        assertThat(page.getByText("A platform in France can only onboard accounts through hosted onboarding."))
                .isVisible();
        assertAccessible(page, "create account (France)");
    }

    @Test
    void anIncompleteProfileSendsToThePlatformProfileWhereAnAdministratorCompletesIt() {
        Page page = signIn("new-administrator");
        page.navigate("/accounts/new");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your platform profile is incomplete");
        assertThat(button(page, "Create account")).hasCount(0);
        assertAccessible(page, "create account (incomplete profile)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Complete the platform profile")).click();
        assertThat(heading(page, "Platform profile")).isVisible();
        assertThat(page.getByText("Incomplete: accounts cannot be created yet")).isVisible();
        assertAccessible(page, "platform profile");

        page.getByLabel("Website").fill("https://newcomer.example");
        page.getByLabel("Support email").fill("help@newcomer.example");
        page.getByLabel("Notification email").fill("ops@newcomer.example");
        button(page, "Save profile").click();
        assertThat(page.getByText("Saved.")).isVisible();
        assertThat(page.locator(".badge")).hasText("Complete");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account").setExact(true)).first()
                .click();
        assertThat(button(page, "Create account")).isVisible();
    }

    @Test
    void aRoleThatIsNotOfferedAccountCreationIsRefusedByTheServerWhenItTries() {
        Page page = signIn("us-view-only");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account"))).hasCount(0);
        page.navigate("/accounts/new");
        assertThat(page.getByText("Your role cannot create accounts")).isVisible();
        assertThat(button(page, "Create account")).hasCount(0);
        assertAccessible(page, "create account (not allowed)");
        // Nor anything else it may not do, on an account's page.
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Harbor 21")).click();
        assertThat(heading(page, "Harbor 21")).isVisible();
        assertThat(page.locator("ol.actions > li").first()).isVisible();
        for (String offer : List.of("Edit profile", "Add person", "Submit information", "Contact support",
                "Create remediation link", "Save schedule", "Remove this account")) {
            assertThat(button(page, offer)).hasCount(0);
        }
        assertThat(page.locator("input[type=checkbox]:not([disabled])")).hasCount(0);
        assertAccessible(page, "account details (view only)");

        // A dashboard that wrongly offered it (the viewer's roles rewritten in the browser): the service still
        // refuses with the caller's real token, and the page says so plainly.
        Page fooled = Dashboard.signIn(Dashboard.claimingRole(browser, "developer"), "us-view-only");
        fooled.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account").setExact(true)).first()
                .click();
        fooled.locator("input[type=radio][value=NONE]").check();
        button(fooled, "Create account").click();
        assertThat(fooled.getByRole(AriaRole.ALERT)).containsText("FORBIDDEN");
        assertThat(fooled.getByRole(AriaRole.ALERT)).containsText("Not allowed for your role");
        assertAccessible(fooled, "create account refused");
        GraphQL.as(keycloak.accessToken("us-analyst")).ok("{ connectedAccounts(first: 1) { totalCount } }")
                .body("data.connectedAccounts.totalCount", org.hamcrest.Matchers.equalTo(23));
    }

    @Test
    void accountDetailsListActionsRequiredInPriorityOrderAndOfferEachRemediation() {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessType", "INDIVIDUAL", "businessProfile", Map.of("name", "Remedy Goods")));
        String id = workAccount(input, "TRANSFERS");
        long inThirtyDays = java.time.Instant.now().plus(java.time.Duration.ofDays(30)).getEpochSecond();
        Provider.send(Provider.event(com.connectboard.testing.TestIds.providerEvent(),
                "requirement.information_requested", Map.of("account_id", id, "request_id", "req_statement",
                        "description", "A bank statement from the last three months", "due_by", inThirtyDays)))
                .statusCode(200);
        Provider.send(Provider.event(com.connectboard.testing.TestIds.providerEvent(), "requirement.future_added",
                Map.of("account_id", id, "requirement", "individual.id_number", "due_by", inThirtyDays)))
                .statusCode(200);
        Provider.send(Provider.event(com.connectboard.testing.TestIds.providerEvent(),
                "requirement.verification_failed", Map.of("account_id", id, "requirement", "individual.dob",
                        "code", "verification_failed_dob", "reason", "The date of birth does not match the id")))
                .statusCode(200);
        List<String> apiOrder = new ArrayList<>();
        account(id).path("actionsRequired").forEach(a -> apiOrder.add(a.path("requirement").asText()));

        BrowserContext context = browser.newContext();
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page page = Dashboard.signIn(context, "ws-support-specialist");
        page.getByLabel("Search").fill("name~\"Remedy\"");
        page.locator("#search").press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remedy Goods")).click();
        assertThat(heading(page, "Remedy Goods")).isVisible();

        Locator items = page.locator("ol.actions > li");
        assertEquals(apiOrder, items.locator("code").allTextContents(), "the service's priority order");
        assertEquals("information_request.req_statement", apiOrder.get(0));
        List<String> kinds = items.locator(".meta .badge").allTextContents();
        assertEquals("Information request", kinds.get(0));
        assertTrue(kinds.indexOf("Currently due") < kinds.indexOf("Future"), kinds.toString());
        assertTrue(kinds.indexOf("Future") < kinds.indexOf("Eventually due"), kinds.toString());
        Locator dob = action(page, "individual.dob");
        assertThat(dob).containsText("verification_failed_dob: The date of birth does not match the id");
        assertThat(dob).containsText("Affects: Transfers");
        assertThat(dob).containsText("Due:");
        assertAccessible(page, "account details");

        // Submit an item's information with the input that fits it: a date for the date of birth.
        dob.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit information")).click();
        Locator date = dob.locator("input[type=date]");
        date.fill("1990-05-17");
        assertAccessible(page, "submit information");
        dob.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(action(page, "individual.dob")).hasCount(0);
        assertFalse(account(id).path("actionsRequired").toString().contains("\"individual.dob\""));

        // An address, as the form the service reads.
        Locator address = action(page, "individual.address");
        address.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit information")).click();
        address.getByLabel("Address line 1").fill("1 Main St");
        address.getByLabel("City").fill("Springfield");
        address.getByLabel("Postal code").fill("12345");
        address.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(action(page, "individual.address")).hasCount(0);

        // A remediation link to copy, valid 90 days.
        button(page, "Create remediation link").click();
        Locator link = page.getByLabel("Remediation link");
        assertThat(link).hasValue(Pattern.compile("^https://connectboard\\.it\\.example/hosted/links/.+"));
        assertThat(page.getByText(Pattern.compile("Reusable until .+ \\(90 days\\)"))).isVisible();
        page.locator(".copy").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy")).click();
        assertEquals(link.inputValue(), page.evaluate("() => navigator.clipboard.readText()"));

        // Contact support with the prefilled ticket.
        JsonNode statement = account(id).path("actionsRequired").get(0);
        Locator request = action(page, "information_request.req_statement");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Contact support")).click();
        assertThat(request.getByLabel("Subject")).hasValue(statement.path("supportTicketDraft").path("subject").asText());
        assertThat(request.getByLabel("Message")).hasValue(statement.path("supportTicketDraft").path("body").asText());
        assertAccessible(page, "contact support");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send to provider support")).click();
        assertThat(request.getByRole(AriaRole.STATUS)).containsText("filed");
    }

    /** A capability's checkbox: the account page also has a "Transfers" tab, so the label alone is ambiguous. */
    private static Locator capability(Page page, String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
    @Test
    void capabilitiesProfileAndMetadataAreEdited() {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessType", "COMPANY", "email", "old@profile.example", "businessProfile",
                Map.of("name", "Profile Works"), "metadata", List.of(Map.of("key", "tier", "value", "silver"),
                        Map.of("key", "legacy", "value", "yes"))));
        String id = workAccount(input);
        Page page = signIn("ws-developer");
        page.navigate("/accounts/" + id);

        // Card payments needs transfers: asking for it asks for both.
        // Clicked, not check()ed: the box follows the service's answer, not the click.
        capability(page, "Card payments").click();
        assertThat(capability(page, "Card payments")).isChecked();
        assertThat(capability(page, "Transfers")).isChecked();
        JsonNode capabilities = account(id).path("capabilities");
        for (JsonNode capability : capabilities) {
            if (List.of("CARD_PAYMENTS", "TRANSFERS").contains(capability.path("name").asText())) {
                assertTrue(capability.path("requested").asBoolean(), capability.toString());
            }
        }
        capability(page, "Card payments").click();
        assertThat(capability(page, "Card payments")).not().isChecked();

        button(page, "Edit profile").click();
        page.locator("#acct-email").fill("new@profile.example");
        page.getByLabel("Business name").fill("Profile Works Ltd");
        page.getByLabel("Merchant category code").fill("5734");
        button(page, "Remove entry legacy").click();
        button(page, "Add metadata entry").click();
        Locator rows = page.locator("fieldset .row");
        rows.last().getByLabel("Key").fill("region");
        rows.last().getByLabel("Value").fill("north");
        rows.first().getByLabel("Value").fill("gold");
        assertAccessible(page, "profile editor");
        button(page, "Save profile").click();
        assertThat(page.getByText("Saved.")).isVisible();
        assertThat(heading(page, "Profile Works Ltd")).isVisible();

        JsonNode saved = account(id);
        assertEquals("new@profile.example", saved.path("email").asText());
        assertEquals("5734", saved.path("businessProfile").path("mcc").asText());
        Map<String, String> metadata = new java.util.TreeMap<>();
        saved.path("metadata").forEach(e -> metadata.put(e.path("key").asText(), e.path("value").asText()));
        assertEquals(Map.of("tier", "gold", "region", "north"), metadata);
    }

    @Test
    void businessOwnersAreAddedEditedAndRemovedAndOneIsTheRepresentative() {
        String id = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessType", "COMPANY", "businessProfile", Map.of("name", "Owners Guild"))));
        Page page = signIn("ws-developer");
        page.navigate("/accounts/" + id);

        addPerson(page, "Ada", "Lovelace", "60");
        addPerson(page, "Grace", "Hopper", "30");
        assertThat(person(page, "Ada Lovelace")).isVisible();
        assertThat(person(page, "Grace Hopper")).isVisible();

        // More than 100 % in total: the error beside the ownership field, nothing saved.
        button(page, "Add person").click();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add person"));
        form.getByLabel("First name").fill("Too");
        form.getByLabel("Last name").fill("Much");
        form.getByLabel("Ownership (%)").fill("20");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add person")).click();
        assertThat(page.locator("#person-new-percent-errors")).containsText("100");
        assertAccessible(page, "add person with a field error");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();

        button(page, "Make Grace Hopper the representative").click();
        assertThat(page.locator("li.person", new Page.LocatorOptions().setHasText("Grace Hopper")))
                .containsText("Representative");
        // The representative cannot be removed: not offered.
        assertThat(button(page, "Remove Grace Hopper")).hasCount(0);

        button(page, "Edit Ada Lovelace").click();
        Locator edit = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit person"));
        edit.getByLabel("Last name").fill("King");
        edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save person")).click();
        assertThat(person(page, "Ada King")).isVisible();

        button(page, "Remove Ada King").click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("this cannot be undone");
        assertAccessible(page, "remove person confirmation");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, remove Ada King")).click();
        assertThat(person(page, "Ada King")).hasCount(0);

        JsonNode persons = account(id).path("persons");
        assertEquals(1, persons.size());
        assertEquals("Hopper", persons.get(0).path("lastName").asText());
        assertTrue(persons.get(0).path("relationship").path("representative").asBoolean());
    }

    private static Locator person(Page page, String name) {
        return page.locator("li.person strong", new Page.LocatorOptions().setHasText(Pattern.compile("^" + name + "$")));
    }

    private static void addPerson(Page page, String first, String last, String percent) {
        button(page, "Add person").click();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add person"));
        form.getByLabel("First name").fill(first);
        form.getByLabel("Last name").fill(last);
        form.getByLabel("Ownership (%)").fill(percent);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add person")).click();
        assertThat(form).hasCount(0);
    }

    @Test
    void anAdministratorSetsThePayoutScheduleAndADeveloperIsNotOfferedIt() {
        String id = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessProfile", Map.of("name", "Payday Partners"))));
        Page developer = signIn("ws-developer");
        developer.navigate("/accounts/" + id);
        assertThat(heading(developer, "Payout schedule")).isVisible();
        assertThat(button(developer, "Save schedule")).hasCount(0);

        Page page = signIn("ws-administrator");
        page.navigate("/accounts/" + id);
        page.getByLabel("Interval").selectOption("WEEKLY");
        page.getByLabel("Day of the week").selectOption("FRIDAY");
        assertAccessible(page, "payout schedule");
        button(page, "Save schedule").click();
        assertThat(page.getByText(Pattern.compile("^Weekly on Friday; next payout "))).isVisible();
        JsonNode schedule = account(id).path("payoutSchedule");
        assertEquals("WEEKLY", schedule.path("interval").asText());
        assertEquals("FRIDAY", schedule.path("weeklyAnchor").asText());
    }

    @Test
    void externalAccountsAreListedAndRemoved() {
        String id = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "NONE", "country", "US",
                "businessProfile", Map.of("name", "Bank Street"))));
        GraphQL.as(keycloak.accessToken("ws-developer")).ok("""
                mutation($input: AddExternalAccountInput!) { addExternalAccount(input: $input) {
                  userErrors { code } } }""", Map.of("input", Map.of("accountId", id, "kind", "BANK_ACCOUNT",
                "providerToken", "btok_it_6789", "last4", "6789", "country", "US", "currency", "usd")));
        Page page = signIn("ws-developer");
        page.navigate("/accounts/" + id);
        Locator section = page.locator("section", new Page.LocatorOptions().setHas(heading(page,
                "External accounts")));
        assertThat(section).containsText("Bank account ····6789 · US · USD · default");
        assertAccessible(page, "external accounts");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove ····6789")).click();
        assertThat(section).containsText("No bank account or debit card yet");
        assertEquals(0, account(id).path("externalAccounts").size());
    }

    @Test
    void onlyAnAdministratorRemovesAndOnlyAFullAccountAfterConfirming() {
        String full = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "FULL", "country", "US",
                "businessProfile", Map.of("name", "Farewell Foods"))));
        String express = workAccount(new java.util.HashMap<>(Map.of("dashboardAccess", "EXPRESS", "country", "US",
                "businessProfile", Map.of("name", "Staying Put"))));
        Page developer = signIn("ws-developer");
        developer.navigate("/accounts/" + full);
        assertThat(heading(developer, "Farewell Foods")).isVisible();
        assertThat(heading(developer, "Remove account")).hasCount(0);

        Page page = signIn("ws-administrator");
        page.navigate("/accounts/" + express);
        assertThat(heading(page, "Staying Put")).isVisible();
        assertThat(heading(page, "Remove account")).hasCount(0);

        page.navigate("/accounts/" + full);
        button(page, "Remove this account").click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("money history stays");
        assertThat(confirm).containsText("This cannot be undone");
        assertAccessible(page, "remove account confirmation");
        button(page, "Keep it").click();
        assertTrue(account(full).path("id").isTextual(), "kept");

        button(page, "Remove this account").click();
        button(page, "Yes, remove the account").click();
        assertThat(heading(page, "Connected accounts")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Farewell Foods"))).hasCount(0);
        assertTrue(account(full).isNull(), "removed");
    }

    @Test
    void theMainFlowWorksWithTheKeyboardAlone() {
        Page page = browser.newContext().newPage();
        page.navigate("/");
        page.locator("#username").waitFor();
        page.keyboard().type("ws-developer");
        page.keyboard().press("Tab");
        page.keyboard().type(Keycloak.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(heading(page, "Connected accounts")).isVisible();

        // The skip link comes first and moves past the header.
        page.keyboard().press("Tab");
        assertTrue(focused(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to content"))));

        tabTo(page, page.locator("#search"));
        page.keyboard().type("name~\"Keyboard\"");
        page.keyboard().press("Enter");
        assertThat(page.getByText("No accounts match.")).isVisible();

        tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create account")).first());
        page.keyboard().press("Enter");
        assertThat(heading(page, "Create account")).isVisible();
        tabTo(page, page.locator("input[type=radio][value=FULL]"));
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("input[type=radio][value=EXPRESS]")).isChecked();
        tabTo(page, page.locator("#email"));
        page.keyboard().type("keys@holder.example");
        tabTo(page, button(page, "Create account"));
        page.keyboard().press("Enter");
        assertThat(heading(page, "Account created")).isVisible();
        tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the account")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".facts").first()).containsText("Express");
        tabTo(page, button(page, "Edit profile"));
        page.keyboard().press("Enter");
        assertTrue(page.locator("#acct-email").isVisible());
    }

    @Test
    void worksInANarrowWindow() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        Page page = Dashboard.signIn(context, "us-analyst");
        assertNoSidewaysScroll(page, "connected accounts");
        assertThat(page.locator("#search")).isInViewport();
        assertThat(button(page, "Sign out")).isInViewport();
        assertThat(firstRow(page)).isVisible();
        assertAccessible(page, "connected accounts, narrow");
        firstRow(page).click();
        assertThat(heading(page, "Harbor 23")).isVisible();
        assertNoSidewaysScroll(page, "account details");
        assertAccessible(page, "account details, narrow");
        page.navigate("/platform");
        assertThat(heading(page, "Platform profile")).isVisible();
        assertNoSidewaysScroll(page, "platform profile");
    }

    private static void assertNoSidewaysScroll(Page page, String screen) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> pair = (List<?>) widths;
        assertTrue(((Number) pair.get(0)).intValue() <= ((Number) pair.get(1)).intValue(),
                "the " + screen + " screen scrolls sideways at 390 px: " + pair);
    }

    /** Presses Tab until the element has the focus (at most 40 times): it is reachable with the keyboard. */
    private static void tabTo(Page page, Locator target) {
        for (int presses = 0; presses < 40; presses++) {
            if (focused(page, target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Not reachable with Tab: " + target);
    }

    private static boolean focused(Page page, Locator target) {
        return Boolean.TRUE.equals(target.evaluate("element => element === document.activeElement"));
    }

    private static Locator action(Page page, String requirement) {
        return page.locator("ol.actions > li", new Page.LocatorOptions().setHas(page.locator("code",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + requirement.replace(".", "\\.") + "$")))));
    }

    private static String[] names(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> String.format("Harbor %02d", n))
                .toArray(String[]::new);
    }

    /** Signs in on Keycloak's page as a user of the realm, in a fresh browser context; returns the accounts page. */
    private static Page signIn(String username) {
        return Dashboard.signIn(browser.newContext(), username);
    }

    private static Locator accountLinks(Page page) {
        return page.locator("table tbody tr td:first-child a");
    }

    private static Locator firstRow(Page page) {
        return accountLinks(page).first();
    }
}
