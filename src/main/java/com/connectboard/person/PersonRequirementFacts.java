package com.connectboard.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.requirements.PersonRequirements;

/**
 * What an account's persons provide to its requirements: {@code representative} once one person is the
 * representative, {@code owners_provided} once at least one owner is declared (docs/persons.md). One query for a whole
 * page of accounts.
 */
@ApplicationScoped
public class PersonRequirementFacts implements PersonRequirements {

    @Inject
    PersonRepository persons;

    @Override
    public Map<String, Set<String>> providedFor(Collection<String> accountIds) {
        Map<String, Set<String>> provided = new HashMap<>();
        persons.declared(accountIds).forEach((accountId, declared) -> {
            Set<String> facts = new HashSet<>();
            if (declared.representative()) {
                facts.add("representative");
            }
            if (declared.owner()) {
                facts.add("owners_provided");
            }
            provided.put(accountId, facts);
        });
        return provided;
    }
}
