package com.connectboard.onboarding;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import com.connectboard.account.AccountLinkType;

/** A hosted-page link. The token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "account_link")
public class AccountLinkEntity {

    public static final String ID_PREFIX = "link";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;

    @Enumerated(EnumType.STRING)
    public AccountLinkType type;

    public String tokenHash;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant usedAt;
    /** Set when a newer link of the same account and type replaced this one before it was used. */
    public Instant voidedAt;
}
