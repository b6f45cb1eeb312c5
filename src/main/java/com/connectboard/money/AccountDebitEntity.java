package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

@Entity
@Immutable
@Table(name = "account_debit")
public class AccountDebitEntity {

    public static final String ID_PREFIX = "debit";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;
    public long amount;
    public String currency;
    public String description;
    public Instant createdAt;
}
