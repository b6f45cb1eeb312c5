package com.connectboard.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ValidatableResponse;

/** Plays the provider: signs events with the test secret and posts them to the webhook. */
public final class Provider {

    public static final String SECRET = "test-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Provider() {
    }

    public static String event(String id, String type, Map<String, ?> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("created", Instant.now().getEpochSecond());
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse send(String body) {
        return sendSigned(body, Instant.now().getEpochSecond(), SECRET);
    }

    public static ValidatableResponse sendSigned(String body, long timestamp, String secret) {
        return sendWithHeader(body, "t=" + timestamp + ",v1=" + sign(timestamp, body, secret));
    }

    public static ValidatableResponse sendWithHeader(String body, String signatureHeader) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request = request.header("Provider-Signature", signatureHeader);
        }
        return request.when().post("/provider/events").then();
    }

    public static String sign(long timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a new platform through the webhook, as the provider does, and returns its id. */
    public static String registerPlatform(String name, String country, String currency) {
        String platformId = TestIds.platform();
        send(event(TestIds.providerEvent(), "platform.registered", Map.of("platform_id", platformId, "name", name,
                "country", country, "default_currency", currency))).statusCode(200);
        return platformId;
    }
}
