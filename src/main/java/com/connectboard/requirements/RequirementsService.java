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

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountLink;
import com.connectboard.account.AccountLinkType;
import com.connectboard.account.AccountLinks;
import com.connectboard.account.AccountService;
import com.connectboard.account.AccountWrites;
import com.connectboard.account.ConnectedAccount;
import com.connectboard.account.RequirementCollection;
import com.connectboard.error.ErrorCode;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.UserError;
import com.connectboard.provider.ProviderOutbox;
import com.connectboard.requirements.RequirementViews.Capability;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.security.Caller;

/** The requirement mutations: capabilities, submitting on the account's behalf, remediation links, support tickets. */
@ApplicationScoped
public class RequirementsService {

    @Input("CapabilityChangeInput")
    @Description("One capability to request or unrequest.")
    public record CapabilityChange(@NonNull @Description("The capability; at most once per call.") CapabilityName capability,
            @NonNull @Description("true requests it (and what it needs), false unrequests it.") Boolean requested) {
    }

    @Input("UpdateCapabilitiesInput")
    @Description("Capability changes of one account, applied together or not at all. Refusals in userErrors: NOT_FOUND, "
            + "ACCOUNT_REMOVED, INVALID_INPUT (a capability twice, not offered in the account's country, or needed by "
            + "another requested one).")
    public record UpdateCapabilitiesInput(@Id @NonNull @Description("acct_ id.") String accountId,
            @NonNull @Description("Requesting a capability also requests those it needs (CARD_PAYMENTS brings TRANSFERS).") List<@NonNull CapabilityChange> changes) {
    }

    @Type("UpdateCapabilitiesPayload")
    @Description("Result of updateCapabilities.")
    public record CapabilitiesPayload(
            @Description("Every capability of the account after the change; null when refused.") List<@NonNull Capability> capabilities,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Input("SubmitRequirementInformationInput")
    @Description("A requirement item's value, given by the platform. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, "
            + "NOT_PLATFORM_COLLECTED, INVALID_INPUT (the value does not fit the item, e.g. a person under 13, an MCC "
            + "that is not 4 digits).")
    public record SubmitInput(@Id @NonNull @Description("acct_ id of a platform-collected account.") String accountId,
            @NonNull @Description("The item, e.g. individual.dob.") String requirement,
            @NonNull @Description("Dates as YYYY-MM-DD; addresses as JSON {line1, line2, city, postalCode, state, country}; documents as the provider's file id (file_...).") String value) {
    }

    @Type("SubmitRequirementInformationPayload")
    @Description("Result of submitRequirementInformation.")
    public record SubmitPayload(
            @Description("The account after the submission, re-evaluated; null when refused.") ConnectedAccount connectedAccount,
            @NonNull @Description("Why nothing was stored; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "NOT_PLATFORM_COLLECTED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Input("CreateRemediationLinkInput")
    @Description("The account whose holder should supply its outstanding items. Refusals in userErrors: NOT_FOUND, "
            + "ACCOUNT_REMOVED.")
    public record RemediationLinkInput(@Id @NonNull @Description("acct_ id.") String accountId) {
    }

    @Type("CreateRemediationLinkPayload")
    @Description("Result of createRemediationLink.")
    public record RemediationLinkPayload(
            @Description("Reusable until it expires (90 days) or a newer remediation link replaces it.") AccountLink link,
            @NonNull @Description("Why no link was issued; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED.") List<@NonNull UserError> userErrors) {
    }

    @Input("ContactSupportInput")
    @Description("A ticket to the provider about one required action. Refusals in userErrors: NOT_FOUND (account or "
            + "action), ACCOUNT_REMOVED, INVALID_INPUT.")
    public record ContactSupportInput(@Id @NonNull @Description("acct_ id.") String accountId,
            @Id @NonNull @Description("act_ id of one of the account's outstanding actions.") String actionId,
            @NonNull @Description("1 to 200 characters (surrounding spaces are trimmed).") String subject,
            @NonNull @Description("1 to 10,000 characters (surrounding spaces are trimmed).") String body) {
    }

    @Type("SupportTicket")
    @Description("A ticket filed with the provider about a required action.")
    public record SupportTicket(@Id @NonNull @Description("tkt_ id.") String id,
            @Id @NonNull @Description("acct_ id of the account it is about.") String accountId,
            @Id @NonNull @Description("act_ id of the action it is about.") String actionId,
            @NonNull @Description("The action's item, e.g. company.tax_id.") String requirement,
            @NonNull @Description("The subject sent, trimmed.") String subject,
            @NonNull @Description("The body sent, trimmed.") String body,
            @NonNull @Description("When it was filed (UTC); it reaches the provider shortly after.") Instant createdAt)
            implements
                Node {

        static SupportTicket of(SupportTicketEntity ticket) {
            return new SupportTicket(ticket.id, ticket.accountId, ticket.actionId, ticket.requirement, ticket.subject,
                    ticket.body, ticket.createdAt);
        }

        @Id
        @NonNull
        @Override
        public String getId() {
            return id;
        }
    }

    @Type("ContactSupportPayload")
    @Description("Result of contactSupport.")
    public record ContactSupportPayload(@Description("The ticket filed; null when refused.") SupportTicket supportTicket,
            @NonNull @Description("Why no ticket was filed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    private final AccountService accounts;
    private final AccountEvaluation evaluation;
    private final AccountWrites writes;
    private final RequirementCatalog catalog;
    private final RequirementSubmissions submissions;
    private final AccountLinks links;
    private final EventRecorder events;
    private final EntityManager entityManager;
    private final Caller caller;
    private final ProviderOutbox outbox;
    private final Clock clock;

    @Inject
    public RequirementsService(AccountService accounts, AccountEvaluation evaluation, AccountWrites writes,
            RequirementCatalog catalog,
            RequirementSubmissions submissions, AccountLinks links, EventRecorder events,
            EntityManager entityManager, Caller caller, ProviderOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.evaluation = evaluation;
        this.writes = writes;
        this.catalog = catalog;
        this.submissions = submissions;
        this.links = links;
        this.events = events;
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Requests and unrequests capabilities. Requesting one requests what it needs; unrequesting one that another
     * requested capability needs is refused (unrequest both in one call), rather than silently dropping the other.
     */
    @Transactional
    public CapabilitiesPayload updateCapabilities(UpdateCapabilitiesInput input) {
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return new CapabilitiesPayload(null, List.of(lookup.error()));
        }
        AccountEntity account = lookup.account();
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
            return new CapabilitiesPayload(null, errors);
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
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return new SubmitPayload(null, List.of(lookup.error()));
        }
        AccountEntity account = lookup.account();
        if (account.requirementCollection != RequirementCollection.PLATFORM) {
            return new SubmitPayload(null, List.of(UserError.of(ErrorCode.NOT_PLATFORM_COLLECTED, "input.accountId",
                    "The provider collects this account's requirements: send a remediation link instead "
                            + "(createRemediationLink)")));
        }
        String problem = submissions.problem(account, input.requirement(), input.value());
        if (problem != null) {
            String field = catalog.definition(input.requirement()).isPresent() ? "input.value" : "input.requirement";
            return new SubmitPayload(null, List.of(UserError.of(ErrorCode.INVALID_INPUT, field, problem)));
        }
        String shown = submissions.apply(account, input.requirement(), input.value(), caller.subject());
        events.record("requirement.submitted", account.id, Map.of("requirement", input.requirement(), "value", shown));
        writes.inputsChanged(account);
        return new SubmitPayload(ConnectedAccount.of(account), List.of());
    }

    @Transactional
    public RemediationLinkPayload createRemediationLink(RemediationLinkInput input) {
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return new RemediationLinkPayload(null, List.of(lookup.error()));
        }
        return new RemediationLinkPayload(links.issue(lookup.account().id, AccountLinkType.REMEDIATION), List.of());
    }

    @Transactional
    public ContactSupportPayload contactSupport(ContactSupportInput input) {
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return new ContactSupportPayload(null, List.of(lookup.error()));
        }
        AccountEntity account = lookup.account();
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
            return new ContactSupportPayload(null, errors);
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
