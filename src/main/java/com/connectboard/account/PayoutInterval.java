package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("How often an account's available balance is paid out automatically.")
public enum PayoutInterval {
    @Description("Every day.")
    DAILY, @Description("Once a week, on weeklyAnchor.")
    WEEKLY, @Description("Once a month, on monthlyAnchor (29 to 31: the last day of shorter months).")
    MONTHLY, @Description("No scheduled payouts: the available balance stays on the account until a payout is asked for.")
    MANUAL
}
