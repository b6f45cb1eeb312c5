package com.connectboard.requirements;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** An item with no column on the account, as submitted; only a showable form of the value is kept. */
@Entity
@Table(name = "requirement_submission")
@IdClass(RequirementSubmissionEntity.Key.class)
public class RequirementSubmissionEntity {

    @Id
    public String accountId;
    @Id
    public String requirement;

    @TenantId
    public String platformId;

    public String valueShown;
    public Instant submittedAt;
    public String submittedBy;

    public static class Key implements Serializable {
        public String accountId;
        public String requirement;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId)
                    && Objects.equals(requirement, key.requirement);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, requirement);
        }
    }
}
