package com.connectboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An amount of money: an integer in the currency's minor unit (cents; yen have none), never a float.")
public record Money(
        @NonNull @Description("Amount in the currency's minor unit.") Long amount,
        @NonNull @Description("ISO 4217 code, lower case: usd, eur, jpy.") String currency) {
}
