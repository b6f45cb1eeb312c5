package com.connectboard.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The dev issuer's authorization-code rules: what makes its sign-in flow the real one, not a shortcut. */
class DevAuthorizationsTest {

    private static final String ORIGIN = "http://localhost:8080";
    private static final URI CALLBACK = URI.create(ORIGIN + "/auth/callback");
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final MovingClock clock = new MovingClock();
    private final DevAuthorizations authorizations = new DevAuthorizations(clock, "connectboard-dashboard");

    @Test
    void s256IsTheRfc7636Transform() {
        // RFC 7636, appendix B.
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", DevAuthorizations.s256(VERIFIER));
    }

    @Test
    void aCodeRedeemsOnceForItsClientRedirectAndVerifier() throws Exception {
        String code = authorizations.issueCode("admin", CALLBACK, DevAuthorizations.s256(VERIFIER), "n-1");
        DevAuthorizations.Grant grant = authorizations.redeemCode(code, "connectboard-dashboard", CALLBACK, VERIFIER);
        assertEquals("admin", grant.user());
        assertEquals("n-1", grant.nonce());
        assertEquals("invalid_grant", assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemCode(code, "connectboard-dashboard", CALLBACK, VERIFIER)).error());
    }

    @Test
    void aWrongVerifierRedirectOrClientIsRefusedAndBurnsTheCode() {
        String challenge = DevAuthorizations.s256(VERIFIER);
        String wrongVerifier = authorizations.issueCode("admin", CALLBACK, challenge, null);
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemCode(wrongVerifier, "connectboard-dashboard", CALLBACK, VERIFIER + "x"));
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemCode(wrongVerifier, "connectboard-dashboard", CALLBACK, VERIFIER));

        String wrongRedirect = authorizations.issueCode("admin", CALLBACK, challenge, null);
        assertThrows(DevAuthorizations.RefusedException.class, () -> authorizations.redeemCode(wrongRedirect,
                "connectboard-dashboard", URI.create(ORIGIN + "/elsewhere"), VERIFIER));

        String wrongClient = authorizations.issueCode("admin", CALLBACK, challenge, null);
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemCode(wrongClient, "other-client", CALLBACK, VERIFIER));
    }

    @Test
    void aCodeExpiresAfterAMinute() {
        String code = authorizations.issueCode("admin", CALLBACK, DevAuthorizations.s256(VERIFIER), null);
        clock.advance(DevAuthorizations.CODE_LIFETIME.plus(Duration.ofSeconds(1)));
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemCode(code, "connectboard-dashboard", CALLBACK, VERIFIER));
    }

    @Test
    void theAuthorizationRequestNeedsTheClientAnOwnRedirectAndS256() {
        String challenge = DevAuthorizations.s256(VERIFIER);
        assertTrue(authorizations.checkRequest("connectboard-dashboard", CALLBACK, "code", challenge, "S256", ORIGIN)
                .isEmpty());
        assertTrue(authorizations.checkRequest("other", CALLBACK, "code", challenge, "S256", ORIGIN).isPresent());
        assertTrue(authorizations.checkRequest("connectboard-dashboard", URI.create("https://evil.example/cb"), "code",
                challenge, "S256", ORIGIN).isPresent());
        assertTrue(authorizations.checkRequest("connectboard-dashboard", CALLBACK, "token", challenge, "S256", ORIGIN)
                .isPresent());
        assertTrue(authorizations.checkRequest("connectboard-dashboard", CALLBACK, "code", challenge, "plain", ORIGIN)
                .isPresent());
        assertTrue(authorizations.checkRequest("connectboard-dashboard", CALLBACK, "code", null, "S256", ORIGIN)
                .isPresent());
    }

    @Test
    void aRefreshTokenIsUsedOnceAndDiesWithItsSession() throws Exception {
        String code = authorizations.issueCode("admin", CALLBACK, DevAuthorizations.s256(VERIFIER), null);
        DevAuthorizations.Grant grant = authorizations.redeemCode(code, "connectboard-dashboard", CALLBACK, VERIFIER);
        String first = authorizations.issueRefreshToken(grant);
        DevAuthorizations.Grant renewed = authorizations.redeemRefreshToken(first, "connectboard-dashboard");
        assertEquals(grant, renewed);
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemRefreshToken(first, "connectboard-dashboard"));

        String second = authorizations.issueRefreshToken(renewed);
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemRefreshToken(second, "other-client"));
        String third = authorizations.issueRefreshToken(renewed);
        authorizations.endSession(grant.sessionId());
        assertThrows(DevAuthorizations.RefusedException.class,
                () -> authorizations.redeemRefreshToken(third, "connectboard-dashboard"));
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
