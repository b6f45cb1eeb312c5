package com.connectboard.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.AccountLink;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class AccountLinkGraphQLApi implements NodeResolver {

    @Inject
    AccountLinkService links;
    @Inject
    ViewAs viewAs;

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Issue a new hosted link for a FULL or EXPRESS account; the account's previous unused link of the same "
            + "type stops working.")
    public @NonNull OnboardingPayloads.CreateAccountLink createAccountLink(
            @NonNull @Description("The account and the link type.") OnboardingInputs.CreateAccountLink input) {
        return Refusals.answer(() -> new OnboardingPayloads.CreateAccountLink(links.create(input), List.of()),
                errors -> new OnboardingPayloads.CreateAccountLink(null, errors));
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(AccountLinkEntity.ID_PREFIX);
    }

    /** Links of live accounts of the platform (tenant-filtered); under view-as only the viewed account's. */
    @Override
    public Optional<AccountLink> resolve(String id) {
        return links.findByIdOptional(id)
                .filter(link -> viewAs.shows(link.accountId))
                .map(link -> AccountLinkService.view(link, null));
    }
}
