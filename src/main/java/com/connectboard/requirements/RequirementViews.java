package com.connectboard.requirements;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.Node;

/** What the evaluator answers, in the shapes GraphQL shows (docs/requirements.md). */
public final class RequirementViews {

    private RequirementViews() {
    }

    @Type("Requirements")
    @Description("Items an account must provide. Lists nest as the provider's do: pastDue items are also in "
            + "currentlyDue, and currentlyDue items also in eventuallyDue.")
    public record Requirements(
            @NonNull @Description("Needed now by a requested capability, or asked for by the provider.") List<@NonNull String> currentlyDue,
            @NonNull @Description("Needed now or later.") List<@NonNull String> eventuallyDue,
            @NonNull @Description("Their deadline passed.") List<@NonNull String> pastDue,
            @NonNull @Description("Provided; the provider has not confirmed them yet.") List<@NonNull String> pendingVerification,
            @Description("The earliest deadline of currentlyDue.") Instant currentDeadline,
            @Description("Why the account is restricted (e.g. requirements.past_due); null when it is not.") String disabledReason,
            @NonNull @Description("Items the provider could not verify, with its reasons; empty when none.") List<@NonNull RequirementError> errors) {

        public static final Requirements NONE = new Requirements(List.of(), List.of(), List.of(), List.of(), null, null,
                List.of());
    }

    @Type("RequirementError")
    @Description("Why the provider refused a provided item; the item is due again.")
    public record RequirementError(
            @NonNull @Description("The item refused, e.g. individual.verification.document.") String requirement,
            @NonNull @Description("The provider's machine-readable code, e.g. address_unverified.") String code,
            @NonNull @Description("The provider's explanation, for a person to read.") String reason) {
    }

    @Type("Capability")
    @Description("One capability of an account: whether it is requested and usable, and what it still needs.")
    public record Capability(@NonNull @Description("Which capability.") CapabilityName name,
            @NonNull @Description("Whether the account can use it now.") CapabilityStatus status,
            @NonNull @Description("The platform requested it (updateCapabilities).") Boolean requested,
            @Description("When it was last requested; its items' deadline counts from here.") Instant requestedAt,
            @NonNull @Description("The items this capability needs.") Requirements requirements) {
    }

    @Type("SupportTicketDraft")
    @Description("A pre-filled ticket for contactSupport.")
    public record SupportTicketDraft(
            @NonNull @Description("Subject naming the account and the item.") String subject,
            @NonNull @Description("Body naming the account, item, kind, due date, affected capabilities and the provider's "
                    + "errors; edit it before sending.") String body) {
    }

    @Type("RequiredAction")
    @Description("One outstanding item of an account and how to resolve it.")
    public record RequiredAction(
            @Id @NonNull @Description("act_ id, stable for the account and item; node(id) finds it while it is outstanding.") String id,
            @NonNull @Description("Why the item is outstanding; decides the order of actionsRequired.") RequiredActionKind kind,
            @NonNull @Description("The item, e.g. individual.dob, or information_request.<provider request id>.") String requirement,
            @NonNull @Description("What the item asks for, for a person to read (from the catalog, or derived from the "
                    + "name for an item the catalog does not know, or the provider's text for an information request).") String description,
            @Description("When it must be done; null when there is no deadline yet.") Instant dueDate,
            @NonNull @Description("Requested capabilities that need the item (all requested ones for an information "
                    + "request).") List<@NonNull CapabilityName> affectedCapabilities,
            @NonNull @Description("The provider's verification errors on the item; empty when none.") List<@NonNull RequirementError> errors,
            @NonNull @Description("The ways to resolve it that fit this account and item; CONTACT_SUPPORT always.") List<@NonNull RemediationPath> remediationPaths,
            @NonNull @Description("A verification item while the provider holds verifications (540 days without activity); it does not restrict the account.") Boolean onHold,
            @NonNull @Description("A pre-filled subject and body for contactSupport.") SupportTicketDraft supportTicketDraft)
            implements
                Node {

        @Id
        @NonNull
        @Override
        public String getId() {
            return id;
        }
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
}
