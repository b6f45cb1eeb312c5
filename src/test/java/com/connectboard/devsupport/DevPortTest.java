package com.connectboard.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The dev profile's links follow the dev server's port, as its issuer does: {@code ./mvnw quarkus:dev
 * -Dquarkus.http.port=18080} must not hand out links to port 8080. Read from application.properties itself, the way
 * Quarkus resolves it (profile, then expressions).
 */
class DevPortTest {

    private static SmallRyeConfig devConfig(String port) throws IOException {
        URL properties = DevPortTest.class.getClassLoader().getResource("application.properties");
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile("dev")
                .withSources(new PropertiesConfigSource(properties, 100));
        if (port != null) {
            builder.withSources(
                    new PropertiesConfigSource(java.util.Map.of("quarkus.http.port", port), "command line", 400));
        }
        return builder.build();
    }

    @Test
    void publicLinksAndTheIssuerFollowTheDevPort() throws IOException {
        SmallRyeConfig on18080 = devConfig("18080");
        assertEquals("http://localhost:18080", on18080.getValue("connectboard.public-base-url", String.class));
        assertEquals("http://localhost:18080/dev/oidc", on18080.getValue("quarkus.oidc.token.issuer", String.class));

        SmallRyeConfig byDefault = devConfig(null);
        assertEquals("http://localhost:8080", byDefault.getValue("connectboard.public-base-url", String.class));
    }
}
