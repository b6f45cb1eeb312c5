package com.connectboard.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.ErrorLogs;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The provider webhook (docs/provider-events.md): signed, fresh, well-formed events are applied exactly once; anything else changes nothing. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProviderWebhookTest {

    @Inject
    DataSource dataSource;

    private static String registration(String platformId) {
        return Provider.event(TestIds.providerEvent(), "platform.registered",
                Map.of("platform_id", platformId, "name", "Webhook Co", "country", "FR", "default_currency", "EUR"));
    }

    private long platforms(String platformId) {
        return new Database(dataSource).count("SELECT count(*) FROM platform WHERE platform_id = ?", platformId);
    }

    @Test
    void aSignedRegistrationCreatesThePlatform() {
        String platformId = TestIds.platform();
        Provider.send(registration(platformId)).statusCode(200).body("status", equalTo("applied"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok("{ platform { name country defaultCurrency profileComplete } }")
                .body("data.platform.name", equalTo("Webhook Co"))
                .body("data.platform.country", equalTo("FR"))
                .body("data.platform.defaultCurrency", equalTo("eur"))
                .body("data.platform.profileComplete", equalTo(false));
    }

    @Test
    void aBadSignatureIs401AndAppliesNothing() {
        String platformId = TestIds.platform();
        Provider.sendSigned(registration(platformId), Instant.now().getEpochSecond(), "wrong-secret").statusCode(401);
        assertEquals(0, platforms(platformId));
    }

    @Test
    void aTamperedBodyIs401() {
        String platformId = TestIds.platform();
        String body = registration(platformId);
        long t = Instant.now().getEpochSecond();
        String header = "t=" + t + ",v1=" + Provider.sign(t, body, Provider.SECRET);
        Provider.sendWithHeader(body.replace("Webhook Co", "Evil Co"), header).statusCode(401);
        assertEquals(0, platforms(platformId));
    }

    @Test
    void aStaleSignatureIs401() {
        String platformId = TestIds.platform();
        long sixMinutesAgo = Instant.now().minusSeconds(6 * 60).getEpochSecond();
        Provider.sendSigned(registration(platformId), sixMinutesAgo, Provider.SECRET).statusCode(401)
                .body("error", containsString("tolerance"));
        assertEquals(0, platforms(platformId));
    }

    @Test
    void aMissingOrMalformedSignatureHeaderIs401() {
        Provider.sendWithHeader(registration(TestIds.platform()), null).statusCode(401);
        Provider.sendWithHeader(registration(TestIds.platform()), "v1=abc").statusCode(401);
        Provider.sendWithHeader(registration(TestIds.platform()), "t=abc,v1=abc").statusCode(401);
    }

    @Test
    void malformedJsonIs400() {
        Provider.send("{\"id\": \"evt_1\", \"type\": ").statusCode(400).body("error", containsString("JSON"));
    }

    @Test
    void anUnknownTypeIs400NamingIt() {
        Provider.send(Provider.event(TestIds.providerEvent(), "platform.exploded", Map.of("platform_id", "plat_x")))
                .statusCode(400).body("error", containsString("platform.exploded"));
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        String platformId = TestIds.platform();
        Provider.send(Provider.event(TestIds.providerEvent(), "platform.registered",
                Map.of("platform_id", platformId, "name", "No Country", "default_currency", "usd")))
                .statusCode(400).body("error", containsString("data.country"));
        Provider.send("{\"type\": \"platform.registered\", \"created\": 1, \"data\": {}}")
                .statusCode(400).body("error", containsString("`id`"));
        assertEquals(0, platforms(platformId));
    }

    @Test
    void aReplayedEventIsAppliedOnce() {
        String platformId = TestIds.platform();
        String body = registration(platformId);
        Provider.send(body).statusCode(200).body("status", equalTo("applied"));
        Provider.send(body).statusCode(200).body("status", equalTo("already_applied"));
        assertEquals(1, platforms(platformId));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok("{ events(type: \"platform.registered\") { totalCount } }")
                .body("data.events.totalCount", equalTo(1));
    }

    @Test
    void concurrentDeliveriesOfOneEventApplyItOnce() throws Exception {
        String platformId = TestIds.platform();
        String body = registration(platformId);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(() -> Provider.send(body).extract().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, platforms(platformId));
        assertEquals(1, new Database(dataSource).count(
                "SELECT count(*) FROM event WHERE platform_id = ? AND type = 'platform.registered'", platformId));
    }

    @Test
    void concurrentRegistrationsOfOnePlatformUnderDifferentEventsCreateItOnceAndNeverFail500() throws Exception {
        String platformId = TestIds.platform();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = registration(platformId);
                statuses.add(pool.submit(() -> Provider.send(body).extract().statusCode()));
            }
            int applied = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                org.junit.jupiter.api.Assertions.assertTrue(code == 200 || code == 409 || code == 422, "status " + code);
                applied += code == 200 ? 1 : 0;
            }
            assertEquals(1, applied);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, platforms(platformId));
    }

    @Test
    void registeringAKnownPlatformUnderAnotherEventIs422() {
        String platformId = Provider.registerPlatform("First", "US", "usd");
        Provider.send(registration(platformId)).statusCode(422).body("error", containsString("already registered"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok("{ platform { name } }")
                .body("data.platform.name", equalTo("First"));
    }

    @Test
    void aSignatureTimestampBeyondAnyDateIs401AndLogsNoError() {
        try (ErrorLogs logs = ErrorLogs.capture()) {
            for (String header : List.of("t=99999999999999999,v1=00", "t=-9223372036854775808,v1=00",
                    "t=9223372036854775807,v1=00", "t=99999999999999999999,v1=00", "t=,v1=00", "t=1,t=2,v1=zz", ",,,",
                    "t=1=2,v1=00")) {
                Provider.sendWithHeader(registration(TestIds.platform()), header).statusCode(401)
                        .body("error", containsString("Provider-Signature"));
            }
            assertEquals(List.of(), logs.records());
        }
    }

    private static String rawEvent(String id, Object created, String data) {
        return "{\"id\": " + id + ", \"type\": \"platform.registered\", \"created\": " + created + ", \"data\": " + data + "}";
    }

    private static String registrationData(String platformId, String name) {
        return "{\"platform_id\": \"" + platformId + "\", \"name\": \"" + name
                + "\", \"country\": \"US\", \"default_currency\": \"usd\"}";
    }

    @Test
    void anEventCreatedOutOfRangeIs400NamingTheField() {
        String platformId = TestIds.platform();
        String id = "\"" + TestIds.providerEvent() + "\"";
        for (String created : List.of("9223372036854775807", "-9223372036854775808", "1000000000000000", "253402300800",
                "1.5", "\"1700000000\"")) {
            Provider.send(rawEvent(id, created, registrationData(platformId, "Range Co"))).statusCode(400)
                    .body("error", containsString("`created`"));
        }
        assertEquals(0, platforms(platformId));
        // The last second of year 9999 is still a date: accepted.
        Provider.send(rawEvent(id, "253402300799", registrationData(platformId, "Range Co"))).statusCode(200);
    }

    @Test
    void anEventTimeInDataOutOfRangeIs400NamingTheField() {
        String platformId = Accounts.completePlatform("US", "usd");
        String accountId = Accounts.create(platformId, Accounts.input("NONE"));
        for (Object occurredAt : List.of(1_000_000_000_000_000L, Long.MAX_VALUE, -1_000_000_000_000L)) {
            Provider.send(Provider.event(TestIds.providerEvent(), "account.activity",
                    Map.of("account_id", accountId, "occurred_at", occurredAt))).statusCode(400)
                    .body("error", containsString("`data.occurred_at`"));
        }
        Provider.send(Provider.event(TestIds.providerEvent(), "account.activity",
                Map.of("account_id", accountId, "occurred_at", Instant.now().getEpochSecond()))).statusCode(200);
    }

    @Test
    void aNulCharacterInAnEventIs400NamingTheField() {
        String platformId = TestIds.platform();
        long now = Instant.now().getEpochSecond();
        Provider.send(rawEvent("\"evt_nul\\u0000x\"", now, registrationData(platformId, "Nul Co"))).statusCode(400)
                .body("error", containsString("`id`")).body("error", containsString("NUL"));
        Provider.send(rawEvent("\"" + TestIds.providerEvent() + "\"", now, registrationData(platformId, "Nul\\u0000Co")))
                .statusCode(400).body("error", containsString("`data.name`"));
        assertEquals(0, platforms(platformId));
    }
}
