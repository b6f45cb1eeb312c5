package com.connectboard.dashboard;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the web dashboard signs its users in (docs/dashboard.md). */
@ConfigMapping(prefix = "connectboard.dashboard")
public interface DashboardConfig {

    /** The dashboard's public OIDC client at the issuer (CONNECTBOARD_DASHBOARD_CLIENT_ID). */
    @WithDefault("connectboard-dashboard")
    String clientId();

    /**
     * The issuer as the browser reaches it (CONNECTBOARD_DASHBOARD_ISSUER), when it differs from the address the service
     * uses ({@code quarkus.oidc.auth-server-url}), e.g. a cluster-internal Keycloak service name.
     */
    Optional<String> issuer();
}
