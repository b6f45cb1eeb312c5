package com.connectboard.provider;

/**
 * Sends one outgoing message to the provider. Throws when the provider did not accept it; the outbox worker then
 * retries later. Implementations must be safe to call again with the same message: delivery is at least once, and
 * {@link OutboxMessage#id()} is the idempotency key the provider deduplicates on.
 */
public interface ProviderClient {

    void deliver(OutboxMessage message) throws Exception;

    /** A claimed provider_outbox row: its id, platform, kind (e.g. support_case.context) and JSON payload. */
    record OutboxMessage(String id, String platformId, String kind, String payload, int attempt) {
    }
}
