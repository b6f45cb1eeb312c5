package com.connectboard.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the {@link UserError}s of one mutation's input, so that a client learns every wrong field at once and the
 * mutation can refuse before it writes anything. The format rules shared by features (emails, URLs, lengths) live
 * here.
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
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
