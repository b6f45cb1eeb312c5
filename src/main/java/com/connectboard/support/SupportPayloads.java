package com.connectboard.support;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.graphql.UserError;

/** The result of the support mutation: the case, or the userErrors that left it unchanged. */
public final class SupportPayloads {

    private SupportPayloads() {
    }

    @Type("SupportCasePayload")
    @Description("Result of addSupportCaseContext.")
    public record AddContext(@Description("The case with the context added; null when refused.") SupportCase supportCase,
            @NonNull @Description("Why nothing was added; empty on success. Codes: NOT_FOUND, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }
}
