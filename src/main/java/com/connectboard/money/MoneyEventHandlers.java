package com.connectboard.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderRouting;

/**
 * The provider's events about top-ups and payouts (docs/provider-events.md), routed by the top-up or payout they name
 * and applied by its service.
 */
@ApplicationScoped
public class MoneyEventHandlers {

    @Produces
    @Singleton
    ProviderEventHandler topUpSucceeded(ProviderRouting routing, TopUpService topUps) {
        return ProviderEventHandler.of("top_up.succeeded", event -> topUp(routing, event), topUps::succeeded);
    }

    @Produces
    @Singleton
    ProviderEventHandler topUpFailed(ProviderRouting routing, TopUpService topUps) {
        return ProviderEventHandler.of("top_up.failed", event -> topUp(routing, event), topUps::failed);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutInTransit(ProviderRouting routing, PayoutService payouts) {
        return ProviderEventHandler.of("payout.in_transit", event -> payout(routing, event), payouts::inTransit);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutPaid(ProviderRouting routing, PayoutService payouts) {
        return ProviderEventHandler.of("payout.paid", event -> payout(routing, event), payouts::paid);
    }

    @Produces
    @Singleton
    ProviderEventHandler payoutFailed(ProviderRouting routing, PayoutService payouts) {
        return ProviderEventHandler.of("payout.failed", event -> payout(routing, event), payouts::failed);
    }

    private static String topUp(ProviderRouting routing, ProviderEvent event) {
        return routing.platformOfTopUp(event.text("top_up_id"));
    }

    private static String payout(ProviderRouting routing, ProviderEvent event) {
        return routing.platformOfPayout(event.text("payout_id"));
    }
}
