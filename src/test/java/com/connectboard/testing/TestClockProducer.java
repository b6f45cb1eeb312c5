package com.connectboard.testing;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/** Replaces the application clock with {@link TestClock} in every Quarkus test. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return TestClock.INSTANCE;
    }
}
