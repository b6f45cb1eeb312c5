package com.connectboard.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A GraphQL-over-WebSocket client speaking {@code graphql-transport-ws} the way graphql-ws (the JavaScript client)
 * does, on the JDK's own WebSocket client: connect, {@code connection_init} with a payload, {@code subscribe},
 * then read {@code next}/{@code error}/{@code complete} messages and the close code.
 */
public final class EventSocket implements AutoCloseable {

    public static final String EVENTS = """
            subscription($accountId: ID) {
              events(accountId: $accountId) { id type createdAt actor { subject roles } account { id } data }
            }""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    public record Closed(int code, String reason) {
    }

    private EventSocket(URI uri, Map<String, String> headers) throws InterruptedException, ExecutionException,
            TimeoutException {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        socket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** A socket to the application under test (RestAssured's port). */
    public static EventSocket connect(Map<String, String> headers) throws Exception {
        return connect(RestAssured.port, headers);
    }

    public static EventSocket connect(int port, Map<String, String> headers) throws Exception {
        return new EventSocket(URI.create("ws://localhost:" + port + "/graphql"), headers);
    }

    public static EventSocket connect() throws Exception {
        return connect(Map.of());
    }

    /** Connects, initialises with the token in the payload and waits for the acknowledgement. */
    public static EventSocket initialised(String token, String... viewAs) throws Exception {
        EventSocket socket = connect();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("Authorization", "Bearer " + token);
        if (viewAs.length > 0) {
            payload.put("Connected-Account", viewAs[0]);
        }
        socket.init(payload);
        socket.expect("connection_ack");
        return socket;
    }

    public void init(Map<String, Object> payload) {
        send(Map.of("type", "connection_init", "payload", payload));
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    public void subscribeToEvents(String id) {
        subscribe(id, EVENTS, Map.of());
    }

    public void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The next message, or null if none arrives in time. */
    public Map<String, Object> next(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Map<String, Object> message = messages.poll(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            if (message == null || !"ping".equals(message.get("type"))) {
                return message;
            }
            // The server's keep-alive; graphql-ws answers it, and so does this client.
            send(Map.of("type", "pong"));
        }
    }

    /** The next message, which must be of this type. */
    public Map<String, Object> expect(String type) throws InterruptedException {
        Map<String, Object> message = next(Duration.ofSeconds(5));
        if (message == null || !type.equals(message.get("type"))) {
            throw new AssertionError("expected a " + type + " message, got " + message + " (closed: "
                    + closed.getNow(null) + ")");
        }
        return message;
    }

    /** The event of a {@code next} message of the events subscription. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> event(Map<String, Object> next) {
        Map<String, Object> payload = (Map<String, Object>) next.get("payload");
        if (payload.get("errors") != null) {
            throw new AssertionError("the event came with errors: " + payload);
        }
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("events");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> errors(Map<String, Object> message) {
        Object payload = message.get("payload");
        if (payload instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return (List<Map<String, Object>>) ((Map<String, Object>) payload).get("errors");
    }

    /** How the server closed the socket, waiting up to the given time; null if it did not. */
    public Closed closed(Duration within) throws InterruptedException, ExecutionException {
        try {
            return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    Map<String, Object> message = JSON.readValue(text.toString(), Map.class);
                    messages.add(message);
                } catch (JsonProcessingException e) {
                    messages.add(Map.of("type", "unparseable", "text", text.toString()));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
