package com.connectboard.money;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountRepository;
import com.connectboard.account.ExternalAccountEntity;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.money.Ledger.Leg;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.security.Tenant;

/**
 * Payouts: created by {@code sendFunds} to an external account, then moved by the provider's events:
 * PENDING → IN_TRANSIT → PAID or FAILED. The money leaves the account's available balance when the payout is created
 * (into the platform's PAYOUT_IN_TRANSIT book); PAID moves it on to PAID_OUT, FAILED brings it back to the account.
 */
@ApplicationScoped
public class PayoutService {

    private final Ledger ledger;
    private final EventRecorder events;
    private final EntityManager entityManager;
    private final AccountRepository accounts;
    private final Tenant tenant;
    private final Clock clock;

    @Inject
    public PayoutService(Ledger ledger, EventRecorder events, EntityManager entityManager, AccountRepository accounts,
            Tenant tenant, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Pays a transfer straight out; the account row is locked and the transfer just credited the amount. */
    @Transactional(Transactional.TxType.MANDATORY)
    Payout create(AccountEntity account, ExternalAccountEntity external, TransferEntity transfer, PayoutMethod method) {
        Instant now = Instant.now(clock);
        PayoutEntity payout = new PayoutEntity();
        payout.id = Ids.newId(PayoutEntity.ID_PREFIX);
        payout.accountId = account.id;
        payout.transferId = transfer.id;
        payout.externalAccountId = external.id;
        payout.externalAccountKind = external.kind;
        payout.externalAccountLast4 = external.last4;
        payout.amount = transfer.amount;
        payout.currency = transfer.currency;
        payout.description = transfer.description;
        payout.method = method;
        payout.status = PayoutStatus.PENDING;
        payout.createdAt = now;
        payout.updatedAt = now;
        entityManager.persist(payout);
        if (!ledger.post(payout.id, BalanceTransactionType.PAYOUT, payout.currency, payout.description,
                List.of(new Leg(account.id, Book.AVAILABLE, -payout.amount),
                        new Leg(tenant.platformId(), Book.PAYOUT_IN_TRANSIT, payout.amount)))) {
            throw new IllegalStateException("Payout " + payout.id + " not covered by the transfer it continues");
        }
        events.record("payout.created", account.id, data(payout));
        return Payout.of(payout);
    }

    /** {@code payout.in_transit}: the provider sent it. A payout already PAID or FAILED stays so. */
    @Transactional(Transactional.TxType.MANDATORY)
    void inTransit(ProviderEvent event) {
        PayoutEntity payout = find(event);
        if (payout.status != PayoutStatus.PENDING && payout.status != PayoutStatus.IN_TRANSIT) {
            return;
        }
        payout.status = PayoutStatus.IN_TRANSIT;
        payout.expectedArrivalAt = event.instant("expected_arrival");
        payout.updatedAt = Instant.now(clock);
        Map<String, Object> data = data(payout);
        data.put("providerEventId", event.id());
        events.record("payout.in_transit", payout.accountId, data);
    }

    /** {@code payout.paid}: arrived. A failed payout's money is already back on the balance: that is a 422. */
    @Transactional(Transactional.TxType.MANDATORY)
    void paid(ProviderEvent event) {
        PayoutEntity payout = find(event);
        Instant arrivedAt = event.instant("arrived_at");
        if (payout.status == PayoutStatus.PAID) {
            return;
        }
        if (payout.status == PayoutStatus.FAILED) {
            throw ProviderEventRejected.unprocessable("Payout " + payout.id + " already FAILED; it cannot be paid");
        }
        ledger.post(payout.id, BalanceTransactionType.PAYOUT_PAID, payout.currency, payout.description,
                List.of(new Leg(tenant.platformId(), Book.PAYOUT_IN_TRANSIT, -payout.amount),
                        new Leg(tenant.platformId(), Book.PAID_OUT, payout.amount)));
        payout.status = PayoutStatus.PAID;
        payout.arrivedAt = arrivedAt;
        payout.updatedAt = Instant.now(clock);
        Map<String, Object> data = data(payout);
        data.put("providerEventId", event.id());
        events.record("payout.paid", payout.accountId, data);
    }

    /** {@code payout.failed}: the money comes back to the account's available balance, with its own entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(ProviderEvent event) {
        String failureCode = event.text("failure_code");
        String failureMessage = event.text("failure_message");
        PayoutEntity payout = find(event);
        if (payout.status == PayoutStatus.FAILED) {
            return;
        }
        if (payout.status == PayoutStatus.PAID) {
            throw ProviderEventRejected.unprocessable("Payout " + payout.id + " already PAID; it cannot fail");
        }
        // The lock order of every posting to an account's balance: the account's row first (Ledger). A removed
        // account gets its money back too: money history is kept.
        AccountEntity account = accounts.findByIdOptional(payout.accountId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown account " + payout.accountId));
        ledger.post(payout.id, BalanceTransactionType.PAYOUT_FAILED, payout.currency, payout.description,
                List.of(new Leg(tenant.platformId(), Book.PAYOUT_IN_TRANSIT, -payout.amount),
                        new Leg(account.id, Book.AVAILABLE, payout.amount)));
        payout.status = PayoutStatus.FAILED;
        payout.failureCode = failureCode;
        payout.failureMessage = failureMessage;
        payout.updatedAt = Instant.now(clock);
        Map<String, Object> data = data(payout);
        data.put("failureCode", failureCode);
        data.put("providerEventId", event.id());
        events.record("payout.failed", payout.accountId, data);
    }

    /** The payout the event names, locked: two events about one payout apply one after the other. */
    private PayoutEntity find(ProviderEvent event) {
        String id = event.text("payout_id");
        PayoutEntity payout = entityManager.find(PayoutEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payout == null) {
            throw ProviderEventRejected.unprocessable("Unknown payout " + id);
        }
        return payout;
    }

    private static Map<String, Object> data(PayoutEntity payout) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payoutId", payout.id);
        data.put("amount", payout.amount);
        data.put("currency", payout.currency);
        data.put("method", payout.method.name());
        data.put("status", payout.status.name());
        return data;
    }
}
