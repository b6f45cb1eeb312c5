package com.connectboard.requirements;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Used until the persons feature provides its own {@link PersonRequirements}: no person item is provided. */
@ApplicationScoped
@DefaultBean
public class NoPersonsYet implements PersonRequirements {

    @Override
    public Map<String, Set<String>> providedFor(Collection<String> accountIds) {
        return Map.of();
    }
}
