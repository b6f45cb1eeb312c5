package com.connectboard.person;

import org.eclipse.microprofile.graphql.Description;

@Description("Where the provider is with verifying the person's identity.")
public enum PersonVerificationStatus {
    UNVERIFIED, PENDING, VERIFIED
}
