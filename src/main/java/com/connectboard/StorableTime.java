package com.connectboard;

import java.time.Instant;

/**
 * The instants Connectboard accepts from outside (webhook timestamps, cursors, date-time inputs): years 1 to 9999 UTC.
 * PostgreSQL's {@code timestamptz} holds 4713 BC to 294276 AD and Java's {@link Instant} more, but a value outside
 * four-digit years is never a real date in this domain, fails ISO-8601 round trips, and past PostgreSQL's range would
 * fail the statement (a server error) instead of being refused.
 */
public final class StorableTime {

    /** 0001-01-01T00:00:00Z. */
    public static final long MIN_EPOCH_SECOND = -62_135_596_800L;
    /** 9999-12-31T23:59:59Z. */
    public static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private StorableTime() {
    }

    public static boolean holds(long epochSecond) {
        return epochSecond >= MIN_EPOCH_SECOND && epochSecond <= MAX_EPOCH_SECOND;
    }

    public static boolean holds(Instant instant) {
        return holds(instant.getEpochSecond());
    }
}
