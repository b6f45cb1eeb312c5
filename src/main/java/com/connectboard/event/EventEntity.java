package com.connectboard.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An audit event: who did what to which account, and when. Written once, never changed. */
@Entity
@Immutable
@Table(name = "event")
public class EventEntity {

    public static final String ID_PREFIX = "evt";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String type;
    public Instant createdAt;
    public String actorSubject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] actorRoles;

    public String accountId;

    /** The change, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String data;
}
