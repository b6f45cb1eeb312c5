package com.connectboard.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.event.ChangeSet;

/**
 * The writes to an account that other features ask for, each by its name, and the one path by which a change to an
 * account's inputs reaches its re-evaluation. Only the account feature sets an account's fields: the requirements
 * evaluator hands its answer to {@link #applyEvaluation}, hosted onboarding calls {@link #markDetailsSubmitted}, the
 * provider's flags go through {@link #updateProviderFlags}. Whoever changes something the evaluation reads (the
 * account's own fields, its persons, its external accounts, a submission) ends with {@link #inputsChanged}, which
 * hands the account to the {@link AccountInputsListener} the requirements feature implements.
 */
@ApplicationScoped
public class AccountWrites {

    @Inject
    AccountRepository accounts;
    @Inject
    AccountInputsListener listener;
    @Inject
    Clock clock;

    /** Something the evaluation reads changed for this account: it is re-evaluated now, in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inputsChanged(AccountEntity account) {
        listener.inputsChanged(account);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void inputsChanged(String accountId) {
        inputsChanged(accounts.findById(accountId));
    }

    /**
     * The evaluator's answer, kept on the account for lists and filters: the only write of the status, charges and
     * payouts enabled, has actions required, and the next time-based change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEvaluation(AccountEntity account, AccountStatus status, boolean chargesEnabled,
            boolean payoutsEnabled, boolean hasActionsRequired, Instant nextEvaluationAt) {
        account.status = status;
        account.chargesEnabled = chargesEnabled;
        account.payoutsEnabled = payoutsEnabled;
        account.hasActionsRequired = hasActionsRequired;
        account.nextEvaluationAt = nextEvaluationAt;
    }

    /** The account holder submitted the hosted onboarding form at {@code at}, accepting the terms; re-evaluated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDetailsSubmitted(AccountEntity account, Instant at) {
        account.detailsSubmitted = true;
        account.tosAcceptedAt = at;
        account.updatedAt = at;
        inputsChanged(account);
    }

    /** The terms of service were accepted at {@code at} (a submitted {@code tos_acceptance.date}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acceptTerms(AccountEntity account, Instant at) {
        account.tosAcceptedAt = at;
    }

    /** Something about the account changed at {@code at} (a requirement submitted, a capability requested). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(AccountEntity account, Instant at) {
        account.updatedAt = at;
    }

    /**
     * Activity on the account at {@code at}: {@code lastActivityAt} moves forward only, so that an older report
     * delivered late does not bring the inactivity hold back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordActivity(AccountEntity account, Instant at) {
        if (account.lastActivityAt == null || at.isAfter(account.lastActivityAt)) {
            account.lastActivityAt = at;
        }
    }

    /**
     * The flags the provider reports ({@code account.flags_updated}; null leaves a flag as it is). Being connected
     * to several platforms also sets everConnectedToMultiplePlatforms, which is never cleared: a flag once set keeps
     * the account's support cases hidden. Returns what changed, empty when nothing did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeSet updateProviderFlags(AccountEntity account, Boolean multiple, Boolean platform, Boolean shares) {
        ChangeSet changed = new ChangeSet();
        if (multiple != null && multiple != account.connectedToMultiplePlatforms) {
            changed.record("connectedToMultiplePlatforms", account.connectedToMultiplePlatforms, multiple);
            account.connectedToMultiplePlatforms = multiple;
        }
        if (account.connectedToMultiplePlatforms && !account.everConnectedToMultiplePlatforms) {
            changed.record("everConnectedToMultiplePlatforms", false, true);
            account.everConnectedToMultiplePlatforms = true;
        }
        if (platform != null && platform != account.isPlatform) {
            changed.record("isPlatform", account.isPlatform, platform);
            account.isPlatform = platform;
        }
        if (shares != null && shares != account.sharesSupportCases) {
            changed.record("sharesSupportCases", account.sharesSupportCases, shares);
            account.sharesSupportCases = shares;
        }
        if (!changed.isEmpty()) {
            account.updatedAt = Instant.now(clock);
        }
        return changed;
    }
}
