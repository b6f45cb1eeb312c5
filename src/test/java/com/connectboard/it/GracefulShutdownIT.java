package com.connectboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.EventSocket;
import com.connectboard.testing.Tokens;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/**
 * Graceful shutdown of the packaged application (prod profile, {@code quarkus.shutdown.timeout=20s}) does not wait on
 * WebSockets: one that was opened and closed, and one still open and idle. Before the fix the closed socket alone made
 * the application wait the whole 20 s. Launches the jar itself, since the test must stop it and time the stop.
 */
class GracefulShutdownIT {

    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private final PackagedAppResource resources = new PackagedAppResource("shutdown-it-postgres");
    private Process app;
    private Path log;
    private int port;

    @BeforeEach
    void start() throws Exception {
        Map<String, String> config = new HashMap<>(oidc.start());
        config.putAll(resources.start());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        config.put("quarkus.http.port", Integer.toString(port));
        List<String> command = new ArrayList<>(
                List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        log = Files.createTempFile("connectboard-shutdown", ".log");
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(port);
        this.port = port;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor();
        }
        resources.stop();
        oidc.stop();
        Files.deleteIfExists(log);
    }

    @Test
    void shutdownDoesNotWaitOnClosedOrIdleSockets() throws Exception {
        RestAssured.port = port;
        String platformId = Accounts.completePlatform("US", "usd");
        String token = Tokens.of(platformId, "analyst");
        try (EventSocket used = EventSocket.connect(port, Map.of())) {
            used.init(Map.of("Authorization", "Bearer " + token));
            used.expect("connection_ack");
            used.subscribeToEvents("1");
            // The packaged application streams too: wait until the subscription is live, then see an event.
            awaitEvent(used, platformId);
        }
        EventSocket idle = EventSocket.connect(port, Map.of());
        idle.init(Map.of("Authorization", "Bearer " + token));
        idle.expect("connection_ack");
        idle.subscribeToEvents("1");
        awaitEvent(idle, platformId);

        long stopping = System.nanoTime();
        app.destroy(); // SIGTERM, as Kubernetes sends it
        boolean exited = app.waitFor(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - stopping) / 1_000_000;

        String output = Files.readString(log);
        assertTrue(exited, "the application did not stop within 30 s:\n" + output);
        assertTrue(millis < 10_000, "stopping took " + millis + " ms (the shutdown timeout is 20 s):\n" + output);
        assertNotNull(idle.closed(Duration.ofSeconds(1)), "the idle socket was not closed");
        idle.close();
    }

    /** Makes changes until the socket reports one (the subscription starts asynchronously after subscribe). */
    private static void awaitEvent(EventSocket socket, String platformId) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            Accounts.create(platformId, Accounts.input("NONE"));
            Map<String, Object> next = socket.next(Duration.ofSeconds(2));
            if (next != null) {
                assertEquals("next", next.get("type"), "not an event: " + next);
                assertEquals("account.created", EventSocket.event(next).get("type"));
                return;
            }
        }
        throw new AssertionError("no event reached the socket");
    }

    private void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited:\n" + Files.readString(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within 120 s:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }
}
