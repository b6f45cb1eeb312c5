package com.connectboard.money;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One immutable entry of the ledger; those of the AVAILABLE and PENDING books are the balance transactions. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntryEntity {

    public static final String ID_PREFIX = "txn";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String movementId;

    @Enumerated(EnumType.STRING)
    public BalanceTransactionType type;

    public String ownerId;

    @Enumerated(EnumType.STRING)
    public Book book;

    public String currency;
    public long amount;
    public String description;
    public Instant createdAt;
}
