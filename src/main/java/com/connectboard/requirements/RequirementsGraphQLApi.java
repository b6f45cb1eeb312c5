package com.connectboard.requirements;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.account.ConnectedAccount;
import com.connectboard.graphql.Refusals;
import com.connectboard.requirements.RequirementViews.Capability;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.requirements.RequirementViews.Requirements;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

/**
 * Requirements, capabilities and actions required on ConnectedAccount (batch fields: one evaluation per account per
 * request, whatever the number of fields asked), and the remediation mutations.
 */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class RequirementsGraphQLApi {

    @Inject
    AccountEvaluation evaluation;
    @Inject
    RequirementsService service;
    @Inject
    ViewAs viewAs;

    private List<Evaluation> of(List<ConnectedAccount> owners) {
        Map<String, Evaluation> byId = evaluation.evaluate(owners.stream().map(ConnectedAccount::id).toList());
        return owners.stream().map(owner -> byId.get(owner.id())).toList();
    }

    @Description("Every capability, requested or not, with its status.")
    public @NonNull List<@NonNull List<@NonNull Capability>> capabilities(@Source List<ConnectedAccount> owners) {
        return of(owners).stream().map(Evaluation::capabilities).toList();
    }

    @Description("What the account must provide now and later.")
    public @NonNull List<@NonNull Requirements> requirements(@Source List<ConnectedAccount> owners) {
        return of(owners).stream().map(Evaluation::requirements).toList();
    }

    @Description("What the provider will require by a future date (requirement.future_added).")
    public @NonNull List<@NonNull Requirements> futureRequirements(@Source List<ConnectedAccount> owners) {
        return of(owners).stream().map(Evaluation::futureRequirements).toList();
    }

    @Description("One entry per outstanding item, by kind (INFORMATION_REQUEST, PAST_DUE, CURRENTLY_DUE, FUTURE, "
            + "EVENTUALLY_DUE) then due date. Empty when nothing is outstanding.")
    public @NonNull List<@NonNull List<@NonNull RequiredAction>> actionsRequired(@Source List<ConnectedAccount> owners) {
        return of(owners).stream().map(Evaluation::actionsRequired).toList();
    }

    @Description("No activity for more than 540 days: the provider holds verifications, which then restrict nothing.")
    public @NonNull List<@NonNull Boolean> verificationsOnHold(@Source List<ConnectedAccount> owners) {
        return of(owners).stream().map(Evaluation::verificationsOnHold).toList();
    }

    @Query
    @Description("One outstanding action of an account; null when the account has no such action (any more). "
            + "node(id) answers the same from the action's id alone.")
    public RequiredAction requiredAction(@NonNull @Id @Description("acct_ id of the account.") String accountId,
            @NonNull @Id @Description("act_ id of the action.") String id) {
        if (!viewAs.shows(accountId)) {
            return null;
        }
        return evaluation.evaluate(List.of(accountId)).get(accountId).actionsRequired().stream()
                .filter(action -> action.id().equals(id)).findFirst().orElse(null);
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Request or unrequest capabilities. CARD_PAYMENTS brings TRANSFERS; a capability another requested one "
            + "needs cannot be unrequested alone.")
    public @NonNull RequirementPayloads.CapabilitiesPayload updateCapabilities(
            @NonNull @Description("The account and the capabilities to request or unrequest.") RequirementInputs.UpdateCapabilitiesInput input) {
        return Refusals.answer(() -> service.updateCapabilities(input),
                errors -> new RequirementPayloads.CapabilitiesPayload(null, errors));
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.SUPPORT_SPECIALIST})
    @Description("Fill a requirement item on the account's behalf (requirementCollection PLATFORM only).")
    public @NonNull RequirementPayloads.SubmitPayload submitRequirementInformation(
            @NonNull @Description("The account, the item and its value.") RequirementInputs.SubmitInput input) {
        return Refusals.answer(() -> service.submit(input),
                errors -> new RequirementPayloads.SubmitPayload(null, errors));
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.SUPPORT_SPECIALIST})
    @Description("A reusable link (90 days) to a hosted page asking the account holder for its outstanding items.")
    public @NonNull RequirementPayloads.RemediationLinkPayload createRemediationLink(
            @NonNull @Description("The account to send the link to.") RequirementInputs.RemediationLinkInput input) {
        return Refusals.answer(() -> service.createRemediationLink(input),
                errors -> new RequirementPayloads.RemediationLinkPayload(null, errors));
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.SUPPORT_SPECIALIST})
    @Description("File a ticket with the provider about one of the account's actions.")
    public @NonNull RequirementPayloads.ContactSupportPayload contactSupport(
            @NonNull @Description("The account, the action and the ticket's text.") RequirementInputs.ContactSupportInput input) {
        return Refusals.answer(() -> service.contactSupport(input),
                errors -> new RequirementPayloads.ContactSupportPayload(null, errors));
    }
}
