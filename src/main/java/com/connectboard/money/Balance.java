package com.connectboard.money;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Money;

@Description("Money held, one amount per currency (alphabetical); a currency never used is left out.")
public record Balance(
        @NonNull @Description("Can be transferred, paid out or debited now.") List<@NonNull Money> available,
        @NonNull @Description("On its way in (top-ups the provider has not confirmed yet).") List<@NonNull Money> pending) {
}
