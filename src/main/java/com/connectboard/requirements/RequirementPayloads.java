package com.connectboard.requirements;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.account.AccountLink;
import com.connectboard.account.ConnectedAccount;
import com.connectboard.graphql.UserError;
import com.connectboard.requirements.RequirementViews.Capability;
import com.connectboard.requirements.RequirementViews.SupportTicket;

/** Results of the requirement mutations: what they return, or the userErrors that left everything unchanged. */
public final class RequirementPayloads {

    private RequirementPayloads() {
    }

    @Type("UpdateCapabilitiesPayload")
    @Description("Result of updateCapabilities.")
    public record CapabilitiesPayload(
            @Description("Every capability of the account after the change; null when refused.") List<@NonNull Capability> capabilities,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Type("SubmitRequirementInformationPayload")
    @Description("Result of submitRequirementInformation.")
    public record SubmitPayload(
            @Description("The account after the submission, re-evaluated; null when refused.") ConnectedAccount connectedAccount,
            @NonNull @Description("Why nothing was stored; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "NOT_PLATFORM_COLLECTED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Type("CreateRemediationLinkPayload")
    @Description("Result of createRemediationLink.")
    public record RemediationLinkPayload(
            @Description("Reusable until it expires (90 days) or a newer remediation link replaces it.") AccountLink link,
            @NonNull @Description("Why no link was issued; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED.") List<@NonNull UserError> userErrors) {
    }

    @Type("ContactSupportPayload")
    @Description("Result of contactSupport.")
    public record ContactSupportPayload(@Description("The ticket filed; null when refused.") SupportTicket supportTicket,
            @NonNull @Description("Why no ticket was filed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }
}
