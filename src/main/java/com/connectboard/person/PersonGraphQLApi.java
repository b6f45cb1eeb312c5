package com.connectboard.person;

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

import com.connectboard.account.ConnectedAccount;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class PersonGraphQLApi implements NodeResolver {

    @Inject
    PersonService service;
    @Inject
    PersonRepository persons;
    @Inject
    ViewAs viewAs;

    @Description("Owners, directors, executives and the representative, oldest first.")
    public @NonNull List<@NonNull List<@NonNull Person>> persons(@Source List<ConnectedAccount> owners) {
        Map<String, List<PersonEntity>> byAccount = persons.byAccount(owners.stream().map(ConnectedAccount::id).toList());
        return owners.stream()
                .map(owner -> byAccount.getOrDefault(owner.id(), List.of()).stream().map(Person::of).toList()).toList();
    }

    @Description("The person who represents the account towards the provider; null until one is set.")
    public List<Person> representative(@Source List<ConnectedAccount> owners) {
        Map<String, PersonEntity> byAccount = persons.representatives(owners.stream().map(ConnectedAccount::id).toList());
        return owners.stream().map(owner -> byAccount.get(owner.id())).map(found -> found == null ? null : Person.of(found))
                .toList();
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Add an owner, director, executive or representative. Ownership of all persons cannot exceed 100%.")
    public @NonNull PersonPayloads.Change addPerson(
            @NonNull @Description("The account and the person's details.") PersonInputs.Add input) {
        return Refusals.answer(() -> service.add(input), PersonPayloads.Change::refused);
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Change a person; fields left out keep their value.")
    public @NonNull PersonPayloads.Change updatePerson(
            @NonNull @Description("The person and the fields to change.") PersonInputs.Update input) {
        return Refusals.answer(() -> service.update(input), PersonPayloads.Change::refused);
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Remove a person for good: the person and its personal data are deleted, there is no undo. The "
            + "representative cannot be removed (CANNOT_REMOVE_REPRESENTATIVE).")
    public @NonNull PersonPayloads.Change removePerson(
            @NonNull @Description("The person to delete.") PersonInputs.Remove input) {
        return Refusals.answer(() -> service.remove(input), PersonPayloads.Change::refused);
    }

    // Named explicitly: SmallRye GraphQL would strip the "set" prefix of the method name.
    @Mutation("setRepresentative")
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Make a person the account's representative; the previous one loses the role in the same change.")
    public @NonNull PersonPayloads.Change setRepresentative(
            @NonNull @Description("The account and its new representative.") PersonInputs.SetRepresentative input) {
        return Refusals.answer(() -> service.setRepresentative(input), PersonPayloads.Change::refused);
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(PersonEntity.ID_PREFIX);
    }

    /** Persons of live accounts only; under view-as only the viewed account's. */
    @Override
    public Optional<Person> resolve(String id) {
        return persons.findByIdOptional(id)
                .filter(person -> viewAs.shows(person.accountId))
                .map(Person::of);
    }
}
