package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

@Description("How fast a payout travels.")
public enum PayoutMethod {
    @Description("The usual bank timing.")
    STANDARD, @Description("Within minutes; debit cards only.")
    INSTANT
}
