package com.connectboard.devsupport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Funds;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The demo accounts the dev profile seeds, run here explicitly against fresh platforms: every state a newcomer should
 * find, and a second run that adds nothing. The seeder is not part of the test profile (it starts only in dev).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DemoAccountsTest {

    private static final String ACCOUNTS = """
            { connectedAccounts(first: 20) { totalCount nodes {
                id status dashboardAccess detailsSubmitted verificationsOnHold lastActivityAt
                metadata { key value }
                capabilities { name status }
                actionsRequired { kind requirement onHold }
                persons { firstName relationship { owner percentOwnership representative } }
                representative { firstName }
                supportCases(first: 5) { nodes { status messages { author visibleToAccount } } }
                balance { available { amount currency } } } } }""";

    @TestHTTPResource("/")
    URL base;

    @Test
    void seedsEveryStateOnceAndASecondRunAddsNothing() {
        String us = Accounts.completePlatform("US", "usd");
        String fr = Accounts.completePlatform("FR", "eur");
        DemoAccounts seeder = new DemoAccounts(new DemoApi(URI.create(base.toString()), Tokens::of,
                Provider.SECRET), us, fr);

        DemoAccounts.Result first = seeder.seed();
        assertThat(first.created(), contains(DemoAccounts.PENDING_ONBOARDING, DemoAccounts.ENABLED,
                DemoAccounts.PERSONS, DemoAccounts.RESTRICTED, DemoAccounts.INACTIVE, DemoAccounts.SUPPORT_CASES,
                DemoAccounts.HOSTED_ONLY));
        assertThat(first.onboardingUrl(), containsString("/hosted/links/"));

        Map<String, Map<String, Object>> accounts = byScenario(us);
        assertThat(accounts, aMapWithSize(6));

        Map<String, Object> pending = accounts.get(DemoAccounts.PENDING_ONBOARDING);
        assertThat(pending, hasEntry("status", (Object) "PENDING_ONBOARDING"));
        assertThat(pending, hasEntry("dashboardAccess", (Object) "EXPRESS"));

        Map<String, Object> enabled = accounts.get(DemoAccounts.ENABLED);
        assertThat(enabled, hasEntry("status", (Object) "ENABLED"));
        assertThat(capability(enabled, "TRANSFERS"), is("ACTIVE"));
        // 1,200.00 transferred, 50.00 pulled back; the payouts went straight on to the bank account and the card.
        assertThat(Funds.amountIn(available(enabled), "usd"), is(115000L));

        Map<String, Object> persons = accounts.get(DemoAccounts.PERSONS);
        assertThat(persons, hasEntry("status", (Object) "ENABLED"));
        assertThat(list(persons, "persons"), hasSize(3));
        assertThat(persons.get("representative"), is(Map.of("firstName", "Rita")));

        Map<String, Object> restricted = accounts.get(DemoAccounts.RESTRICTED);
        assertThat(restricted, hasEntry("status", (Object) "RESTRICTED"));
        assertThat(capability(restricted, "TRANSFERS"), is("INACTIVE"));
        assertThat(kinds(restricted), hasItems("INFORMATION_REQUEST", "PAST_DUE", "CURRENTLY_DUE"));

        Map<String, Object> inactive = accounts.get(DemoAccounts.INACTIVE);
        assertThat(inactive, hasEntry("verificationsOnHold", (Object) true));
        assertThat(inactive, hasEntry("status", (Object) "ENABLED"));
        assertThat(Instant.parse((String) inactive.get("lastActivityAt")),
                lessThan(Instant.now().minus(Duration.ofDays(540))));
        List<Map<String, Object>> held = actions(inactive).stream().filter(a -> Boolean.TRUE.equals(a.get("onHold")))
                .toList();
        assertThat(held.stream().map(a -> a.get("requirement")).toList(), hasItem("individual.address"));

        Map<String, Object> support = accounts.get(DemoAccounts.SUPPORT_CASES);
        assertThat(support, hasEntry("dashboardAccess", (Object) "FULL"));
        List<Map<String, Object>> cases = list(object(support, "supportCases"), "nodes");
        assertThat(cases.stream().map(c -> c.get("status")).toList(), containsInAnyOrder("OPEN", "CLOSED"));
        Map<String, Object> open = cases.stream().filter(c -> "OPEN".equals(c.get("status"))).findFirst().orElseThrow();
        assertThat(list(open, "messages").stream().map(m -> m.get("author")).toList(),
                containsInAnyOrder("ACCOUNT", "PROVIDER", "ACCOUNT", "PLATFORM"));

        // Platform money: a confirmed top-up of 2,500.00 (available) and one still pending (500.00), less what was sent.
        GraphQL viewer = GraphQL.as(Tokens.of(us, "view_only"));
        var money = viewer.ok("""
                { balance { available { amount currency } pending { amount currency } }
                  topUps(first: 10) { nodes { status } } payouts(first: 10) { nodes { status method } }
                  transfers(first: 10) { totalCount } accountDebits(first: 10) { totalCount } }""").extract();
        assertThat(Funds.amountIn(money.path("data.balance.available"), "usd"),
                is(250000L - 120000 - 30000 - 10000 - 80000 + 5000));
        assertThat(Funds.amountIn(money.path("data.balance.pending"), "usd"), is(50000L));
        assertThat(money.path("data.topUps.nodes.status"), containsInAnyOrder("SUCCEEDED", "PENDING"));
        assertThat(money.path("data.payouts.nodes.status"), containsInAnyOrder("PAID", "IN_TRANSIT"));
        assertThat(money.path("data.transfers.totalCount"), is(4));
        assertThat(money.path("data.accountDebits.totalCount"), is(1));

        Map<String, Map<String, Object>> french = byScenario(fr);
        assertThat(french.get(DemoAccounts.HOSTED_ONLY), hasEntry("dashboardAccess", (Object) "EXPRESS"));
        assertThat(french.get(DemoAccounts.HOSTED_ONLY), hasEntry("status", (Object) "PENDING_ONBOARDING"));

        DemoAccounts.Result second = seeder.seed();
        assertThat(second.created(), empty());
        assertThat(second.skipped(), hasSize(7));
        assertThat(second.onboardingUrl(), containsString("/hosted/links/"));
        assertThat(second.onboardingUrl(), not(first.onboardingUrl()));
        assertThat(totalCount(us), is(6));
        assertThat(totalCount(fr), is(1));
        var after = viewer.ok("{ balance { available { amount currency } } transfers(first: 10) { totalCount } }")
                .extract();
        assertThat(Funds.amountIn(after.path("data.balance.available"), "usd"), is(15000L));
        assertThat(after.path("data.transfers.totalCount"), is(4));
    }

    @Test
    void theSeederDoesNotStartOutsideTheDevProfile() {
        assertThat(CDI.current().select(DemoAccountsOnStart.class).isResolvable(), is(false));
    }

    private static Map<String, Map<String, Object>> byScenario(String platformId) {
        List<Map<String, Object>> nodes = GraphQL.as(Tokens.of(platformId, "view_only")).ok(ACCOUNTS).extract()
                .path("data.connectedAccounts.nodes");
        Map<String, Map<String, Object>> found = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            for (Map<String, Object> entry : list(node, "metadata")) {
                if (DemoAccounts.MARKER.equals(entry.get("key"))) {
                    found.put((String) entry.get("value"), node);
                }
            }
        }
        return found;
    }

    private static int totalCount(String platformId) {
        return GraphQL.as(Tokens.of(platformId, "view_only")).ok("{ connectedAccounts(first: 1) { totalCount } }")
                .extract().path("data.connectedAccounts.totalCount");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    private static List<Map<String, Object>> actions(Map<String, Object> account) {
        return list(account, "actionsRequired");
    }

    private static List<Object> kinds(Map<String, Object> account) {
        return actions(account).stream().map(a -> a.get("kind")).toList();
    }

    private static String capability(Map<String, Object> account, String name) {
        return list(account, "capabilities").stream().filter(c -> name.equals(c.get("name")))
                .map(c -> (String) c.get("status")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> available(Map<String, Object> account) {
        return (List<Map<String, Object>>) ((Map<String, Object>) account.get("balance")).get("available");
    }
}
