package com.connectboard.requirements;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
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
 * The provider's requirement events and its account activity (docs/provider-events.md). Each handler is routed by the
 * account it names, reads the event's fields, locks the account, records what the provider said in
 * {@code provider_requirement} (or the account's last activity), records a Connectboard event with the same type, and
 * re-evaluates the account. The processor applies each event id once.
 */
@ApplicationScoped
public class RequirementEventHandlers {

    static final int MAX_REQUIREMENT_LENGTH = 200;
    private static final Pattern REQUIREMENT_NAME = Pattern
            .compile("[A-Za-z0-9_\\-\\[\\]]+(\\.[A-Za-z0-9_\\-\\[\\]]+)*");

    @Inject
    ProviderRouting routing;
    @Inject
    AccountRepository accounts;
    @Inject
    ProviderState state;
    @Inject
    AccountEvaluation evaluation;
    @Inject
    EventRecorder events;

    @Produces
    @Singleton
    ProviderEventHandler informationRequested() {
        return ProviderEventHandler.of("requirement.information_requested", this::byAccount, this::informationRequested);
    }

    @Produces
    @Singleton
    ProviderEventHandler informationResolved() {
        return ProviderEventHandler.of("requirement.information_resolved", this::byAccount, this::informationResolved);
    }

    @Produces
    @Singleton
    ProviderEventHandler futureAdded() {
        return ProviderEventHandler.of("requirement.future_added", this::byAccount, this::futureAdded);
    }

    @Produces
    @Singleton
    ProviderEventHandler verificationFailed() {
        return ProviderEventHandler.of("requirement.verification_failed", this::byAccount, this::verificationFailed);
    }

    @Produces
    @Singleton
    ProviderEventHandler verificationSucceeded() {
        return ProviderEventHandler.of("requirement.verification_succeeded", this::byAccount, this::verificationSucceeded);
    }

    @Produces
    @Singleton
    ProviderEventHandler activity() {
        return ProviderEventHandler.of("account.activity", this::byAccount, this::activity);
    }

    private String byAccount(ProviderEvent event) {
        return routing.platformOfAccount(event.text("account_id"));
    }

    /** What every handler ends with, once it has applied the event: the event recorded, the account re-evaluated. */
    private void done(ProviderEvent event, AccountEntity account, Map<String, Object> data) {
        data.put("providerEventId", event.id());
        events.record(event.type(), account.id, data);
        evaluation.reevaluate(account);
    }

    private void informationRequested(ProviderEvent event) {
        String requestId = event.text("request_id");
        String description = event.text("description");
        Instant dueBy = optionalInstant(event, "due_by");
        AccountEntity account = account(event);
        ProviderRequirementEntity row = state.put(account.id, ProviderRequirementEntity.INFORMATION_REQUEST, requestId);
        row.description = description;
        row.dueBy = dueBy;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId);
        data.put("description", description);
        data.put("dueBy", dueBy == null ? null : dueBy.toString());
        done(event, account, data);
    }

    private void informationResolved(ProviderEvent event) {
        String requestId = event.text("request_id");
        AccountEntity account = account(event);
        if (state.remove(account.id, ProviderRequirementEntity.INFORMATION_REQUEST, requestId) == 0) {
            throw ProviderEventRejected.unprocessable("Account " + account.id + " has no open information request "
                    + requestId);
        }
        done(event, account, new LinkedHashMap<>(Map.of("requestId", requestId)));
    }

    private void futureAdded(ProviderEvent event) {
        String requirement = requirement(event);
        Instant dueBy = event.instant("due_by");
        AccountEntity account = account(event);
        state.put(account.id, ProviderRequirementEntity.FUTURE, requirement).dueBy = dueBy;
        done(event, account, new LinkedHashMap<>(Map.of("requirement", requirement, "dueBy", dueBy.toString())));
    }

    private void verificationFailed(ProviderEvent event) {
        String requirement = requirement(event);
        String code = event.text("code");
        String reason = event.text("reason");
        AccountEntity account = account(event);
        ProviderRequirementEntity row = state.put(account.id, ProviderRequirementEntity.VERIFICATION_FAILED,
                requirement);
        row.code = code;
        row.reason = reason;
        state.remove(account.id, ProviderRequirementEntity.VERIFIED, requirement);
        done(event, account, new LinkedHashMap<>(Map.of("requirement", requirement, "code", code, "reason", reason)));
    }

    private void verificationSucceeded(ProviderEvent event) {
        String requirement = requirement(event);
        AccountEntity account = account(event);
        state.remove(account.id, ProviderRequirementEntity.VERIFICATION_FAILED, requirement);
        state.put(account.id, ProviderRequirementEntity.VERIFIED, requirement);
        done(event, account, new LinkedHashMap<>(Map.of("requirement", requirement)));
    }

    private void activity(ProviderEvent event) {
        Instant occurredAt = event.instant("occurred_at");
        AccountEntity account = account(event);
        evaluation.recordActivity(account, occurredAt);
        done(event, account, new LinkedHashMap<>(Map.of("occurredAt", occurredAt.toString())));
    }

    /** The live account the event names, locked. */
    private AccountEntity account(ProviderEvent event) {
        String id = event.text("account_id");
        AccountEntity account = accounts.findForUpdate(id)
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown account " + id));
        if (account.isRemoved()) {
            throw ProviderEventRejected.unprocessable("Account " + id + " was removed from its platform");
        }
        return account;
    }

    /**
     * The requirement the event names. The provider owns requirement names and adds new ones, so a name the catalog
     * does not know is accepted and shown like any other item (docs/requirements.md); only its shape is checked:
     * dot-separated segments of letters, digits, {@code _}, {@code -} and brackets, at most
     * {@value #MAX_REQUIREMENT_LENGTH} characters. Names under {@code information_request.} are Connectboard's own
     * items for the provider's information requests and cannot be named here.
     */
    private static String requirement(ProviderEvent event) {
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

    private static Instant optionalInstant(ProviderEvent event, String field) {
        var node = event.data().get(field);
        return node == null || node.isNull() ? null : event.instant(field);
    }
}
