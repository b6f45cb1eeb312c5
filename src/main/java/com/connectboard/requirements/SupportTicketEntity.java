package com.connectboard.requirements;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A ticket filed with contactSupport about one required action. */
@Entity
@Table(name = "support_ticket")
public class SupportTicketEntity {

    public static final String ID_PREFIX = "tkt";

    @Id
    public String id;
    @TenantId
    public String platformId;
    public String accountId;
    public String actionId;
    public String requirement;
    public String subject;
    public String body;
    public Instant createdAt;
    public String createdBy;
}
