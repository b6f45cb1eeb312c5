package com.connectboard.platform;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class PlatformGraphQLApi implements NodeResolver {

    @Inject
    PlatformRepository platforms;
    @Inject
    PlatformService service;

    @Query
    @Description("Your platform (the token's platform_id); null if the provider has not registered it.")
    public Platform platform() {
        return platforms.current().map(Platform::of).orElse(null);
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Complete or change your platform's profile. Administrator only.")
    public @NonNull PlatformPayloads.UpdateProfile updatePlatformProfile(
            @NonNull @Description("The profile fields to change.") PlatformInputs.UpdateProfile input) {
        return Refusals.answer(() -> service.updateProfile(input), errors -> new PlatformPayloads.UpdateProfile(null, errors));
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(PlatformEntity.ID_PREFIX);
    }

    /** Only the caller's own platform resolves; any other plat_ id is simply not found. */
    @Override
    public Optional<Platform> resolve(String id) {
        return platforms.current().filter(platform -> platform.id.equals(id)).map(Platform::of);
    }
}
