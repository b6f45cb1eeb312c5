package com.connectboard.devsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of the dev issuer's authorization-code flow, kept apart from HTTP so that a plain unit test checks them: a
 * code is bound to its client, redirect URI and PKCE S256 challenge, used once, within a minute; a refresh token is
 * used once too (each refresh returns a new one) and dies with its session at sign-out.
 */
final class DevAuthorizations {

    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    record Grant(String user, String clientId, String sessionId, String nonce) {
    }

    private record PendingCode(Grant grant, URI redirectUri, String codeChallenge, Instant expiresAt) {
    }

    private record Session(Grant grant, Instant expiresAt) {
    }

    private final Clock clock;
    private final String clientId;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();

    DevAuthorizations(Clock clock, String clientId) {
        this.clock = clock;
        this.clientId = clientId;
    }

    String clientId() {
        return clientId;
    }

    /** Why an authorization request cannot go on, or empty when it can. */
    Optional<String> checkRequest(String requestClientId, URI redirectUri, String responseType, String codeChallenge,
            String method, String issuerOrigin) {
        if (!clientId.equals(requestClientId)) {
            return Optional.of("Unknown client_id " + requestClientId + "; this issuer knows " + clientId);
        }
        if (redirectUri == null || !origin(redirectUri).equals(issuerOrigin)) {
            return Optional.of("redirect_uri must be on " + issuerOrigin);
        }
        if (!"code".equals(responseType)) {
            return Optional.of("Only response_type=code is supported");
        }
        if (codeChallenge == null || codeChallenge.isBlank() || !"S256".equals(method)) {
            return Optional.of("PKCE is required: code_challenge with code_challenge_method=S256");
        }
        return Optional.empty();
    }

    String issueCode(String user, URI redirectUri, String codeChallenge, String nonce) {
        String code = randomToken();
        Grant grant = new Grant(user, clientId, randomToken(), nonce);
        codes.put(code, new PendingCode(grant, redirectUri, codeChallenge, clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /** The grant of a code, once; the code is gone after the first attempt, right or wrong. */
    Grant redeemCode(String code, String requestClientId, URI redirectUri, String codeVerifier) throws RefusedException {
        PendingCode pending = code == null ? null : codes.remove(code);
        if (pending == null || pending.expiresAt().isBefore(clock.instant())) {
            throw new RefusedException("invalid_grant", "Unknown, used or expired authorization code");
        }
        if (!pending.grant().clientId().equals(requestClientId)) {
            throw new RefusedException("invalid_grant", "The code was issued to another client");
        }
        if (!pending.redirectUri().equals(redirectUri)) {
            throw new RefusedException("invalid_grant", "redirect_uri differs from the authorization request's");
        }
        if (codeVerifier == null || !s256(codeVerifier).equals(pending.codeChallenge())) {
            throw new RefusedException("invalid_grant", "code_verifier does not match the code_challenge");
        }
        return pending.grant();
    }

    String issueRefreshToken(Grant grant) {
        String token = randomToken();
        refreshTokens.put(token, new Session(grant, clock.instant().plus(SESSION_LIFETIME)));
        return token;
    }

    Grant redeemRefreshToken(String token, String requestClientId) throws RefusedException {
        Session session = token == null ? null : refreshTokens.remove(token);
        if (session == null || session.expiresAt().isBefore(clock.instant())) {
            throw new RefusedException("invalid_grant", "Unknown, used or expired refresh token");
        }
        if (!session.grant().clientId().equals(requestClientId)) {
            throw new RefusedException("invalid_grant", "The refresh token was issued to another client");
        }
        return session.grant();
    }

    /** Sign-out: every refresh token of the session stops working. */
    void endSession(String sessionId) {
        refreshTokens.values().removeIf(session -> session.grant().sessionId().equals(sessionId));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port < 0 ? "" : ":" + port);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static final class RefusedException extends Exception {
        private final String error;

        RefusedException(String error, String description) {
            super(description);
            this.error = error;
        }

        String error() {
            return error;
        }
    }
}
