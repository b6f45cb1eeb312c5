package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

@Description("Where sendFunds puts the money.")
public enum TransferDestination {
    @Description("The account's available balance.")
    ACCOUNT_BALANCE, @Description("Straight on to the account's bank account or debit card, as a payout (only where your "
            + "platform is liable for the account's negative balances).")
    EXTERNAL_ACCOUNT
}
