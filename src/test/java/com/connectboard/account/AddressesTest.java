package com.connectboard.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.details.Address;
import com.connectboard.event.ChangeSet;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.UserError;
import com.connectboard.requirements.RequirementCatalog.InputType;
import com.connectboard.requirements.RequirementValues;

/** One rule for an address, wherever it arrives: an account's, a person's, or a submitted requirement value. */
class AddressesTest {

    private static final String LONG_LINE = "x".repeat(Addresses.MAX_LINE + 1);

    @Test
    void everyPartHasItsLengthAndTheCountryIsChecked() {
        InputCheck check = new InputCheck();
        Addresses.check(check, "input.address",
                new AddressInput(LONG_LINE, LONG_LINE, "c".repeat(101), "p".repeat(21), "s".repeat(101), "USA"));
        List<String> fields = check.errors().stream().map(UserError::field).toList();
        assertEquals(List.of("input.address.line1", "input.address.line2", "input.address.city",
                "input.address.postalCode", "input.address.state", "input.address.country"), fields);
    }

    @Test
    void anAddressAtItsLimitsPasses() {
        InputCheck check = new InputCheck();
        Addresses.check(check, "a", new AddressInput("x".repeat(200), "x".repeat(200), "c".repeat(100),
                "p".repeat(20), "s".repeat(100), "US"));
        assertTrue(check.errors().isEmpty());
    }

    @Test
    void aRequirementValueFollowsTheSameLengthsAsTheApiInput() {
        LocalDate today = LocalDate.parse("2026-03-01");
        String fits = "{\"line1\": \"1 Main St\", \"line2\": \"Suite 5\", \"city\": \"Springfield\", "
                + "\"postalCode\": \"12345\", \"country\": \"US\"}";
        String longLine2 = "{\"line1\": \"1 Main St\", \"line2\": \"" + LONG_LINE + "\", \"city\": \"Springfield\", "
                + "\"postalCode\": \"12345\", \"country\": \"US\"}";
        assertNull(RequirementValues.problem(InputType.ADDRESS, fits, "US", today));
        assertNotNull(RequirementValues.problem(InputType.ADDRESS, longLine2, "US", today));
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutClearsWhatItEmptiesAndRecordsTheChanges() {
        Address current = new Address("1 Main St", "Suite 5", "Springfield", "12345", null, "US");
        ChangeSet changes = new ChangeSet();
        Address merged = Addresses.merge("address", current, new AddressInput(null, "", "Shelbyville", null, null, null),
                changes);
        assertEquals(new Address("1 Main St", null, "Shelbyville", "12345", null, "US"), merged);
        assertEquals(List.of("address.line2", "address.city"), List.copyOf(changes.asMap().keySet()));
    }

    @Test
    void anAddressWithEveryPartClearedIsNone() {
        Address current = new Address("1 Main St", null, "Springfield", "12345", null, "US");
        assertNull(Addresses.merge("address", current, new AddressInput("", "", "", "", "", ""), new ChangeSet()));
    }
}
