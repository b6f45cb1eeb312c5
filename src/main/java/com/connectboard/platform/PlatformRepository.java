package com.connectboard.platform;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.security.Tenant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlatformRepository implements PanacheRepositoryBase<PlatformEntity, String> {

    @Inject
    Tenant tenant;

    /** The caller's platform; empty when the token names a platform the provider never registered. */
    public Optional<PlatformEntity> current() {
        return findByIdOptional(tenant.platformId());
    }
}
