package com.connectboard.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class ExternalAccountGraphQLApi implements NodeResolver {

    @Inject
    ExternalAccountService service;
    @Inject
    ViewAs viewAs;

    @Description("Bank accounts and debit cards payouts go to, oldest first.")
    public @NonNull List<@NonNull List<@NonNull ExternalAccount>> externalAccounts(@Source List<ConnectedAccount> owners) {
        Map<String, List<ExternalAccount>> byAccount = service.byAccount(owners.stream().map(ConnectedAccount::id).toList());
        return owners.stream().map(owner -> byAccount.getOrDefault(owner.id(), List.of())).toList();
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Add a bank account or debit card, tokenized by the provider in the front end.")
    public @NonNull AccountPayloads.ExternalAccountChange addExternalAccount(
            @NonNull @Description("The account and the provider's token of the bank account or card.") AccountInputs.AddExternalAccount input) {
        return Refusals.answer(() -> service.add(input), errors -> new AccountPayloads.ExternalAccountChange(null, errors));
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Remove a bank account or debit card. The default of a currency goes last.")
    public @NonNull AccountPayloads.ExternalAccountChange removeExternalAccount(
            @NonNull @Description("The external account to remove.") AccountInputs.RemoveExternalAccount input) {
        return Refusals.answer(() -> service.remove(input),
                errors -> new AccountPayloads.ExternalAccountChange(null, errors));
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(ExternalAccountKind.BANK_ACCOUNT.idPrefix(), ExternalAccountKind.DEBIT_CARD.idPrefix());
    }

    /** Only external accounts of live accounts, and under view-as only the viewed account's. */
    @Override
    public Optional<ExternalAccount> resolve(String id) {
        return service.findByIdOptional(id)
                .filter(entity -> viewAs.shows(entity.accountId))
                .map(ExternalAccount::of);
    }
}
