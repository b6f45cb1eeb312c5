package com.connectboard.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DashboardConfigTest {

    @Test
    void tellsTheDashboardItsIssuerAndClientWithoutAToken() {
        given().get("/dashboard/config.json").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("clientId", equalTo("connectboard-dashboard"))
                // The configured auth-server-url, without the trailing slash oidc-client-ts would double.
                .body("issuer", endsWith("/realms/quarkus"))
                .body("issuer", not(endsWith("/")));
    }
}
