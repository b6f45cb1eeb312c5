package com.connectboard.platform;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.UserError;

/** The result of the platform mutation: the platform, or the userErrors that left it unchanged. */
public final class PlatformPayloads {

    private PlatformPayloads() {
    }

    @Type("UpdatePlatformProfilePayload")
    @Description("Result of updatePlatformProfile: the platform as it is now, or the errors that left it unchanged.")
    public record UpdateProfile(
            @Description("The platform after the change; null when refused.") Platform platform,
            @NonNull @Description("Why nothing changed; empty on success. Code: INVALID_INPUT, naming the field.") List<@NonNull UserError> userErrors) {
    }
}
