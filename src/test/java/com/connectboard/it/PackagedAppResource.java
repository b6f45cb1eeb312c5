package com.connectboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the packaged application needs in the prod profile, for the integration tests: a PostgreSQL of its own (zonky's
 * binaries; they need {@code unshare}, which works as root on the build machines) and Connectboard's settings of
 * README.md, "Configuration in production". The OpenID issuer is quarkus-test-oidc-server's WireMock, started by its own resource; its URL
 * arrives as {@code keycloak.url}, which the expression below resolves inside the application.
 * <p>
 * The returned properties reach the jar (or native executable) as system properties, the way a deployment's
 * environment variables would.
 */
public class PackagedAppResource implements QuarkusTestResourceLifecycleManager {

    /** The secret the tests' {@link com.connectboard.testing.Provider} signs with. */
    static final String WEBHOOK_SECRET = com.connectboard.testing.Provider.SECRET;
    static final String PUBLIC_BASE_URL = "https://connectboard.it.example";
    static final String ALLOWED_FRONT_END = "http://dashboard.it.example";

    private final String directory;
    private EmbeddedPostgres postgres;

    public PackagedAppResource() {
        this("it-postgres");
    }

    /** With its database under {@code target/<directory>}, for a test that runs the application beside another. */
    PackagedAppResource(String directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, String> start() {
        Path base = Paths.get("target", directory).toAbsolutePath();
        try {
            Files.createDirectories(base.resolve("runtime"));
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.resolve("runtime").toFile())
                    .setDataDirectory(base.resolve("data").toFile())
                    // A fresh database every run: the test asserts what Flyway creates from nothing.
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + base, e);
        }
        return Map.ofEntries(Map.entry("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres")),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                Map.entry("quarkus.oidc.token.issuer", com.connectboard.testing.Tokens.ISSUER),
                Map.entry("quarkus.oidc.token.audience", com.connectboard.testing.Tokens.AUDIENCE),
                Map.entry("connectboard.provider.webhook-secret", WEBHOOK_SECRET),
                Map.entry("connectboard.public-base-url", PUBLIC_BASE_URL),
                // Production needs a sender; the packaged app under test keeps its mail in the mock mailbox, which logs
                // each mail (to target/quarkus.log, where HostedPagesBrowserIT reads it).
                Map.entry("quarkus.mailer.from", "Connectboard <connectboard@it.example>"),
                Map.entry("quarkus.mailer.mock", "true"),
                // A front end the API allows (CORS): the hosted forms must still refuse posts from its pages.
                Map.entry("quarkus.http.cors.origins", ALLOWED_FRONT_END));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
