package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a payout is; the provider's webhook moves it on.")
public enum PayoutStatus {
    @Description("Created; the provider has not sent it yet.")
    PENDING, @Description("On its way to the bank account or debit card.")
    IN_TRANSIT, @Description("Arrived.")
    PAID, @Description("Did not arrive; the money is back on the account's available balance.")
    FAILED
}
