package com.connectboard.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads of accounts; all platform-scoped by the tenant filter. "Live" means not removed. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<AccountEntity, String> {

    public Optional<AccountEntity> findLive(String id) {
        return findByIdOptional(id).filter(account -> !account.isRemoved());
    }

    public List<AccountEntity> findLive(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 and removedAt is null", ids);
    }
}
