package com.connectboard.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.UserError;

/** Results of the account mutations: what they return, or the userErrors that left everything unchanged. */
public final class AccountPayloads {

    private AccountPayloads() {
    }

    @Type("CreateConnectedAccountPayload")
    @Description("Result of createConnectedAccount: the account, or userErrors and nothing stored.")
    public record Create(
            @Description("The new account; null when refused.") ConnectedAccount connectedAccount,
            @Description("For FULL and EXPRESS: the one-time onboarding link to send the account holder.") AccountLink onboardingLink,
            @NonNull @Description("Why the account was not created; empty on success. Codes: PLATFORM_PROFILE_INCOMPLETE, "
                    + "HOSTED_ONBOARDING_REQUIRED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Type("UpdateConnectedAccountPayload")
    @Description("Result of updateConnectedAccount: the account as changed, or userErrors and nothing changed.")
    public record Update(
            @Description("The account after the change; null when refused.") ConnectedAccount connectedAccount,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Type("RemoveConnectedAccountPayload")
    @Description("Result of removeConnectedAccount.")
    public record Remove(
            @Id @Description("The removed account's id; null when refused.") String removedAccountId,
            @NonNull @Description("Why it was not removed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, "
                    + "ONLY_FULL_DASHBOARD_REMOVABLE.") List<@NonNull UserError> userErrors) {
    }

    @Type("ExternalAccountPayload")
    @Description("Result of addExternalAccount and removeExternalAccount.")
    public record ExternalAccountChange(
            @Description("The external account added or removed; null when refused.") ExternalAccount externalAccount,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Type("UpdatePayoutSchedulePayload")
    @Description("Result of updatePayoutSchedule.")
    public record UpdatePayoutSchedule(
            @Description("The schedule now in force; null when refused.") ConnectedAccount.PayoutSchedule payoutSchedule,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }
}
