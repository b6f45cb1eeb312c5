package com.connectboard.requirements;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The extension point for items about persons (catalog source {@code persons}: {@code representative},
 * {@code owners_provided}). The persons feature implements it; until then {@link NoPersonsYet} answers that nothing is
 * provided, so those items stay due.
 */
public interface PersonRequirements {

    /** For each account, the person facts it has provided (e.g. "representative"); absent accounts have none. */
    Map<String, Set<String>> providedFor(Collection<String> accountIds);
}
