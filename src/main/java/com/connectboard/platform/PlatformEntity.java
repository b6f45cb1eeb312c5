package com.connectboard.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A platform registered by the provider. Its key is the platform id itself, so it needs no tenant column: it is only
 * ever loaded by {@link PlatformRepository#current()}, which reads the caller's own id.
 */
@Entity
@Table(name = "platform")
public class PlatformEntity {

    public static final String ID_PREFIX = "plat";

    @Id
    @Column(name = "platform_id")
    public String id;

    public String name;
    public String country;
    public String defaultCurrency;
    public String url;
    public String productDescription;
    public String supportEmail;
    public String notificationEmail;
    public Instant createdAt;
    public Instant updatedAt;

    /** The profile is complete (docs/api.md) when name, url or product description, support email and notification email are set. */
    public boolean profileComplete() {
        return present(name) && (present(url) || present(productDescription)) && present(supportEmail)
                && present(notificationEmail);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
