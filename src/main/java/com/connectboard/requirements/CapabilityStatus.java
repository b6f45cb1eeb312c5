package com.connectboard.requirements;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an account can use a capability now.")
public enum CapabilityStatus {
    @Description("Requested and every item it needs is provided.")
    ACTIVE, @Description("Requested, but an item it needs is past its deadline.")
    INACTIVE, @Description("Requested; items it needs are still due (before their deadline), or onboarding is not finished.")
    PENDING, @Description("Not requested.")
    UNREQUESTED, @Description("Not offered in the account's country, or the account was rejected.")
    DISABLED
}
