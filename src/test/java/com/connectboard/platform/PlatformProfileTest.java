package com.connectboard.platform;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The platform's team completes its profile (docs/api.md); complete means name, url or description, two emails. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PlatformProfileTest {

    private static final String UPDATE = """
            mutation($input: UpdatePlatformProfileInput!) {
              updatePlatformProfile(input: $input) {
                platform { id name url productDescription supportEmail notificationEmail profileComplete }
                userErrors { code field message }
              }
            }""";

    private String platformId;
    private GraphQL admin;

    @BeforeEach
    void registerPlatform() {
        platformId = Provider.registerPlatform("Profile Test", "US", "usd");
        admin = GraphQL.as(Tokens.withSubject("admin-1", platformId, "administrator"));
    }

    @Test
    void aRegisteredPlatformStartsIncomplete() {
        admin.ok("{ platform { id name country defaultCurrency profileComplete } }")
                .body("data.platform.id", equalTo(platformId))
                .body("data.platform.country", equalTo("US"))
                .body("data.platform.defaultCurrency", equalTo("usd"))
                .body("data.platform.profileComplete", equalTo(false));
    }

    @Test
    void theProfileIsCompleteWithNameUrlAndBothEmails() {
        admin.ok(UPDATE, Map.of("input", Map.of("url", "https://shop.example", "supportEmail", "help@shop.example")))
                .body("data.updatePlatformProfile.userErrors", empty())
                .body("data.updatePlatformProfile.platform.profileComplete", equalTo(false));
        admin.ok(UPDATE, Map.of("input", Map.of("notificationEmail", "ops@shop.example")))
                .body("data.updatePlatformProfile.platform.profileComplete", equalTo(true))
                .body("data.updatePlatformProfile.platform.url", equalTo("https://shop.example"));
    }

    @Test
    void aProductDescriptionStandsInForTheUrl() {
        admin.ok(UPDATE, Map.of("input", Map.of("productDescription", "Bikes", "supportEmail", "a@b.example",
                "notificationEmail", "c@d.example")))
                .body("data.updatePlatformProfile.platform.profileComplete", equalTo(true));
        admin.ok(UPDATE, Map.of("input", Map.of("productDescription", "")))
                .body("data.updatePlatformProfile.platform.productDescription", nullValue())
                .body("data.updatePlatformProfile.platform.profileComplete", equalTo(false));
    }

    @Test
    void badValuesAreRefusedTogetherAndNothingChanges() {
        admin.ok(UPDATE, Map.of("input", Map.of("name", "", "url", "ftp://nope", "supportEmail", "not-an-email",
                "notificationEmail", "ops@shop.example")))
                .body("data.updatePlatformProfile.platform", nullValue())
                .body("data.updatePlatformProfile.userErrors", hasSize(3))
                .body("data.updatePlatformProfile.userErrors.field",
                        containsInAnyOrder("input.name", "input.url", "input.supportEmail"))
                .body("data.updatePlatformProfile.userErrors.code",
                        containsInAnyOrder("INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT"))
                .body("data.updatePlatformProfile.userErrors.find { it.field == 'input.url' }.message",
                        containsString("http"));
        admin.ok("{ platform { name notificationEmail } }")
                .body("data.platform.name", equalTo("Profile Test"))
                .body("data.platform.notificationEmail", nullValue());
    }

    @Test
    void anUpdateRecordsAnEventWithTheActorAndTheChange() {
        admin.ok(UPDATE, Map.of("input", Map.of("name", "New Name")));
        admin.ok(
                "{ events(first: 1, type: \"platform.updated\") { nodes { type actor { subject roles } data account { id } } } }")
                .body("data.events.nodes[0].type", equalTo("platform.updated"))
                .body("data.events.nodes[0].actor.subject", equalTo("admin-1"))
                .body("data.events.nodes[0].actor.roles", containsInAnyOrder("administrator"))
                .body("data.events.nodes[0].data", containsString("\"from\": \"Profile Test\""))
                .body("data.events.nodes[0].data", containsString("\"to\": \"New Name\""))
                .body("data.events.nodes[0].account", nullValue());
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        admin.ok(UPDATE, Map.of("input", Map.of("name", "Profile Test")));
        admin.ok("{ events(type: \"platform.updated\") { totalCount } }")
                .body("data.events.totalCount", equalTo(0));
    }
}
