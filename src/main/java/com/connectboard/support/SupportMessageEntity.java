package com.connectboard.support;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import com.connectboard.graphql.Ids;

/** One message of a case's conversation. Private platform context has visibleToAccount = false. */
@Entity
@Table(name = "support_message")
public class SupportMessageEntity {

    public static final String ID_PREFIX = "msg";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public String caseId;
    /** The provider's message id; null for the opening message and for the platform's own context. */
    public String providerMessageId;

    @Enumerated(EnumType.STRING)
    public SupportMessageAuthor author;

    public String body;
    public Instant createdAt;
    public boolean visibleToAccount;

    /** A new message of the case, with an id of Connectboard's own; the caller persists it. */
    static SupportMessageEntity of(String caseId, SupportMessageAuthor author, String body, Instant createdAt,
            boolean visibleToAccount) {
        SupportMessageEntity message = new SupportMessageEntity();
        message.id = Ids.newId(ID_PREFIX);
        message.caseId = caseId;
        message.author = author;
        message.body = body;
        message.createdAt = createdAt;
        message.visibleToAccount = visibleToAccount;
        return message;
    }
}
