package com.connectboard.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The packaged artifact as a black box, in the prod profile, configured only the way a deployment configures it:
 * target/quarkus-app/quarkus-run.jar in {@code ./mvnw verify}, the native executable under {@code -Pnative}.
 */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PackagedAppResource.class)
class PackagedAppIT {

    private static final String UPDATE = """
            mutation($input: UpdatePlatformProfileInput!) {
              updatePlatformProfile(input: $input) {
                platform { id name supportEmail }
                userErrors { code field message }
              }
            }""";

    @Test
    void startsMigratesAndReportsHealthy() {
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void graphiQLIsNotServedByDefault() {
        given().get("/q/graphql-ui").then().statusCode(404);
        given().get("/q/graphql-ui/index.html").then().statusCode(404);
    }

    @Test
    void theWebhookRegistersAPlatformThatItsAdministratorCanQueryAndUpdate() {
        String platformId = Provider.registerPlatform("Packaged Co", "DE", "eur");
        GraphQL admin = GraphQL.as(Tokens.withSubject("it-admin", platformId, "administrator"));

        admin.ok("{ viewer { subject } platform { id name country defaultCurrency } }")
                .body("errors", nullValue())
                .body("data.viewer.subject", equalTo("it-admin"))
                .body("data.platform.id", equalTo(platformId))
                .body("data.platform.name", equalTo("Packaged Co"))
                .body("data.platform.defaultCurrency", equalTo("eur"));

        admin.ok(UPDATE, Map.of("input", Map.of("name", "Packaged GmbH", "supportEmail", "help@packaged.example")))
                .body("errors", nullValue())
                .body("data.updatePlatformProfile.userErrors", empty())
                .body("data.updatePlatformProfile.platform.name", equalTo("Packaged GmbH"));
        admin.ok("{ platform { name supportEmail } }")
                .body("data.platform.name", equalTo("Packaged GmbH"))
                .body("data.platform.supportEmail", equalTo("help@packaged.example"));
    }

    @Test
    void aViewOnlyRoleIsForbiddenToUpdateAndChangesNothing() {
        String platformId = Provider.registerPlatform("Read Only Co", "US", "usd");
        GraphQL.as(Tokens.of(platformId, "view_only"))
                .answer(UPDATE, Map.of("input", Map.of("name", "Hijacked")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data.updatePlatformProfile", nullValue());
        GraphQL.as(Tokens.of(platformId, "view_only")).ok("{ platform { name } }")
                .body("data.platform.name", equalTo("Read Only Co"));
    }

    @Test
    void noTokenIs401AndABadWebhookSignatureIs401() {
        GraphQL.as(null).post("{ viewer { subject } }").statusCode(401);
        Provider.sendSigned(Provider.event(TestIds.providerEvent(), "platform.registered",
                Map.of("platform_id", TestIds.platform(), "name", "Forged", "country", "US", "default_currency",
                        "usd")),
                java.time.Instant.now().getEpochSecond(), "not-the-secret").statusCode(401);
    }

    @Test
    void metricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(notNullValue());
    }
}
