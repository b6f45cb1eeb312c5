package com.connectboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Hibernate's discriminator multi-tenancy ({@code @TenantId} on every platform-owned entity) adds
 * {@code platform_id = ?} to every query and load and fills it on every insert. This resolver supplies the value.
 * Without a platform (no request, no claim) it answers a tenant that owns nothing, so a forgotten context reads
 * nothing and writes nothing instead of everything.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PlatformTenantResolver implements TenantResolver {

    /** Matches no row: platform ids start with "plat_". */
    public static final String NO_PLATFORM = "-";

    @Inject
    Tenant tenant;

    @Override
    public String getDefaultTenantId() {
        return NO_PLATFORM;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_PLATFORM;
        }
        return tenant.current().orElse(NO_PLATFORM);
    }
}
