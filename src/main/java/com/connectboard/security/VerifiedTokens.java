package com.connectboard.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens quarkus-oidc has verified, so that a client sending the same token again is not verified again until
 * the token expires. quarkus-oidc 3.30 verifies the RS256 signature and parses the claims of a locally verified JWT on
 * every request and caches nothing for it (its token cache is for introspection and UserInfo results): 13-24 % of a
 * request's CPU in issue 20's profile (docs/benchmarks.md).
 * <p>
 * What is kept is only the identity quarkus-oidc built for a token it accepted ({@link VerifiedTokenRecorder} stores
 * it), keyed by the SHA-256 of the token's exact text, and only while the token's {@code exp} is in the future: a hit
 * needs the same text (any changed character, signature or claim, is another key and is verified afresh) and a token
 * that has not expired by the system clock, the clock quarkus-oidc checks {@code exp} with. A refused token is never
 * stored, so it is refused again on each request. The map is bounded; when full, expired entries go first, then
 * arbitrary ones (a miss only costs a verification).
 * <p>
 * The trade-off: a token accepted once stays accepted until its expiry even if the issuer stops publishing its key in
 * the meantime — the same as a replica that fetched the key set before the rotation.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Attributes of an identity that belong to the request that built it, replaced by the current request's. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    /** Set on a request answered from here, so that {@link VerifiedTokenRecorder} does not store it again. */
    static final String FROM_CACHE = "connectboard.verified-token";

    private final Map<String, Verified> byHash = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    @Inject
    @ConfigProperty(name = "connectboard.security.verified-token-cache-size", defaultValue = "10000")
    int maxEntries;

    private record Verified(String token, SecurityIdentity identity, long expiresAtMillis) {
    }

    /** The identity of an already verified, unexpired token with exactly this text, for this request; else null. */
    SecurityIdentity lookup(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (maxEntries <= 0 || !(request.getToken() instanceof AccessTokenCredential credential)) {
            return null;
        }
        String token = credential.getToken();
        String key = sha256(token);
        Verified verified = byHash.get(key);
        if (verified == null) {
            return null;
        }
        if (System.currentTimeMillis() >= verified.expiresAtMillis) {
            byHash.remove(key, verified);
            return null;
        }
        if (!MessageDigest.isEqual(verified.token.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        hits.incrementAndGet();
        request.setAttribute(FROM_CACHE, Boolean.TRUE);
        return forRequest(verified.identity, request, context);
    }

    /** Keeps the identity quarkus-oidc built for a token it accepted, until the token's {@code exp}. */
    void store(SecurityIdentity identity) {
        if (maxEntries <= 0 || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        long exp = jwt.getExpirationTime();
        if (credential == null || credential.getToken() == null || exp <= 0) {
            return;
        }
        long expiresAtMillis = exp * 1000;
        long now = System.currentTimeMillis();
        if (now >= expiresAtMillis) {
            return;
        }
        if (byHash.size() >= maxEntries) {
            makeRoom(now);
        }
        byHash.put(sha256(credential.getToken()), new Verified(credential.getToken(), identity, expiresAtMillis));
    }

    /** Hits since start (for the tests). */
    long hits() {
        return hits.get();
    }

    private void makeRoom(long now) {
        byHash.values().removeIf(verified -> now >= verified.expiresAtMillis);
        Iterator<String> keys = byHash.keySet().iterator();
        while (byHash.size() >= maxEntries && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** A copy of the stored identity that names the current request, not the one that verified the token. */
    private static SecurityIdentity forRequest(SecurityIdentity stored, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Map<String, Object> attributes = new HashMap<>(stored.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.put(REQUEST_CONTEXT, context);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            attributes.put(ROUTING_CONTEXT, routing);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(stored.getPrincipal())
                .addRoles(stored.getRoles())
                .addCredentials(stored.getCredentials())
                .addAttributes(attributes)
                .addPermissionChecker(stored::checkPermission)
                .build();
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
