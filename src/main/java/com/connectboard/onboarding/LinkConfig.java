package com.connectboard.onboarding;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.links")
public interface LinkConfig {

    /** How long an ONBOARDING or ACCOUNT_UPDATE link stays valid (contract: short, default 30 minutes). */
    @WithDefault("PT30M")
    Duration onboardingValidity();

    /** How long a REMEDIATION link stays valid (contract: 90 days). */
    @WithDefault("P90D")
    Duration remediationValidity();
}
