package com.connectboard.it;

import java.util.HashMap;
import java.util.Map;

/**
 * The packaged application as {@link PackagedAppResource} runs it, signed in to through a real Keycloak
 * ({@link Keycloak}, started here once per test JVM) instead of the WireMock issuer: the service validates Keycloak's
 * tokens (issuer and the realm's audience) and tells the dashboard to sign in there.
 */
public class DashboardAppResource extends PackagedAppResource {

    public DashboardAppResource() {
        super("it-postgres-dashboard");
    }

    @Override
    public Map<String, String> start() {
        Keycloak keycloak = Keycloak.start();
        Map<String, String> settings = new HashMap<>(super.start());
        settings.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        settings.put("quarkus.oidc.token.issuer", keycloak.issuer());
        settings.put("quarkus.oidc.token.audience", Keycloak.AUDIENCE);
        return settings;
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            Keycloak.stop();
        }
    }
}
