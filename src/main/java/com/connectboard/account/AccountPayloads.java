package com.connectboard.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.UserError;
import com.connectboard.onboarding.AccountLink;

/** Results of the account mutations: what they return, or the userErrors that left everything unchanged. */
public final class AccountPayloads {

    private AccountPayloads() {
    }

    @Type("CreateConnectedAccountPayload")
    public record Create(
            @Description("The new account; null when refused.") ConnectedAccount connectedAccount,
            @Description("For FULL and EXPRESS: the one-time onboarding link to send the account holder.") AccountLink onboardingLink,
            @NonNull List<@NonNull UserError> userErrors) {

        static Create refused(List<UserError> errors) {
            return new Create(null, null, errors);
        }
    }

    @Type("UpdateConnectedAccountPayload")
    public record Update(ConnectedAccount connectedAccount, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("RemoveConnectedAccountPayload")
    public record Remove(
            @Id @Description("The removed account's id; null when refused.") String removedAccountId,
            @NonNull List<@NonNull UserError> userErrors) {
    }
}
