package com.connectboard.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The platform whose data this request may see. For API calls it is the token's platform; the provider webhook and
 * background jobs, which have no token, name the platform explicitly with {@link #actAs(String)} once they know it.
 * Hibernate reads it for every statement ({@link PlatformTenantResolver}), which is what scopes every query.
 */
@RequestScoped
public class Tenant {

    @Inject
    Caller caller;
    private String explicitPlatformId;

    public void actAs(String platformId) {
        this.explicitPlatformId = platformId;
    }

    public Optional<String> current() {
        if (explicitPlatformId != null) {
            return Optional.of(explicitPlatformId);
        }
        return Optional.ofNullable(caller.platformClaim()).filter(id -> !id.isBlank());
    }

    public String platformId() {
        return current().orElseGet(caller::platformId);
    }
}
