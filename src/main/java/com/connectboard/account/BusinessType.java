package com.connectboard.account;

public enum BusinessType {
    INDIVIDUAL, COMPANY, NON_PROFIT, GOVERNMENT_ENTITY
}
