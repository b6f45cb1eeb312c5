package com.connectboard.requirements;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the requirement mutations. */
public final class RequirementInputs {

    private RequirementInputs() {
    }

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

    @Input("SubmitRequirementInformationInput")
    @Description("A requirement item's value, given by the platform. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, "
            + "NOT_PLATFORM_COLLECTED, INVALID_INPUT (the value does not fit the item, e.g. a person under 13, an MCC "
            + "that is not 4 digits).")
    public record SubmitInput(@Id @NonNull @Description("acct_ id of a platform-collected account.") String accountId,
            @NonNull @Description("The item, e.g. individual.dob.") String requirement,
            @NonNull @Description("Dates as YYYY-MM-DD; addresses as JSON {line1, line2, city, postalCode, state, country}; documents as the provider's file id (file_...).") String value) {
    }

    @Input("CreateRemediationLinkInput")
    @Description("The account whose holder should supply its outstanding items. Refusals in userErrors: NOT_FOUND, "
            + "ACCOUNT_REMOVED.")
    public record RemediationLinkInput(@Id @NonNull @Description("acct_ id.") String accountId) {
    }

    @Input("ContactSupportInput")
    @Description("A ticket to the provider about one required action. Refusals in userErrors: NOT_FOUND (account or "
            + "action), ACCOUNT_REMOVED, INVALID_INPUT.")
    public record ContactSupportInput(@Id @NonNull @Description("acct_ id.") String accountId,
            @Id @NonNull @Description("act_ id of one of the account's outstanding actions.") String actionId,
            @NonNull @Description("1 to 200 characters (surrounding spaces are trimmed).") String subject,
            @NonNull @Description("1 to 10,000 characters (surrounding spaces are trimmed).") String body) {
    }
}
