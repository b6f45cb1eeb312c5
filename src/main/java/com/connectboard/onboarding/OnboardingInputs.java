package com.connectboard.onboarding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.AccountLinkType;

/** The input of createAccountLink. */
public final class OnboardingInputs {

    private OnboardingInputs() {
    }

    @Input("CreateAccountLinkInput")
    @Description("Which account needs a new hosted link, and what for. Refusals in userErrors: NOT_FOUND, "
            + "ACCOUNT_REMOVED, INVALID_INPUT (a REMEDIATION type, or an account with dashboardAccess NONE).")
    public record CreateAccountLink(@Id @NonNull @Description("acct_ id of a FULL or EXPRESS account.") String accountId,
            @NonNull @Description("ONBOARDING or ACCOUNT_UPDATE; REMEDIATION links come from createRemediationLink.") AccountLinkType type) {
    }
}
