package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("Which provider-hosted dashboard the account uses. FULL and EXPRESS accounts onboard through a hosted page; "
        + "NONE accounts are managed entirely by the platform.")
public enum DashboardAccess {
    FULL, EXPRESS, NONE;

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
