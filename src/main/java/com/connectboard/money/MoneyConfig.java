package com.connectboard.money;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "connectboard.money")
public interface MoneyConfig {

    /**
     * Rows each of the platform's balances is split into. Transfers lock one row each, so up to this many commit at
     * the same time instead of one after the other (docs/money.md). Accounts have one row.
     */
    @WithDefault("8")
    int balanceShards();

    /** Attempts of a money mutation that met a deadlock or serialization failure (PostgreSQL 40P01 / 40001). */
    @WithDefault("3")
    int attempts();

    /** How long idempotency keys are kept (at least 24 hours; start-up refuses less). */
    @WithDefault("P1D")
    Duration idempotencyRetention();

    /**
     * How often expired idempotency keys are deleted (a Quarkus "every" value; "off" disables it). The schedule in
     * {@code Idempotency} reads the property, so its default is only here.
     */
    @WithDefault("1h")
    String idempotencyPruneEvery();
}
