package com.connectboard.devsupport;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * A development-only OpenID provider, built into the dev profile (never into a packaged application): it publishes a
 * discovery document and a JWKS, and issues signed tokens for the demo users of {@link DemoUsers}, with the
 * {@code platform_id} claim that Quarkus' own dev services cannot add. Quarkus OIDC validates these tokens exactly as it
 * validates a real issuer's.
 * <p>
 * The dashboard signs in here the way it signs in at a real issuer: Authorization Code with PKCE (S256) as the public
 * client {@code connectboard.dashboard.client-id}, with a page to pick a demo user instead of a password, refresh
 * tokens, and an end-session endpoint ({@link DevAuthorizations} holds the rules). For scripts, {@code /tokens/<user>}
 * hands out a token directly.
 */
@Path("/dev/oidc")
@ApplicationScoped
@IfBuildProfile("dev")
public class DevIdentityProvider {

    private static final String KEY_ID = "connectboard-dev";

    /** Short, so that the dashboard's renewal runs within a working session. */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final KeyPair keys;
    private final String issuer;
    private final DevAuthorizations authorizations;

    @Inject
    public DevIdentityProvider(@ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "connectboard.dashboard.client-id", defaultValue = "connectboard-dashboard") String clientId) {
        this.issuer = "http://localhost:" + port + "/dev/oidc";
        this.authorizations = new DevAuthorizations(Clock.systemUTC(), clientId);
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
        return accessToken(demo, null, Duration.ofHours(8));
    }

    @GET
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/auth");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("end_session_endpoint", issuer + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("scopes_supported", List.of("openid", "profile"));
        return document;
    }

    /** The sign-in page: instead of a password, pick one of the demo users. */
    @GET
    @Path("/auth")
    @Produces(MediaType.TEXT_HTML)
    public Response authorize(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("response_type") String responseType, @QueryParam("state") String state,
            @QueryParam("code_challenge") String codeChallenge,
            @QueryParam("code_challenge_method") String codeChallengeMethod, @QueryParam("nonce") String nonce) {
        URI redirect = parse(redirectUri);
        var refused = authorizations.checkRequest(clientId, redirect, responseType, codeChallenge, codeChallengeMethod,
                DevAuthorizations.origin(URI.create(issuer)));
        if (refused.isPresent()) {
            return page(Response.Status.BAD_REQUEST, "<h1>Sign-in refused</h1><p>" + html(refused.get()) + "</p>");
        }
        StringBuilder body = new StringBuilder("<h1>Connectboard dev sign-in</h1>")
                .append("<p>A development issuer: pick a demo user. Each has one role on one demo platform.</p>")
                .append("<form method=\"post\" action=\"").append(issuer).append("/auth\">");
        hidden(body, "client_id", clientId);
        hidden(body, "redirect_uri", redirectUri);
        hidden(body, "state", state);
        hidden(body, "code_challenge", codeChallenge);
        hidden(body, "nonce", nonce);
        body.append("<ul>");
        for (DemoUsers.User user : DemoUsers.ALL) {
            body.append("<li><button type=\"submit\" name=\"user\" value=\"").append(html(user.name())).append("\">")
                    .append(html(user.name())).append("</button> ").append(html(user.role())).append(" on ")
                    .append(html(user.platformId())).append("</li>");
        }
        body.append("</ul></form>");
        return page(Response.Status.OK, body.toString());
    }

    @POST
    @Path("/auth")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseUser(@FormParam("user") String user, @FormParam("client_id") String clientId,
            @FormParam("redirect_uri") String redirectUri, @FormParam("state") String state,
            @FormParam("code_challenge") String codeChallenge, @FormParam("nonce") String nonce) {
        URI redirect = parse(redirectUri);
        var refused = authorizations.checkRequest(clientId, redirect, "code", codeChallenge, "S256",
                DevAuthorizations.origin(URI.create(issuer)));
        if (refused.isPresent() || DemoUsers.find(user).isEmpty()) {
            return page(Response.Status.BAD_REQUEST,
                    "<h1>Sign-in refused</h1><p>" + html(refused.orElse("No demo user " + user)) + "</p>");
        }
        String code = authorizations.issueCode(user, redirect, codeChallenge, nonce);
        UriBuilder back = UriBuilder.fromUri(redirect).queryParam("code", code);
        if (state != null) {
            back.queryParam("state", state);
        }
        return Response.seeOther(back.build()).build();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response tokenEndpoint(@FormParam("grant_type") String grantType, @FormParam("code") String code,
            @FormParam("redirect_uri") String redirectUri, @FormParam("client_id") String clientId,
            @FormParam("code_verifier") String codeVerifier, @FormParam("refresh_token") String refreshToken) {
        try {
            DevAuthorizations.Grant grant;
            if ("authorization_code".equals(grantType)) {
                grant = authorizations.redeemCode(code, clientId, parse(redirectUri), codeVerifier);
            } else if ("refresh_token".equals(grantType)) {
                grant = authorizations.redeemRefreshToken(refreshToken, clientId);
            } else {
                throw new DevAuthorizations.RefusedException("unsupported_grant_type",
                        "authorization_code or refresh_token");
            }
            DemoUsers.User demo = DemoUsers.find(grant.user()).orElseThrow();
            Map<String, Object> tokens = new LinkedHashMap<>();
            tokens.put("access_token", accessToken(demo, grant, ACCESS_TOKEN_LIFETIME));
            tokens.put("token_type", "Bearer");
            tokens.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
            tokens.put("refresh_token", authorizations.issueRefreshToken(grant));
            tokens.put("id_token", idToken(demo, grant));
            tokens.put("scope", "openid profile");
            return Response.ok(tokens).cacheControl(noStore()).build();
        } catch (DevAuthorizations.RefusedException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", e.error(), "error_description", e.getMessage()))
                    .type(MediaType.APPLICATION_JSON).build();
        }
    }

    /** Sign-out: the session's refresh tokens stop working, then back to the dashboard. */
    @GET
    @Path("/logout")
    public Response logout(@QueryParam("id_token_hint") String idTokenHint,
            @QueryParam("post_logout_redirect_uri") String postLogoutRedirectUri, @QueryParam("state") String state) {
        if (idTokenHint != null) {
            try {
                var jws = new org.jose4j.jws.JsonWebSignature();
                jws.setCompactSerialization(idTokenHint);
                jws.setKey(keys.getPublic());
                if (jws.verifySignature()) {
                    authorizations.endSession(org.jose4j.jwt.JwtClaims.parse(jws.getPayload())
                            .getClaimValueAsString("sid"));
                }
            } catch (org.jose4j.lang.JoseException | org.jose4j.jwt.consumer.InvalidJwtException e) {
                // An unreadable hint ends nothing; the browser still goes back.
            }
        }
        URI back = parse(postLogoutRedirectUri);
        if (back == null || !DevAuthorizations.origin(back).equals(DevAuthorizations.origin(URI.create(issuer)))) {
            return page(Response.Status.OK, "<h1>Signed out</h1>");
        }
        UriBuilder target = UriBuilder.fromUri(back);
        if (state != null) {
            target.queryParam("state", state);
        }
        return Response.seeOther(target.build()).build();
    }

    private String accessToken(DemoUsers.User demo, DevAuthorizations.Grant grant, Duration lifetime) {
        var builder = Jwt.issuer(issuer)
                .subject(demo.name())
                .audience("connectboard")
                .claim("preferred_username", demo.name())
                .claim("platform_id", demo.platformId())
                .claim("realm_access", Map.of("roles", List.of(demo.role())));
        if (grant != null) {
            builder.claim("azp", grant.clientId()).claim("sid", grant.sessionId());
        }
        return builder.expiresIn(lifetime).jws().keyId(KEY_ID).sign(keys.getPrivate());
    }

    private String idToken(DemoUsers.User demo, DevAuthorizations.Grant grant) {
        var builder = Jwt.issuer(issuer)
                .subject(demo.name())
                .audience(grant.clientId())
                .claim("preferred_username", demo.name())
                .claim("name", demo.name() + " (" + demo.role() + ")")
                .claim("sid", grant.sessionId());
        if (grant.nonce() != null) {
            builder.claim("nonce", grant.nonce());
        }
        return builder.expiresIn(ACCESS_TOKEN_LIFETIME).jws().keyId(KEY_ID).sign(keys.getPrivate());
    }

    private static URI parse(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    private static Response page(Response.Status status, String body) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connectboard dev sign-in"
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>body{font-family:"
                + "system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}button{min-width:"
                + "10rem;padding:.4rem}</style></head><body><main>" + body + "</main></body></html>";
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML).cacheControl(noStore()).build();
    }

    private static void hidden(StringBuilder body, String name, String value) {
        if (value != null) {
            body.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(html(value))
                    .append("\">");
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
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
