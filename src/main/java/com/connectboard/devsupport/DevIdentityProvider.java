package com.connectboard.devsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * A development-only OpenID provider, built into the dev profile (never into a packaged application): it publishes a
 * JWKS and issues signed tokens for the demo users of {@link DemoUsers}, with the {@code platform_id} claim that
 * Quarkus' own dev services cannot add. Quarkus OIDC validates these tokens exactly as it validates a real issuer's.
 */
@Path("/dev/oidc")
@ApplicationScoped
@IfBuildProfile("dev")
public class DevIdentityProvider {

    private static final String KEY_ID = "connectboard-dev";

    private final KeyPair keys;
    private final String issuer;

    @Inject
    public DevIdentityProvider(@ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.issuer = "http://localhost:" + port + "/dev/oidc";
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", KEY_ID);
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", base64Url(key.getModulus()));
        jwk.put("e", base64Url(key.getPublicExponent()));
        return Map.of("keys", List.of(jwk));
    }

    /** A token for one demo user, valid 8 hours: {@code Authorization: Bearer <this>}. */
    @GET
    @Path("/tokens/{user}")
    @Produces(MediaType.TEXT_PLAIN)
    public String token(@PathParam("user") String user) {
        DemoUsers.User demo = DemoUsers.find(user).orElseThrow(() -> new NotFoundException(
                "No demo user " + user + "; try one of " + DemoUsers.names()));
        return Jwt.issuer(issuer)
                .subject(demo.name())
                .audience("connectboard")
                .claim("preferred_username", demo.name())
                .claim("platform_id", demo.platformId())
                .claim("realm_access", Map.of("roles", List.of(demo.role())))
                .expiresIn(Duration.ofHours(8))
                .jws().keyId(KEY_ID)
                .sign(keys.getPrivate());
    }

    @GET
    @Path("/tokens")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, String>> users() {
        return DemoUsers.ALL.stream().map(user -> Map.of("user", user.name(), "role", user.role(),
                "platformId", user.platformId(), "token", "/dev/oidc/tokens/" + user.name())).toList();
    }

    String issuer() {
        return issuer;
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
