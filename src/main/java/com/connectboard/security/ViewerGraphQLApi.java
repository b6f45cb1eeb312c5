package com.connectboard.security;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.connectboard.account.ConnectedAccount;
import com.connectboard.platform.PlatformGraphQLApi;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class ViewerGraphQLApi {

    private final Caller caller;
    private final ViewAs viewAs;
    private final PlatformGraphQLApi platforms;

    @Inject
    public ViewerGraphQLApi(Caller caller, ViewAs viewAs, PlatformGraphQLApi platforms) {
        this.caller = caller;
        this.viewAs = viewAs;
        this.platforms = platforms;
    }

    @Query
    @Description("Who the token says you are.")
    public @NonNull Viewer viewer() {
        return new Viewer(caller.subject(), List.copyOf(caller.roles()), platforms.platform(),
                viewAs.account().map(ConnectedAccount::of).orElse(null));
    }
}
