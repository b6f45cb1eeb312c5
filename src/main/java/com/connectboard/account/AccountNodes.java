package com.connectboard.account;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.graphql.NodeResolver;

@ApplicationScoped
public class AccountNodes implements NodeResolver {

    private final AccountRepository accounts;

    @Inject
    public AccountNodes(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(AccountEntity.ID_PREFIX);
    }

    @Override
    public Optional<ConnectedAccount> resolve(String id) {
        return accounts.findLive(id).map(ConnectedAccount::of);
    }

    /** The account as the API shows it, for other features' fields (event.account, viewer.viewingAs). */
    public static ConnectedAccount toApi(AccountEntity entity) {
        return ConnectedAccount.of(entity);
    }
}
