package com.connectboard.devsupport;

import java.net.URI;

import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.vertx.http.HttpServerStart;

/**
 * Seeds the demo connected accounts ({@link DemoAccounts}) once the dev server listens, in the background, so the start
 * waits for nothing: the first start takes a few seconds more to fill the demo platforms, later starts one query each.
 * Built into the dev profile only; {@code -Dconnectboard.dev.demo-accounts=false} turns it off.
 */
@IfBuildProfile("dev")
public class DemoAccountsOnStart {

    private static final Logger LOG = Logger.getLogger(DemoAccountsOnStart.class);

    @Inject
    DevIdentityProvider identityProvider;

    @ConfigProperty(name = "connectboard.dev.demo-accounts", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "connectboard.provider.webhook-secret")
    String webhookSecret;

    // Quarkus fires this event asynchronously, on a worker thread: seeding may block on HTTP calls to this very server.
    void seed(@ObservesAsync HttpServerStart start) {
        if (!enabled) {
            return;
        }
        long began = System.nanoTime();
        URI base = URI.create("http://localhost:" + start.options().getPort());
        DemoApi api = new DemoApi(base, this::token, webhookSecret);
        try {
            DemoAccounts.Result result = new DemoAccounts(api, DemoUsers.US_PLATFORM, DemoUsers.FR_PLATFORM).seed();
            StringBuilder text = new StringBuilder(String.format("Demo accounts ready in %d ms (created: %s; present: %s)",
                    (System.nanoTime() - began) / 1_000_000, result.created(), result.skipped()));
            if (result.onboardingUrl() != null) {
                text.append("\n  Onboard the pending demo account (Northwind Outfitters, link valid 30 minutes): ")
                        .append(result.onboardingUrl());
            }
            LOG.info(text);
        } catch (RuntimeException e) {
            LOG.warnf("Demo accounts could not be seeded: %s", e.getMessage());
        }
    }

    private String token(String platformId, String role) {
        DemoUsers.User user = DemoUsers.ALL.stream()
                .filter(u -> u.platformId().equals(platformId) && u.role().equals(role)).findFirst()
                .or(() -> DemoUsers.ALL.stream()
                        .filter(u -> u.platformId().equals(platformId) && u.role().equals("administrator"))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("No demo user on " + platformId));
        return identityProvider.token(user.name());
    }
}
