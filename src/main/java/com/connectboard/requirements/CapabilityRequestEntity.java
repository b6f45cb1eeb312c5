package com.connectboard.requirements;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A platform's request (or unrequest) of a capability for an account, and the status last evaluated. */
@Entity
@Table(name = "capability_request")
@IdClass(CapabilityRequestEntity.Key.class)
public class CapabilityRequestEntity {

    @Id
    public String accountId;

    @Id
    @Enumerated(EnumType.STRING)
    public CapabilityName capability;

    @TenantId
    public String platformId;

    public boolean requested;
    public Instant requestedAt;
    @Enumerated(EnumType.STRING)
    public CapabilityStatus status;
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String accountId;
        public CapabilityName capability;

        public Key() {
        }

        public Key(String accountId, CapabilityName capability) {
            this.accountId = accountId;
            this.capability = capability;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && capability == key.capability;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, capability);
        }
    }
}
