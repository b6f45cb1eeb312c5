package com.connectboard.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A bank account or debit card of a connected account. Numbers never reach Connectboard: the front end tokenizes them
 * with the provider, and only the provider's token and the last four digits are stored.
 */
@Entity
@Table(name = "external_account")
public class ExternalAccountEntity {

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;

    @Enumerated(EnumType.STRING)
    public ExternalAccountKind kind;

    /** The provider's token; used to pay out, never returned or logged. */
    public String providerToken;

    public String last4;
    public String country;
    public String currency;
    public boolean defaultForCurrency;
    public Instant createdAt;
}
