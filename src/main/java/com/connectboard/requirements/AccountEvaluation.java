package com.connectboard.requirements;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountInputsListener;
import com.connectboard.account.AccountRepository;
import com.connectboard.account.AccountStatus;
import com.connectboard.account.AccountWrites;
import com.connectboard.account.DashboardAccess;
import com.connectboard.account.RequirementCollection;
import com.connectboard.requirements.EvaluationInput.FutureRequirement;
import com.connectboard.requirements.EvaluationInput.InformationRequest;
import com.connectboard.requirements.EvaluationInput.VerificationFailure;

/**
 * Runs the one {@link Evaluator} on stored accounts: gathers the inputs of a page of accounts in a few statements, and
 * {@link #reevaluate} writes back what lists filter on (status, charges and payouts enabled, has actions required,
 * the next deadline) and the capabilities' statuses. Changes to an account's inputs reach it through the account
 * feature's one write path ({@link AccountWrites#inputsChanged}, this class being its {@link AccountInputsListener}).
 */
@ApplicationScoped
public class AccountEvaluation implements AccountInputsListener {

    /** Evaluations of this request, so that several fields of one account evaluate it once. */
    @RequestScoped
    public static class Cache {
        // Reached through methods only: a field read on the client proxy would not reach this request's instance.
        private final Map<String, Evaluation> byAccount = new HashMap<>();

        Evaluation get(String accountId) {
            return byAccount.get(accountId);
        }

        void put(String accountId, Evaluation evaluation) {
            byAccount.put(accountId, evaluation);
        }

        void remove(String accountId) {
            byAccount.remove(accountId);
        }
    }

    private static final java.time.Duration FREQUENT_ACTIVITY_RESOLUTION = java.time.Duration.ofHours(1);

    private final Evaluator evaluator;
    private final EntityManager entityManager;
    private final AccountRepository accounts;
    private final PersonRequirements persons;
    private final AccountWrites writes;
    private final Cache cache;
    private final Clock clock;

    @Inject
    public AccountEvaluation(RequirementCatalog catalog, RequirementsConfig config, EntityManager entityManager,
            AccountRepository accounts, AccountWrites writes, PersonRequirements persons, Cache cache, Clock clock) {
        this.writes = writes;
        this.evaluator = new Evaluator(catalog, config.defaultDeadline(), config.inactivityHold());
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.persons = persons;
        this.cache = cache;
        this.clock = clock;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** The account feature's write path reports a change to the account's inputs: re-evaluated in its transaction. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void inputsChanged(AccountEntity account) {
        reevaluate(account);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation reevaluate(String accountId) {
        return reevaluate(accounts.findById(accountId));
    }

    /**
     * Re-evaluates an account in the current transaction and hands the answer to the account feature
     * ({@link AccountWrites#applyEvaluation}). Input changes arrive through {@link #inputsChanged}; this feature's own
     * changes (a deadline passed, a capability requested, a provider requirement) call it directly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation reevaluate(AccountEntity account) {
        // The inputs are read with queries; flush first so they see this transaction's own changes.
        entityManager.flush();
        Evaluation evaluation = evaluator.evaluate(inputs(List.of(account)).get(account.id), Instant.now(clock));
        writes.applyEvaluation(account, evaluation.status(), evaluation.chargesEnabled(), evaluation.payoutsEnabled(),
                evaluation.hasActionsRequired(), evaluation.nextChangeAt());
        Instant now = Instant.now(clock);
        for (CapabilityRequestEntity request : requests(List.of(account.id))) {
            CapabilityStatus status = evaluation.capability(request.capability).orElseThrow().status();
            if (request.status != status) {
                request.status = status;
                request.updatedAt = now;
            }
        }
        cache.put(account.id, evaluation);
        return evaluation;
    }

    /**
     * The status of one capability, for a mutation that depends on it (money needs TRANSFERS), with the account row
     * locked. The stored status is exact unless a time-based change is due (a deadline, the start of the inactivity
     * hold): every input change re-evaluates in its transaction, and {@code nextEvaluationAt} is the next moment time
     * alone could change the answer. Then the account is re-evaluated first, as the deadline job would.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CapabilityStatus capabilityStatus(AccountEntity account, CapabilityName capability) {
        Instant now = Instant.now(clock);
        if (account.nextEvaluationAt != null && !now.isBefore(account.nextEvaluationAt)) {
            return reevaluate(account).capability(capability).map(RequirementViews.Capability::status)
                    .orElse(CapabilityStatus.UNREQUESTED);
        }
        CapabilityRequestEntity request = entityManager.find(CapabilityRequestEntity.class,
                new CapabilityRequestEntity.Key(account.id, capability));
        if (request != null && request.status != null) {
            return request.status;
        }
        // Never requested: the status the capabilities list shows (UNREQUESTED, or DISABLED where not offered).
        return evaluate(List.of(account.id)).get(account.id).capability(capability)
                .map(RequirementViews.Capability::status).orElse(CapabilityStatus.UNREQUESTED);
    }

    /**
     * Activity on the account at {@code at} (money moved, or the provider says so): {@code lastActivityAt} moves
     * forward only, so an older report delivered late does not bring the hold back. Activity ends the provider's
     * inactivity hold, which changes what restricts the account, so an account that was on hold is re-evaluated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordActivity(AccountEntity account, Instant at) {
        boolean wasOnHold = evaluator.onHold(account.createdAt, account.lastActivityAt, Instant.now(clock));
        writes.recordActivity(account, at);
        if (wasOnHold) {
            reevaluate(account);
        }
    }

    /**
     * Activity that happens often (money moving): recorded only when the last recorded activity is more than an hour
     * old, so that a busy account's row is not rewritten by every transfer. The hold is counted in days; an hour does
     * not change it, and an account active within the hour cannot be on hold.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFrequentActivity(AccountEntity account, Instant at) {
        if (account.lastActivityAt == null || at.isAfter(account.lastActivityAt.plus(FREQUENT_ACTIVITY_RESOLUTION))) {
            recordActivity(account, at);
        }
    }

    /** The account was removed: its capability requests are platform-controlled settings and go for good. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(String accountId) {
        entityManager.createQuery("delete from CapabilityRequestEntity where accountId = :a").setParameter("a", accountId)
                .executeUpdate();
        cache.remove(accountId);
    }

    /** The evaluation of live accounts for reading (GraphQL fields), by account id. */
    public Map<String, Evaluation> evaluate(Collection<String> accountIds) {
        Map<String, Evaluation> result = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        for (String id : accountIds) {
            Evaluation cached = cache.get(id);
            if (cached != null) {
                result.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Instant now = Instant.now(clock);
            inputs(accounts.findLive(missing)).forEach((id, input) -> {
                Evaluation evaluation = evaluator.evaluate(input, now);
                cache.put(id, evaluation);
                result.put(id, evaluation);
            });
        }
        return result;
    }

    private List<CapabilityRequestEntity> requests(Collection<String> accountIds) {
        return entityManager.createQuery("from CapabilityRequestEntity where accountId in :ids",
                CapabilityRequestEntity.class).setParameter("ids", accountIds).getResultList();
    }

    /** The evaluator's inputs for these accounts: five statements whatever their number. */
    Map<String, EvaluationInput> inputs(Collection<AccountEntity> accountList) {
        List<String> ids = accountList.stream().map(account -> account.id).toList();
        Map<String, EvaluationInput> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<String, Map<CapabilityName, Instant>> requested = new HashMap<>();
        for (CapabilityRequestEntity request : requests(ids)) {
            if (request.requested) {
                requested.computeIfAbsent(request.accountId, id -> new HashMap<>()).put(request.capability,
                        request.requestedAt);
            }
        }
        List<ProviderRequirementEntity> provider = entityManager.createQuery(
                "from ProviderRequirementEntity where accountId in :ids order by createdAt, item",
                ProviderRequirementEntity.class).setParameter("ids", ids).getResultList();
        Map<String, Set<String>> submitted = new HashMap<>();
        entityManager.createQuery("select accountId, requirement from RequirementSubmissionEntity where accountId in :ids",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> submitted.computeIfAbsent((String) row[0], id -> new HashSet<>()).add((String) row[1]));
        Set<String> withExternal = new HashSet<>(entityManager.createQuery(
                "select distinct accountId from ExternalAccountEntity where accountId in :ids", String.class)
                .setParameter("ids", ids).getResultList());
        Map<String, Set<String>> personFacts = persons.providedFor(ids);

        for (AccountEntity account : accountList) {
            Set<String> facts = new HashSet<>(AccountFacts.of(account, withExternal.contains(account.id)));
            facts.addAll(submitted.getOrDefault(account.id, Set.of()));
            facts.addAll(personFacts.getOrDefault(account.id, Set.of()));
            List<InformationRequest> requests = new java.util.ArrayList<>();
            List<FutureRequirement> future = new java.util.ArrayList<>();
            Map<String, VerificationFailure> failures = new HashMap<>();
            Set<String> verified = new HashSet<>();
            for (ProviderRequirementEntity row : provider) {
                if (!row.accountId.equals(account.id)) {
                    continue;
                }
                switch (row.kind) {
                    case ProviderRequirementEntity.INFORMATION_REQUEST ->
                        requests.add(new InformationRequest(row.item, row.description, row.dueBy));
                    case ProviderRequirementEntity.FUTURE -> future.add(new FutureRequirement(row.item, row.dueBy));
                    case ProviderRequirementEntity.VERIFICATION_FAILED ->
                        failures.put(row.item, new VerificationFailure(row.code, row.reason, row.createdAt));
                    case ProviderRequirementEntity.VERIFIED -> verified.add(row.item);
                    default -> throw new IllegalStateException("Unknown provider requirement kind " + row.kind);
                }
            }
            result.put(account.id, new EvaluationInput(account.id, account.country, account.businessType,
                    account.dashboardAccess != DashboardAccess.NONE, account.detailsSubmitted,
                    account.requirementCollection == RequirementCollection.PLATFORM,
                    account.status == AccountStatus.REJECTED, facts, requested.getOrDefault(account.id, Map.of()),
                    requests, future, failures, verified, account.createdAt, account.lastActivityAt));
        }
        return result;
    }
}
