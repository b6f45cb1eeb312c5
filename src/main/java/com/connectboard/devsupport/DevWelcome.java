package com.connectboard.devsupport;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Tells a newcomer running the dev profile where to go and how to get a token for each role. */
@IfBuildProfile("dev")
public class DevWelcome {

    private static final Logger LOG = Logger.getLogger(DevWelcome.class);

    @Inject
    DevIdentityProvider identityProvider;

    void welcome(@Observes StartupEvent startup) {
        String base = identityProvider.issuer().replace("/dev/oidc", "");
        StringBuilder text = new StringBuilder("\n\nConnectboard (dev) is running with demo data.\n")
                .append("  Dashboard: ").append(base).append("/  (pick a demo user below on the sign-in page)\n")
                .append("  GraphiQL:  ").append(base)
                .append("/q/graphql-ui  (opens as the demo administrator, with an example operation)\n")
                .append("  Tokens:    curl -s ").append(base).append("/dev/oidc/tokens/<user>\n");
        for (DemoUsers.User user : DemoUsers.ALL) {
            text.append(String.format("     %-17s %-19s %s%n", user.name(), user.role(), user.platformId()));
        }
        text.append("  Try:       curl -s -H \"Authorization: Bearer $(curl -s ").append(base)
                .append("/dev/oidc/tokens/admin)\" -H 'Content-Type: application/json' -d '{\"query\":\"{ viewer { subject roles platform { id name country } } }\"}' ")
                .append(base).append("/graphql\n");
        LOG.info(text);
    }
}
