package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

@Entity
@Immutable
@Table(name = "transfer")
public class TransferEntity {

    public static final String ID_PREFIX = "tr";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;
    public long amount;
    public String currency;
    public String description;

    @Enumerated(EnumType.STRING)
    public TransferDestination destination;

    public Instant createdAt;
}
