package com.connectboard.support;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A support case the account opened with the provider; created_at is the provider's opened_at. */
@Entity
@Table(name = "support_case")
public class SupportCaseEntity {

    public static final String ID_PREFIX = "case";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String providerCaseId;
    public String accountId;
    public String subject;

    @Enumerated(EnumType.STRING)
    public SupportCaseStatus status;

    public Instant createdAt;
    public Instant updatedAt;
    public Instant closedAt;
}
