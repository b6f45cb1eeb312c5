package com.connectboard.dashboard;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the dashboard needs before anyone signs in: the issuer and its client id. Read at run time, so that one build of
 * the front end serves every environment. Nothing secret: the client is public and the issuer's address is in every
 * token.
 */
@Path("/dashboard/config.json")
public class DashboardConfigResource {

    @Inject
    DashboardConfig config;

    // Optional: a deployment that verifies tokens with a configured public key (quarkus.oidc.public-key, as
    // bench/money-transfers.sh does) has no auth-server-url; the service must still start (the dashboard then needs
    // CONNECTBOARD_DASHBOARD_ISSUER to sign in).
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        String issuer = config.issuer().or(() -> authServerUrl).orElse("");
        // oidc-client-ts appends "/.well-known/openid-configuration" itself.
        while (issuer.endsWith("/")) {
            issuer = issuer.substring(0, issuer.length() - 1);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("issuer", issuer, "clientId", config.clientId())).cacheControl(noStore).build();
    }
}
