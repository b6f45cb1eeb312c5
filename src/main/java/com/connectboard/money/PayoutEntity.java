package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import com.connectboard.account.ExternalAccountKind;

@Entity
@Table(name = "payout")
public class PayoutEntity {

    public static final String ID_PREFIX = "po";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String accountId;
    public String transferId;
    public String externalAccountId;

    @Enumerated(EnumType.STRING)
    public ExternalAccountKind externalAccountKind;

    public String externalAccountLast4;
    public long amount;
    public String currency;
    public String description;

    @Enumerated(EnumType.STRING)
    public PayoutMethod method;

    @Enumerated(EnumType.STRING)
    public PayoutStatus status;

    public Instant expectedArrivalAt;
    public Instant arrivedAt;
    public String failureCode;
    public String failureMessage;
    public Instant createdAt;
    public Instant updatedAt;
}
