package com.connectboard.money;

/**
 * The books of the ledger. AVAILABLE and PENDING are balances with rows in {@code balance}; the other three hold the
 * platform's money outside Connectboard and exist only as entries, so that every step of a movement balances.
 */
enum Book {
    AVAILABLE, PENDING,
    /** Money the platform's bank sent in (a top-up); negative by nature. */
    TOP_UP_SOURCE,
    /** Money paid out and not yet at the account's bank. */
    PAYOUT_IN_TRANSIT,
    /** Money that arrived at an account's bank. */
    PAID_OUT;

    boolean hasBalance() {
        return this == AVAILABLE || this == PENDING;
    }
}
