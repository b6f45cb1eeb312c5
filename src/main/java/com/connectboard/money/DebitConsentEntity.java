package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** The latest debit consent of an account; recording another replaces it. */
@Entity
@Table(name = "debit_consent")
public class DebitConsentEntity {

    @Id
    public String accountId;

    @TenantId
    public String platformId;

    public Instant consentedAt;
    public String reference;
    public Instant recordedAt;
}
