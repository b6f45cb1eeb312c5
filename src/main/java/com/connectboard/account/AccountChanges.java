package com.connectboard.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.account.AccountInputs.BusinessProfileInput;
import com.connectboard.account.AccountInputs.CompanyInput;
import com.connectboard.account.AccountInputs.IndividualInput;
import com.connectboard.account.AccountInputs.MetadataEntryInput;
import com.connectboard.account.details.Address;
import com.connectboard.account.details.CompanyDetails;
import com.connectboard.account.details.IndividualDetails;
import com.connectboard.error.ErrorCode;
import com.connectboard.event.ChangeSet;
import com.connectboard.graphql.InputCheck;

/**
 * The rules for an account's own data, shared by create and update: what a valid value is, and how a partial input
 * merges into what is stored (null keeps, empty clears). Sensitive numbers keep only their last four characters.
 */
@ApplicationScoped
public class AccountChanges {

    @Inject
    Clock clock;

    /**
     * Sets or changes the business type (null keeps it). The one place it changes after creation: the update
     * mutation, the hosted onboarding page and a business_type submission all come here.
     */
    public void applyBusinessType(AccountEntity account, BusinessType requested, ChangeSet changed) {
        if (requested != null && requested != account.businessType) {
            changed.record("businessType", account.businessType == null ? null : account.businessType.name(),
                    requested.name());
            account.businessType = requested;
        }
    }

    public static final int MAX_METADATA_KEYS = 50;
    public static final int MAX_METADATA_KEY_LENGTH = 40;
    public static final int MAX_METADATA_VALUE_LENGTH = 500;

    private static final Pattern MCC = Pattern.compile("^[0-9]{4}$");
    /**
     * The shape of an id or tax number where no country format applies: of an individual, a company, a person, a
     * submitted requirement value.
     */
    public static final Pattern ID_NUMBER = Pattern.compile("^[A-Za-z0-9 .-]{4,30}$");
    /** Longest first or last name of an individual or a person. */
    public static final int MAX_PERSON_NAME = 100;

    public void checkDetails(InputCheck check, BusinessProfileInput profile, CompanyInput company, IndividualInput individual) {
        if (profile != null) {
            check.length("input.businessProfile.name", profile.name(), 0, 200)
                    .url("input.businessProfile.url", profile.url())
                    .length("input.businessProfile.productDescription", profile.productDescription(), 0, 2000)
                    .email("input.businessProfile.supportEmail", profile.supportEmail())
                    .phone("input.businessProfile.supportPhone", profile.supportPhone());
            if (present(profile.mcc()) && !MCC.matcher(profile.mcc()).matches()) {
                check.fail(ErrorCode.INVALID_INPUT, "input.businessProfile.mcc",
                        "`input.businessProfile.mcc` must be a 4-digit merchant category code, like 5734");
            }
        }
        if (company != null) {
            check.length("input.company.name", company.name(), 0, 200).phone("input.company.phone", company.phone());
            idNumber(check, "input.company.taxId", company.taxId());
            Addresses.check(check, "input.company.address", company.address());
        }
        if (individual != null) {
            check.length("input.individual.firstName", individual.firstName(), 0, MAX_PERSON_NAME)
                    .length("input.individual.lastName", individual.lastName(), 0, MAX_PERSON_NAME)
                    .email("input.individual.email", individual.email())
                    .phone("input.individual.phone", individual.phone());
            idNumber(check, "input.individual.idNumber", individual.idNumber());
            Addresses.check(check, "input.individual.address", individual.address());
            if (present(individual.dob())) {
                try {
                    LocalDate dob = LocalDate.parse(individual.dob());
                    if (dob.getYear() < 1900 || dob.isAfter(LocalDate.now(clock))) {
                        check.fail(ErrorCode.INVALID_INPUT, "input.individual.dob",
                                "`input.individual.dob` must be a date between 1900-01-01 and today");
                    }
                } catch (DateTimeException e) {
                    check.fail(ErrorCode.INVALID_INPUT, "input.individual.dob",
                            "`input.individual.dob` must be a date as YYYY-MM-DD");
                }
            }
        }
    }

    /** Metadata after the change must hold at most 50 keys of at most 40 characters, values of at most 500. */
    void checkMetadata(InputCheck check, Map<String, String> current, List<MetadataEntryInput> entries) {
        if (entries == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> after = new LinkedHashMap<>(current);
        for (int i = 0; i < entries.size(); i++) {
            MetadataEntryInput entry = entries.get(i);
            String field = "input.metadata[" + i + "]";
            if (entry == null) {
                check.fail(ErrorCode.INVALID_INPUT, field, "Metadata entries cannot be null; to delete a key give it a "
                        + "null value");
                continue;
            }
            if (entry.key().isEmpty() || entry.key().length() > MAX_METADATA_KEY_LENGTH) {
                check.fail(ErrorCode.INVALID_INPUT, field + ".key", "Metadata keys must be 1 to "
                        + MAX_METADATA_KEY_LENGTH + " characters; \"" + abbreviate(entry.key()) + "\" has "
                        + entry.key().length());
            }
            if (entry.value() != null && entry.value().length() > MAX_METADATA_VALUE_LENGTH) {
                check.fail(ErrorCode.INVALID_INPUT, field + ".value", "Metadata values must be at most "
                        + MAX_METADATA_VALUE_LENGTH + " characters; the value of \"" + abbreviate(entry.key())
                        + "\" has " + entry.value().length());
            }
            if (!seen.add(entry.key())) {
                check.fail(ErrorCode.INVALID_INPUT, field + ".key", "Metadata key \"" + abbreviate(entry.key())
                        + "\" is given twice");
            }
            if (entry.value() == null) {
                after.remove(entry.key());
            } else {
                after.put(entry.key(), entry.value());
            }
        }
        if (after.size() > MAX_METADATA_KEYS) {
            check.fail(ErrorCode.INVALID_INPUT, "input.metadata", "Metadata can hold at most " + MAX_METADATA_KEYS
                    + " keys; this change would leave " + after.size());
        }
    }

    public void applyDetails(AccountEntity account, BusinessProfileInput profile, CompanyInput company,
            IndividualInput individual, ChangeSet changes) {
        if (profile != null) {
            changes.text("businessProfile.name", account.businessName, profile.name(), v -> account.businessName = v);
            changes.text("businessProfile.url", account.businessUrl, profile.url(), v -> account.businessUrl = v);
            changes.text("businessProfile.mcc", account.businessMcc, profile.mcc(), v -> account.businessMcc = v);
            changes.text("businessProfile.productDescription", account.businessProductDescription,
                    profile.productDescription(), v -> account.businessProductDescription = v);
            changes.text("businessProfile.supportEmail", account.businessSupportEmail, profile.supportEmail(),
                    v -> account.businessSupportEmail = v);
            changes.text("businessProfile.supportPhone", account.businessSupportPhone, profile.supportPhone(),
                    v -> account.businessSupportPhone = v);
        }
        if (company != null) {
            CompanyDetails c = account.company;
            String[] name = {c.name()}, phone = {c.phone()}, taxIdLast4 = {c.taxIdLast4()};
            changes.text("company.name", c.name(), company.name(), v -> name[0] = v);
            changes.text("company.phone", c.phone(), company.phone(), v -> phone[0] = v);
            changes.secret("company.taxId", c.taxIdLast4(), last4(company.taxId()), v -> taxIdLast4[0] = v);
            Address address = Addresses.merge("company.address", c.address(), company.address(), changes);
            account.company = new CompanyDetails(name[0], phone[0], taxIdLast4[0], address);
        }
        if (individual != null) {
            IndividualDetails p = account.individual;
            String[] first = {p.firstName()}, last = {p.lastName()}, email = {p.email()}, phone = {p.phone()},
                    dob = {p.dob()}, idLast4 = {p.idNumberLast4()};
            changes.text("individual.firstName", p.firstName(), individual.firstName(), v -> first[0] = v);
            changes.text("individual.lastName", p.lastName(), individual.lastName(), v -> last[0] = v);
            changes.text("individual.email", p.email(), individual.email(), v -> email[0] = v);
            changes.text("individual.phone", p.phone(), individual.phone(), v -> phone[0] = v);
            changes.secret("individual.dob", p.dob(), individual.dob(), v -> dob[0] = v);
            changes.secret("individual.idNumber", p.idNumberLast4(), last4(individual.idNumber()), v -> idLast4[0] = v);
            Address address = Addresses.merge("individual.address", p.address(), individual.address(), changes);
            account.individual = new IndividualDetails(first[0], last[0], email[0], phone[0], dob[0], address,
                    idLast4[0]);
        }
    }

    void applyMetadata(AccountEntity account, List<MetadataEntryInput> entries, ChangeSet changes) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        Map<String, String> after = new LinkedHashMap<>(account.metadata);
        for (MetadataEntryInput entry : entries) {
            String before = after.get(entry.key());
            if (entry.value() == null) {
                after.remove(entry.key());
            } else {
                after.put(entry.key(), entry.value());
            }
            if (!java.util.Objects.equals(before, entry.value())) {
                changes.record("metadata." + entry.key(), before, entry.value());
            }
        }
        account.metadata = after;
    }

    private static void idNumber(InputCheck check, String field, String value) {
        if (present(value) && !ID_NUMBER.matcher(value).matches()) {
            check.fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` must be 4 to 30 letters, digits, spaces, dots or "
                    + "dashes");
        }
    }

    /** Keeps the last four characters of a number; an empty input clears, null keeps (the update convention). */
    private static String last4(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String compact = number.replaceAll("[^A-Za-z0-9]", "");
        return compact.substring(Math.max(0, compact.length() - 4));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
