package com.connectboard.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.connectboard.requirements.PersonRequirements;

/**
 * What an account's persons provide to its requirements: {@code representative} once one person is the
 * representative, {@code owners_provided} once at least one owner is declared (docs/persons.md). One query for a whole
 * page of accounts.
 */
@ApplicationScoped
public class PersonRequirementFacts implements PersonRequirements {

    private final EntityManager entityManager;

    @Inject
    public PersonRequirementFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<String, Set<String>> providedFor(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("""
                select p.accountId, max(case when p.representative then 1 else 0 end), max(case when p.owner then 1 else 0 end)
                from PersonEntity p where p.accountId in :ids group by p.accountId""", Object[].class)
                .setParameter("ids", accountIds).getResultList();
        Map<String, Set<String>> provided = new HashMap<>();
        for (Object[] row : rows) {
            Set<String> facts = new HashSet<>();
            if (((Number) row[1]).intValue() == 1) {
                facts.add("representative");
            }
            if (((Number) row[2]).intValue() == 1) {
                facts.add("owners_provided");
            }
            provided.put((String) row[0], facts);
        }
        return provided;
    }
}
