package com.connectboard.money;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountService;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;
import com.connectboard.money.Ledger.Leg;
import com.connectboard.money.MoneyPayloads.PullFunds;
import com.connectboard.money.MoneyPayloads.RecordDebitConsent;
import com.connectboard.money.MoneyRules.Region;
import com.connectboard.platform.PlatformEntity;
import com.connectboard.platform.PlatformRepository;
import com.connectboard.requirements.AccountEvaluation;
import com.connectboard.security.Tenant;
import com.connectboard.security.ViewAs;

/** Debit consents and {@code pullFunds}: money from an account's available balance back to the platform's. */
@ApplicationScoped
public class AccountDebitService {

    private final AccountService accounts;
    private final PlatformRepository platforms;
    private final AccountEvaluation evaluation;
    private final Ledger ledger;
    private final Idempotency idempotency;
    private final EventRecorder events;
    private final EntityManager entityManager;
    private final Tenant tenant;
    private final ViewAs viewAs;
    private final Clock clock;

    @Inject
    public AccountDebitService(AccountService accounts, PlatformRepository platforms, AccountEvaluation evaluation,
            Ledger ledger, Idempotency idempotency, EventRecorder events, EntityManager entityManager, Tenant tenant,
            ViewAs viewAs, Clock clock) {
        this.accounts = accounts;
        this.platforms = platforms;
        this.evaluation = evaluation;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.events = events;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.viewAs = viewAs;
        this.clock = clock;
    }

    /** Records (or replaces) the account holder's consent to be debited. */
    @Transactional
    public RecordDebitConsent recordConsent(MoneyInputs.RecordDebitConsent input) {
        Instant now = Instant.now(clock);
        InputCheck check = new InputCheck().length("input.reference", input.reference().strip(), 1, 255);
        if (input.consentedAt().isAfter(now)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.consentedAt", "`input.consentedAt` is in the future");
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        DebitConsentEntity consent = entityManager.find(DebitConsentEntity.class, account.id);
        boolean first = consent == null;
        if (first) {
            consent = new DebitConsentEntity();
            consent.accountId = account.id;
        }
        consent.consentedAt = input.consentedAt();
        consent.reference = input.reference().strip();
        consent.recordedAt = now;
        if (first) {
            entityManager.persist(consent);
        }
        events.record("debit_consent.recorded", consent.accountId, Map.of("consentedAt",
                consent.consentedAt.toString(), "reference", consent.reference));
        return new RecordDebitConsent(DebitConsent.of(consent), List.of());
    }

    public PullFunds pullFunds(MoneyInputs.PullFunds input) {
        viewAs.requireAccess(input.accountId());
        InputCheck check = MoneyRules.check(input.amount(), input.currency(), input.description(),
                input.idempotencyKey());
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        return idempotency.run("pullFunds", input.idempotencyKey(), input, PullFunds.class, () -> pull(input));
    }

    private PullFunds pull(MoneyInputs.PullFunds input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        if (!account.platformLiableForNegativeBalances) {
            throw refused(ErrorCode.PLATFORM_NOT_LIABLE, "input.accountId", "Your platform may debit an account only "
                    + "where it is liable for the account's negative balances");
        }
        if (entityManager.find(DebitConsentEntity.class, account.id) == null) {
            throw refused(ErrorCode.CONSENT_REQUIRED, "input.accountId", "No debit consent is recorded for account "
                    + account.id + "; record one with recordDebitConsent");
        }
        PlatformEntity platform = platforms.current().orElseThrow();
        Optional<Region> platformRegion = Region.of(platform.country);
        Optional<Region> accountRegion = Region.of(account.country);
        if (platformRegion.isEmpty() || accountRegion.isEmpty()) {
            throw refused(ErrorCode.REGION_UNSUPPORTED, "input.accountId", "Debits are supported in Canada, Europe "
                    + "(EEA, CH, GB), Hong Kong, Japan, New Zealand and the United States; not for "
                    + (platformRegion.isEmpty()
                            ? "your platform's country " + platform.country
                            : "the account's country " + account.country));
        }
        if (platformRegion.get() != accountRegion.get()) {
            throw refused(ErrorCode.REGION_MISMATCH, "input.accountId", "Your platform (" + platform.country
                    + ") and the account (" + account.country + ") are in different regions");
        }
        if (!input.currency().equals(account.defaultCurrency)) {
            throw refused(ErrorCode.CURRENCY_MISMATCH, "input.currency", "Debits are in the account's default "
                    + "currency, " + account.defaultCurrency + ", not " + input.currency());
        }
        Instant now = Instant.now(clock);
        AccountDebitEntity debit = new AccountDebitEntity();
        debit.id = Ids.newId(AccountDebitEntity.ID_PREFIX);
        debit.accountId = account.id;
        debit.amount = MoneyRules.minorUnits(input.amount());
        debit.currency = input.currency();
        debit.description = input.description();
        debit.createdAt = now;
        entityManager.persist(debit);
        if (!ledger.post(debit.id, BalanceTransactionType.ACCOUNT_DEBIT, debit.currency, debit.description,
                List.of(new Leg(account.id, Book.AVAILABLE, -debit.amount),
                        new Leg(tenant.platformId(), Book.AVAILABLE, debit.amount)))) {
            throw refused(ErrorCode.INSUFFICIENT_FUNDS, "input.amount", "The account's available balance in "
                    + debit.currency + " does not cover " + debit.amount + "; a debit never takes it below zero");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountDebitId", debit.id);
        data.put("amount", debit.amount);
        data.put("currency", debit.currency);
        events.record("account_debit.created", account.id, data);
        evaluation.recordFrequentActivity(account, now);
        return new PullFunds(AccountDebit.of(debit), List.of());
    }

    private static Refusal refused(ErrorCode code, String field, String message) {
        return Refusal.of(code, field, message);
    }
}
