package com.connectboard.provider;

import java.time.Instant;

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
        JsonNode created = root.get("created");
        if (created == null || !created.canConvertToLong()) {
            throw ProviderEventRejected.malformed("Field `created` is missing or not unix seconds");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw ProviderEventRejected.malformed("Field `data` is missing or not an object");
        }
        return new ProviderEvent(id, type, Instant.ofEpochSecond(created.asLong()), data);
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
        return node.asText();
    }

    public Instant instant(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.canConvertToLong()) {
            throw ProviderEventRejected.malformed("Field `data." + field + "` is missing or not unix seconds");
        }
        return Instant.ofEpochSecond(node.asLong());
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw ProviderEventRejected.malformed("Field `" + path + field + "` is missing or not a string");
        }
        return node.asText();
    }
}
