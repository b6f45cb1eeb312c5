package com.connectboard.account.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the bind values of one SQL fragment, so that nothing a user typed is ever spliced into SQL text. Names are
 * {@code s1}, {@code s2}, ... (placeholders {@code :s1}, {@code :s2}, ...): the {@code s} prefix keeps them apart from
 * the caller's own named parameters, and one instance per query keeps them unique within it.
 */
public final class SqlParameters {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Registers a value and returns its placeholder, ready to put into the SQL text (e.g. {@code :s3}). */
    public String bind(Object value) {
        // A null would turn a comparison into NULL, which the negation rules treat as "not matching": refuse it loudly.
        Objects.requireNonNull(value, "value");
        String name = "s" + (values.size() + 1);
        values.put(name, value);
        return ":" + name;
    }

    /** Parameter name (without the colon) to value, in binding order; pass each to {@code Query.setParameter}. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
