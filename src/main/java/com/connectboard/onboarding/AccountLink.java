package com.connectboard.onboarding;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A link to a hosted page that the account holder opens in a browser.")
public record AccountLink(
        @Id @NonNull @Description("link_ id.") String id,
        @Description("The page's address, with its secret token. Only in the payload that issued the link: Connectboard "
                + "keeps no copy of the token.") String url,
        @NonNull AccountLinkType type,
        @NonNull Instant expiresAt,
        @Description("When the link was used; null while unused.") Instant usedAt) {

    static AccountLink of(AccountLinkEntity entity, String url) {
        return new AccountLink(entity.id, url, entity.type, entity.expiresAt, entity.usedAt);
    }
}
