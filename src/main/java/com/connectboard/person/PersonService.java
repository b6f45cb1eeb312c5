package com.connectboard.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityNotFoundException;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountService;
import com.connectboard.account.AccountWrites;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;

/**
 * The person mutations (docs/persons.md). Every change locks the account row first
 * ({@link AccountService#requireForChange}), so the rules that span the account's persons — exactly one
 * representative ({@link Representatives}), at most 100% ownership in all ({@link PersonChecks#ownership}) — are
 * checked and applied one change at a time. What an input may hold is {@link PersonChecks}', how it becomes fields
 * {@link PersonChanges}'. Dates of birth and id numbers never reach the log or an event.
 */
@ApplicationScoped
public class PersonService {

    @Inject
    AccountService accounts;
    @Inject
    PersonRepository persons;
    @Inject
    PersonChecks checks;
    @Inject
    Representatives representatives;
    @Inject
    EventRecorder events;
    @Inject
    AccountWrites writes;
    @Inject
    Clock clock;

    @Transactional
    public PersonPayloads.Change add(PersonInputs.Add input) {
        String accountId = accounts.requireForChange("input.accountId", input.accountId()).id;
        PersonInputs.Relationship relationship = input.relationship();
        InputCheck check = checks.details(input.firstName(), input.lastName(), input.email(), input.phone(),
                input.dob(), input.address(), relationship, input.idNumber());
        if (!check.failed()) {
            checks.ownership(check, accountId, null, relationship == null ? null : relationship.percentOwnership());
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        PersonEntity person = PersonChanges.added(accountId, input, Instant.now(clock));
        String previousRepresentative = null;
        if (relationship != null && Boolean.TRUE.equals(relationship.representative())) {
            previousRepresentative = representatives.giveRole(person);
        }
        persons.persist(person);

        events.record("person.added", accountId, PersonChanges.addedData(person, input));
        writes.inputsChanged(accountId);
        if (person.representative) {
            representatives.recordSet(person, previousRepresentative);
        }
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    @Transactional
    public PersonPayloads.Change update(PersonInputs.Update input) {
        PersonEntity person = lockPerson(input.personId());
        PersonInputs.Relationship relationship = input.relationship();
        InputCheck check = checks.details(input.firstName(), input.lastName(), input.email(), input.phone(),
                input.dob(), input.address(), relationship, input.idNumber());
        if (relationship != null && Boolean.FALSE.equals(relationship.representative()) && person.representative) {
            check.fail(ErrorCode.CANNOT_REMOVE_REPRESENTATIVE, "input.relationship.representative",
                    Representatives.KEEPS_THE_ROLE);
        }
        if (!check.failed() && relationship != null && relationship.percentOwnership() != null) {
            checks.ownership(check, person.accountId, person.id, relationship.percentOwnership());
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        ChangeSet changed = new ChangeSet();
        PersonChanges.apply(person, input, changed);
        String previousRepresentative = null;
        boolean becameRepresentative = false;
        if (relationship != null && Boolean.TRUE.equals(relationship.representative()) && !person.representative) {
            previousRepresentative = representatives.giveRole(person);
            becameRepresentative = true;
            changed.record("relationship.representative", false, true);
        }
        if (!changed.isEmpty()) {
            person.updatedAt = Instant.now(clock);
            events.record("person.updated", person.accountId, Map.of("personId", person.id, "changes", changed.asMap()));
            writes.inputsChanged(person.accountId);
        }
        if (becameRepresentative) {
            representatives.recordSet(person, previousRepresentative);
        }
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    /** Deletes the row: final, the person cannot be read or restored afterwards. */
    @Transactional
    public PersonPayloads.Change remove(PersonInputs.Remove input) {
        PersonEntity person = lockPerson(input.personId());
        if (person.representative) {
            throw Representatives.keepsTheRole("input.personId");
        }
        Person removed = Person.of(person);
        persons.delete(person);
        events.record("person.removed", person.accountId, Map.of("personId", person.id));
        writes.inputsChanged(person.accountId);
        return new PersonPayloads.Change(removed, List.of());
    }

    @Transactional
    public PersonPayloads.Change setRepresentative(PersonInputs.SetRepresentative input) {
        String accountId = accounts.requireForChange("input.accountId", input.accountId()).id;
        Optional<PersonEntity> found = persons.findByIdOptional(input.personId())
                .filter(person -> person.accountId.equals(accountId));
        if (found.isEmpty()) {
            throw Refusal.of(ErrorCode.NOT_FOUND, "input.personId", "No person " + input.personId() + " on account "
                    + input.accountId());
        }
        PersonEntity person = found.get();
        if (person.representative) {
            return new PersonPayloads.Change(Person.of(person), List.of());
        }
        String previous = representatives.giveRole(person);
        person.updatedAt = Instant.now(clock);
        representatives.recordSet(person, previous);
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    /**
     * The person, after its account's row is locked (and so after any concurrent change to the account's persons has
     * committed), or a {@link Refusal}. Re-read under the lock: a concurrent removal makes it NOT_FOUND.
     */
    private PersonEntity lockPerson(String personId) {
        PersonEntity person = persons.findByIdOptional(personId).orElseThrow(() -> notFound(personId));
        accounts.requireForChange("input.personId", person.accountId);
        try {
            persons.getEntityManager().refresh(person);
        } catch (EntityNotFoundException e) {
            throw notFound(personId);
        }
        return person;
    }

    private static Refusal notFound(String personId) {
        return Refusal.of(ErrorCode.NOT_FOUND, "input.personId", "No person " + personId + " on your platform");
    }
}
