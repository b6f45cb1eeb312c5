package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

public enum PayoutMethod {
    @Description("The usual bank timing.")
    STANDARD, @Description("Within minutes; debit cards only.")
    INSTANT
}
