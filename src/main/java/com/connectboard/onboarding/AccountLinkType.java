package com.connectboard.onboarding;

import org.eclipse.microprofile.graphql.Description;

@Description("What a hosted link is for.")
public enum AccountLinkType {
    @Description("First onboarding of a FULL or EXPRESS account: one use, short-lived.")
    ONBOARDING, @Description("The account holder updates its details: one use, short-lived.")
    ACCOUNT_UPDATE, @Description("The account holder supplies its outstanding requirements: reusable for 90 days.")
    REMEDIATION
}
