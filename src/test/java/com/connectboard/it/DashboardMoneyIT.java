package com.connectboard.it;

import static com.connectboard.it.Dashboard.assertAccessible;
import static com.connectboard.it.Dashboard.button;
import static com.connectboard.it.Dashboard.heading;
import static com.connectboard.it.Dashboard.json;
import static com.connectboard.it.Dashboard.link;
import static com.connectboard.it.Dashboard.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Browser;
import com.connectboard.testing.Funds;
import com.connectboard.testing.Funds.ReadyAccount;
import com.connectboard.testing.Provider;
import com.connectboard.testing.RoleTokens;
import com.connectboard.testing.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The dashboard's money, support cases, view-as and live activity (docs/dashboard.md, "Part 2") in Debian's Chromium
 * against the packaged application, signed in on Keycloak's page as in {@link DashboardIT}. One platform, "Money
 * Works", funded once through the API; each test makes the accounts it moves money to, so no test depends on another.
 */
@QuarkusIntegrationTest
@WithTestResource(DashboardAppResource.class)
class DashboardMoneyIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String LISTS = """
            query($id: ID) {
              transfers(first: 20, accountId: $id) { totalCount nodes { id amount { amount } destination } }
              payouts(first: 20, accountId: $id) { totalCount nodes { id method status destination { last4 } } }
              accountDebits(first: 20, accountId: $id) { totalCount nodes { id amount { amount } } } }""";
    private static final String CONSENT = """
            query($id: ID!) { connectedAccount(id: $id) { debitConsent { reference } } }""";
    private static final Pattern TOP_UP_ID = Pattern.compile("Top-up (\\S+) of");

    private static Keycloak keycloak;
    private static RoleTokens users;

    @BeforeEach
    void fundedPlatform() {
        if (keycloak != null) {
            return;
        }
        keycloak = Keycloak.start();
        keycloak.registerDashboardOrigin(Browser.appUrl("/").replaceAll("/$", ""));
        Dashboard.platform(keycloak, "mw", "Money Works", "US", "usd", true, "administrator", "developer",
                "support_specialist", "view_only");
        users = Dashboard.users(keycloak, "mw");
        Funds.fund(users, 1_000_000, "usd");
    }

    @Test
    void aTransferToTheAccountsBalanceIsReviewedThenSent() {
        ReadyAccount account = Funds.readyAccount(users, "Fern Studio");
        Page page = signIn(context(), "mw-administrator");
        page.navigate("/accounts/" + account.id());
        assertThat(heading(page, "Fern Studio")).isVisible();

        button(page, "Send funds").click();
        Locator dialog = dialog(page, "Send funds");
        dialog.getByLabel("Amount (USD)").fill("999999");
        button(page, "Review").click();
        button(page, "Send $999,999.00").click();
        assertThat(dialog.locator("#send-amount-errors")).hasText("Your platform’s available balance in USD does not "
                + "cover $999,999.00. Add to your balance first, or wait until pending top-ups are confirmed.");
        assertAccessible(page, "send funds (refused)");
        dialog.getByLabel("Amount (USD)").fill("12.345");
        button(page, "Review").click();
        assertThat(dialog.getByText("USD has 2 decimals at most.")).isVisible();
        dialog.getByLabel("Amount (USD)").fill("12.34");
        dialog.getByLabel("Description (optional)").fill("Week 48 earnings");
        button(page, "Review").click();
        assertThat(dialog.locator(".review")).containsText("Fern Studio’s balance");
        assertThat(dialog.locator(".review")).containsText("$12.34");
        assertAccessible(page, "send funds (review)");
        button(page, "Send $12.34").click();

        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Sent $12.34 to Fern Studio: transfer ");
        assertThat(page.getByTestId("available").first()).hasText("$12.34");
        assertThat(moneyList(page, "Transfers")).containsText("Week 48 earnings");
        JsonNode lists = lists(account.id());
        assertEquals(1, lists.at("/transfers/totalCount").asInt());
        assertEquals(1234, lists.at("/transfers/nodes/0/amount/amount").asLong());
        assertEquals("ACCOUNT_BALANCE", lists.at("/transfers/nodes/0/destination").asText());
    }

    @Test
    void aDoubleClickAndARetryAfterALostAnswerMoveTheMoneyOnce() {
        ReadyAccount account = Funds.readyAccount(users, "Twice Bakery");
        BrowserContext context = context();
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        context.route("**/graphql", route -> {
            String body = route.request().postData();
            if (body == null || !body.contains("mutation SendFunds")) {
                route.resume();
                return;
            }
            keys.add(json(body).at("/variables/input/idempotencyKey").asText());
            if (sent.getAndIncrement() == 0) {
                // The service moves the money, and its answer is lost on the way back: the browser sees a
                // network error, as after a dropped connection.
                route.fetch();
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        Page page = signIn(context, "mw-administrator");
        page.navigate("/accounts/" + account.id());
        button(page, "Send funds").click();
        Locator dialog = dialog(page, "Send funds");
        dialog.getByLabel("Amount (USD)").fill("7.50");
        button(page, "Review").click();
        button(page, "Send $7.50").dblclick();

        Locator retry = button(page, "Try again: Send $7.50");
        assertThat(retry).isVisible();
        assertThat(dialog).containsText("Trying again is safe");
        assertAccessible(page, "send funds (answer lost)");
        retry.dblclick();

        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Sent $7.50 to Twice Bakery");
        assertTrue(keys.size() >= 2, "the lost submission and its retry reached the service: " + keys);
        assertEquals(1, new HashSet<>(keys).size(), "one idempotency key for the submission and its retries: " + keys);
        JsonNode lists = lists(account.id());
        assertEquals(1, lists.at("/transfers/totalCount").asInt(), "one transfer: " + lists);
        assertEquals(750, available(account.id()));

        // The next submission is a new one: its own key, its own transfer.
        button(page, "Send more").click();
        dialog.getByLabel("Amount (USD)").fill("7.50");
        button(page, "Review").click();
        button(page, "Send $7.50").click();
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Sent $7.50 to Twice Bakery");
        assertEquals(2, new HashSet<>(keys).size(), keys.toString());
        assertEquals(2, lists(account.id()).at("/transfers/totalCount").asInt());
        assertEquals(1500, available(account.id()));
    }

    @Test
    void fundsGoStraightToADebitCardAsAnInstantPayout() {
        ReadyAccount account = Funds.readyAccount(users, "Quay Couriers");
        Page page = signIn(context(), "mw-administrator");
        page.navigate("/accounts/" + account.id());
        button(page, "Send funds").click();
        Locator dialog = dialog(page, "Send funds");
        dialog.getByLabel("Amount (USD)").fill("20");
        dialog.getByLabel("Straight to its bank account or debit card").check();
        assertTrue(dialog.getByLabel("Instant").isDisabled(), "instant is for debit cards only");
        dialog.getByLabel("Bank account or debit card", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption()
                        .setLabel("Debit card ····4242 (USD)"));
        dialog.getByLabel("Instant").check();
        button(page, "Review").click();
        assertThat(dialog.locator(".review")).containsText("Quay Couriers’s Debit card ····4242 (USD), instant payout");
        button(page, "Send $20.00").click();

        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("then payout ");
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("to ····4242");
        Locator payouts = moneyList(page, "Payouts");
        assertThat(payouts).containsText("Debit card ····4242");
        assertThat(payouts).containsText("Instant");
        assertAccessible(page, "account payouts");
        JsonNode lists = lists(account.id());
        assertEquals("EXTERNAL_ACCOUNT", lists.at("/transfers/nodes/0/destination").asText());
        assertEquals(1, lists.at("/payouts/totalCount").asInt());
        assertEquals("INSTANT", lists.at("/payouts/nodes/0/method").asText());
        assertEquals("4242", lists.at("/payouts/nodes/0/destination/last4").asText());
        assertEquals(0, available(account.id()), "paid out, not kept on the balance");
    }

    @Test
    void aTopUpIsPendingUntilTheProvidersSignedEventConfirmsIt() {
        Page page = signIn(context(), "mw-administrator");
        link(page, "Balances").click();
        assertThat(heading(page, "Balances")).isVisible();
        long availableBefore = available(null);
        assertThat(page.getByTestId("available")).hasText(dollars(availableBefore));

        button(page, "Add to balance").click();
        Locator dialog = dialog(page, "Add to balance");
        dialog.getByLabel("Amount (USD)").fill("50");
        button(page, "Review").click();
        button(page, "Add $50.00").click();
        Locator status = dialog.getByRole(AriaRole.STATUS);
        assertThat(status).containsText("is Pending");
        Matcher id = TOP_UP_ID.matcher(status.textContent());
        assertTrue(id.find(), status.textContent());
        String topUpId = id.group(1);
        assertThat(page.getByTestId("pending")).containsText("$50.00");
        Locator topUps = moneyList(page, "Top-ups");
        Locator row = topUps.locator("tr", new Locator.LocatorOptions().setHasText(topUpId));
        assertThat(row).containsText("Pending");
        assertAccessible(page, "balances with a pending top-up");

        // The provider confirms it: the page shows it without a reload (the events subscription).
        Provider.send(Provider.event(TestIds.providerEvent(), "top_up.succeeded", Map.of("top_up_id", topUpId)))
                .statusCode(200);
        assertThat(row).containsText("Succeeded");
        assertEquals(availableBefore + 5000, available(null));
        assertThat(page.getByTestId("available")).hasText(dollars(availableBefore + 5000));
        assertThat(page.getByTestId("pending")).not().containsText("$50.00");
    }

    @Test
    void aPullAsksForTheDebitConsentFirstAndSaysWhyItRefusesTooMuch() {
        ReadyAccount account = Funds.readyAccount(users, "Moss Gardens");
        Funds.send(users.as("administrator"), account.id(), 3000, Funds.key()).body("data.sendFunds.userErrors",
                empty());
        Page page = signIn(context(), "mw-administrator");
        page.navigate("/accounts/" + account.id());
        assertThat(page.getByTestId("available").first()).hasText("$30.00");
        button(page, "Pull funds").click();
        Locator dialog = dialog(page, "Pull funds");
        Locator consent = dialog.getByRole(AriaRole.FORM, new Locator.GetByRoleOptions().setName("Debit consent"));
        assertThat(consent).isVisible();
        assertAccessible(page, "pull funds (consent needed)");
        consent.getByLabel("Consented on").fill("2026-11-30");
        consent.getByLabel("Reference").fill("MANDATE-7");
        consent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record consent")).click();

        dialog.getByLabel("Amount (USD)").fill("50");
        button(page, "Review").click();
        button(page, "Pull $50.00").click();
        assertThat(dialog.locator("#pull-amount-errors")).hasText("Moss Gardens’s available balance in USD does not cover "
                + "$50.00. Pull at most the account’s available balance.");
        assertEquals(3000, available(account.id()), "nothing moved");

        dialog.getByLabel("Amount (USD)").fill("10");
        button(page, "Review").click();
        button(page, "Pull $10.00").click();
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Pulled $10.00 from Moss Gardens: debit ");
        assertThat(page.getByTestId("available").first()).hasText("$20.00");
        assertEquals(2000, available(account.id()));
        assertEquals(1, lists(account.id()).at("/accountDebits/totalCount").asInt());
        assertEquals("MANDATE-7", json(users.as("view_only").ok(CONSENT, Map.of("id", account.id())).extract()
                .asString()).at("/data/connectedAccount/debitConsent/reference").asText());
    }

    @Test
    void privateContextOnASupportCaseIsNeverShownUnderViewAs() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("businessProfile", Map.of("name", "Lark Prints"));
        String accountId = Accounts.create(users.as("developer"), input);
        String caseId = "cs_mw_" + TestIds.providerEvent();
        Provider.send(Provider.event(TestIds.providerEvent(), "support_case.opened", Map.of("case_id", caseId,
                "account_id", accountId, "subject", "Payout missing", "body", "My payout did not arrive.",
                "opened_at", Instant.now().minusSeconds(3600).getEpochSecond()))).statusCode(200);

        Page page = signIn(context(), "mw-support-specialist");
        page.navigate("/accounts/" + accountId);
        link(page, "Payout missing").click();
        assertThat(heading(page, "Payout missing")).isVisible();
        assertThat(page.locator("ol.conversation")).containsText("My payout did not arrive.");
        page.getByLabel("Message to the provider").fill("Held for review of a chargeback; please do not release.");
        button(page, "Send to the provider").click();
        assertThat(page.getByText("Sent to the provider.")).isVisible();
        Locator privateMessage = page.locator("ol.conversation li",
                new Page.LocatorOptions().setHasText("Held for review of a chargeback"));
        assertThat(privateMessage).containsText("Private: for the provider only");
        assertAccessible(page, "support case");

        // The same case, as the account sees it.
        link(page, "← Lark Prints").click();
        button(page, "View dashboard as this account").click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("View as")))
                .containsText("Viewing the dashboard as Lark Prints");
        link(page, "Payout missing").click();
        assertThat(page.locator("ol.conversation")).containsText("My payout did not arrive.");
        assertThat(page.locator("ol.conversation")).not().containsText("Held for review");
        assertThat(page.locator("ol.conversation li.private")).hasCount(0);
    }

    @Test
    void viewingAsAnAccountShowsOnlyItsOwnDataOnEveryScreenUntilLeft() {
        ReadyAccount viewed = Funds.readyAccount(users, "Reed Books");
        ReadyAccount other = Funds.readyAccount(users, "Other Books");
        Funds.send(users.as("administrator"), viewed.id(), 1100, Funds.key()).body("data.sendFunds.userErrors",
                empty());
        Funds.send(users.as("administrator"), other.id(), 2200, Funds.key()).body("data.sendFunds.userErrors",
                empty());
        Page page = signIn(context(), "mw-administrator");
        page.navigate("/accounts/" + viewed.id());
        List<String> headers = Collections.synchronizedList(new ArrayList<>());
        page.onRequest(request -> {
            if (request.url().endsWith("/graphql") && "POST".equals(request.method())) {
                headers.add(String.valueOf(request.headers().get("connected-account")));
            }
        });
        button(page, "View dashboard as this account").click();
        Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("View as"));
        assertThat(banner).containsText("Viewing the dashboard as Reed Books");

        link(page, "Connected accounts").click();
        assertThat(page.locator("table tbody tr td:first-child a")).hasText(new String[]{"Reed Books"});
        link(page, "Balances").click();
        assertThat(heading(page, "The account’s balance")).isVisible();
        assertThat(page.getByTestId("available")).hasText("$11.00");
        Locator transfers = moneyList(page, "Transfers");
        assertThat(transfers.locator("tbody tr")).hasCount(1);
        assertThat(transfers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reed Books")))
                .hasAttribute("href", "/accounts/" + viewed.id());
        assertThat(transfers).not().containsText("Other Books");
        link(page, "Activity").click();
        Locator events = page.locator("ol.timeline > li");
        assertThat(events.first()).isVisible();
        for (String name : events.locator(".meta a").allTextContents()) {
            assertEquals("Reed Books", name);
        }
        // Within the app (a reload starts in the platform's view: view-as is kept in the page's memory only).
        page.evaluate("path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }",
                "/accounts/" + other.id());
        assertThat(banner).isVisible();
        assertThat(page.getByText("No such account on your platform.")).isVisible();
        assertAccessible(page, "view as");
        // The account page's own requests may still be on their way when the view starts; from the view's first
        // request on, every one names the account.
        List<String> sent = List.copyOf(headers);
        int first = sent.indexOf(viewed.id());
        assertTrue(first >= 0, sent.toString());
        assertTrue(sent.subList(0, first).stream().allMatch("null"::equals), sent.toString());
        assertEquals(List.of(viewed.id()), sent.subList(first, sent.size()).stream().distinct().toList(),
                "every request of the view names the account: " + sent);

        button(page, "Return to the platform’s view").click();
        assertThat(banner).hasCount(0);
        link(page, "Connected accounts").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Other Books"))).isVisible();
        assertEquals("null", headers.get(headers.size() - 1), "the platform's view names no account");
    }

    @Test
    void aChangeMadeElsewhereAppearsInTheTimelineWithinTwoSeconds() {
        Page page = signIn(context(), "mw-view-only");
        link(page, "Activity").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Live")))
                .isVisible();
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("businessProfile", Map.of("name", "Arrived Live"));
        Accounts.create(users.as("developer"), input);
        long created = System.nanoTime();
        Locator event = page.locator("ol.timeline > li", new Page.LocatorOptions().setHasText("Arrived Live")
                .setHas(page.getByText("account.created", new Page.GetByTextOptions().setExact(true))));
        assertThat(event).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(2_000));
        assertTrue(System.nanoTime() - created < 2_000_000_000L);
        assertThat(event).containsText("(developer)");
    }

    @Test
    void aNonAdministratorIsOfferedNoMoneyActionAndIsRefusedWhenForcingOne() {
        ReadyAccount account = Funds.readyAccount(users, "Pine Tools");
        for (String user : List.of("mw-developer", "mw-support-specialist", "mw-view-only")) {
            Page page = signIn(context(), user);
            page.navigate("/accounts/" + account.id());
            assertThat(heading(page, "Pine Tools")).isVisible();
            for (String offer : List.of("Send funds", "Pull funds", "Record consent")) {
                assertThat(button(page, offer)).hasCount(0);
            }
            link(page, "Balances").click();
            assertThat(heading(page, "Balances")).isVisible();
            assertThat(button(page, "Add to balance")).hasCount(0);
            assertThat(button(page, "Send funds")).hasCount(0);
        }

        // A dashboard fooled into offering it: the service refuses with the developer's real token.
        Page fooled = signIn(Dashboard.claimingRole(browser, "administrator"), "mw-developer");
        fooled.navigate("/accounts/" + account.id());
        button(fooled, "Send funds").click();
        Locator dialog = dialog(fooled, "Send funds");
        dialog.getByLabel("Amount (USD)").fill("5");
        button(fooled, "Review").click();
        button(fooled, "Send $5.00").click();
        assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("FORBIDDEN");
        assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("Not allowed for your role");
        assertAccessible(fooled, "send funds refused");
        assertEquals(0, lists(account.id()).at("/transfers/totalCount").asInt());
        assertEquals(0, available(account.id()));
    }

    private static BrowserContext context() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"));
    }

    private static Locator dialog(Page page, String title) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
    }

    /** One of the money lists' tabs, opened. */
    private static Locator moneyList(Page page, String tab) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)).click();
        return page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName(tab));
    }

    /** The lists of one account as the API answers them (the platform's with a null id). */
    private static JsonNode lists(String accountId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", accountId);
        return json(users.as("view_only").ok(LISTS, variables).extract().asString()).path("data");
    }

    /** Available usd cents of the platform, or of an account. */
    private static long available(String accountId) {
        return Funds.available(users, accountId, "usd");
    }

    /** usd cents as the dashboard shows them in en-US. */
    private static String dollars(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(BigDecimal.valueOf(cents, 2));
    }
}
