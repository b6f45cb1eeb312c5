package com.connectboard.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies the update convention of every mutation — a null input keeps the value, an empty string clears it — and
 * collects what really changed as {@code field -> {from, to}} for the event. Personal data (dates of birth, id
 * numbers) is recorded as changed without its values.
 */
public final class ChangeSet {

    private final Map<String, Object> changes = new LinkedHashMap<>();

    public void text(String field, String current, String requested, Consumer<String> setter) {
        if (requested == null) {
            return;
        }
        String value = requested.isBlank() ? null : requested.strip();
        if (Objects.equals(value, current)) {
            return;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", current);
        change.put("to", value);
        changes.put(field, change);
        setter.accept(value);
    }

    /** Like {@link #text} but the event says only that the field changed. */
    public void secret(String field, String current, String requested, Consumer<String> setter) {
        if (requested == null) {
            return;
        }
        String value = requested.isBlank() ? null : requested.strip();
        if (Objects.equals(value, current)) {
            return;
        }
        changes.put(field, Map.of("changed", true));
        setter.accept(value);
    }

    public void record(String field, Object from, Object to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        changes.put(field, change);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Map<String, Object> asMap() {
        return changes;
    }
}
