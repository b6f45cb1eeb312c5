package com.connectboard.provider;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies one type of provider event. {@link ProviderEventProcessor} validates, routes to the event's platform,
 * deduplicates and runs {@link #apply} in one transaction.
 * <p>
 * One style for every feature: a feature's handlers are the methods of one {@code <Feature>EventHandlers} bean, and
 * each event type is a {@code @Produces @Singleton} handler made by {@link #of}: the type, how it is routed, the
 * method that applies it. docs/architecture.md, "Webhook handlers".
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

    /** The handler of {@code type}: routed by {@code platformOf}, applied by {@code apply}. */
    static ProviderEventHandler of(String type, Function<ProviderEvent, String> platformOf,
            Consumer<ProviderEvent> apply) {
        return new Of(type, platformOf, apply);
    }

    /** What {@link #of} makes. */
    record Of(String type, Function<ProviderEvent, String> router, Consumer<ProviderEvent> applier)
            implements
                ProviderEventHandler {

        @Override
        public String platformOf(ProviderEvent event) {
            return router.apply(event);
        }

        @Override
        public void apply(ProviderEvent event) {
            applier.accept(event);
        }
    }
}
