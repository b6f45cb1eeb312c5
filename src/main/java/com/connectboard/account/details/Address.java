package com.connectboard.account.details;

import org.eclipse.microprofile.graphql.Description;

@Description("A postal address.")
public record Address(
        String line1,
        String line2,
        String city,
        String postalCode,
        @Description("State, province or region.") String state,
        @Description("ISO 3166-1 alpha-2.") String country) {
}
