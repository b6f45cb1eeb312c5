package com.connectboard.account;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("An account connected to your platform.")
public record ConnectedAccount(
        @Id @NonNull @Description("acct_ id.") String id,
        @NonNull @Description("When the account was created (UTC).") Instant createdAt) implements Node {

    static ConnectedAccount of(AccountEntity entity) {
        return new ConnectedAccount(entity.id, entity.createdAt);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
