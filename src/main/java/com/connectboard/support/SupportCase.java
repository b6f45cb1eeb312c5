package com.connectboard.support;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("A support case a connected account opened with the provider. Listed only for 90 days after it was opened, "
        + "and only for accounts with a FULL or EXPRESS dashboard that share their cases with your platform alone.")
public record SupportCase(
        @Id @NonNull @Description("case_ id.") String id,
        @NonNull @Description("The provider's id of the case.") String providerCaseId,
        @Ignore String accountId,
        @NonNull @Description("The subject the account gave when opening the case.") String subject,
        @NonNull @Description("OPEN until the provider closes it.") SupportCaseStatus status,
        @NonNull @Description("When the account opened the case with the provider (UTC).") Instant createdAt,
        @NonNull @Description("When the case last changed: its latest message, context or closing (UTC).") Instant updatedAt,
        @Description("When the provider closed the case; null while OPEN.") Instant closedAt)
        implements
            Node {

    static SupportCase of(SupportCaseEntity c) {
        return new SupportCase(c.id, c.providerCaseId, c.accountId, c.subject, c.status, c.createdAt, c.updatedAt,
                c.closedAt);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
