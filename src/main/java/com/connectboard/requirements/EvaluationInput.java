package com.connectboard.requirements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.connectboard.account.BusinessType;

/**
 * Everything the evaluator reads about one account, gathered by {@link EvaluationInputs} (or built by hand in unit
 * tests). {@code facts} are the provided items' fact names (account columns, submissions, persons); {@code requested}
 * maps each requested capability to when it was requested.
 */
public record EvaluationInput(String accountId, String country, BusinessType businessType, boolean hostedOnboarding,
        boolean detailsSubmitted, boolean platformCollects, boolean rejected, Set<String> facts,
        Map<CapabilityName, Instant> requested, List<InformationRequest> informationRequests,
        List<FutureRequirement> futureRequirements, Map<String, VerificationFailure> failures, Set<String> verified,
        Instant createdAt, Instant lastActivityAt) {

    /** The business type is an item too (business_type): provided exactly when the account has one. */
    public EvaluationInput {
        if (businessType != null && !facts.contains(AccountFacts.BUSINESS_TYPE)) {
            facts = new java.util.HashSet<>(facts);
            facts.add(AccountFacts.BUSINESS_TYPE);
        }
        facts = Set.copyOf(facts);
    }

    /** An open request of the provider (requirement.information_requested, not yet resolved). */
    public record InformationRequest(String requestId, String description, Instant dueBy) {
    }

    /** requirement.future_added: the provider will need the item by {@code dueBy}. */
    public record FutureRequirement(String requirement, Instant dueBy) {
    }

    /** requirement.verification_failed, until the item is submitted again or verified. */
    public record VerificationFailure(String code, String reason, Instant failedAt) {
    }
}
