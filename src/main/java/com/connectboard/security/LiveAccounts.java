package com.connectboard.security;

/**
 * The port view-as resolves its header through: the account feature answers whether an id names a live (not removed)
 * account of the caller's platform, so security knows no account class.
 */
public interface LiveAccounts {

    boolean isLive(String accountId);
}
