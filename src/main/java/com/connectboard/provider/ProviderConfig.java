package com.connectboard.provider;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.provider")
public interface ProviderConfig {

    /** Shared secret of the webhook's HMAC-SHA256 signature (CONNECTBOARD_PROVIDER_WEBHOOK_SECRET). Required. */
    String webhookSecret();

    /** How old a signature's timestamp may be (either way, for clock skew). */
    @WithDefault("PT5M")
    Duration signatureTolerance();
}
