package com.connectboard;

import java.net.URI;

import io.smallrye.config.ConfigMapping;

/** Connectboard's own settings (README.md, "Configuration in production"); the provider's live in provider.ProviderConfig. */
@ConfigMapping(prefix = "connectboard")
public interface ConnectboardConfig {

    /** Origin of the links to hosted pages (CONNECTBOARD_PUBLIC_BASE_URL), e.g. https://connect.example.com. */
    URI publicBaseUrl();
}
