package com.connectboard.requirements;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The port for items about persons (catalog source {@code persons}: {@code representative},
 * {@code owners_provided}): the evaluator asks, and {@code person.PersonRequirementFacts} answers, so that
 * {@code requirements} does not depend on {@code person}.
 */
public interface PersonRequirements {

    /** For each account, the person facts it has provided (e.g. "representative"); absent accounts have none. */
    Map<String, Set<String>> providedFor(Collection<String> accountIds);
}
