package com.connectboard.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * The provider client: POSTs {@code {"id", "type", "platform_id", "data"}} to {@code connectboard.provider.outbox-url},
 * signed like the provider signs its webhook ({@code Provider-Signature}, same secret) and with the outbox id as
 * {@code Idempotency-Key}. Any answer but 2xx is a failure. Without a URL (dev, test) it logs the message's id and
 * kind — never its body — and reports success, so the outbox drains.
 */
@ApplicationScoped
public class HttpProviderClient implements ProviderClient {

    private static final Logger LOG = Logger.getLogger(HttpProviderClient.class);

    @Inject
    ProviderConfig config;
    @Inject
    SignatureVerifier signatures;
    @Inject
    Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void deliver(OutboxMessage message) throws IOException, InterruptedException {
        Optional<URI> url = config.outboxUrl();
        if (url.isEmpty()) {
            LOG.infof("No connectboard.provider.outbox-url: outbox message %s (%s) marked delivered without sending",
                    message.id(), message.kind());
            return;
        }
        String body = "{\"id\":\"" + message.id() + "\",\"type\":\"" + message.kind() + "\",\"platform_id\":\""
                + message.platformId() + "\",\"data\":" + message.payload() + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url.get())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.id())
                .header(SignatureVerifier.HEADER,
                        "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signatures.sign(timestamp, bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The provider answered HTTP " + response.statusCode());
        }
    }
}
