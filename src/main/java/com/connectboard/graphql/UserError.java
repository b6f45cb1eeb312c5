package com.connectboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.error.ErrorCode;

@Description("A business rule that refused a mutation. Nothing was changed.")
public record UserError(
        @NonNull @Description("Machine-readable reason.") ErrorCode code,
        @Description("Path of the input field at fault, e.g. \"input.supportEmail\"; null when no single field is.") String field,
        @NonNull @Description("What was wrong, for a person to read.") String message) {

    public static UserError of(ErrorCode code, String field, String message) {
        return new UserError(code, field, message);
    }
}
