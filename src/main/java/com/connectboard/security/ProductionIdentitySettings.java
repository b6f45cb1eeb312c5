package com.connectboard.security;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * In production a token must be meant for Connectboard: without an audience, a token the same issuer minted for any
 * other application would be accepted. Quarkus does not require the setting, so the service refuses to start without
 * it.
 */
@IfBuildProfile("prod")
public class ProductionIdentitySettings {

    void check(@Observes StartupEvent startup,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<String> audience) {
        if (audience.isEmpty() || audience.get().isBlank()) {
            throw new IllegalStateException("QUARKUS_OIDC_TOKEN_AUDIENCE is not set: set it to the audience your "
                    + "identity provider puts in Connectboard's tokens (see README.md, Configuration in production)");
        }
    }
}
