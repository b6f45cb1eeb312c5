package com.connectboard.account;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ConnectedAccountFilter")
@Description("Narrows connectedAccounts; every given field must match (a list matches any of its values).")
public record AccountFilter(
        @Description("Any of these statuses.") List<AccountStatus> status,
        @Description("Any of these dashboard kinds.") List<DashboardAccess> dashboardAccess,
        @Description("ISO 3166-1 alpha-2 codes.") List<String> country,
        @Description("Created at or after this instant.") Instant createdFrom,
        @Description("Created before this instant.") Instant createdTo,
        @Description("Whether actionsRequired is non-empty.") Boolean hasActionsRequired) {
}
