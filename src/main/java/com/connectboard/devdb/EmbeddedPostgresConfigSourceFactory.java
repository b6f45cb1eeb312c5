package com.connectboard.devdb;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Supplies the datasource of the {@code dev} and {@code test} profiles: when no
 * {@code quarkus.datasource.jdbc.url} is configured there, a real PostgreSQL (zonky's binaries) is started under the
 * build folder and its coordinates become configuration. Other profiles, and any configured URL (for example
 * {@code QUARKUS_DATASOURCE_JDBC_URL}), leave this factory inert, so production never starts a database.
 * <p>
 * A config source factory rather than a Quarkus dev service because the latter needs an extension module; this runs
 * before the datasource and Flyway read their configuration, which is what matters.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final List<String> EMBEDDED_PROFILES = List.of("dev", "test");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!wanted(context)) {
            return List.of();
        }
        String profile = context.getProfiles().contains("test") ? "test" : "dev";
        return List.of(new MapBackedConfigSource("connectboard-embedded-postgres", Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedPostgresServer.jdbcUrl(profile),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD), 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static boolean wanted(ConfigSourceContext context) {
        if (context.getProfiles().stream().noneMatch(EMBEDDED_PROFILES::contains)) {
            return false;
        }
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return false;
        }
        ConfigValue enabled = context.getValue("embedded-postgres.enabled");
        return !isSet(enabled) || Boolean.parseBoolean(enabled.getValue());
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
