package com.connectboard.provider;

/**
 * Applies one type of provider event. Each feature implements the types it owns; {@link ProviderEventProcessor}
 * validates, routes to the event's platform, deduplicates and runs {@link #apply} in one transaction.
 */
public interface ProviderEventHandler {

    /** The provider's event type, e.g. "platform.registered". */
    String type();

    /**
     * The platform the event belongs to, read from its data (e.g. through the account it names). Throws
     * {@link ProviderEventRejected#unprocessable} when the platform, account, case or payout is unknown, and
     * {@link ProviderEventRejected#malformed} for a missing field.
     */
    String platformOf(ProviderEvent event);

    /** Applies the event; runs with the platform as tenant. Records its own Connectboard event. */
    void apply(ProviderEvent event);
}
