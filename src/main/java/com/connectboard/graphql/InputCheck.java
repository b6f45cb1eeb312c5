package com.connectboard.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.connectboard.error.ErrorCode;

/**
 * Collects the {@link UserError}s of one mutation's input, so that a client learns every wrong field at once and the
 * mutation can refuse before it writes anything. The format rules shared by features (emails, URLs, lengths) live
 * here.
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(currency -> currency.getCurrencyCode().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final int MAX_EMAIL_LENGTH = 254;

    private final List<UserError> errors = new ArrayList<>();

    public InputCheck email(String field, String value) {
        if (value != null && !value.isEmpty()
                && (value.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(value).matches())) {
            fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` is not an email address (like name@example.com)");
        }
        return this;
    }

    public InputCheck url(String field, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` is not an absolute http or https URL");
        }
        return this;
    }

    /** E.164: a plus sign, the country code and the number, 8 to 15 digits in all. */
    public InputCheck phone(String field, String value) {
        if (value != null && !value.isEmpty() && !E164.matcher(value).matches()) {
            fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` must be an E.164 phone number, like +14155550123");
        }
        return this;
    }

    /** ISO 3166-1 alpha-2, upper case. */
    public InputCheck country(String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` must be an ISO 3166-1 alpha-2 country code in upper case, "
                    + "like US or FR");
        }
        return this;
    }

    /** ISO 4217, lower case. */
    public InputCheck currency(String field, String value) {
        if (value != null && !CURRENCIES.contains(value)) {
            fail(ErrorCode.INVALID_INPUT, field, "`" + field + "` must be an ISO 4217 currency code in lower case, like usd");
        }
        return this;
    }

    public static boolean isCountry(String value) {
        return value != null && COUNTRIES.contains(value);
    }

    public InputCheck length(String field, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            fail(ErrorCode.INVALID_INPUT, field,
                    "`" + field + "` must be " + min + " to " + max + " characters, got " + value.length());
        }
        return this;
    }

    public InputCheck fail(ErrorCode code, String field, String message) {
        errors.add(UserError.of(code, field, message));
        return this;
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }
}
