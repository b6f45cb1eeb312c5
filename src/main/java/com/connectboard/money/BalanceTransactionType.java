package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

/** The step of a movement a ledger entry belongs to. */
@Description("What a balance transaction records.")
public enum BalanceTransactionType {
    @Description("A top-up was created: its amount is pending on the platform's balance.")
    TOP_UP, @Description("The provider confirmed a top-up: its amount moved from pending to available.")
    TOP_UP_SUCCEEDED, @Description("A top-up failed: its pending amount is gone.")
    TOP_UP_FAILED, @Description("A transfer from the platform's available balance to an account's.")
    TRANSFER, @Description("A payout left the account's available balance for its bank account or debit card.")
    PAYOUT, @Description("A payout arrived (no balance changes; listed for completeness of the ledger).")
    PAYOUT_PAID, @Description("A payout failed: its amount came back to the account's available balance.")
    PAYOUT_FAILED, @Description("An account debit from the account's available balance to the platform's.")
    ACCOUNT_DEBIT
}
