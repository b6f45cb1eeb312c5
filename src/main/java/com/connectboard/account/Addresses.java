package com.connectboard.account;

import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.details.Address;
import com.connectboard.event.ChangeSet;
import com.connectboard.graphql.InputCheck;

/**
 * What a postal address may hold, and how an update merges into a stored one: the same for an account's company and
 * individual, a person, and an address submitted as a requirement value.
 */
public final class Addresses {

    /** Longest {@code line1} and {@code line2}. */
    public static final int MAX_LINE = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_STATE = 100;

    private static final Address EMPTY = new Address(null, null, null, null, null, null);

    private Addresses() {
    }

    /** The lengths and the country of an address input, each error naming its field under {@code field}. */
    public static void check(InputCheck check, String field, AddressInput address) {
        if (address == null) {
            return;
        }
        lengths(check, field, address);
        if (address.country() != null && !address.country().isBlank()) {
            check.country(field + ".country", address.country());
        }
    }

    /** Whether every part of the address is within its length. */
    public static boolean withinLengths(AddressInput address) {
        InputCheck check = new InputCheck();
        lengths(check, "address", address);
        return !check.failed();
    }

    /**
     * The stored address after an update: a part left out (null) keeps its value, an empty one clears it, each change
     * recorded under {@code field}; an address with every part cleared is none (null).
     */
    public static Address merge(String field, Address current, AddressInput input, ChangeSet changes) {
        if (input == null) {
            return current;
        }
        Address base = current == null ? EMPTY : current;
        String[] v = {base.line1(), base.line2(), base.city(), base.postalCode(), base.state(), base.country()};
        changes.text(field + ".line1", v[0], input.line1(), x -> v[0] = x);
        changes.text(field + ".line2", v[1], input.line2(), x -> v[1] = x);
        changes.text(field + ".city", v[2], input.city(), x -> v[2] = x);
        changes.text(field + ".postalCode", v[3], input.postalCode(), x -> v[3] = x);
        changes.text(field + ".state", v[4], input.state(), x -> v[4] = x);
        changes.text(field + ".country", v[5], input.country(), x -> v[5] = x);
        Address merged = new Address(v[0], v[1], v[2], v[3], v[4], v[5]);
        return merged.equals(EMPTY) ? null : merged;
    }

    private static void lengths(InputCheck check, String field, AddressInput address) {
        check.length(field + ".line1", address.line1(), 0, MAX_LINE)
                .length(field + ".line2", address.line2(), 0, MAX_LINE)
                .length(field + ".city", address.city(), 0, MAX_CITY)
                .length(field + ".postalCode", address.postalCode(), 0, MAX_POSTAL_CODE)
                .length(field + ".state", address.state(), 0, MAX_STATE);
    }
}
