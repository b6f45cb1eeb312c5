package com.connectboard.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.provider")
public interface ProviderConfig {

    /** Shared secret of the webhook's HMAC-SHA256 signature (CONNECTBOARD_PROVIDER_WEBHOOK_SECRET). Required. */
    String webhookSecret();

    /** How old a signature's timestamp may be (either way, for clock skew). */
    @WithDefault("PT5M")
    Duration signatureTolerance();

    /**
     * Where outgoing messages (provider_outbox) are POSTed (CONNECTBOARD_PROVIDER_OUTBOX_URL). Optional: without it
     * messages are logged (id and kind only) and marked delivered, which is what dev and test want
     * (docs/support-cases.md).
     */
    Optional<URI> outboxUrl();

    /**
     * How often the outbox worker looks for due messages. The schedule in {@code ProviderOutboxWorker} reads the
     * property, so its default is only here.
     */
    @WithDefault("5s")
    String outboxInterval();

    /** Delivery attempts per message before the worker gives up (the row keeps last_error). */
    @WithDefault("10")
    int outboxMaxAttempts();

    /** Wait after the first failed attempt; doubled after each further failure, up to outboxMaxBackoff. */
    @WithDefault("PT10S")
    Duration outboxBackoff();

    @WithDefault("PT1H")
    Duration outboxMaxBackoff();

    /** How long a claimed message is left to its replica before another may try it (a crashed replica's claim). */
    @WithDefault("PT1M")
    Duration outboxLease();
}
