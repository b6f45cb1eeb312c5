package com.connectboard.requirements;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** What the provider said about an account's requirements (its webhook events), one row per kind and item. */
@Entity
@Table(name = "provider_requirement")
@IdClass(ProviderRequirementEntity.Key.class)
public class ProviderRequirementEntity {

    public static final String INFORMATION_REQUEST = "INFORMATION_REQUEST";
    public static final String FUTURE = "FUTURE";
    public static final String VERIFICATION_FAILED = "VERIFICATION_FAILED";
    public static final String VERIFIED = "VERIFIED";

    @Id
    public String accountId;
    @Id
    public String kind;
    /** The provider's request id for information requests, the requirement name otherwise. */
    @Id
    public String item;

    @TenantId
    public String platformId;

    public String description;
    public Instant dueBy;
    public String code;
    public String reason;
    public Instant createdAt;

    public static class Key implements Serializable {
        public String accountId;
        public String kind;
        public String item;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(kind, key.kind)
                    && Objects.equals(item, key.item);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind, item);
        }
    }
}
