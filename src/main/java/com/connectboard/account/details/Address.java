package com.connectboard.account.details;

import org.eclipse.microprofile.graphql.Description;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Description("A postal address.")
// Stored as jsonb through Jackson, which reads records reflectively (also in a native image).
@RegisterForReflection
public record Address(
        @Description("Street and number.") String line1,
        @Description("Apartment, suite, building; null when none.") String line2,
        @Description("City.") String city,
        @Description("Postal code.") String postalCode,
        @Description("State, province or region.") String state,
        @Description("ISO 3166-1 alpha-2.") String country) {
}
