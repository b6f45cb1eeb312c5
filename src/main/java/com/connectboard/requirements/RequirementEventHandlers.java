package com.connectboard.requirements;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountRepository;
import com.connectboard.event.EventRecorder;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;

/**
 * The provider's requirement events (docs/provider-events.md). Each handler locks the account, records what the provider
 * said in {@code provider_requirement} (or the account's last activity), records a Connectboard event with the same
 * type, and re-evaluates the account. The processor applies each event id once.
 */
public final class RequirementEventHandlers {

    private RequirementEventHandlers() {
    }

    /** The steps every handler takes: routing by account, the locked live account, the requirement named, done. */
    // Singleton: the handlers read its fields directly, which a client proxy would not forward.
    @Singleton
    public static class Steps {
        static final int MAX_REQUIREMENT_LENGTH = 200;
        private static final java.util.regex.Pattern REQUIREMENT_NAME = java.util.regex.Pattern
                .compile("[A-Za-z0-9_\\-\\[\\]]+(\\.[A-Za-z0-9_\\-\\[\\]]+)*");
        final ProviderRouting routing;
        final AccountRepository accounts;
        final ProviderState state;
        final AccountEvaluation evaluation;
        final RequirementCatalog catalog;
        final EventRecorder events;

        @Inject
        public Steps(ProviderRouting routing, AccountRepository accounts, ProviderState state,
                AccountEvaluation evaluation, RequirementCatalog catalog, EventRecorder events) {
            this.routing = routing;
            this.accounts = accounts;
            this.state = state;
            this.evaluation = evaluation;
            this.catalog = catalog;
            this.events = events;
        }

        String platformOf(ProviderEvent event) {
            return routing.platformOfAccount(event.text("account_id"));
        }

        AccountEntity account(ProviderEvent event) {
            String id = event.text("account_id");
            AccountEntity account = accounts.findForUpdate(id)
                    .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown account " + id));
            if (account.isRemoved()) {
                throw ProviderEventRejected.unprocessable("Account " + id + " was removed from its platform");
            }
            return account;
        }

        /**
         * The requirement the event names. The provider owns requirement names and adds new ones, so a name the
         * catalog does not know is accepted and shown like any other item (docs/requirements.md); only its shape is
         * checked: dot-separated segments of letters, digits, {@code _}, {@code -} and brackets, at most
         * {@value #MAX_REQUIREMENT_LENGTH} characters. Names under {@code information_request.} are Connectboard's
         * own items for the provider's information requests and cannot be named here.
         */
        String requirement(ProviderEvent event) {
            String name = event.text("requirement");
            if (name.length() > MAX_REQUIREMENT_LENGTH || !REQUIREMENT_NAME.matcher(name).matches()) {
                throw ProviderEventRejected.malformed("`data.requirement` must be a field path such as "
                        + "company.tax_id (letters, digits, _ - [ ] in dot-separated parts, at most "
                        + MAX_REQUIREMENT_LENGTH + " characters)");
            }
            if (name.startsWith(Evaluator.INFORMATION_REQUEST_PREFIX)) {
                throw ProviderEventRejected.malformed("`data.requirement` cannot start with "
                        + Evaluator.INFORMATION_REQUEST_PREFIX + " (information requests have their own events)");
            }
            return name;
        }

        void done(ProviderEvent event, AccountEntity account, Map<String, Object> data) {
            data.put("providerEventId", event.id());
            events.record(event.type(), account.id, data);
            evaluation.reevaluate(account);
        }

        static Instant optionalInstant(ProviderEvent event, String field) {
            var node = event.data().get(field);
            return node == null || node.isNull() ? null : event.instant(field);
        }
    }

    abstract static class Base implements ProviderEventHandler {
        final Steps steps;

        Base(Steps steps) {
            this.steps = steps;
        }

        @Override
        public String platformOf(ProviderEvent event) {
            return steps.platformOf(event);
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class InformationRequested extends Base {
        @Inject
        public InformationRequested(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "requirement.information_requested";
        }

        @Override
        public void apply(ProviderEvent event) {
            String requestId = event.text("request_id");
            String description = event.text("description");
            Instant dueBy = Steps.optionalInstant(event, "due_by");
            AccountEntity account = steps.account(event);
            ProviderRequirementEntity row = steps.state.put(account.id, ProviderRequirementEntity.INFORMATION_REQUEST,
                    requestId);
            row.description = description;
            row.dueBy = dueBy;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("requestId", requestId);
            data.put("description", description);
            data.put("dueBy", dueBy == null ? null : dueBy.toString());
            steps.done(event, account, data);
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class InformationResolved extends Base {
        @Inject
        public InformationResolved(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "requirement.information_resolved";
        }

        @Override
        public void apply(ProviderEvent event) {
            String requestId = event.text("request_id");
            AccountEntity account = steps.account(event);
            if (steps.state.remove(account.id, ProviderRequirementEntity.INFORMATION_REQUEST, requestId) == 0) {
                throw ProviderEventRejected.unprocessable("Account " + account.id + " has no open information request "
                        + requestId);
            }
            steps.done(event, account, new LinkedHashMap<>(Map.of("requestId", requestId)));
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class FutureAdded extends Base {
        @Inject
        public FutureAdded(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "requirement.future_added";
        }

        @Override
        public void apply(ProviderEvent event) {
            String requirement = steps.requirement(event);
            Instant dueBy = event.instant("due_by");
            AccountEntity account = steps.account(event);
            steps.state.put(account.id, ProviderRequirementEntity.FUTURE, requirement).dueBy = dueBy;
            steps.done(event, account, new LinkedHashMap<>(Map.of("requirement", requirement, "dueBy", dueBy.toString())));
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class VerificationFailed extends Base {
        @Inject
        public VerificationFailed(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "requirement.verification_failed";
        }

        @Override
        public void apply(ProviderEvent event) {
            String requirement = steps.requirement(event);
            String code = event.text("code");
            String reason = event.text("reason");
            AccountEntity account = steps.account(event);
            ProviderRequirementEntity row = steps.state.put(account.id, ProviderRequirementEntity.VERIFICATION_FAILED,
                    requirement);
            row.code = code;
            row.reason = reason;
            steps.state.remove(account.id, ProviderRequirementEntity.VERIFIED, requirement);
            steps.done(event, account,
                    new LinkedHashMap<>(Map.of("requirement", requirement, "code", code, "reason", reason)));
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class VerificationSucceeded extends Base {
        @Inject
        public VerificationSucceeded(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "requirement.verification_succeeded";
        }

        @Override
        public void apply(ProviderEvent event) {
            String requirement = steps.requirement(event);
            AccountEntity account = steps.account(event);
            steps.state.remove(account.id, ProviderRequirementEntity.VERIFICATION_FAILED, requirement);
            steps.state.put(account.id, ProviderRequirementEntity.VERIFIED, requirement);
            steps.done(event, account, new LinkedHashMap<>(Map.of("requirement", requirement)));
        }
    }

    // Singleton: no client proxy, so the shared base class needs no no-args constructor.
    @Singleton
    public static class Activity extends Base {
        @Inject
        public Activity(Steps steps) {
            super(steps);
        }

        @Override
        public String type() {
            return "account.activity";
        }

        @Override
        public void apply(ProviderEvent event) {
            Instant occurredAt = event.instant("occurred_at");
            AccountEntity account = steps.account(event);
            steps.evaluation.recordActivity(account, occurredAt);
            steps.done(event, account, new LinkedHashMap<>(Map.of("occurredAt", occurredAt.toString())));
        }
    }
}
