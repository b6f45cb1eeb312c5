package com.connectboard.account;

/**
 * The port through which account mutations (and remediation) get hosted-page links without knowing how links are
 * stored or served; {@code onboarding} implements it ({@code AccountLinkService}).
 */
public interface AccountLinks {

    /** A new link of this type for the account, voiding its previous unused one; its url is only in this answer. */
    AccountLink issue(String accountId, AccountLinkType type);

    /** Voids every unused link of the account (it was removed). */
    void voidAll(String accountId);
}
