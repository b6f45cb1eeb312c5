package com.connectboard.requirements;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.Addresses;
import com.connectboard.account.BusinessType;
import com.connectboard.graphql.InputCheck;
import com.connectboard.requirements.RequirementCatalog.InputType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a submitted value by the item's input type (and the account's country where formats differ). Each check
 * answers null when the value is fine, or what is wrong, for a person to read. Plain Java, tested without Quarkus.
 */
public final class RequirementValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MCC = Pattern.compile("^[0-9]{4}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern DOCUMENT = Pattern.compile("^file_[A-Za-z0-9]{8,64}$");
    private static final Pattern SSN_LAST_4 = Pattern.compile("^[0-9]{4}$");
    private static final Pattern KANA = Pattern.compile("^[\\u30A0-\\u30FF\\u3000 ]{1,100}$");
    /** A person is at least 13 years old (docs/requirements.md), whether its date of birth is submitted or a person's. */
    public static final int MINIMUM_AGE = 13;

    /** Tax id formats by country: the digits after removing spaces, dashes, dots and slashes. */
    private static final Map<String, Format> TAX_IDS = Map.of(
            "US", new Format("^[0-9]{9}$", "a US EIN is 9 digits (12-3456789)"),
            "GB", new Format("^[0-9]{10}$", "a UK UTR is 10 digits"),
            "FR", new Format("^[0-9]{9}$", "a French SIREN is 9 digits"),
            "DE", new Format("^[0-9]{10,13}$", "a German Steuernummer is 10 to 13 digits"),
            "CA", new Format("^[0-9]{9}$", "a Canadian business number (BN) is 9 digits"),
            "JP", new Format("^[0-9]{13}$", "a Japanese corporate number is 13 digits"));
    private static final Map<String, Format> REGISTRATION_NUMBERS = Map.of(
            "GB",
            new Format("^([0-9]{8}|[A-Z]{2}[0-9]{6})$", "a Companies House number is 8 digits, or 2 letters and 6 digits"),
            "DE", new Format("^HR[AB][0-9]{1,6}[A-Z]?$", "a Handelsregister number is HRA or HRB and up to 6 digits"));
    private static final Map<String, Format> ID_NUMBERS = Map.of(
            "US", new Format("^[0-9]{9}$", "a US Social Security number is 9 digits"),
            "CA", new Format("^[0-9]{9}$", "a Canadian Social Insurance Number is 9 digits"));

    private record Format(String pattern, String rule) {
        boolean matches(String compact) {
            return compact.matches(pattern);
        }
    }

    private RequirementValues() {
    }

    /** What is wrong with the value, or null. {@code today} is the clock's date (for ages and acceptance dates). */
    public static String problem(InputType type, String value, String country, LocalDate today) {
        if (value == null || value.isBlank()) {
            return "A value is required";
        }
        String v = value.strip();
        return switch (type) {
            case TOS_ACCEPTANCE -> tosAcceptance(v, today);
            case BUSINESS_TYPE -> businessType(v) != null
                    ? null
                    : "One of " + java.util.Arrays.stream(BusinessType.values()).map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(", "));
            case URL -> url(v);
            case TEXT -> v.length() > 2000 ? "At most 2000 characters" : null;
            case NAME -> v.length() > 200 ? "At most 200 characters" : null;
            case MCC -> MCC.matcher(v).matches() ? null : "A merchant category code is 4 digits, like 5734";
            case PHONE -> E164.matcher(v).matches() ? null : "A phone number in E.164 form, like +14155550123";
            case EMAIL -> v.length() <= 254 && EMAIL.matcher(v).matches() ? null : "An email address, like name@example.com";
            case KANA -> KANA.matcher(v).matches() ? null : "Katakana only, up to 100 characters";
            case DATE_OF_BIRTH -> dateOfBirth(v, today);
            case ADDRESS -> address(v) == null
                    ? "An address as JSON: {\"line1\", \"city\", \"postalCode\", \"country\"} "
                            + "and optionally \"line2\" and \"state\""
                    : null;
            case ID_NUMBER ->
                byCountry(v, country, ID_NUMBERS, "an id number is 4 to 30 letters, digits, spaces, dots or dashes");
            case SSN_LAST_4 -> SSN_LAST_4.matcher(v).matches() ? null : "The last four digits of the SSN: 4 digits";
            case TAX_ID -> byCountry(v, country, TAX_IDS, "a tax id is 4 to 30 letters, digits, spaces, dots or dashes");
            case REGISTRATION_NUMBER -> byCountry(v.toUpperCase(), country, REGISTRATION_NUMBERS,
                    "a registration number is 4 to 30 letters, digits, spaces, dots or dashes");
            case DOCUMENT -> DOCUMENT.matcher(v).matches()
                    ? null
                    : "A document is the id of a file uploaded to the provider, like file_1a2B3c4D";
            case NONE -> "This item cannot be submitted as a value";
        };
    }

    /** The address of a valid ADDRESS value. */
    public static AddressInput address(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isObject()) {
                return null;
            }
            String line1 = text(node, "line1"), city = text(node, "city"), postalCode = text(node, "postalCode"),
                    country = text(node, "country");
            if (line1 == null || city == null || postalCode == null || !InputCheck.isCountry(country)) {
                return null;
            }
            AddressInput address = new AddressInput(line1, text(node, "line2"), city, postalCode, text(node, "state"),
                    country);
            return Addresses.withinLengths(address) ? address : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** An acceptance date: today or earlier, as a date (YYYY-MM-DD) or an instant; the instant it means. */
    /** A business type by its enum name, in any case; null when it names none. */
    public static BusinessType businessType(String value) {
        for (BusinessType type : BusinessType.values()) {
            if (type.name().equalsIgnoreCase(value.strip())) {
                return type;
            }
        }
        return null;
    }

    public static Instant acceptedAt(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    private static String tosAcceptance(String value, LocalDate today) {
        try {
            Instant at = acceptedAt(value);
            return at.atZone(ZoneOffset.UTC).toLocalDate().isAfter(today)
                    ? "The acceptance date cannot be in the future"
                    : null;
        } catch (DateTimeException e) {
            return "A date (YYYY-MM-DD) or an instant (2026-03-01T10:00:00Z)";
        }
    }

    private static String dateOfBirth(String value, LocalDate today) {
        try {
            LocalDate dob = LocalDate.parse(value);
            if (dob.getYear() < 1900 || dob.isAfter(today)) {
                return "A date of birth between 1900-01-01 and today";
            }
            return Period.between(dob, today).getYears() < MINIMUM_AGE
                    ? "The person must be at least " + MINIMUM_AGE + " years old"
                    : null;
        } catch (DateTimeException e) {
            return "A date as YYYY-MM-DD";
        }
    }

    private static String url(String value) {
        InputCheck check = new InputCheck().url("value", value);
        return check.failed() || value.length() > 2000 ? "An absolute http or https URL, like https://example.com" : null;
    }

    private static String byCountry(String value, String country, Map<String, Format> formats, String generic) {
        Format format = formats.get(country);
        if (format == null) {
            return AccountChanges.ID_NUMBER.matcher(value).matches() ? null : capitalize(generic);
        }
        return format.matches(value.replaceAll("[\\s./-]", "")) ? null : capitalize(format.rule());
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
