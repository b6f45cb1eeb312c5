package com.connectboard.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.EventSocket;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The events subscription over a real WebSocket (graphql-transport-ws), docs/events.md. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EventSubscriptionTest {

    private static final String UPDATE = """
            mutation($id: ID!, $email: String) {
              updateConnectedAccount(input: {id: $id, email: $email}) { userErrors { code message } }
            }""";
    /** Nothing for this long after the poll interval (250 ms) means nothing is coming. */
    private static final Duration QUIET = Duration.ofMillis(1200);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventFeed feed;
    @Inject
    DataSource dataSource;

    private String platformId;
    private String admin;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
        admin = Tokens.withSubject("subscriber-admin", platformId, "administrator");
    }

    @Test
    void anEventOfALaterMutationArrivesWithinASecondOfItsCommit() throws Exception {
        try (EventSocket socket = subscribed(EventSocket.initialised(admin))) {
            String account = Accounts.create(platformId, Accounts.input("NONE"));
            // The mutation has answered, so its transaction has committed.
            long committed = System.nanoTime();
            Map<String, Object> next = socket.expect("next");
            long millis = (System.nanoTime() - committed) / 1_000_000;

            Map<String, Object> event = EventSocket.event(next);
            assertEquals("account.created", event.get("type"));
            assertEquals(Map.of("id", account), event.get("account"));
            assertEquals("user-developer", ((Map<?, ?>) event.get("actor")).get("subject"));
            assertTrue(((String) event.get("id")).startsWith("evt_"));
            assertTrue(millis < 1000, "delivered " + millis + " ms after the mutation answered");
            // The same event as the events query shows.
            GraphQL.as(admin).ok("{ events(first: 1) { nodes { id type } } }")
                    .body("data.events.nodes[0].id", org.hamcrest.Matchers.equalTo(event.get("id")));
        }
    }

    @Test
    void anotherPlatformsSubscriberReceivesNothing() throws Exception {
        String otherPlatform = Accounts.completePlatform("US", "usd");
        try (EventSocket mine = subscribed(EventSocket.initialised(admin));
                EventSocket theirs = subscribed(EventSocket.initialised(Tokens.of(otherPlatform, "administrator")))) {
            Accounts.create(platformId, Accounts.input("NONE"));
            assertEquals("account.created", EventSocket.event(mine.expect("next")).get("type"));
            assertNull(theirs.next(QUIET), "another platform's event reached this platform's subscriber");
        }
    }

    @Test
    void aTokenInTheUpgradeHeaderWorksToo() throws Exception {
        try (EventSocket socket = EventSocket.connect(Map.of("Authorization", "Bearer " + admin))) {
            socket.init(Map.of());
            socket.expect("connection_ack");
            subscribed(socket);
            Accounts.create(platformId, Accounts.input("NONE"));
            assertEquals("account.created", EventSocket.event(socket.expect("next")).get("type"));
        }
    }

    @Test
    void withoutATokenTheSocketIsClosedAndNothingRuns() throws Exception {
        try (EventSocket socket = EventSocket.connect()) {
            socket.init(Map.of());
            EventSocket.Closed closed = socket.closed(Duration.ofSeconds(5));
            assertNotNull(closed, "the socket stayed open without a token");
            assertEquals(4403, closed.code());
            assertNull(socket.next(Duration.ZERO), "something was sent before the close");
        }
    }

    @Test
    void anInvalidTokenInTheInitPayloadClosesTheSocketWith4403() throws Exception {
        for (String token : List.of(Tokens.signedByAnotherKey(platformId, "administrator"),
                Tokens.expired(platformId, "administrator"), Tokens.wrongAudience(platformId, "administrator"),
                Tokens.wrongIssuer(platformId, "administrator"), "not-a-jwt")) {
            try (EventSocket socket = EventSocket.connect()) {
                socket.init(Map.of("Authorization", "Bearer " + token));
                EventSocket.Closed closed = socket.closed(Duration.ofSeconds(5));
                assertNotNull(closed, "the socket stayed open with an invalid token");
                assertEquals(4403, closed.code(), "close code for " + token);
                assertNull(socket.next(Duration.ZERO), "something was sent before the close");
            }
        }
    }

    @Test
    void aTokenInBothHeaderAndPayloadIsRefusedWith4400() throws Exception {
        try (EventSocket socket = EventSocket.connect(Map.of("Authorization", "Bearer " + admin))) {
            socket.init(Map.of("Authorization", "Bearer " + admin));
            EventSocket.Closed closed = socket.closed(Duration.ofSeconds(5));
            assertNotNull(closed);
            assertEquals(4400, closed.code());
        }
    }

    @Test
    void aConnectedAccountThatDiffersBetweenHeaderAndPayloadIsRefusedWith4400() throws Exception {
        String one = Accounts.create(platformId, Accounts.input("NONE"));
        String two = Accounts.create(platformId, Accounts.input("NONE"));
        try (EventSocket socket = EventSocket.connect(Map.of("Connected-Account", one))) {
            socket.init(Map.of("Authorization", "Bearer " + admin, "Connected-Account", two));
            EventSocket.Closed closed = socket.closed(Duration.ofSeconds(5));
            assertNotNull(closed);
            assertEquals(4400, closed.code());
            assertNull(socket.next(Duration.ZERO), "acknowledged anyway");
        }
    }

    @Test
    void anInvalidTokenInTheUpgradeHeaderIsRefusedWith401() {
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> EventSocket.connect(Map.of("Authorization", "Bearer " + Tokens.expired(platformId, "analyst"))));
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class,
                refused.getCause());
        assertEquals(401, ((HttpResponse<?>) handshake.getResponse()).statusCode());
    }

    @Test
    void subscribingBeforeInitialisingIsRefusedWith4401() throws Exception {
        try (EventSocket socket = EventSocket.connect(Map.of("Authorization", "Bearer " + admin))) {
            socket.subscribeToEvents("1");
            EventSocket.Closed closed = socket.closed(Duration.ofSeconds(5));
            assertNotNull(closed);
            assertEquals(4401, closed.code());
        }
    }

    @Test
    void aTokenWithoutAnAllowedRoleGetsForbiddenAndNoEvents() throws Exception {
        try (EventSocket socket = EventSocket.initialised(Tokens.of(platformId, "guest"))) {
            socket.subscribeToEvents("1");
            Map<String, Object> error = socket.expect("error");
            assertEquals("FORBIDDEN", ((Map<?, ?>) EventSocket.errors(error).get(0).get("extensions")).get("code"));
            Accounts.create(platformId, Accounts.input("NONE"));
            assertNull(socket.next(QUIET));
        }
    }

    @Test
    void viewingAsAnAccountStreamsOnlyThatAccountsEvents() throws Exception {
        String viewed = Accounts.create(platformId, Accounts.input("NONE"));
        String other = Accounts.create(platformId, Accounts.input("NONE"));
        try (EventSocket payload = subscribed(EventSocket.initialised(admin, viewed));
                EventSocket header = EventSocket.connect(Map.of("Authorization", "Bearer " + admin,
                        "Connected-Account", viewed))) {
            header.init(Map.of());
            header.expect("connection_ack");
            subscribed(header);

            update(other, "other@x.example");
            update(viewed, "viewed@x.example");
            for (EventSocket socket : List.of(payload, header)) {
                Map<String, Object> event = EventSocket.event(socket.expect("next"));
                assertEquals(Map.of("id", viewed), event.get("account"), "an event of another account arrived");
                assertNull(socket.next(QUIET));
            }
        }
    }

    @Test
    void viewingAsOneAccountAndAskingForAnotherStreamsNothing() throws Exception {
        String viewed = Accounts.create(platformId, Accounts.input("NONE"));
        String other = Accounts.create(platformId, Accounts.input("NONE"));
        try (EventSocket socket = EventSocket.initialised(admin, viewed)) {
            socket.subscribe("1", EventSocket.EVENTS, Map.of("accountId", other));
            socket.expect("complete");
            update(other, "other@x.example");
            assertNull(socket.next(QUIET));
        }
    }

    @Test
    void theAccountArgumentNarrowsTheStream() throws Exception {
        String wanted = Accounts.create(platformId, Accounts.input("NONE"));
        String other = Accounts.create(platformId, Accounts.input("NONE"));
        try (EventSocket socket = EventSocket.initialised(admin)) {
            int before = feed.subscriberCount();
            socket.subscribe("1", EventSocket.EVENTS, Map.of("accountId", wanted));
            awaitSubscribers(before + 1);
            update(other, "other@x.example");
            update(wanted, "wanted@x.example");
            assertEquals(Map.of("id", wanted), EventSocket.event(socket.expect("next")).get("account"));
            assertNull(socket.next(QUIET));
        }
    }

    @Test
    void viewingAsAnUnknownAccountIsNotFound() throws Exception {
        try (EventSocket socket = EventSocket.initialised(admin, "acct_doesnotexist")) {
            socket.subscribeToEvents("1");
            Map<String, Object> error = socket.expect("error");
            assertEquals("NOT_FOUND", ((Map<?, ?>) EventSocket.errors(error).get(0).get("extensions")).get("code"));
        }
    }

    @Test
    void aBurstOfMutationsArrivesOnceAndInTheSameOrderForEverySubscriber() throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accounts.add(Accounts.create(platformId, Accounts.input("NONE")));
        }
        try (EventSocket first = subscribed(EventSocket.initialised(admin));
                EventSocket second = subscribed(EventSocket.initialised(admin))) {
            // One after another: their commits are ordered, and so must their events be.
            List<String> sequential = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                update(accounts.get(0), "seq" + i + "@x.example");
                sequential.add("seq" + i + "@x.example");
            }
            // Then 20 at once, committing in whatever order the database decides.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<Void>> burst = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String account = accounts.get(1 + i % 3);
                    String email = "burst" + i + "@x.example";
                    burst.add(CompletableFuture.runAsync(() -> update(account, email), pool));
                }
                CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
            } finally {
                pool.shutdown();
            }
            List<String> firstIds = receive(first, 30);
            List<String> secondIds = receive(second, 30);
            assertEquals(30, new HashSet<>(firstIds).size(), "an event was delivered twice: " + firstIds);
            assertEquals(firstIds, secondIds, "two subscribers saw different orders");
            assertNull(first.next(QUIET), "more than the 30 events arrived");

            List<String> deliveredEmails = new ArrayList<>();
            for (String id : firstIds.subList(0, 10)) {
                String data = GraphQL.as(admin).ok("query($id: ID!) { node(id: $id) { ... on Event { data } } }",
                        Map.of("id", id)).extract().path("data.node.data");
                deliveredEmails.add(JSON.readTree(data).at("/changes/email/to").asText());
            }
            assertEquals(sequential, deliveredEmails, "sequential commits arrived out of order");
        }
    }

    /**
     * A transaction that wrote its event before another, but commits after it, must not be skipped: a feed that
     * remembered "the last event delivered" by insertion order would have moved past it.
     */
    @Test
    void anEventWhoseTransactionCommitsLateIsStillDeliveredAndFirst() throws Exception {
        String account = Accounts.create(platformId, Accounts.input("NONE"));
        try (EventSocket socket = subscribed(EventSocket.initialised(admin));
                Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO event (platform_id, id, type, created_at, actor_subject, actor_roles, data)
                    VALUES (?, 'evt_latecommit' || floor(random() * 1e9)::bigint, 'test.late', now(), 'test', '{}', '{}')""")) {
                insert.setString(1, platformId);
                insert.executeUpdate();
            }
            update(account, "quick@x.example");
            Thread.sleep(500);
            slow.commit();

            Map<String, Object> late = EventSocket.event(socket.expect("next"));
            Map<String, Object> quick = EventSocket.event(socket.expect("next"));
            assertEquals("test.late", late.get("type"));
            assertEquals("account.updated", quick.get("type"));
            assertNull(socket.next(QUIET));
        }
    }

    @Test
    void theSocketClosesWhenItsTokenExpires() throws Exception {
        String shortLived = Tokens.expiringIn(Duration.ofSeconds(3), platformId, "analyst");
        try (EventSocket socket = subscribed(EventSocket.initialised(shortLived))) {
            EventSocket.Closed closed = socket.closed(Duration.ofSeconds(8));
            assertNotNull(closed, "the socket outlived its token");
            assertEquals(1008, closed.code());
            // Closed means unsubscribed: nothing is streamed to it any more.
            awaitSubscribers(0, socket);
        }
    }

    private void awaitSubscribers(int count, EventSocket... unused) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (feed.subscriberCount() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("subscribers: " + feed.subscriberCount() + ", expected " + count);
            }
            Thread.sleep(20);
        }
    }

    /** Subscribes to all events and waits until the feed has the subscriber. */
    private EventSocket subscribed(EventSocket socket) throws InterruptedException {
        int before = feed.subscriberCount();
        socket.subscribeToEvents("events");
        awaitSubscribers(before + 1);
        return socket;
    }

    private void update(String account, String email) {
        GraphQL.as(admin).ok(UPDATE, Map.of("id", account, "email", email))
                .body("data.updateConnectedAccount.userErrors", org.hamcrest.Matchers.empty());
    }

    private static List<String> receive(EventSocket socket, int count) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add((String) EventSocket.event(socket.expect("next")).get("id"));
        }
        return ids;
    }
}
