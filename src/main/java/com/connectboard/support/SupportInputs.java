package com.connectboard.support;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of the support mutation. */
public final class SupportInputs {

    private SupportInputs() {
    }

    @Input("AddSupportCaseContextInput")
    @Description("Private context for the provider on a support case. Refusals in userErrors: NOT_FOUND (no case you "
            + "can see), INVALID_INPUT.")
    public record AddContext(@Id @NonNull @Description("case_ id of a case you can see.") String caseId,
            @NonNull @Description("1 to 5000 characters; for the provider only, never shown to the account.") String body) {
    }
}
