package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("Who collects the account's requirements: the platform (through the API) or the provider (hosted pages).")
public enum RequirementCollection {
    @Description("The platform collects the details and submits them with submitRequirementInformation. Only for "
            + "dashboardAccess NONE with a platform liable for negative balances.")
    PLATFORM, @Description("The provider collects the details on its hosted pages; submitRequirementInformation answers "
            + "NOT_PLATFORM_COLLECTED.")
    PROVIDER
}
