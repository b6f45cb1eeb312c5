package com.connectboard.requirements;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.requirements")
public interface RequirementsConfig {

    /** Items of a requested capability are due this long after the request (14 days by default). */
    @WithDefault("P14D")
    Duration defaultDeadline();

    /** Without activity for longer than this, the provider holds verifications (540 days by default). */
    @WithDefault("P540D")
    Duration inactivityHold();

    /**
     * How often the deadline job runs (a Quarkus "every" value; "off" disables it, as the tests do). The schedule in
     * {@code DeadlineJob} reads the property, so its default is only here.
     */
    @WithDefault("60s")
    String deadlineCheckEvery();
}
