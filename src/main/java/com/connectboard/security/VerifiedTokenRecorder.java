package com.connectboard.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Stores in {@link VerifiedTokens} the identity quarkus-oidc built for a bearer token it verified and accepted.
 * Augmentors only run on an accepted identity; this one runs first, so what is stored is quarkus-oidc's identity as it
 * was, and the other augmentors apply again to each request answered from the cache.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (!Boolean.TRUE.equals(attributes.get(VerifiedTokens.FROM_CACHE))) {
            tokens.store(identity);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
