package com.connectboard.money;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderRouting;

/** The provider's events about top-ups and payouts ; docs/provider-events.md describes them. */
@ApplicationScoped
public class MoneyEventHandlers {

    /** A handler that routes by the top-up or payout the event names and hands the event to its service. */
    record Handler(String type, Function<ProviderEvent, String> router, Consumer<ProviderEvent> applier)
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

    @Produces
    @Singleton
    ProviderEventHandler topUpSucceeded(ProviderRouting routing, TopUpService topUps) {
        return new Handler("top_up.succeeded", event -> routing.platformOfTopUp(event.text("top_up_id")),
                topUps::succeeded);
    }

    @Produces
    @Singleton
    ProviderEventHandler topUpFailed(ProviderRouting routing, TopUpService topUps) {
        return new Handler("top_up.failed", event -> routing.platformOfTopUp(event.text("top_up_id")), topUps::failed);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutInTransit(ProviderRouting routing, PayoutService payouts) {
        return new Handler("payout.in_transit", event -> routing.platformOfPayout(event.text("payout_id")),
                payouts::inTransit);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutPaid(ProviderRouting routing, PayoutService payouts) {
        return new Handler("payout.paid", event -> routing.platformOfPayout(event.text("payout_id")), payouts::paid);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutFailed(ProviderRouting routing, PayoutService payouts) {
        return new Handler("payout.failed", event -> routing.platformOfPayout(event.text("payout_id")),
                payouts::failed);
    }
}
