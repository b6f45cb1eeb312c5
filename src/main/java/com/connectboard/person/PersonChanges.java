package com.connectboard.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.connectboard.account.Addresses;
import com.connectboard.event.ChangeSet;
import com.connectboard.graphql.Ids;

/**
 * How a checked input becomes a person's fields, and what the events say of it: which fields were given or changed,
 * never the values of a date of birth or an id number. The representative role is not set here ({@link Representatives}).
 */
final class PersonChanges {

    private PersonChanges() {
    }

    /** A new person of the account from a checked {@code addPerson} input; not yet the representative. */
    static PersonEntity added(String accountId, PersonInputs.Add input, Instant now) {
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
        PersonInputs.Relationship relationship = input.relationship();
        if (relationship != null) {
            person.owner = Boolean.TRUE.equals(relationship.owner());
            person.percentOwnership = relationship.percentOwnership();
            person.director = Boolean.TRUE.equals(relationship.director());
            person.executive = Boolean.TRUE.equals(relationship.executive());
            person.title = blankToNull(relationship.title());
        }
        return person;
    }

    /**
     * Applies a checked {@code updatePerson} input, recording each change in {@code changed}: a field left out keeps
     * its value, an empty one clears it. The representative role is the caller's (it spans the account's persons).
     */
    static void apply(PersonEntity person, PersonInputs.Update input, ChangeSet changed) {
        changed.text("firstName", person.firstName, input.firstName(), v -> person.firstName = v);
        changed.text("lastName", person.lastName, input.lastName(), v -> person.lastName = v);
        changed.text("email", person.email, input.email(), v -> person.email = v);
        changed.text("phone", person.phone, input.phone(), v -> person.phone = v);
        changed.secret("dob", person.dob == null ? null : person.dob.toString(), input.dob(),
                v -> person.dob = v == null ? null : LocalDate.parse(v));
        changed.secret("idNumber", person.idNumberLast4, last4(input.idNumber()), v -> person.idNumberLast4 = v);
        person.address = Addresses.merge("address", person.address, input.address(), changed);
        PersonInputs.Relationship relationship = input.relationship();
        if (relationship == null) {
            return;
        }
        flag(changed, "relationship.owner", person.owner, relationship.owner(), v -> person.owner = v);
        flag(changed, "relationship.director", person.director, relationship.director(), v -> person.director = v);
        flag(changed, "relationship.executive", person.executive, relationship.executive(), v -> person.executive = v);
        if (relationship.percentOwnership() != null && (person.percentOwnership == null
                || relationship.percentOwnership().compareTo(person.percentOwnership) != 0)) {
            changed.record("relationship.percentOwnership", person.percentOwnership, relationship.percentOwnership());
            person.percentOwnership = relationship.percentOwnership();
        }
        changed.text("relationship.title", person.title, relationship.title(), v -> person.title = v);
    }

    /** The data of {@code person.added}: the person, its relationship, and which fields were given. */
    static Map<String, Object> addedData(PersonEntity person, PersonInputs.Add input) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", person.id);
        data.put("relationship", relationshipData(person));
        data.put("fields", providedFields(input));
        return data;
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

    private static void flag(ChangeSet changed, String field, boolean current, Boolean requested,
            Consumer<Boolean> setter) {
        if (requested != null && requested != current) {
            changed.record(field, current, requested);
            setter.accept(requested);
        }
    }

    /** Keeps the last four letters or digits of a number; an empty input clears, null keeps. */
    private static String last4(String number) {
        if (number == null || number.isBlank()) {
            return number == null ? null : "";
        }
        String compact = number.replaceAll("[^A-Za-z0-9]", "");
        return compact.substring(Math.max(0, compact.length() - 4));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
