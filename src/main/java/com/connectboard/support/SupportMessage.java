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
        @NonNull @Description("Who wrote it.") SupportMessageAuthor author,
        @NonNull @Description("The message text as written, plain text.") String body,
        @NonNull @Description("When it was sent (UTC).") Instant createdAt,
        @NonNull @Description("false for your platform's private context: the account never sees it.") Boolean visibleToAccount) {

    static SupportMessage of(SupportMessageEntity m) {
        return new SupportMessage(m.id, m.caseId, m.author, m.body, m.createdAt, m.visibleToAccount);
    }
}
