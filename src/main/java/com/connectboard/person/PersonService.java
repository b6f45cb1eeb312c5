package com.connectboard.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityNotFoundException;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.AccountService;
import com.connectboard.account.AccountWrites;
import com.connectboard.account.Addresses;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Owners, directors, executives and the representative of an account (docs/persons.md). Every change locks the
 * account row first ({@link AccountService#requireForChange}), so the rules that span the account's persons — exactly
 * one representative, at most 100% ownership in all — are checked and applied one change at a time. Dates of birth
 * and id numbers never reach the log or an event.
 */
@ApplicationScoped
public class PersonService implements PanacheRepositoryBase<PersonEntity, String> {

    /** A person is at least 13 years old (docs/requirements.md). */
    static final int MINIMUM_AGE = 13;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern ID_NUMBER = Pattern.compile("^[A-Za-z0-9 .-]{4,30}$");

    private final AccountService accounts;
    private final EventRecorder events;
    private final AccountWrites writes;
    private final Clock clock;

    @Inject
    public PersonService(AccountService accounts, EventRecorder events, AccountWrites writes, Clock clock) {
        this.writes = writes;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonPayloads.Change add(PersonInputs.Add input) {
        String accountId = accounts.requireForChange("input.accountId", input.accountId()).id;
        PersonInputs.Relationship relationship = input.relationship();
        InputCheck check = check(input.firstName(), input.lastName(), input.email(), input.phone(), input.dob(),
                input.address(), relationship, input.idNumber());
        if (!check.failed()) {
            checkOwnership(check, accountId, null, relationship == null ? null : relationship.percentOwnership());
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        Instant now = Instant.now(clock);
        PersonEntity person = new PersonEntity();
        person.id = Ids.newId(PersonEntity.ID_PREFIX);
        person.accountId = accountId;
        person.firstName = blankToNull(input.firstName());
        person.lastName = blankToNull(input.lastName());
        person.email = blankToNull(input.email());
        person.phone = blankToNull(input.phone());
        person.dob = blankToNull(input.dob()) == null ? null : LocalDate.parse(input.dob().strip());
        person.address = Addresses.merge("address", null, input.address(), new ChangeSet());
        person.idNumberLast4 = blankToNull(input.idNumber()) == null ? null : last4(input.idNumber());
        person.createdAt = now;
        person.updatedAt = now;
        if (relationship != null) {
            person.owner = Boolean.TRUE.equals(relationship.owner());
            person.percentOwnership = relationship.percentOwnership();
            person.director = Boolean.TRUE.equals(relationship.director());
            person.executive = Boolean.TRUE.equals(relationship.executive());
            person.title = blankToNull(relationship.title());
        }
        String previousRepresentative = null;
        if (relationship != null && Boolean.TRUE.equals(relationship.representative())) {
            previousRepresentative = clearRepresentative(accountId);
            person.representative = true;
        }
        persist(person);

        // Which fields were given, never their values for dob and id number.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", person.id);
        data.put("relationship", relationshipData(person));
        data.put("fields", providedFields(input));
        events.record("person.added", accountId, data);
        writes.inputsChanged(accountId);
        if (person.representative) {
            recordRepresentativeSet(person, previousRepresentative);
        }
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    @Transactional
    public PersonPayloads.Change update(PersonInputs.Update input) {
        PersonEntity person = lockPerson(input.personId());
        PersonInputs.Relationship relationship = input.relationship();
        InputCheck check = check(input.firstName(), input.lastName(), input.email(), input.phone(), input.dob(),
                input.address(), relationship, input.idNumber());
        if (relationship != null && Boolean.FALSE.equals(relationship.representative()) && person.representative) {
            check.fail(ErrorCode.CANNOT_REMOVE_REPRESENTATIVE, "input.relationship.representative",
                    "This person is the account's representative: make another person the representative first "
                            + "(setRepresentative)");
        }
        if (!check.failed() && relationship != null && relationship.percentOwnership() != null) {
            checkOwnership(check, person.accountId, person.id, relationship.percentOwnership());
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        ChangeSet changed = new ChangeSet();
        changed.text("firstName", person.firstName, input.firstName(), v -> person.firstName = v);
        changed.text("lastName", person.lastName, input.lastName(), v -> person.lastName = v);
        changed.text("email", person.email, input.email(), v -> person.email = v);
        changed.text("phone", person.phone, input.phone(), v -> person.phone = v);
        changed.secret("dob", person.dob == null ? null : person.dob.toString(), input.dob(),
                v -> person.dob = v == null ? null : LocalDate.parse(v));
        changed.secret("idNumber", person.idNumberLast4, last4(input.idNumber()), v -> person.idNumberLast4 = v);
        person.address = Addresses.merge("address", person.address, input.address(), changed);
        String previousRepresentative = null;
        boolean becameRepresentative = false;
        if (relationship != null) {
            flag(changed, "relationship.owner", person.owner, relationship.owner(), v -> person.owner = v);
            flag(changed, "relationship.director", person.director, relationship.director(), v -> person.director = v);
            flag(changed, "relationship.executive", person.executive, relationship.executive(),
                    v -> person.executive = v);
            if (relationship.percentOwnership() != null
                    && (person.percentOwnership == null
                            || relationship.percentOwnership().compareTo(person.percentOwnership) != 0)) {
                changed.record("relationship.percentOwnership", person.percentOwnership, relationship.percentOwnership());
                person.percentOwnership = relationship.percentOwnership();
            }
            changed.text("relationship.title", person.title, relationship.title(), v -> person.title = v);
            if (Boolean.TRUE.equals(relationship.representative()) && !person.representative) {
                previousRepresentative = clearRepresentative(person.accountId);
                person.representative = true;
                becameRepresentative = true;
                changed.record("relationship.representative", false, true);
            }
        }
        if (!changed.isEmpty()) {
            person.updatedAt = Instant.now(clock);
            events.record("person.updated", person.accountId, Map.of("personId", person.id, "changes", changed.asMap()));
            writes.inputsChanged(person.accountId);
        }
        if (becameRepresentative) {
            recordRepresentativeSet(person, previousRepresentative);
        }
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    /** Deletes the row: final, the person cannot be read or restored afterwards. */
    @Transactional
    public PersonPayloads.Change remove(PersonInputs.Remove input) {
        PersonEntity person = lockPerson(input.personId());
        if (person.representative) {
            throw Refusal.of(ErrorCode.CANNOT_REMOVE_REPRESENTATIVE, "input.personId",
                    "This person is the account's representative: make another person the representative first "
                            + "(setRepresentative)");
        }
        Person removed = Person.of(person);
        delete(person);
        events.record("person.removed", person.accountId, Map.of("personId", person.id));
        writes.inputsChanged(person.accountId);
        return new PersonPayloads.Change(removed, List.of());
    }

    @Transactional
    public PersonPayloads.Change setRepresentative(PersonInputs.SetRepresentative input) {
        String accountId = accounts.requireForChange("input.accountId", input.accountId()).id;
        Optional<PersonEntity> found = findByIdOptional(input.personId())
                .filter(person -> person.accountId.equals(accountId));
        if (found.isEmpty()) {
            throw Refusal.of(ErrorCode.NOT_FOUND, "input.personId", "No person " + input.personId() + " on account "
                    + input.accountId());
        }
        PersonEntity person = found.get();
        if (person.representative) {
            return new PersonPayloads.Change(Person.of(person), List.of());
        }
        String previous = clearRepresentative(person.accountId);
        person.representative = true;
        person.updatedAt = Instant.now(clock);
        recordRepresentativeSet(person, previous);
        return new PersonPayloads.Change(Person.of(person), List.of());
    }

    /** The persons of several accounts at once (one query for a page of accounts), oldest first. */
    public Map<String, List<Person>> byAccount(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return list("accountId in ?1 order by createdAt, id", accountIds).stream().collect(
                Collectors.groupingBy(person -> person.accountId, Collectors.mapping(Person::of, Collectors.toList())));
    }

    /** The representative of each of several accounts (one query). */
    public Map<String, Person> representatives(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return list("accountId in ?1 and representative = true", accountIds).stream()
                .collect(Collectors.toMap(person -> person.accountId, Person::of));
    }

    // ---- the person a change names ----

    /**
     * The person, after its account's row is locked (and so after any concurrent change to the account's persons has
     * committed), or a {@link Refusal}. Re-read under the lock: a concurrent removal makes it NOT_FOUND.
     */
    private PersonEntity lockPerson(String personId) {
        PersonEntity person = findByIdOptional(personId).orElseThrow(() -> notFound(personId));
        accounts.requireForChange("input.personId", person.accountId);
        try {
            getEntityManager().refresh(person);
        } catch (EntityNotFoundException e) {
            throw notFound(personId);
        }
        return person;
    }

    private static Refusal notFound(String personId) {
        return Refusal.of(ErrorCode.NOT_FOUND, "input.personId", "No person " + personId + " on your platform");
    }

    /** Takes the role from the current representative (if any) and returns its id; flushed before a new one is set. */
    private String clearRepresentative(String accountId) {
        Optional<PersonEntity> current = find("accountId = ?1 and representative = true", accountId)
                .firstResultOptional();
        current.ifPresent(person -> {
            person.representative = false;
            person.updatedAt = Instant.now(clock);
            // The partial unique index allows one representative at any moment, also between two statements.
            flush();
        });
        return current.map(person -> person.id).orElse(null);
    }

    private void recordRepresentativeSet(PersonEntity person, String previous) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", person.id);
        data.put("previousPersonId", previous);
        events.record("person.representative_set", person.accountId, data);
        writes.inputsChanged(person.accountId);
    }

    // ---- validation ----

    private InputCheck check(String firstName, String lastName, String email, String phone, String dob,
            AddressInput address, PersonInputs.Relationship relationship, String idNumber) {
        InputCheck check = new InputCheck().length("input.firstName", firstName, 0, 100)
                .length("input.lastName", lastName, 0, 100)
                .email("input.email", email)
                .phone("input.phone", phone);
        checkDob(check, dob);
        Addresses.check(check, "input.address", address);
        if (blankToNull(idNumber) != null && (!ID_NUMBER.matcher(idNumber).matches()
                || idNumber.replaceAll("[^A-Za-z0-9]", "").length() < 4)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.idNumber",
                    "`input.idNumber` must be 4 to 30 letters, digits, spaces, dots or dashes");
        }
        if (relationship != null) {
            check.length("input.relationship.title", relationship.title(), 0, 100);
            BigDecimal percent = relationship.percentOwnership();
            if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                    || percent.stripTrailingZeros().scale() > 2)) {
                check.fail(ErrorCode.INVALID_INPUT, "input.relationship.percentOwnership",
                        "`input.relationship.percentOwnership` must be between 0 and 100 with at most two decimals, "
                                + "got " + percent.toPlainString());
            }
        }
        return check;
    }

    /** A date, not in the future, of a person at least {@value #MINIMUM_AGE} today (the injected clock's today). */
    private void checkDob(InputCheck check, String dob) {
        if (blankToNull(dob) == null) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dob.strip());
        } catch (DateTimeParseException e) {
            check.fail(ErrorCode.INVALID_INPUT, "input.dob", "`input.dob` must be a date as YYYY-MM-DD");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.dob", "`input.dob` is in the future");
        } else if (date.getYear() < 1900) {
            check.fail(ErrorCode.INVALID_INPUT, "input.dob", "`input.dob` must be 1900-01-01 or later");
        } else if (date.plusYears(MINIMUM_AGE).isAfter(today)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.dob",
                    "`input.dob`: the person must be at least " + MINIMUM_AGE + " years old");
        }
    }

    /** The account's persons together own at most 100%: the total after this change, the others' shares included. */
    private void checkOwnership(InputCheck check, String accountId, String personId, BigDecimal requested) {
        if (requested == null) {
            return;
        }
        BigDecimal others = getEntityManager().createQuery("""
                select coalesce(sum(p.percentOwnership), 0) from PersonEntity p
                where p.accountId = :accountId and (:personId is null or p.id <> :personId)""", BigDecimal.class)
                .setParameter("accountId", accountId)
                .setParameter("personId", personId)
                .getSingleResult();
        BigDecimal total = others.add(requested);
        if (total.compareTo(HUNDRED) > 0) {
            check.fail(ErrorCode.INVALID_INPUT, "input.relationship.percentOwnership",
                    "The account's persons would own " + total.stripTrailingZeros().toPlainString()
                            + "% together; the total cannot exceed 100%");
        }
    }

    // ---- helpers ----

    private static void flag(ChangeSet changed, String field, boolean current, Boolean requested,
            java.util.function.Consumer<Boolean> setter) {
        if (requested != null && requested != current) {
            changed.record(field, current, requested);
            setter.accept(requested);
        }
    }

    private static Map<String, Object> relationshipData(PersonEntity person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner", person.owner);
        data.put("percentOwnership", person.percentOwnership);
        data.put("representative", person.representative);
        data.put("director", person.director);
        data.put("executive", person.executive);
        data.put("title", person.title);
        return data;
    }

    private static List<String> providedFields(PersonInputs.Add input) {
        List<String> fields = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", input.firstName());
        values.put("lastName", input.lastName());
        values.put("email", input.email());
        values.put("phone", input.phone());
        values.put("dob", input.dob());
        values.put("address", input.address());
        values.put("idNumber", input.idNumber());
        values.forEach((name, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                fields.add(name);
            }
        });
        return fields;
    }

    /** Keeps the last four letters or digits of a number; an empty input clears, null keeps. */
    private static String last4(String number) {
        if (number == null || number.isBlank()) {
            return number == null ? null : "";
        }
        String compact = number.replaceAll("[^A-Za-z0-9]", "");
        return compact.substring(Math.max(0, compact.length() - 4));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
