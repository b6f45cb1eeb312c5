package com.connectboard.devsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo data's way into the service: GraphQL over HTTP with a bearer token per role, and provider events signed
 * like the provider signs them. Nothing here writes to the database; every row the demo data has was written by the
 * service's own operations and webhook handlers.
 */
public final class DemoApi {

    /** The bearer token of a user with {@code role} on {@code platformId}. */
    @FunctionalInterface
    public interface Tokens {
        String of(String platformId, String role);
    }

    /** An answer the demo data did not expect (a GraphQL error, a userError, a refused event). */
    public static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Tokens tokens;
    private final String webhookSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoApi(URI base, Tokens tokens, String webhookSecret) {
        this.base = base;
        this.tokens = tokens;
        this.webhookSecret = webhookSecret;
    }

    /** Runs a GraphQL document; returns {@code data}. Any GraphQL error or non-empty {@code userErrors} fails. */
    public JsonNode graphql(String platformId, String role, String document, Map<String, ?> variables) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        JsonNode answer = post("/graphql", write(request), Map.of("Authorization",
                "Bearer " + tokens.of(platformId, role)), 200);
        if (answer.hasNonNull("errors")) {
            throw new Failed("GraphQL errors: " + answer.get("errors"));
        }
        JsonNode data = answer.path("data");
        data.fields().forEachRemaining(field -> {
            JsonNode userErrors = field.getValue().path("userErrors");
            if (userErrors.isArray() && !userErrors.isEmpty()) {
                throw new Failed(field.getKey() + ": " + userErrors);
            }
        });
        return data;
    }

    public JsonNode graphql(String platformId, String role, String document) {
        return graphql(platformId, role, document, Map.of());
    }

    /**
     * Posts a provider event, signed as the provider signs it. {@code id} is the event's id: a stable one makes the
     * event safe to send again (the webhook applies each id once).
     */
    public void providerEvent(String id, String type, Instant created, Map<String, ?> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("created", created.getEpochSecond());
        event.put("data", data);
        String body = write(event);
        long now = Instant.now().getEpochSecond();
        post("/provider/events", body, Map.of("Provider-Signature", "t=" + now + ",v1=" + sign(webhookSecret, now,
                body)), 200);
    }

    /** The webhook signature: hex HMAC-SHA256 of {@code "<t>.<body>"} with the shared secret. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable id with a prefix, derived from its parts: the same parts always give the same id. */
    public static String stableId(String prefix, String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return prefix + "demo" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String path, String body, Map<String, String> headers, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new Failed("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Failed("POST " + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("Interrupted");
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
