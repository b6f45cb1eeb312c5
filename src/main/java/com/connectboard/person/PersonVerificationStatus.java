package com.connectboard.person;

import org.eclipse.microprofile.graphql.Description;

@Description("Where the provider is with verifying the person's identity.")
public enum PersonVerificationStatus {
    @Description("Not verified (yet).")
    UNVERIFIED, @Description("The provider is checking the person's details.")
    PENDING, @Description("The provider verified the person's identity.")
    VERIFIED
}
