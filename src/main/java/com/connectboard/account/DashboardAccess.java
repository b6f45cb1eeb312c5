package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("Which provider-hosted dashboard the account uses. FULL and EXPRESS accounts onboard through a hosted page; "
        + "NONE accounts are managed entirely by the platform.")
public enum DashboardAccess {
    @Description("The provider's full dashboard; the account holder manages it there. The platform is not liable for "
            + "negative balances by default. The only kind removeConnectedAccount accepts.")
    FULL, @Description("The provider's lighter dashboard; onboarding through a hosted page. The platform is liable for "
            + "negative balances by default.")
    EXPRESS, @Description("No dashboard: the platform creates the account at once and completes it through the API "
            + "(updateConnectedAccount, submitRequirementInformation). Refused with HOSTED_ONBOARDING_REQUIRED for "
            + "platforms in FR.")
    NONE;

    /** The platform is liable by default unless the account has the full dashboard. */
    boolean platformLiableByDefault() {
        return this != FULL;
    }

    /** The platform collects requirements for accounts without a dashboard. */
    RequirementCollection defaultRequirementCollection() {
        return this == NONE ? RequirementCollection.PLATFORM : RequirementCollection.PROVIDER;
    }

    /** FULL and EXPRESS accounts have hosted pages (onboarding and update links); NONE accounts have none. */
    public boolean hostedOnboarding() {
        return this != NONE;
    }
}
