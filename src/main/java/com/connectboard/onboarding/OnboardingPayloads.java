package com.connectboard.onboarding;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.account.AccountLink;
import com.connectboard.graphql.UserError;

/** The result of createAccountLink: the link, or the userErrors that refused it. */
public final class OnboardingPayloads {

    private OnboardingPayloads() {
    }

    @Type("CreateAccountLinkPayload")
    @Description("Result of createAccountLink.")
    public record CreateAccountLink(
            @Description("The new link, with its url (shown only here); null when refused.") AccountLink link,
            @NonNull @Description("Why no link was issued; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }
}
