package com.connectboard.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.connectboard.event.EventRecorder;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;

/** The provider's event about platforms (docs/provider-events.md). */
@ApplicationScoped
public class PlatformEventHandlers {

    private static final Pattern PLATFORM_ID = Pattern.compile("^plat_[A-Za-z0-9]{1,64}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern CURRENCY = Pattern.compile("^[a-z]{3}$");

    @Inject
    PlatformRepository platforms;
    @Inject
    EventRecorder events;
    @Inject
    Clock clock;

    @Produces
    @Singleton
    ProviderEventHandler registered() {
        return ProviderEventHandler.of("platform.registered", PlatformEventHandlers::platformOf, this::registered);
    }

    /** The platform the event registers: the one it names. */
    private static String platformOf(ProviderEvent event) {
        String platformId = event.text("platform_id");
        if (!PLATFORM_ID.matcher(platformId).matches()) {
            throw ProviderEventRejected
                    .malformed("Field `data.platform_id` must look like plat_ followed by letters and digits");
        }
        return platformId;
    }

    /** {@code platform.registered}: the provider registers a platform; its team then completes the profile. */
    void registered(ProviderEvent event) {
        String platformId = platformOf(event);
        String country = event.text("country").toUpperCase(Locale.ROOT);
        String currency = event.text("default_currency").toLowerCase(Locale.ROOT);
        String name = event.text("name").strip();
        if (!COUNTRY.matcher(country).matches()) {
            throw ProviderEventRejected.malformed("Field `data.country` must be an ISO 3166-1 alpha-2 code");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw ProviderEventRejected.malformed("Field `data.default_currency` must be an ISO 4217 code");
        }
        if (name.length() > 200) {
            throw ProviderEventRejected.malformed("Field `data.name` is longer than 200 characters");
        }
        if (platforms.findByIdOptional(platformId).isPresent()) {
            throw ProviderEventRejected.unprocessable("Platform " + platformId + " is already registered");
        }
        PlatformEntity platform = new PlatformEntity();
        platform.id = platformId;
        platform.name = name;
        platform.country = country;
        platform.defaultCurrency = currency;
        platform.createdAt = Instant.now(clock);
        platform.updatedAt = platform.createdAt;
        platforms.persistAndFlush(platform);
        events.record("platform.registered", null, Map.of("name", name, "country", country,
                "defaultCurrency", currency, "providerEventId", event.id()));
    }
}
