package com.connectboard.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.Addresses;
import com.connectboard.error.ErrorCode;
import com.connectboard.graphql.InputCheck;
import com.connectboard.requirements.RequirementValues;

/** What a person's input may hold (docs/persons.md); every error is collected, naming its field. */
@ApplicationScoped
class PersonChecks {

    /** A person is at least this old: the rule a date of birth submitted as a requirement value follows too. */
    static final int MINIMUM_AGE = RequirementValues.MINIMUM_AGE;
    static final int MAX_NAME = AccountChanges.MAX_PERSON_NAME;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    PersonRepository persons;
    @Inject
    Clock clock;

    /** The fields an add and an update share; a field left out (null) is not checked. */
    InputCheck details(String firstName, String lastName, String email, String phone, String dob,
            AddressInput address, PersonInputs.Relationship relationship, String idNumber) {
        InputCheck check = new InputCheck().length("input.firstName", firstName, 0, MAX_NAME)
                .length("input.lastName", lastName, 0, MAX_NAME)
                .email("input.email", email)
                .phone("input.phone", phone);
        dob(check, dob);
        Addresses.check(check, "input.address", address);
        if (PersonChanges.blankToNull(idNumber) != null && (!AccountChanges.ID_NUMBER.matcher(idNumber).matches()
                || idNumber.replaceAll("[^A-Za-z0-9]", "").length() < 4)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.idNumber",
                    "`input.idNumber` must be 4 to 30 letters, digits, spaces, dots or dashes");
        }
        if (relationship != null) {
            check.length("input.relationship.title", relationship.title(), 0, MAX_NAME);
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

    /**
     * The account's persons together own at most 100%: the total after this change, the others' shares included. The
     * caller holds the account's lock, so no concurrent change moves the others' shares meanwhile.
     */
    void ownership(InputCheck check, String accountId, String personId, BigDecimal requested) {
        if (requested == null) {
            return;
        }
        BigDecimal total = persons.ownershipOfOthers(accountId, personId).add(requested);
        if (total.compareTo(HUNDRED) > 0) {
            check.fail(ErrorCode.INVALID_INPUT, "input.relationship.percentOwnership",
                    "The account's persons would own " + total.stripTrailingZeros().toPlainString()
                            + "% together; the total cannot exceed 100%");
        }
    }

    /** A date, not in the future, of a person at least {@value #MINIMUM_AGE} today (the injected clock's today). */
    private void dob(InputCheck check, String dob) {
        if (PersonChanges.blankToNull(dob) == null) {
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
}
