package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "top_up")
public class TopUpEntity {

    public static final String ID_PREFIX = "tu";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public long amount;
    public String currency;
    public String description;

    @Enumerated(EnumType.STRING)
    public TopUpStatus status;

    public String failureCode;
    public String failureMessage;
    public Instant createdAt;
    public Instant updatedAt;
}
