package com.connectboard.provider;

import java.time.Instant;

import com.connectboard.StorableTime;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event in the provider's format: {@code {"id", "type", "created", "data"}}. The accessors read fields of
 * {@code data} and refuse (400, naming the field) when one is missing or of the wrong kind.
 */
public record ProviderEvent(String id, String type, Instant created, JsonNode data) {

    static ProviderEvent parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw ProviderEventRejected.malformed("The body must be a JSON object");
        }
        String id = text(root, "id", "");
        String type = text(root, "type", "");
        Instant created = seconds(root.get("created"), "created");
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw ProviderEventRejected.malformed("Field `data` is missing or not an object");
        }
        return new ProviderEvent(id, type, created, data);
    }

    public String text(String field) {
        return text(data, field, "data.");
    }

    public String optionalText(String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProviderEventRejected.malformed("Field `data." + field + "` must be a string");
        }
        return checked(node.asText(), "data." + field);
    }

    public Instant instant(String field) {
        return seconds(data.get(field), "data." + field);
    }

    /** Unix seconds within {@link StorableTime}'s years 1 to 9999. */
    private static Instant seconds(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ProviderEventRejected.malformed("Field `" + path + "` is missing or not unix seconds");
        }
        if (!StorableTime.holds(node.asLong())) {
            throw ProviderEventRejected.malformed("Field `" + path + "` is out of range: unix seconds of a date between "
                    + "the years 1 and 9999, got " + node.asText());
        }
        return Instant.ofEpochSecond(node.asLong());
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw ProviderEventRejected.malformed("Field `" + path + field + "` is missing or not a string");
        }
        return checked(node.asText(), path + field);
    }

    /** PostgreSQL's text cannot hold U+0000: refused here rather than failing the statement. */
    private static String checked(String value, String path) {
        if (value.indexOf('\u0000') >= 0) {
            throw ProviderEventRejected.malformed("Field `" + path + "` contains a NUL character (U+0000)");
        }
        return value;
    }
}
