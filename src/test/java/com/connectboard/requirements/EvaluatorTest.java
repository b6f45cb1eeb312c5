package com.connectboard.requirements;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.connectboard.account.AccountStatus;
import com.connectboard.account.BusinessType;
import com.connectboard.requirements.EvaluationInput.FutureRequirement;
import com.connectboard.requirements.EvaluationInput.InformationRequest;
import com.connectboard.requirements.EvaluationInput.VerificationFailure;
import com.connectboard.requirements.RequirementViews.RequiredAction;

/** The evaluator over the shipped catalog: plain JUnit, no Quarkus, no database; time is an argument. */
class EvaluatorTest {

    private static final Evaluator EVALUATOR = new Evaluator(RequirementCatalog.load(), Duration.ofDays(14),
            Duration.ofDays(540));
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Set<String> US_INDIVIDUAL_TRANSFERS = Set.of("tos_acceptance.date", "business_profile.mcc",
            "business_profile.url", "external_account", "individual.first_name", "individual.last_name", "individual.dob",
            "individual.address");

    /** A builder of inputs: a US individual on a platform that collects requirements itself. */
    private static final class Account {
        String country = "US";
        BusinessType type = BusinessType.INDIVIDUAL;
        boolean hosted;
        boolean detailsSubmitted;
        Set<String> facts = new HashSet<>();
        Map<CapabilityName, Instant> requested = new HashMap<>();
        List<InformationRequest> requests = new java.util.ArrayList<>();
        List<FutureRequirement> future = new java.util.ArrayList<>();
        Map<String, VerificationFailure> failures = new HashMap<>();
        Set<String> verified = new HashSet<>();
        Instant lastActivity;

        EvaluationInput input() {
            return new EvaluationInput("acct_test", country, type, hosted, detailsSubmitted, !hosted, false, facts,
                    requested, requests, future, failures, verified, T0, lastActivity);
        }

        Evaluation at(Instant now) {
            return EVALUATOR.evaluate(input(), now);
        }
    }

    @Test
    void actionsAreOrderedByKindThenDueDateOneEntryPerItem() {
        Account account = new Account();
        account.facts.addAll(Set.of("tos_acceptance.date", "business_profile.mcc", "business_profile.url",
                "individual.first_name", "individual.last_name", "individual.address"));
        account.requested.put(CapabilityName.TRANSFERS, T0);
        account.requested.put(CapabilityName.CARD_PAYMENTS, T0.plus(Duration.ofDays(10)));
        Instant now = T0.plus(Duration.ofDays(15));
        account.requests.add(new InformationRequest("req_late", "Explain the refunds", now.plus(Duration.ofDays(9))));
        account.requests.add(new InformationRequest("req_soon", "Describe the business", now.plus(Duration.ofDays(2))));
        account.future.add(new FutureRequirement("individual.phone", now.plus(Duration.ofDays(30))));
        // Also eventually due: listed once, as FUTURE.
        account.future.add(new FutureRequirement("individual.verification.document", now.plus(Duration.ofDays(20))));

        Evaluation evaluation = account.at(now);

        List<String> order = evaluation.actionsRequired().stream().map(a -> a.kind() + " " + a.requirement()).toList();
        assertEquals(List.of(
                "INFORMATION_REQUEST information_request.req_soon",
                "INFORMATION_REQUEST information_request.req_late",
                // TRANSFERS' items: deadline T0+14d, passed
                "PAST_DUE external_account",
                "PAST_DUE individual.dob",
                // only CARD_PAYMENTS needs these: deadline T0+24d
                "CURRENTLY_DUE individual.id_number",
                "CURRENTLY_DUE individual.ssn_last_4",
                "FUTURE individual.verification.document",
                "FUTURE individual.phone"), order);
        assertEquals(order.size(), evaluation.actionsRequired().stream().map(RequiredAction::requirement).distinct()
                .count());
        assertThat(evaluation.requirements().pastDue(), contains("external_account", "individual.dob"));
        assertThat(evaluation.requirements().currentlyDue(), hasItems("external_account", "individual.id_number",
                "information_request.req_soon"));
        assertThat(evaluation.futureRequirements().currentlyDue(),
                contains("individual.phone", "individual.verification.document"));
        assertEquals(now.plus(Duration.ofDays(20)), evaluation.futureRequirements().currentDeadline());
        assertEquals(AccountStatus.RESTRICTED, evaluation.status());
    }

    @Test
    void nothingOutstandingIsAnEmptyListAndAnEnabledAccount() {
        Account account = new Account();
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.facts.add("individual.verification.document");
        account.requested.put(CapabilityName.TRANSFERS, T0);

        Evaluation evaluation = account.at(T0.plus(Duration.ofDays(30)));

        assertThat(evaluation.actionsRequired(), empty());
        assertFalse(evaluation.hasActionsRequired());
        assertEquals(AccountStatus.ENABLED, evaluation.status());
        assertTrue(evaluation.payoutsEnabled());
        assertFalse(evaluation.chargesEnabled());
        assertEquals(CapabilityStatus.ACTIVE, evaluation.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertEquals(CapabilityStatus.UNREQUESTED,
                evaluation.capability(CapabilityName.CARD_PAYMENTS).orElseThrow().status());
        assertThat(evaluation.requirements().pendingVerification(), contains("individual.verification.document"));
        // Nothing is due: the next change is the start of the inactivity hold.
        assertEquals(T0.plus(Duration.ofDays(540)), evaluation.nextChangeAt());
    }

    @Test
    void aPassingDeadlineMakesItemsPastDueTheCapabilityInactiveAndTheAccountRestricted() {
        Account account = new Account();
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.facts.remove("individual.dob");
        account.requested.put(CapabilityName.TRANSFERS, T0);
        Instant deadline = T0.plus(Duration.ofDays(14));

        Evaluation before = account.at(deadline.minusSeconds(60));
        assertEquals(AccountStatus.RESTRICTED_SOON, before.status());
        assertEquals(CapabilityStatus.PENDING, before.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertThat(before.requirements().currentlyDue(), contains("individual.dob"));
        assertThat(before.requirements().pastDue(), empty());
        assertEquals(deadline, before.requirements().currentDeadline());
        assertEquals(deadline, before.nextChangeAt());
        assertNull(before.disabledReason());

        Evaluation after = account.at(deadline);
        assertEquals(AccountStatus.RESTRICTED, after.status());
        assertEquals("requirements.past_due", after.disabledReason());
        assertEquals(CapabilityStatus.INACTIVE, after.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertThat(after.requirements().pastDue(), contains("individual.dob"));
        assertEquals(RequiredActionKind.PAST_DUE, after.actionsRequired().get(0).kind());
        assertFalse(after.payoutsEnabled());

        account.facts.add("individual.dob");
        Evaluation fixed = account.at(deadline.plus(Duration.ofDays(1)));
        assertEquals(CapabilityStatus.ACTIVE, fixed.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertEquals(AccountStatus.ENABLED, fixed.status());
    }

    @Test
    void cardPaymentsNeedsTransfersItemsAndEnablesCharges() {
        Account account = new Account();
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.requested.put(CapabilityName.TRANSFERS, T0);
        account.requested.put(CapabilityName.CARD_PAYMENTS, T0);
        Evaluation missing = account.at(T0.plusSeconds(60));
        assertThat(missing.capability(CapabilityName.CARD_PAYMENTS).orElseThrow().requirements().currentlyDue(),
                contains("individual.id_number", "individual.ssn_last_4"));
        assertEquals(CapabilityStatus.ACTIVE, missing.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertFalse(missing.chargesEnabled());

        account.facts.addAll(Set.of("individual.id_number", "individual.ssn_last_4"));
        Evaluation complete = account.at(T0.plusSeconds(60));
        assertTrue(complete.chargesEnabled());
        assertTrue(complete.payoutsEnabled());
    }

    @Test
    void aVerificationFailureBringsTheItemBackWithItsErrorAndAFreshDeadline() {
        Account account = new Account();
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.requested.put(CapabilityName.TRANSFERS, T0);
        Instant failedAt = T0.plus(Duration.ofDays(100));
        account.failures.put("individual.dob", new VerificationFailure("dob_mismatch", "Does not match the id", failedAt));

        Evaluation evaluation = account.at(failedAt.plusSeconds(1));

        assertThat(evaluation.requirements().currentlyDue(), contains("individual.dob"));
        assertEquals("dob_mismatch", evaluation.requirements().errors().get(0).code());
        RequiredAction action = evaluation.actionsRequired().get(0);
        assertEquals(RequiredActionKind.CURRENTLY_DUE, action.kind());
        assertEquals(failedAt.plus(Duration.ofDays(14)), action.dueDate());
        assertEquals("Does not match the id", action.errors().get(0).reason());
        assertThat(action.affectedCapabilities(), contains(CapabilityName.TRANSFERS));
        assertEquals(AccountStatus.RESTRICTED_SOON, evaluation.status());
    }

    @Test
    void verificationsGoOnHoldAfter540DaysWithoutActivityAndStopRestricting() {
        Account account = new Account();
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.requested.put(CapabilityName.TRANSFERS, T0);
        account.lastActivity = T0.plus(Duration.ofDays(1));
        Instant failedAt = T0.plus(Duration.ofDays(2));
        account.failures.put("individual.verification.document",
                new VerificationFailure("document_blurry", "Unreadable", failedAt));
        Instant holdStarts = account.lastActivity.plus(Duration.ofDays(540));

        Evaluation justBefore = account.at(holdStarts.minusSeconds(60));
        assertFalse(justBefore.verificationsOnHold());
        assertEquals(AccountStatus.RESTRICTED, justBefore.status());
        assertFalse(justBefore.actionsRequired().get(0).onHold());
        assertEquals(holdStarts, justBefore.nextChangeAt());

        Evaluation justAfter = account.at(holdStarts.plusSeconds(60));
        assertTrue(justAfter.verificationsOnHold());
        RequiredAction document = justAfter.actionsRequired().get(0);
        assertEquals("individual.verification.document", document.requirement());
        assertTrue(document.onHold());
        assertEquals(AccountStatus.ENABLED, justAfter.status());
        assertEquals(CapabilityStatus.ACTIVE, justAfter.capability(CapabilityName.TRANSFERS).orElseThrow().status());

        account.lastActivity = holdStarts.plusSeconds(120);
        assertFalse(account.at(holdStarts.plusSeconds(180)).verificationsOnHold());
    }

    @Test
    void hostedAccountsArePendingOnboardingUntilTheyHaveSubmittedTheirDetails() {
        Account account = new Account();
        account.hosted = true;
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        account.requested.put(CapabilityName.TRANSFERS, T0);
        Evaluation pending = account.at(T0.plusSeconds(1));
        assertEquals(AccountStatus.PENDING_ONBOARDING, pending.status());
        assertEquals(CapabilityStatus.PENDING, pending.capability(CapabilityName.TRANSFERS).orElseThrow().status());
        assertThat(pending.actionsRequired().get(0).remediationPaths(), not(hasItem(RemediationPath.SUBMIT_INFORMATION)));

        account.detailsSubmitted = true;
        assertEquals(AccountStatus.ENABLED, account.at(T0.plusSeconds(1)).status());
    }

    @Test
    void anOnboardedAccountFollowsItsRequirementsAndIsNeverPendingOnboardingAgain() {
        Account account = new Account();
        account.hosted = true;
        assertEquals(AccountStatus.PENDING_ONBOARDING, account.at(T0).status());
        assertEquals("requirements.details_not_submitted", account.at(T0).disabledReason());

        account.detailsSubmitted = true;
        Evaluation nothingRequested = account.at(T0);
        assertEquals(AccountStatus.RESTRICTED, nothingRequested.status());
        assertEquals("action_required.requested_capabilities", nothingRequested.disabledReason());

        account.requested.put(CapabilityName.TRANSFERS, T0);
        assertEquals(AccountStatus.RESTRICTED_SOON, account.at(T0.plusSeconds(1)).status());
        assertEquals(AccountStatus.RESTRICTED, account.at(T0.plus(java.time.Duration.ofDays(15))).status());
        account.facts.addAll(US_INDIVIDUAL_TRANSFERS);
        assertEquals(AccountStatus.ENABLED, account.at(T0.plus(java.time.Duration.ofDays(15))).status());
    }

    @Test
    void beforeAnyRequestTheEveryAccountItemsAreEventuallyDue() {
        Account account = new Account();
        Evaluation evaluation = account.at(T0);
        assertThat(evaluation.requirements().eventuallyDue(),
                contains("business_profile.mcc", "business_profile.url", "tos_acceptance.date"));
        assertThat(evaluation.requirements().currentlyDue(), empty());
        // Created by the platform (NONE) with nothing requested: it can neither charge nor be paid.
        assertEquals(AccountStatus.RESTRICTED, evaluation.status());
        assertEquals("action_required.requested_capabilities", evaluation.disabledReason());
        assertTrue(evaluation.actionsRequired().stream().allMatch(a -> a.kind() == RequiredActionKind.EVENTUALLY_DUE));
    }

    @Test
    void aProductDescriptionSatisfiesTheUrlAndCapabilitiesOutsideTheirCountriesAreDisabled() {
        Account account = new Account();
        account.country = "FR";
        account.facts.add("business_profile.product_description");
        Evaluation evaluation = account.at(T0);
        assertThat(evaluation.requirements().eventuallyDue(), not(hasItem("business_profile.url")));
        assertEquals(CapabilityStatus.DISABLED,
                evaluation.capability(CapabilityName.US_BANK_ACCOUNT_ACH_PAYMENTS).orElseThrow().status());
        assertEquals(CapabilityStatus.UNREQUESTED,
                evaluation.capability(CapabilityName.SEPA_DEBIT_PAYMENTS).orElseThrow().status());
    }

    @Test
    void actionsHaveStableIdsPathsAndADraft() {
        Account account = new Account();
        account.type = BusinessType.COMPANY;
        account.requested.put(CapabilityName.TRANSFERS, T0);
        Evaluation evaluation = account.at(T0);
        RequiredAction representative = evaluation.actionsRequired().stream()
                .filter(a -> a.requirement().equals("representative")).findFirst().orElseThrow();
        assertThat(representative.id(), matchesPattern("^act_test[0-9A-Za-z]{24}$"));
        assertEquals(Optional.of("acct_test"), Evaluator.accountOfAction(representative.id()));
        assertEquals(representative.id(), Evaluator.actionId("acct_test", "representative"));
        assertThat(representative.remediationPaths(),
                contains(RemediationPath.MANAGE_PERSONS, RemediationPath.CONTACT_SUPPORT));
        RequiredAction mcc = evaluation.actionsRequired().stream()
                .filter(a -> a.requirement().equals("business_profile.mcc")).findFirst().orElseThrow();
        assertThat(mcc.remediationPaths(), contains(RemediationPath.SUBMIT_INFORMATION,
                RemediationPath.SEND_REMEDIATION_LINK, RemediationPath.CONTACT_SUPPORT));
        assertThat(mcc.supportTicketDraft().subject(), equalTo("Help with business_profile.mcc on account acct_test"));
        assertThat(mcc.supportTicketDraft().body(), org.hamcrest.Matchers.containsString("TRANSFERS"));
    }
}
