package com.connectboard.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.connectboard.testing.Browser;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.RoleTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

/**
 * What the dashboard's browser tests share: platforms with a Keycloak user per role, signing in on Keycloak's own
 * page, finding controls as a person does (by role and name), and the axe-core check of each screen.
 */
final class Dashboard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Dashboard() {
    }

    /** A platform registered by the provider, with one Keycloak user per role ({@code <prefix>-<role>}). */
    static String platform(Keycloak keycloak, String prefix, String name, String country, String currency,
            boolean complete, String... roles) {
        String id = Provider.registerPlatform(name, country, currency);
        for (String role : roles) {
            keycloak.createUser(user(prefix, role), role, id);
        }
        if (complete) {
            GraphQL.as(keycloak.accessToken(user(prefix, "administrator"))).ok("""
                    mutation { updatePlatformProfile(input: {url: "https://platform.example",
                      supportEmail: "help@platform.example", notificationEmail: "ops@platform.example"}) {
                      userErrors { code } } }""");
        }
        return id;
    }

    static String user(String prefix, String role) {
        return prefix + "-" + role.replace('_', '-');
    }

    /** The API as a platform's users, one per role, with the tokens Keycloak issues them. */
    static RoleTokens users(Keycloak keycloak, String prefix) {
        return role -> keycloak.accessToken(user(prefix, role));
    }

    /** Signs in on Keycloak's page as a user of the realm, in the given browser context; returns the accounts page. */
    static Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/");
        page.locator("#username").fill(username);
        page.locator("#password").fill(Keycloak.PASSWORD);
        page.locator("#kc-login").click();
        assertThat(heading(page, "Connected accounts")).isVisible();
        return page;
    }

    /**
     * A browser context whose dashboard was fooled into thinking its user has another role (the viewer's roles
     * rewritten on their way to the page), so it offers what the real role is not offered: the service must still
     * refuse with the user's real token.
     */
    static BrowserContext claimingRole(Browser browser, String role) {
        BrowserContext tampered = browser.newContext();
        tampered.route("**/graphql", route -> {
            String query = route.request().postData();
            if (query == null || !query.contains("query Viewer")) {
                route.resume();
                return;
            }
            APIResponse real = route.fetch();
            route.fulfill(new Route.FulfillOptions().setResponse(real)
                    .setBody(real.text().replaceAll("\"roles\":\\[[^\\]]*\\]", "\"roles\":[\"" + role + "\"]")));
        });
        return tampered;
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void assertAccessible(Page page, String screen) {
        assertEquals(List.of(), Axe.seriousViolations(page), "axe-core on the " + screen + " screen");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
