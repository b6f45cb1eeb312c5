package com.connectboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Asked before quarkus-oidc's provider (higher priority): answers a bearer token already verified and not expired
 * from {@link VerifiedTokens}; for any other token it answers nothing, and Quarkus then asks quarkus-oidc, which
 * verifies it (and refuses it, or accepts it and {@link VerifiedTokenRecorder} stores the result).
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity verified = tokens.lookup(request, context);
        return verified == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(verified);
    }

    /** Above quarkus-oidc's provider (the default, {@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }
}
