package com.connectboard.support;

import org.eclipse.microprofile.graphql.Description;

@Description("Who wrote a support message: the account (to the provider), the provider's support, or your platform "
        + "(private context for the provider, never shown to the account).")
public enum SupportMessageAuthor {
    @Description("The connected account, writing to the provider.")
    ACCOUNT, @Description("The provider's support team.")
    PROVIDER, @Description("Your platform (addSupportCaseContext): private context for the provider, never shown to the account.")
    PLATFORM
}
