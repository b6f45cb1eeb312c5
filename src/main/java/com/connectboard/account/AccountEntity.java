package com.connectboard.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A connected account of a platform. The accounts feature (contract section 3) fills in the rest of its data. */
@Entity
@Table(name = "connected_account")
public class AccountEntity {

    public static final String ID_PREFIX = "acct";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public Instant createdAt;

    /** Set when the account was removed from the platform; a removed account is gone from every read path. */
    public Instant removedAt;

    public boolean isRemoved() {
        return removedAt != null;
    }
}
