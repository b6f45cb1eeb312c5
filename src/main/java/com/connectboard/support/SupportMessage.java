package com.connectboard.support;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One message of a support case's conversation.")
public record SupportMessage(
        @Id @NonNull @Description("msg_ id.") String id,
        @Ignore String caseId,
        @NonNull SupportMessageAuthor author,
        @NonNull String body,
        @NonNull Instant createdAt,
        @NonNull @Description("false for your platform's private context: the account never sees it.") Boolean visibleToAccount) {

    static SupportMessage of(SupportMessageEntity m) {
        return new SupportMessage(m.id, m.caseId, m.author, m.body, m.createdAt, m.visibleToAccount);
    }
}
