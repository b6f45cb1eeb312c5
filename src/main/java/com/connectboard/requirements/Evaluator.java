package com.connectboard.requirements;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.connectboard.account.AccountStatus;
import com.connectboard.graphql.Ids;
import com.connectboard.requirements.EvaluationInput.FutureRequirement;
import com.connectboard.requirements.EvaluationInput.InformationRequest;
import com.connectboard.requirements.EvaluationInput.VerificationFailure;
import com.connectboard.requirements.RequirementCatalog.Definition;
import com.connectboard.requirements.RequirementCatalog.InputType;
import com.connectboard.requirements.RequirementCatalog.Needs;
import com.connectboard.requirements.RequirementCatalog.Source;
import com.connectboard.requirements.RequirementViews.Capability;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.requirements.RequirementViews.RequirementError;
import com.connectboard.requirements.RequirementViews.Requirements;
import com.connectboard.requirements.RequirementViews.SupportTicketDraft;

/**
 * The one evaluator (docs/requirements.md): from an account's data, its requested capabilities, what the provider said
 * and an instant, it computes requirements, capability statuses, the account status and actionsRequired. A pure
 * function of its inputs, so that the API, every change path and the deadline job agree, and so that it is tested
 * without a database. The rules it applies are in docs/requirements.md.
 */
public final class Evaluator {

    public static final String INFORMATION_REQUEST_PREFIX = "information_request.";
    static final String PAST_DUE_REASON = "requirements.past_due";
    static final String ONBOARDING_REASON = "requirements.details_not_submitted";
    static final String REJECTED_REASON = "rejected.other";
    static final String NOTHING_REQUESTED_REASON = "action_required.requested_capabilities";

    private final RequirementCatalog catalog;
    private final Duration deadline;
    private final Duration inactivityHold;

    public Evaluator(RequirementCatalog catalog, Duration deadline, Duration inactivityHold) {
        this.catalog = catalog;
        this.deadline = deadline;
        this.inactivityHold = inactivityHold;
    }

    public RequirementCatalog catalog() {
        return catalog;
    }

    /** One outstanding item while it is being worked out. */
    private static final class Item {
        final String name;
        final Set<CapabilityName> affected = EnumSet.noneOf(CapabilityName.class);
        Instant deadline;
        boolean due;
        boolean future;
        Instant futureDueBy;
        boolean eventually;
        boolean verification;
        InformationRequest request;

        Item(String name) {
            this.name = name;
        }

        void dueBy(Instant when) {
            due = true;
            if (when != null && (deadline == null || when.isBefore(deadline))) {
                deadline = when;
            }
        }
    }

    /** When the provider starts holding verifications: the inactivity hold after the last activity (or creation). */
    public Instant holdStarts(Instant createdAt, Instant lastActivityAt) {
        return (lastActivityAt != null ? lastActivityAt : createdAt).plus(inactivityHold);
    }

    /** "More than 540 days ago": the hold starts strictly after the 540th day. */
    public boolean onHold(Instant createdAt, Instant lastActivityAt, Instant now) {
        return now.isAfter(holdStarts(createdAt, lastActivityAt));
    }

    public Evaluation evaluate(EvaluationInput in, Instant now) {
        boolean onHold = onHold(in.createdAt(), in.lastActivityAt(), now);
        Map<CapabilityName, Instant> requested = requestedAndOffered(in);
        Map<CapabilityName, Needs> needsOf = new LinkedHashMap<>();
        requested.keySet().forEach(name -> needsOf.put(name, catalog.needs(in.country(), in.businessType(), name)));
        Collection<Item> items = outstanding(in, now, requested, needsOf);

        List<Item> due = items.stream().filter(item -> item.due).toList();
        List<Item> past = due.stream().filter(item -> isPast(item, now)).toList();
        List<RequirementError> errors = in.failures().entrySet().stream()
                .map(entry -> new RequirementError(entry.getKey(), entry.getValue().code(), entry.getValue().reason()))
                .sorted(Comparator.comparing(RequirementError::requirement)).toList();
        boolean restrictedPast = past.stream().anyMatch(item -> restricts(item, onHold));
        Requirements requirements = new Requirements(names(due), names(items.stream()
                .filter(item -> item.due || item.eventually).toList()), names(past),
                pendingVerification(in, needsOf), earliest(due.stream().map(item -> item.deadline)),
                restrictedPast ? PAST_DUE_REASON : null, errors);

        boolean onboarded = !in.hostedOnboarding() || in.detailsSubmitted();
        List<Capability> capabilities = new ArrayList<>();
        for (CapabilityName name : CapabilityName.values()) {
            capabilities.add(capability(in, name, requested.containsKey(name), items, errors, onboarded, now, onHold));
        }
        boolean anyInactive = capabilities.stream().anyMatch(c -> c.status() == CapabilityStatus.INACTIVE);
        boolean restrictedSoon = due.stream().anyMatch(item -> item.deadline != null && restricts(item, onHold));
        AccountState state = accountState(in, onboarded, requested.isEmpty(), restrictedPast || anyInactive,
                restrictedSoon);

        List<RequiredAction> actions = items.stream().map(item -> action(in, item, now, onHold, errors))
                .sorted(Comparator.comparing(RequiredAction::kind)
                        .thenComparing(RequiredAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RequiredAction::requirement))
                .toList();
        return new Evaluation(requirements, futureRequirements(items), List.copyOf(capabilities),
                statusOf(capabilities, CapabilityName.CARD_PAYMENTS) == CapabilityStatus.ACTIVE,
                statusOf(capabilities, CapabilityName.TRANSFERS) == CapabilityStatus.ACTIVE, state.status(),
                state.disabledReason(), onHold, actions, nextChangeAt(in, items, now));
    }

    /** The requested capabilities the account's country is offered, with when each was requested. */
    private Map<CapabilityName, Instant> requestedAndOffered(EvaluationInput in) {
        Map<CapabilityName, Instant> requested = new LinkedHashMap<>();
        in.requested().forEach((name, at) -> {
            if (catalog.capability(name).availableIn(in.country())) {
                requested.put(name, at);
            }
        });
        return requested;
    }

    /**
     * Every outstanding item, once, with the capabilities it affects and the lists it is in: what the requested
     * capabilities need (or the every-account items while none is), what the provider refused, announced or asked.
     */
    private Collection<Item> outstanding(EvaluationInput in, Instant now, Map<CapabilityName, Instant> requested,
            Map<CapabilityName, Needs> needsOf) {
        Map<String, Item> items = new LinkedHashMap<>();
        needed(in, needsOf, requested, items);
        refused(in, needsOf, requested, items);
        announced(in, now, needsOf, requested, items);
        for (InformationRequest request : in.informationRequests()) {
            Item item = items.computeIfAbsent(INFORMATION_REQUEST_PREFIX + request.requestId(), Item::new);
            item.request = request;
            item.dueBy(request.dueBy());
            item.affected.addAll(requested.keySet());
        }
        for (Item item : items.values()) {
            item.verification |= catalog.definition(item.name).map(Definition::verification).orElse(false);
        }
        return items.values();
    }

    /** The catalog's items of each requested capability not yet satisfied: due by its deadline, or eventually. */
    private void needed(EvaluationInput in, Map<CapabilityName, Needs> needsOf, Map<CapabilityName, Instant> requested,
            Map<String, Item> items) {
        needsOf.forEach((capability, needs) -> {
            Instant capabilityDeadline = requested.get(capability).plus(deadline);
            for (String name : needs.due()) {
                if (!satisfied(name, in)) {
                    Item item = items.computeIfAbsent(name, Item::new);
                    item.dueBy(capabilityDeadline);
                    item.affected.add(capability);
                }
            }
            for (String name : needs.eventuallyDue()) {
                if (!satisfied(name, in)) {
                    Item item = items.computeIfAbsent(name, Item::new);
                    item.eventually = true;
                    item.affected.add(capability);
                }
            }
        });
        // Before any capability is requested the every-account items are already worth collecting, without deadline.
        if (requested.isEmpty()) {
            for (String name : catalog.baseline(in.country(), in.businessType()).due()) {
                if (!satisfied(name, in)) {
                    items.computeIfAbsent(name, Item::new).eventually = true;
                }
            }
        }
    }

    /**
     * A refused item is due again, whatever list it came from, with a fresh deadline from the refusal: an account
     * enabled long ago must not be restricted the moment the provider refuses a document.
     */
    private void refused(EvaluationInput in, Map<CapabilityName, Needs> needsOf, Map<CapabilityName, Instant> requested,
            Map<String, Item> items) {
        for (Map.Entry<String, VerificationFailure> failure : in.failures().entrySet()) {
            Item item = items.computeIfAbsent(failure.getKey(), Item::new);
            Instant capabilityDeadline = item.deadline;
            item.deadline = null;
            item.dueBy(later(capabilityDeadline, failure.getValue().failedAt().plus(deadline)));
            if (item.affected.isEmpty()) {
                item.affected.addAll(affectedBy(failure.getKey(), needsOf, requested));
            }
            item.verification = true;
        }
    }

    /** The provider's future requirements: future until their date, then due and already late. */
    private void announced(EvaluationInput in, Instant now, Map<CapabilityName, Needs> needsOf,
            Map<CapabilityName, Instant> requested, Map<String, Item> items) {
        for (FutureRequirement future : in.futureRequirements()) {
            if (satisfied(future.requirement(), in)) {
                continue;
            }
            Item item = items.computeIfAbsent(future.requirement(), Item::new);
            if (item.affected.isEmpty()) {
                item.affected.addAll(affectedBy(future.requirement(), needsOf, requested));
            }
            if (now.isBefore(future.dueBy())) {
                item.future = true;
                item.futureDueBy = item.futureDueBy == null || future.dueBy().isBefore(item.futureDueBy)
                        ? future.dueBy()
                        : item.futureDueBy;
            } else {
                // Its date came: the provider needs it now, and it is already late.
                item.dueBy(future.dueBy());
            }
        }
    }

    private Requirements futureRequirements(Collection<Item> items) {
        List<Item> future = items.stream().filter(item -> item.future && !item.due).toList();
        return new Requirements(names(future),
                names(items.stream().filter(item -> (item.future && !item.due) || item.eventually).toList()),
                List.of(), List.of(), earliest(future.stream().map(item -> item.futureDueBy)),
                future.isEmpty() ? null : PAST_DUE_REASON, List.of());
    }

    /** One capability: its status from the items that affect it, and those items as its own requirements. */
    private Capability capability(EvaluationInput in, CapabilityName name, boolean isRequested, Collection<Item> items,
            List<RequirementError> errors, boolean onboarded, Instant now, boolean onHold) {
        List<Item> mine = items.stream().filter(item -> item.affected.contains(name)).toList();
        CapabilityStatus status;
        if (in.rejected() || !catalog.capability(name).availableIn(in.country())) {
            status = CapabilityStatus.DISABLED;
        } else if (!isRequested) {
            status = CapabilityStatus.UNREQUESTED;
        } else if (mine.stream().anyMatch(item -> item.due && isPast(item, now) && restricts(item, onHold))) {
            status = CapabilityStatus.INACTIVE;
        } else if (!onboarded || mine.stream().anyMatch(item -> item.due && restricts(item, onHold))) {
            status = CapabilityStatus.PENDING;
        } else {
            status = CapabilityStatus.ACTIVE;
        }
        if (!isRequested) {
            return new Capability(name, status, false, null, Requirements.NONE);
        }
        List<Item> mineDue = mine.stream().filter(item -> item.due).toList();
        Requirements own = new Requirements(names(mineDue),
                names(mine.stream().filter(i -> i.due || i.eventually).toList()),
                names(mineDue.stream().filter(item -> isPast(item, now)).toList()), List.of(),
                earliest(mineDue.stream().map(item -> item.deadline)),
                status == CapabilityStatus.INACTIVE ? PAST_DUE_REASON : null,
                errors.stream().filter(error -> mine.stream().anyMatch(i -> i.name.equals(error.requirement())))
                        .toList());
        return new Capability(name, status, true, in.requested().get(name), own);
    }

    private record AccountState(AccountStatus status, String disabledReason) {
    }

    /** The account's status and, where it cannot work, why; the first rule that applies decides. */
    private static AccountState accountState(EvaluationInput in, boolean onboarded, boolean nothingRequested,
            boolean restricted, boolean restrictedSoon) {
        if (in.rejected()) {
            return new AccountState(AccountStatus.REJECTED, REJECTED_REASON);
        }
        if (!onboarded) {
            return new AccountState(AccountStatus.PENDING_ONBOARDING, ONBOARDING_REASON);
        }
        if (nothingRequested) {
            // Onboarded (or created by the platform) but with no capability: it can neither charge nor be paid. Like
            // the provider's dashboard, that is RESTRICTED, with the platform's action as the reason.
            return new AccountState(AccountStatus.RESTRICTED, NOTHING_REQUESTED_REASON);
        }
        if (restricted) {
            return new AccountState(AccountStatus.RESTRICTED, PAST_DUE_REASON);
        }
        return new AccountState(restrictedSoon ? AccountStatus.RESTRICTED_SOON : AccountStatus.ENABLED, null);
    }

    /** The next moment time alone changes the answer: a deadline, a future item's date, the inactivity hold. */
    private Instant nextChangeAt(EvaluationInput in, Collection<Item> items, Instant now) {
        return earliest(Stream.concat(items.stream().flatMap(item -> Stream.of(item.deadline, item.futureDueBy)),
                Stream.of(holdStarts(in.createdAt(), in.lastActivityAt()))).filter(Objects::nonNull)
                .filter(now::isBefore));
    }

    private RequiredAction action(EvaluationInput in, Item item, Instant now, boolean onHold,
            List<RequirementError> allErrors) {
        RequiredActionKind kind;
        Instant dueDate;
        if (item.request != null) {
            kind = RequiredActionKind.INFORMATION_REQUEST;
            dueDate = item.request.dueBy();
        } else if (item.due) {
            kind = isPast(item, now) ? RequiredActionKind.PAST_DUE : RequiredActionKind.CURRENTLY_DUE;
            dueDate = item.deadline;
        } else if (item.future) {
            kind = RequiredActionKind.FUTURE;
            dueDate = item.futureDueBy;
        } else {
            kind = RequiredActionKind.EVENTUALLY_DUE;
            dueDate = null;
        }
        Definition definition = catalog.definition(item.name).orElse(null);
        String description = item.request != null ? item.request.description() : catalog.describe(item.name);
        List<RequirementError> errors = allErrors.stream().filter(error -> error.requirement().equals(item.name))
                .toList();
        List<RemediationPath> paths = new ArrayList<>();
        if (definition != null && definition.input() != InputType.NONE) {
            if (in.platformCollects()) {
                paths.add(RemediationPath.SUBMIT_INFORMATION);
            }
            paths.add(RemediationPath.SEND_REMEDIATION_LINK);
        } else if (definition == null && item.request == null) {
            // A name the catalog does not know: nothing here can check a value for it, so it is not submittable,
            // but the account holder can be sent to the remediation page, which lists it, and support can help.
            paths.add(RemediationPath.SEND_REMEDIATION_LINK);
        }
        if (definition != null && "external_account".equals(definition.name())) {
            paths.add(RemediationPath.ADD_EXTERNAL_ACCOUNT);
        }
        if (definition != null && definition.source() == Source.PERSONS) {
            paths.add(RemediationPath.MANAGE_PERSONS);
        }
        paths.add(RemediationPath.CONTACT_SUPPORT);
        List<CapabilityName> affected = List.copyOf(item.affected);
        return new RequiredAction(actionId(in.accountId(), item.name), kind, item.name, description, dueDate, affected,
                errors, List.copyOf(paths), onHold && item.verification,
                draft(in.accountId(), item.name, kind, description, dueDate, errors, affected));
    }

    private static SupportTicketDraft draft(String accountId, String requirement, RequiredActionKind kind,
            String description, Instant dueDate, List<RequirementError> errors, List<CapabilityName> affected) {
        StringBuilder body = new StringBuilder("Account ").append(accountId).append(" has an outstanding item: ")
                .append(requirement).append(" (").append(kind.name().toLowerCase().replace('_', ' ')).append(").\n")
                .append(description).append('\n');
        if (dueDate != null) {
            body.append("Due: ").append(dueDate).append('\n');
        }
        if (!affected.isEmpty()) {
            body.append("Affected capabilities: ")
                    .append(affected.stream().map(Enum::name).collect(Collectors.joining(", "))).append('\n');
        }
        for (RequirementError error : errors) {
            body.append("Provider's error: ").append(error.code()).append(" — ").append(error.reason()).append('\n');
        }
        body.append("\nPlease help us resolve it.");
        return new SupportTicketDraft("Help with " + requirement + " on account " + accountId, body.toString());
    }

    /**
     * act_, the account's id without its acct_ prefix, then the 24 base-62 digits of {@link Ids#derivedId} over account
     * and item: the same item keeps its id, and the id names its account, so that node(id) finds the action from the
     * id alone.
     */
    public static String actionId(String accountId, String requirement) {
        String account = accountId.startsWith(ACCOUNT_PREFIX) ? accountId.substring(ACCOUNT_PREFIX.length()) : accountId;
        String digits = Ids.derivedId("act", accountId + "\n" + requirement).substring(ACTION_PREFIX.length());
        return ACTION_PREFIX + account + digits;
    }

    /** The account an action id names (see {@link #actionId}); empty when the id is not shaped as one. */
    public static Optional<String> accountOfAction(String actionId) {
        if (actionId == null || !actionId.startsWith(ACTION_PREFIX)
                || actionId.length() <= ACTION_PREFIX.length() + DIGITS) {
            return Optional.empty();
        }
        return Optional.of(ACCOUNT_PREFIX + actionId.substring(ACTION_PREFIX.length(), actionId.length() - DIGITS));
    }

    private static final String ACTION_PREFIX = "act_";
    private static final String ACCOUNT_PREFIX = "acct_";
    /** The length of the derived part (that of every Connectboard id). */
    private static final int DIGITS = 24;

    private boolean satisfied(String name, EvaluationInput in) {
        if (in.failures().containsKey(name)) {
            return false;
        }
        Definition definition = catalog.definition(name).orElse(null);
        if (definition == null) {
            // Only the provider knows what an unknown item is; its confirmation is what provides it.
            return in.verified().contains(name) || in.facts().contains(name);
        }
        return definition.satisfiedBy().stream().anyMatch(in.facts()::contains);
    }

    /** Provided items the provider verifies and has not confirmed yet, among those the account is asked for. */
    private List<String> pendingVerification(EvaluationInput in, Map<CapabilityName, Needs> needsOf) {
        Set<String> relevant = new TreeSet<>();
        needsOf.values().forEach(needs -> {
            relevant.addAll(needs.due());
            relevant.addAll(needs.eventuallyDue());
        });
        return relevant.stream()
                .filter(name -> catalog.definition(name).map(Definition::verification).orElse(false))
                .filter(name -> satisfied(name, in) && !in.verified().contains(name)).toList();
    }

    /** The requested capabilities whose items include it; all requested ones when none lists it. */
    private static Set<CapabilityName> affectedBy(String name, Map<CapabilityName, Needs> needsOf,
            Map<CapabilityName, Instant> requested) {
        Set<CapabilityName> affected = EnumSet.noneOf(CapabilityName.class);
        needsOf.forEach((capability, needs) -> {
            if (needs.due().contains(name) || needs.eventuallyDue().contains(name)) {
                affected.add(capability);
            }
        });
        return affected.isEmpty() && !requested.isEmpty() ? EnumSet.copyOf(requested.keySet()) : affected;
    }

    /** At or after its deadline an item is past due. */
    private static boolean isPast(Item item, Instant now) {
        return item.deadline != null && !now.isBefore(item.deadline);
    }

    /** Verification items do not restrict while the provider holds verifications. */
    private static boolean restricts(Item item, boolean onHold) {
        return !(onHold && item.verification);
    }

    private static CapabilityStatus statusOf(List<Capability> capabilities, CapabilityName name) {
        return capabilities.stream().filter(c -> c.name() == name).findFirst().map(Capability::status).orElseThrow();
    }

    private static List<String> names(List<Item> items) {
        return items.stream().map(item -> item.name).sorted().distinct().toList();
    }

    private static Instant earliest(Stream<Instant> instants) {
        return instants.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
