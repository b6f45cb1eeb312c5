package com.connectboard.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks {@code Provider-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}. Several v1 values are
 * accepted (the provider sends two while it rotates its secret). Comparison is constant-time.
 */
@ApplicationScoped
public class SignatureVerifier {

    public static final String HEADER = "Provider-Signature";

    @Inject
    ProviderConfig config;
    @Inject
    Clock clock;

    public void verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            throw ProviderEventRejected.unauthenticated("Missing " + HEADER + " header");
        }
        Long timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw ProviderEventRejected.unauthenticated(HEADER + " has a malformed timestamp");
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw ProviderEventRejected.unauthenticated(HEADER + " must be t=<unix seconds>,v1=<hex signature>");
        }
        // Compared in seconds, not as Instants: any long is a well-formed header value, and one beyond Instant's range
        // must be a 401 like any other stale timestamp, not an exception.
        long now = Instant.now(clock).getEpochSecond();
        long tolerance = config.signatureTolerance().toSeconds();
        if (timestamp < now - tolerance || timestamp > now + tolerance) {
            throw ProviderEventRejected.unauthenticated(HEADER + " timestamp is outside the "
                    + config.signatureTolerance().toMinutes() + "-minute tolerance");
        }
        byte[] expected = HexFormat.of().formatHex(sign(timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        for (String signature : signatures) {
            if (MessageDigest.isEqual(expected, signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
        throw ProviderEventRejected.unauthenticated(HEADER + " does not match");
    }

    byte[] sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
