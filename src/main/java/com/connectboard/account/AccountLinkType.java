package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("What a hosted link is for.")
public enum AccountLinkType {
    @Description("First onboarding of a FULL or EXPRESS account: one use, short-lived.")
    ONBOARDING, @Description("The account holder updates its details: one use, short-lived.")
    ACCOUNT_UPDATE, @Description("The account holder supplies its outstanding requirements: reusable for 90 days.")
    REMEDIATION;

    /** ONBOARDING and ACCOUNT_UPDATE links are used up by one submission; a REMEDIATION link lasts until it expires. */
    public boolean singleUse() {
        return this != REMEDIATION;
    }
}
