package com.connectboard.requirements;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountLinkType;
import com.connectboard.account.AccountLinks;
import com.connectboard.account.AccountService;
import com.connectboard.account.AccountWrites;
import com.connectboard.account.ConnectedAccount;
import com.connectboard.account.RequirementCollection;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Refusals;
import com.connectboard.graphql.UserError;
import com.connectboard.provider.ProviderOutbox;
import com.connectboard.requirements.RequirementInputs.CapabilityChange;
import com.connectboard.requirements.RequirementInputs.ContactSupportInput;
import com.connectboard.requirements.RequirementInputs.RemediationLinkInput;
import com.connectboard.requirements.RequirementInputs.SubmitInput;
import com.connectboard.requirements.RequirementInputs.UpdateCapabilitiesInput;
import com.connectboard.requirements.RequirementPayloads.CapabilitiesPayload;
import com.connectboard.requirements.RequirementPayloads.ContactSupportPayload;
import com.connectboard.requirements.RequirementPayloads.RemediationLinkPayload;
import com.connectboard.requirements.RequirementPayloads.SubmitPayload;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.requirements.RequirementViews.SupportTicket;
import com.connectboard.security.Caller;

/** The requirement mutations: capabilities, submitting on the account's behalf, remediation links, support tickets. */
@ApplicationScoped
public class RequirementsService {

    @Inject
    AccountService accounts;
    @Inject
    AccountEvaluation evaluation;
    @Inject
    AccountWrites writes;
    @Inject
    RequirementCatalog catalog;
    @Inject
    RequirementSubmissions submissions;
    @Inject
    AccountLinks links;
    @Inject
    EventRecorder events;
    @Inject
    EntityManager entityManager;
    @Inject
    Caller caller;
    @Inject
    ProviderOutbox outbox;
    @Inject
    Clock clock;

    /**
     * Requests and unrequests capabilities. Requesting one requests what it needs; unrequesting one that another
     * requested capability needs is refused (unrequest both in one call), rather than silently dropping the other.
     */
    @Transactional
    public CapabilitiesPayload updateCapabilities(UpdateCapabilitiesInput input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        Map<CapabilityName, CapabilityRequestEntity> rows = new EnumMap<>(CapabilityName.class);
        entityManager.createQuery("from CapabilityRequestEntity where accountId = :a", CapabilityRequestEntity.class)
                .setParameter("a", account.id).getResultList().forEach(row -> rows.put(row.capability, row));
        Set<CapabilityName> after = new HashSet<>();
        rows.values().stream().filter(row -> row.requested).forEach(row -> after.add(row.capability));

        List<UserError> errors = new ArrayList<>();
        Set<CapabilityName> seen = new HashSet<>();
        for (int i = 0; i < input.changes().size(); i++) {
            CapabilityChange change = input.changes().get(i);
            String field = "input.changes[" + i + "]";
            if (!seen.add(change.capability())) {
                errors.add(UserError.of(ErrorCode.INVALID_INPUT, field + ".capability", change.capability()
                        + " is changed twice"));
            }
            if (change.requested() && !catalog.capability(change.capability()).availableIn(account.country)) {
                errors.add(UserError.of(ErrorCode.INVALID_INPUT, field + ".capability", change.capability()
                        + " is not offered to accounts in " + account.country));
            }
        }
        for (CapabilityChange change : input.changes()) {
            if (!change.requested()) {
                after.remove(change.capability());
            }
        }
        for (CapabilityChange change : input.changes()) {
            if (change.requested()) {
                after.addAll(catalog.closure(change.capability()));
            }
        }
        for (CapabilityName requested : after) {
            for (CapabilityName needed : catalog.closure(requested)) {
                if (!after.contains(needed)) {
                    errors.add(UserError.of(ErrorCode.INVALID_INPUT, "input.changes", requested + " needs " + needed
                            + ": unrequest " + requested + " too, or keep " + needed));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.of(errors);
        }
        Instant now = Instant.now(clock);
        Map<String, Object> changed = new LinkedHashMap<>();
        for (CapabilityName name : CapabilityName.values()) {
            CapabilityRequestEntity row = rows.get(name);
            boolean was = row != null && row.requested;
            boolean is = after.contains(name);
            if (was == is) {
                continue;
            }
            if (row == null) {
                row = new CapabilityRequestEntity();
                row.accountId = account.id;
                row.capability = name;
                row.status = CapabilityStatus.UNREQUESTED;
            }
            row.requested = is;
            // A new request starts a new deadline; an unrequest forgets the old one.
            row.requestedAt = is ? now : null;
            row.updatedAt = now;
            if (!entityManager.contains(row)) {
                entityManager.persist(row);
            }
            changed.put(name.name(), Map.of("requested", Map.of("from", was, "to", is)));
        }
        Evaluation result = evaluation.reevaluate(account);
        if (!changed.isEmpty()) {
            writes.touch(account, now);
            changed.forEach((name, change) -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("capability", name);
                data.put("changes", change);
                data.put("status", result.capability(CapabilityName.valueOf(name)).orElseThrow().status().name());
                events.record("capability.updated", account.id, data);
            });
        }
        return new CapabilitiesPayload(result.capabilities(), List.of());
    }

    @Transactional
    public SubmitPayload submit(SubmitInput input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        if (account.requirementCollection != RequirementCollection.PLATFORM) {
            throw Refusal.of(ErrorCode.NOT_PLATFORM_COLLECTED, "input.accountId",
                    "The provider collects this account's requirements: send a remediation link instead "
                            + "(createRemediationLink)");
        }
        String problem = submissions.problem(account, input.requirement(), input.value());
        if (problem != null) {
            String field = catalog.definition(input.requirement()).isPresent() ? "input.value" : "input.requirement";
            throw Refusal.of(ErrorCode.INVALID_INPUT, field, problem);
        }
        String shown = submissions.apply(account, input.requirement(), input.value(), caller.subject());
        events.record("requirement.submitted", account.id, Map.of("requirement", input.requirement(), "value", shown));
        writes.inputsChanged(account);
        return new SubmitPayload(ConnectedAccount.of(account), List.of());
    }

    @Transactional
    public RemediationLinkPayload createRemediationLink(RemediationLinkInput input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        return new RemediationLinkPayload(links.issue(account.id, AccountLinkType.REMEDIATION), List.of());
    }

    @Transactional
    public ContactSupportPayload contactSupport(ContactSupportInput input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        List<UserError> errors = new ArrayList<>();
        String subject = input.subject().strip();
        String body = input.body().strip();
        if (subject.isEmpty() || subject.length() > 200) {
            errors.add(UserError.of(ErrorCode.INVALID_INPUT, "input.subject", "`input.subject` must be 1 to 200 characters"));
        }
        if (body.isEmpty() || body.length() > 10000) {
            errors.add(UserError.of(ErrorCode.INVALID_INPUT, "input.body", "`input.body` must be 1 to 10000 characters"));
        }
        RequiredAction action = evaluation.evaluate(List.of(account.id)).get(account.id).actionsRequired().stream()
                .filter(candidate -> candidate.id().equals(input.actionId())).findFirst().orElse(null);
        if (action == null) {
            errors.add(UserError.of(ErrorCode.NOT_FOUND, "input.actionId", "Account " + account.id
                    + " has no outstanding action " + input.actionId()));
        }
        if (!errors.isEmpty()) {
            throw Refusals.of(errors);
        }
        SupportTicketEntity ticket = new SupportTicketEntity();
        ticket.id = Ids.newId(SupportTicketEntity.ID_PREFIX);
        ticket.accountId = account.id;
        ticket.actionId = action.id();
        ticket.requirement = action.requirement();
        ticket.subject = subject;
        ticket.body = body;
        ticket.createdAt = Instant.now(clock);
        ticket.createdBy = caller.subject();
        entityManager.persist(ticket);
        // Sent to the provider by the outbox worker, committed with the ticket: never lost, never sent for nothing.
        outbox.enqueue("support_ticket.created", Map.of("supportTicketId", ticket.id, "accountId", account.id,
                "requirement", action.requirement(), "subject", subject, "body", body));
        events.record("support_ticket.created", account.id, Map.of("supportTicketId", ticket.id, "actionId", action.id(),
                "requirement", action.requirement(), "subject", subject));
        return new ContactSupportPayload(new SupportTicket(ticket.id, account.id, action.id(), action.requirement(),
                subject, body, ticket.createdAt), List.of());
    }

    /** A ticket of the platform (tenant-filtered load), whatever its account's state: the caller narrows further. */
    public java.util.Optional<SupportTicketEntity> findTicket(String id) {
        return java.util.Optional.ofNullable(entityManager.find(SupportTicketEntity.class, id));
    }
}
