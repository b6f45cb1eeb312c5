package com.connectboard.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.connectboard.error.ErrorCode;
import com.connectboard.graphql.InputCheck;

/** The input rules every money mutation shares, and the debit regions (docs/money.md). */
final class MoneyRules {

    static final int MAX_DESCRIPTION = 500;
    /** Below one billion major units: 999,999,999.99 usd is 99,999,999,999; 999,999,999 jpy is 999,999,999. */
    private static final int MAX_MAJOR_DIGITS = 9;

    private MoneyRules() {
    }

    /** Amount, currency, description and idempotency key; a refusal here leaves the key unused. */
    static InputCheck check(BigDecimal amount, String currency, String description, String idempotencyKey) {
        InputCheck check = new InputCheck().currency("input.currency", currency)
                .length("input.description", description, 0, MAX_DESCRIPTION)
                .length("input.idempotencyKey", idempotencyKey, 1, Idempotency.MAX_KEY_LENGTH);
        if (check.failed()) {
            return check;
        }
        int digits = minorUnitDigits(currency);
        if (digits < 0) {
            return check.fail(ErrorCode.INVALID_INPUT, "input.currency",
                    "`input.currency` " + currency + " has no minor unit and cannot be moved");
        }
        BigDecimal max = BigDecimal.TEN.pow(MAX_MAJOR_DIGITS + digits).subtract(BigDecimal.ONE);
        if (amount.stripTrailingZeros().scale() > 0) {
            return check.fail(ErrorCode.INVALID_INPUT, "input.amount", "`input.amount` must be a whole number of "
                    + currency + "'s minor unit, got " + amount.toPlainString());
        }
        if (amount.signum() < 1 || amount.compareTo(max) > 0) {
            check.fail(ErrorCode.INVALID_INPUT, "input.amount", "`input.amount` must be 1 to " + max.toPlainString() + " (in "
                    + currency + "'s minor unit: " + (digits == 0 ? "no decimals" : digits + " decimals") + "), got "
                    + amount.toPlainString());
        }
        return check;
    }

    /** The amount of an input that passed {@link #check}. */
    static long minorUnits(BigDecimal amount) {
        return amount.longValueExact();
    }

    /** ISO 4217 decimals of a currency (usd 2, jpy 0, bhd 3); -1 for codes that are not money (xau, xxx). */
    static int minorUnitDigits(String currency) {
        return Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
    }

    /** The regions where a platform may debit its accounts (docs/money.md). */
    enum Region {
        CANADA, EUROPE, HONG_KONG, JAPAN, NEW_ZEALAND, UNITED_STATES;

        /** The EEA (the EU, Iceland, Liechtenstein, Norway), Switzerland and the United Kingdom. */
        private static final Set<String> EUROPE_COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
                "IS", "LI", "NO", "CH", "GB");

        static Optional<Region> of(String country) {
            if (EUROPE_COUNTRIES.contains(country)) {
                return Optional.of(EUROPE);
            }
            return Optional.ofNullable(switch (country) {
                case "CA" -> CANADA;
                case "HK" -> HONG_KONG;
                case "JP" -> JAPAN;
                case "NZ" -> NEW_ZEALAND;
                case "US" -> UNITED_STATES;
                default -> null;
            });
        }
    }
}
