package com.connectboard.viewer;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.connectboard.account.AccountRepository;
import com.connectboard.account.ConnectedAccount;
import com.connectboard.platform.PlatformGraphQLApi;
import com.connectboard.security.Allowed;
import com.connectboard.security.Caller;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

/** {@code viewer}: who is asking. Above the features it shows (the platform, the viewed account), so security knows neither. */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class ViewerGraphQLApi {

    @Inject
    Caller caller;
    @Inject
    ViewAs viewAs;
    @Inject
    PlatformGraphQLApi platforms;
    @Inject
    AccountRepository accounts;

    @Query
    @Description("Who the token says you are.")
    public @NonNull Viewer viewer() {
        return new Viewer(caller.subject(), List.copyOf(caller.roles()), platforms.platform(),
                viewAs.accountId().flatMap(accounts::findLive).map(ConnectedAccount::of).orElse(null));
    }
}
