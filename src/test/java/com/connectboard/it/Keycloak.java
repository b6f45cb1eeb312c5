package com.connectboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak for the dashboard's browser tests: the distribution the build unpacks into
 * {@code target/keycloak-<version>} (maven-dependency-plugin, pre-integration-test), started once per test JVM with
 * {@code bin/kc.sh start-dev} on plain HTTP and a free port, importing {@code docs/examples/keycloak-realm.json}
 * unchanged, so the tests also prove that file. Keycloak 26 needs Java 21+: it runs on {@code -Dkeycloak.java.home},
 * else the test JVM when it is 21+, else the Temurin 25 JDK of these machines.
 * <p>
 * What the example realm cannot know is set through Keycloak's admin REST API, as an operator would: the dashboard's
 * origin (Keycloak matches redirect URIs exactly, ports included, so the application's port is registered once it is
 * known) and the users, each with a role and the {@code platform_id} attribute of a platform the test registered.
 */
public final class Keycloak {

    public static final String REALM = "connectboard";
    public static final String DASHBOARD_CLIENT = "connectboard-dashboard";
    /** The realm's audience mapper adds it to every access token; the service checks it. */
    public static final String AUDIENCE = "connectboard";
    /** Every test user's password. */
    public static final String PASSWORD = "it-Passw0rd";

    private static final Path REALM_FILE = Paths.get("docs", "examples", "keycloak-realm.json");
    private static final String DEFAULT_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Keycloak running;

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The Keycloak of this test JVM, started on first use and stopped when the JVM ends or {@link #stop()}. */
    public static synchronized Keycloak start() {
        if (running == null || !running.process.isAlive()) {
            running = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(Keycloak::stop));
        }
        return running;
    }

    public static synchronized void stop() {
        if (running != null) {
            running.destroy();
            running = null;
        }
    }

    /** The realm's issuer URL, as browsers and the service both reach it. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /**
     * Registers a dashboard origin on the example realm's {@code connectboard-dashboard} client: its callback as
     * redirect URI and its signed-out page as post-logout redirect URI (exact URIs, as a deployment registers its own
     * origin).
     */
    public void registerDashboardOrigin(String origin) {
        String token = adminToken();
        JsonNode clients = send(token, "GET", "/admin/realms/" + REALM + "/clients?clientId=" + DASHBOARD_CLIENT, null);
        ObjectNode client = (ObjectNode) clients.get(0);
        Set<String> redirects = new LinkedHashSet<>();
        client.withArray("redirectUris").forEach(uri -> redirects.add(uri.asText()));
        redirects.add(origin + "/auth/callback");
        ArrayNode redirectUris = JSON.createArrayNode();
        redirects.forEach(redirectUris::add);
        client.set("redirectUris", redirectUris);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        attributes.put("post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/signed-out");
        send(token, "PUT", "/admin/realms/" + REALM + "/clients/" + client.get("id").asText(), client);
    }

    /** A user of the realm with one realm role and the {@code platform_id} attribute; the password is {@link #PASSWORD}. */
    public void createUser(String username, String role, String platformId) {
        String token = adminToken();
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@it.example");
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "Tester");
        user.putObject("attributes").putArray("platform_id").add(platformId);
        user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD)
                .put("temporary", false);
        send(token, "POST", "/admin/realms/" + REALM + "/users", user);
        String id = send(token, "GET", "/admin/realms/" + REALM + "/users?exact=true&username=" + username, null)
                .get(0).get("id").asText();
        JsonNode roleRepresentation = send(token, "GET", "/admin/realms/" + REALM + "/roles/" + role, null);
        send(token, "POST", "/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm",
                JSON.createArrayNode().add(roleRepresentation));
    }

    /**
     * An access token for a user, from the password grant of the realm's {@code connectboard-cli} client: how the tests
     * set up data through the API as that user.
     */
    public String accessToken(String username) {
        return form("/realms/" + REALM + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "connectboard-cli", "username", username, "password", PASSWORD))
                .get("access_token").asText();
    }

    /** How many sessions the user has at Keycloak (the issuer's own record of being signed in). */
    public int sessionsOf(String username) {
        String token = adminToken();
        String id = send(token, "GET", "/admin/realms/" + REALM + "/users?exact=true&username=" + username, null)
                .get(0).get("id").asText();
        return send(token, "GET", "/admin/realms/" + REALM + "/users/" + id + "/sessions", null).size();
    }

    private String adminToken() {
        return form("/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id",
                "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD)).get("access_token").asText();
    }

    private JsonNode form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private JsonNode send(String token, String method, String path, JsonNode body) {
        try {
            return exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Keycloak launch() {
        Path home = Paths.get(System.getProperty("keycloak.home", "target/keycloak")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": the build unpacks it in "
                    + "pre-integration-test (run the tests through ./mvnw verify), or set -Dkeycloak.home=<dir>");
        }
        Path javaHome = javaHome();
        try {
            // A fresh realm every run (its own H2 database under data/), imported from the example file unchanged.
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            Files.copy(REALM_FILE, data.resolve("import").resolve("connectboard-realm.json"));
            int port = freePort();
            Path log = Paths.get("target", "keycloak.log").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host", "127.0.0.1", "--http-port", String.valueOf(port),
                    "--http-management-port", String.valueOf(freePort()), "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            long started = System.nanoTime();
            Keycloak keycloak = new Keycloak(builder.start(), port, log);
            keycloak.awaitRealm();
            System.out.printf("Keycloak %s ready at %s in %.1f s (log: %s)%n", home.getFileName(), keycloak.issuer(),
                    (System.nanoTime() - started) / 1e9, log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Keycloak 26 runs on Java 21+; the build itself may run on 17. */
    private static Path javaHome() {
        String configured = System.getProperty("keycloak.java.home", System.getenv("KEYCLOAK_JAVA_HOME"));
        Path candidate;
        if (configured != null && !configured.isBlank()) {
            candidate = Paths.get(configured);
        } else if (Runtime.version().feature() >= 21) {
            candidate = Paths.get(System.getProperty("java.home"));
        } else {
            candidate = Paths.get(DEFAULT_JDK);
        }
        if (!Files.isExecutable(candidate.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs a JDK 21+ and none was found at " + candidate
                    + ": install one (.ci/run checks for " + DEFAULT_JDK + ") or set -Dkeycloak.java.home=<JDK dir>");
        }
        return candidate;
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + process.exitValue()
                        + "); its log: " + log + "\n" + tail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        destroy();
        throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT + "; its log: "
                + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** kc.sh runs Java as its child: both are stopped. */
    private void destroy() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
