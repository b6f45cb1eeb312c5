package com.connectboard.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.connectboard.error.ApiErrors;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, from the validated bearer token: subject, roles and platform ({@code platform_id} claim). */
@RequestScoped
public class Caller {

    public static final String PLATFORM_CLAIM = "platform_id";

    private final SecurityIdentity identity;
    // The platform claim, read once per request: JsonWebToken.getClaim converts jose4j's claim to a JSON-P value on
    // every call, and a request asks for its platform many times (the tenant of every Hibernate session, every
    // native statement, every view-as check): 2.5-4 % of a request's CPU in the issue-20 profile. Only a token's value
    // is kept; an anonymous identity is never cached (it may still become authenticated, e.g. a WebSocket's init).
    private String platformClaim;

    @Inject
    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The token's roles, sorted; roles outside the five are kept (they grant nothing). */
    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.claimValue());
    }

    /** The caller's platform; a token without one may do nothing at all. */
    public String platformId() {
        if (identity.isAnonymous()) {
            // /graphql lets no anonymous request in (quarkus.http.auth.permission.api): an anonymous identity here
            // means the request's security context is gone, i.e. the client disconnected mid-request. Not a token
            // without a platform.
            throw new RequestEnded();
        }
        String platformId = platformClaim();
        if (platformId == null || platformId.isBlank()) {
            throw ApiErrors.forbidden("The token carries no " + PLATFORM_CLAIM + " claim");
        }
        return platformId;
    }

    String platformClaim() {
        if (platformClaim != null) {
            return platformClaim;
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object claim = jwt.getClaim(PLATFORM_CLAIM);
        platformClaim = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        return platformClaim;
    }
}
