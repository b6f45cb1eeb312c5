package com.connectboard.account.details;

import org.eclipse.microprofile.graphql.Description;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Description("A postal address.")
// Stored as jsonb through Jackson, which reads records reflectively (also in a native image).
@RegisterForReflection
public record Address(
        String line1,
        String line2,
        String city,
        String postalCode,
        @Description("State, province or region.") String state,
        @Description("ISO 3166-1 alpha-2.") String country) {
}
