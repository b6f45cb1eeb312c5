package com.connectboard.support;

public enum SupportCaseStatus {
    OPEN, CLOSED
}
