package com.connectboard.account;

public enum ExternalAccountKind {
    BANK_ACCOUNT("ba"), DEBIT_CARD("card");

    private final String idPrefix;

    ExternalAccountKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }
}
