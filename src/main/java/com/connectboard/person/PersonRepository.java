package com.connectboard.person;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
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

    /** Of each of several accounts with persons: whether one is the representative, whether one is an owner. */
    public record Declared(boolean representative, boolean owner) {
    }

    /** {@link Declared} for several accounts in one query; an account without persons is absent. */
    public Map<String, Declared> declared(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select p.accountId, max(case when p.representative then 1 else 0 end), max(case when p.owner then 1 else 0 end)
                from PersonEntity p where p.accountId in :ids group by p.accountId""", Object[].class)
                .setParameter("ids", accountIds).getResultList();
        Map<String, Declared> declared = new HashMap<>();
        for (Object[] row : rows) {
            declared.put((String) row[0],
                    new Declared(((Number) row[1]).intValue() == 1, ((Number) row[2]).intValue() == 1));
        }
        return declared;
    }
}
