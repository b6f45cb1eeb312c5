package com.connectboard.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.connectboard.StorableTime;
import com.connectboard.error.ApiErrors;

/**
 * Position in a newest-first list: the item's creation time and id (the id breaks ties). Opaque to clients; a tampered
 * or foreign cursor is a BAD_USER_INPUT, never a server error.
 */
public record Cursor(Instant createdAt, String id) {

    private static final String VERSION = "c1";

    public String encode() {
        long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
        String raw = VERSION + ":" + micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String argument, String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException(raw);
            }
            long micros = Long.parseLong(parts[1]);
            if (!StorableTime.holds(Math.floorDiv(micros, 1_000_000L))) {
                throw new IllegalArgumentException(raw); // no row has such a time; PostgreSQL could not compare it
            }
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new Cursor(at, parts[2]);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badInput("`" + argument + "` is not a cursor of this list: pass a cursor from a previous page");
        }
    }
}
