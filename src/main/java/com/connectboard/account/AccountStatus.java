package com.connectboard.account;

public enum AccountStatus {
    PENDING_ONBOARDING, ENABLED, RESTRICTED_SOON, RESTRICTED, REJECTED
}
