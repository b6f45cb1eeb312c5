package com.connectboard.money;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountService;
import com.connectboard.account.ExternalAccountEntity;
import com.connectboard.account.ExternalAccountKind;
import com.connectboard.error.ErrorCode;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.UserError;
import com.connectboard.money.Ledger.Leg;
import com.connectboard.money.MoneyPayloads.SendFunds;
import com.connectboard.requirements.AccountEvaluation;
import com.connectboard.requirements.CapabilityName;
import com.connectboard.requirements.CapabilityStatus;
import com.connectboard.security.Tenant;
import com.connectboard.security.ViewAs;

/**
 * {@code sendFunds}: a transfer from the platform's available balance to an account's, and for EXTERNAL_ACCOUNT a
 * payout of it straight on to the account's bank account or debit card, in one transaction.
 */
@ApplicationScoped
public class TransferService {

    private final AccountService accounts;
    private final AccountEvaluation evaluation;
    private final Ledger ledger;
    private final Idempotency idempotency;
    private final PayoutService payouts;
    private final EventRecorder events;
    private final EntityManager entityManager;
    private final Tenant tenant;
    private final ViewAs viewAs;
    private final Clock clock;

    @Inject
    public TransferService(AccountService accounts, AccountEvaluation evaluation, Ledger ledger,
            Idempotency idempotency, PayoutService payouts, EventRecorder events, EntityManager entityManager,
            Tenant tenant, ViewAs viewAs, Clock clock) {
        this.accounts = accounts;
        this.evaluation = evaluation;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.payouts = payouts;
        this.events = events;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.viewAs = viewAs;
        this.clock = clock;
    }

    public SendFunds sendFunds(MoneyInputs.SendFunds input) {
        viewAs.requireAccess(input.accountId());
        TransferDestination destination = input.destination() == null
                ? TransferDestination.ACCOUNT_BALANCE
                : input.destination();
        PayoutMethod method = input.method() == null ? PayoutMethod.STANDARD : input.method();
        InputCheck check = MoneyRules.check(input.amount(), input.currency(), input.description(),
                input.idempotencyKey());
        if (destination == TransferDestination.EXTERNAL_ACCOUNT && input.externalAccountId() == null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.externalAccountId",
                    "`input.externalAccountId` is required for destination EXTERNAL_ACCOUNT");
        }
        if (destination == TransferDestination.ACCOUNT_BALANCE && input.externalAccountId() != null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.externalAccountId",
                    "`input.externalAccountId` is only for destination EXTERNAL_ACCOUNT");
        }
        if (destination == TransferDestination.ACCOUNT_BALANCE && method == PayoutMethod.INSTANT) {
            check.fail(ErrorCode.INVALID_INPUT, "input.method",
                    "`input.method` INSTANT is only for destination EXTERNAL_ACCOUNT to a debit card");
        }
        if (check.failed()) {
            return SendFunds.refused(check.errors());
        }
        return idempotency.run("sendFunds", input.idempotencyKey(), input, SendFunds.class, SendFunds::refused,
                () -> send(input, destination, method));
    }

    private SendFunds send(MoneyInputs.SendFunds input, TransferDestination destination, PayoutMethod method) {
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return SendFunds.refused(List.of(lookup.error()));
        }
        AccountEntity account = lookup.account();
        // The account's settings first, then its state, then the money.
        if (destination == TransferDestination.EXTERNAL_ACCOUNT && !account.platformLiableForNegativeBalances) {
            return refused(ErrorCode.PLATFORM_NOT_LIABLE, "input.destination", "Funds go straight to an external "
                    + "account only where your platform is liable for the account's negative balances");
        }
        CapabilityStatus transfers = evaluation.capabilityStatus(account, CapabilityName.TRANSFERS);
        if (transfers != CapabilityStatus.ACTIVE) {
            return refused(ErrorCode.CAPABILITY_INACTIVE, "input.accountId", "The account's TRANSFERS capability is "
                    + transfers + "; sending funds needs it ACTIVE");
        }
        ExternalAccountEntity external = null;
        if (destination == TransferDestination.EXTERNAL_ACCOUNT) {
            external = entityManager.find(ExternalAccountEntity.class, input.externalAccountId());
            if (external == null || !external.accountId.equals(account.id)) {
                return refused(ErrorCode.NOT_FOUND, "input.externalAccountId", "Account " + account.id
                        + " has no external account " + input.externalAccountId());
            }
            if (!external.currency.equals(input.currency())) {
                return refused(ErrorCode.CURRENCY_MISMATCH, "input.currency", "External account " + external.id
                        + " receives " + external.currency + ", not " + input.currency());
            }
            if (method == PayoutMethod.INSTANT && external.kind != ExternalAccountKind.DEBIT_CARD) {
                return refused(ErrorCode.INVALID_INPUT, "input.method", "INSTANT payouts go to debit cards only; "
                        + external.id + " is a bank account");
            }
        }
        Instant now = Instant.now(clock);
        TransferEntity transfer = new TransferEntity();
        transfer.id = Ids.newId(TransferEntity.ID_PREFIX);
        transfer.accountId = account.id;
        transfer.amount = MoneyRules.minorUnits(input.amount());
        transfer.currency = input.currency();
        transfer.description = input.description();
        transfer.destination = destination;
        transfer.createdAt = now;
        entityManager.persist(transfer);
        if (!ledger.post(transfer.id, BalanceTransactionType.TRANSFER, transfer.currency, transfer.description,
                List.of(new Leg(tenant.platformId(), Book.AVAILABLE, -transfer.amount),
                        new Leg(account.id, Book.AVAILABLE, transfer.amount)))) {
            return refused(ErrorCode.INSUFFICIENT_FUNDS, "input.amount", "Your platform's available balance in "
                    + transfer.currency + " does not cover " + transfer.amount);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("transferId", transfer.id);
        data.put("amount", transfer.amount);
        data.put("currency", transfer.currency);
        data.put("destination", destination.name());
        events.record("transfer.created", account.id, data);
        Payout payout = external == null ? null : payouts.create(account, external, transfer, method);
        evaluation.recordFrequentActivity(account, now);
        return new SendFunds(Transfer.of(transfer), payout, List.of());
    }

    private static SendFunds refused(ErrorCode code, String field, String message) {
        return SendFunds.refused(List.of(UserError.of(code, field, message)));
    }
}
