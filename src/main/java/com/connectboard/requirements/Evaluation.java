package com.connectboard.requirements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.connectboard.account.AccountStatus;
import com.connectboard.requirements.RequirementViews.Capability;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.requirements.RequirementViews.Requirements;

/**
 * The evaluator's answer for one account at one instant. {@code nextChangeAt} is the next instant at which the same
 * inputs would give a different answer (a deadline, a future requirement's date, the start of the inactivity hold):
 * the deadline job re-evaluates the account then.
 */
public record Evaluation(Requirements requirements, Requirements futureRequirements, List<Capability> capabilities,
        boolean chargesEnabled, boolean payoutsEnabled, AccountStatus status, String disabledReason,
        boolean verificationsOnHold, List<RequiredAction> actionsRequired, Instant nextChangeAt) {

    public boolean hasActionsRequired() {
        return !actionsRequired.isEmpty();
    }

    public Optional<Capability> capability(CapabilityName name) {
        return capabilities.stream().filter(capability -> capability.name() == name).findFirst();
    }
}
