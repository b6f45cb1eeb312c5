package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an account stands, derived from its requirements and capabilities (docs/requirements.md). Lists "
        + "can filter on it (ConnectedAccountFilter.status, search status:\"...\").")
public enum AccountStatus {
    @Description("Not yet usable: a FULL or EXPRESS account whose holder has not submitted the hosted onboarding form, "
            + "or any account with no capability requested. requirements.disabledReason says which.")
    PENDING_ONBOARDING, @Description("Onboarded, with nothing restricting it.")
    ENABLED, @Description("Works today, but an item that restricts it is currently due with a deadline: past that deadline "
            + "it becomes RESTRICTED. See actionsRequired.")
    RESTRICTED_SOON, @Description("An item is past due or a requested capability is INACTIVE: the account cannot use the affected "
            + "capabilities until the items in actionsRequired are resolved.")
    RESTRICTED, @Description("The provider rejected the account; it stays rejected and every capability is DISABLED.")
    REJECTED
}
