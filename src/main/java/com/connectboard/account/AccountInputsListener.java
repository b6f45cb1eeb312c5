package com.connectboard.account;

/**
 * The port through which the requirements feature learns that what it evaluates changed. The account feature calls it
 * from its one write path ({@link AccountWrites}); the requirements feature implements it (re-evaluating the account
 * in the change's transaction), so the account feature does not know how an account is evaluated.
 */
public interface AccountInputsListener {

    /** Something the evaluation reads changed for this account: re-evaluate it now, in the current transaction. */
    void inputsChanged(AccountEntity account);

    /** The account was removed: forget what was kept for its evaluation. */
    void removed(String accountId);
}
