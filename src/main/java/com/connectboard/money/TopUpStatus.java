package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a top-up is; the provider's webhook moves it on.")
public enum TopUpStatus {
    @Description("Waiting for the provider to confirm that the money arrived; pending on the balance.")
    PENDING, @Description("The money arrived and is available.")
    SUCCEEDED, @Description("The money did not arrive; it left the pending balance.")
    FAILED
}
