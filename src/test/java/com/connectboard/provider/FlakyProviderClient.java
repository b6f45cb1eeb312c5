package com.connectboard.provider;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Stands in for the provider's inbound API in every test. This is the one stand-in of the test suite, and only
 * because the provider is a third party that tests cannot reach: everything up to the HTTP call (the outbox row, the
 * claim, the backoff, the attempt count) is the real code against the real database. A test makes the messages that
 * mention a marker (e.g. the provider's case id) fail a number of times; all others are accepted.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakyProviderClient implements ProviderClient {

    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private static final List<OutboxMessage> DELIVERED = new CopyOnWriteArrayList<>();

    public static void failTimes(String marker, int times) {
        FAILURES.put(marker, new AtomicInteger(times));
    }

    public static List<OutboxMessage> delivered(String marker) {
        return DELIVERED.stream().filter(message -> message.payload().contains(marker)).toList();
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        for (Map.Entry<String, AtomicInteger> failure : FAILURES.entrySet()) {
            if (message.payload().contains(failure.getKey()) && failure.getValue().getAndDecrement() > 0) {
                throw new java.io.IOException("provider down (test)");
            }
        }
        DELIVERED.add(message);
    }
}
