package com.connectboard.account;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("A link to a hosted page that the account holder opens in a browser. node(id) fetches it, so a front end can "
        + "see whether it was used (usedAt), replaced (voidedAt) or has expired (expiresAt); the hosted page itself "
        + "answers LINK_ALREADY_USED or LINK_EXPIRED.")
public record AccountLink(
        @Id @NonNull @Description("link_ id.") String id,
        @Description("The page's address, with its secret token. Only in the payload that issued the link: Connectboard "
                + "keeps no copy of the token.") String url,
        @NonNull @Description("What the hosted page does: onboarding, an update of the details, or remediation.") AccountLinkType type,
        @NonNull @Description("After this instant the page answers LINK_EXPIRED (onboarding and update links: 30 minutes "
                + "by default; remediation links: 90 days).") Instant expiresAt,
        @Description("When the link was used; null while unused.") Instant usedAt,
        @Description("When a newer link for the same account and type replaced it, or its account was removed; null "
                + "otherwise. A voided link opens the LINK_EXPIRED page.") Instant voidedAt)
        implements
            Node {

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
