package com.connectboard.viewer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.ConnectedAccount;
import com.connectboard.platform.Platform;

@Description("Who is asking: the token's subject, roles and platform, and the account viewed as, if any.")
public record Viewer(
        @NonNull @Description("The token's sub claim.") String subject,
        @NonNull @Description("The token's roles.") List<@NonNull String> roles,
        @Description("The token's platform; null if the provider has not registered it.") Platform platform,
        @Description("The account named by the Connected-Account header; null when viewing as the platform.") ConnectedAccount viewingAs) {
}
