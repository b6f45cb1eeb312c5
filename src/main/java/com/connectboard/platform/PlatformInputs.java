package com.connectboard.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The input of the platform mutation. */
public final class PlatformInputs {

    private PlatformInputs() {
    }

    @Input("UpdatePlatformProfileInput")
    @Description("Profile fields to change. A field left out (or null) keeps its value; an empty string clears an optional "
            + "field. The name cannot be cleared.")
    public record UpdateProfile(
            @Description("1 to 200 characters.") String name,
            @Description("An absolute http or https URL.") String url,
            @Description("Up to 2000 characters.") String productDescription,
            @Description("An email address.") String supportEmail,
            @Description("An email address.") String notificationEmail) {
    }
}
