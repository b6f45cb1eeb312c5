package com.connectboard.support;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("One message of a support case's conversation.")
public record SupportMessage(
        @Id @NonNull @Description("msg_ id; node(id) finds it where the conversation shows it.") String id,
        @Ignore String caseId,
        @NonNull @Description("Who wrote it.") SupportMessageAuthor author,
        @NonNull @Description("The message text as written, plain text.") String body,
        @NonNull @Description("When it was sent (UTC).") Instant createdAt,
        @NonNull @Description("false for your platform's private context: the account never sees it.") Boolean visibleToAccount)
        implements
            Node {

    static SupportMessage of(SupportMessageEntity m) {
        return new SupportMessage(m.id, m.caseId, m.author, m.body, m.createdAt, m.visibleToAccount);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
