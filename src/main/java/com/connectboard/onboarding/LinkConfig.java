package com.connectboard.onboarding;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.links")
public interface LinkConfig {

    /** How long an ONBOARDING or ACCOUNT_UPDATE link stays valid (short: 30 minutes by default). */
    @WithDefault("PT30M")
    Duration onboardingValidity();

    /** How long a REMEDIATION link stays valid (90 days). */
    @WithDefault("P90D")
    Duration remediationValidity();
}
