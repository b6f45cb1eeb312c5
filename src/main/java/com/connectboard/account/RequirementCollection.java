package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("Who collects the account's requirements: the platform (through the API) or the provider (hosted pages).")
public enum RequirementCollection {
    PLATFORM, PROVIDER
}
