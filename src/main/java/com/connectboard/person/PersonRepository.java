package com.connectboard.person;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The persons of the platform's accounts (tenant-filtered, as every entity). */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<PersonEntity, String> {

    /** The persons of several accounts at once (one query for a page of accounts), oldest first. */
    public Map<String, List<PersonEntity>> byAccount(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return list("accountId in ?1 order by createdAt, id", accountIds).stream()
                .collect(Collectors.groupingBy(person -> person.accountId));
    }

    /** The representative of each of several accounts (one query). */
    public Map<String, PersonEntity> representatives(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return list("accountId in ?1 and representative = true", accountIds).stream()
                .collect(Collectors.toMap(person -> person.accountId, person -> person));
    }

    public Optional<PersonEntity> representativeOf(String accountId) {
        return find("accountId = ?1 and representative = true", accountId).firstResultOptional();
    }

    /** What the account's other persons own together (all of them when {@code personId} is null). */
    public BigDecimal ownershipOfOthers(String accountId, String personId) {
        return getEntityManager().createQuery("""
                select coalesce(sum(p.percentOwnership), 0) from PersonEntity p
                where p.accountId = :accountId and (:personId is null or p.id <> :personId)""", BigDecimal.class)
                .setParameter("accountId", accountId)
                .setParameter("personId", personId)
                .getSingleResult();
    }
}
