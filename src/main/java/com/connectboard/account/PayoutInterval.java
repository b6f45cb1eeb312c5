package com.connectboard.account;

public enum PayoutInterval {
    DAILY, WEEKLY, MONTHLY, MANUAL
}
