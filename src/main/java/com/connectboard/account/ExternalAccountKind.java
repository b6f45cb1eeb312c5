package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("What an external account is; the id prefix follows it (ba_ or card_).")
public enum ExternalAccountKind {
    @Description("A bank account: STANDARD payouts.")
    BANK_ACCOUNT("ba"), @Description("A debit card: STANDARD or INSTANT payouts.")
    DEBIT_CARD("card");

    private final String idPrefix;

    ExternalAccountKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }
}
