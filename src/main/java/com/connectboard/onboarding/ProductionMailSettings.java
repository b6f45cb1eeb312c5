package com.connectboard.onboarding;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * The platform is promised an email when an account connects (docs/onboarding.md). Quarkus starts without a sender address and
 * only fails when a mail goes out, which would lose every notification silently (the send is failure-tolerant), so
 * production refuses to start without one. Host and port keep Quarkus' defaults (localhost:25, a local relay).
 */
@IfBuildProfile("prod")
public class ProductionMailSettings {

    void check(@Observes StartupEvent startup, @ConfigProperty(name = "quarkus.mailer.from") Optional<String> from,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        if (!mock && (from.isEmpty() || from.get().isBlank())) {
            throw new IllegalStateException("QUARKUS_MAILER_FROM is not set: set it to the sender address of the "
                    + "notification emails, and QUARKUS_MAILER_HOST (and _PORT, _USERNAME, _PASSWORD) to your SMTP relay "
                    + "(see README.md, Configuration in production)");
        }
    }
}
