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

import com.connectboard.error.ApiErrors;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;
import com.connectboard.money.Ledger.Leg;
import com.connectboard.money.MoneyPayloads.AddToBalance;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.security.Tenant;
import com.connectboard.security.ViewAs;

/**
 * Top-ups: {@code addToBalance} puts the amount on the platform's PENDING balance (from its TOP_UP_SOURCE book);
 * the provider's {@code top_up.succeeded} moves it to AVAILABLE, {@code top_up.failed} takes it back out.
 */
@ApplicationScoped
public class TopUpService {

    private final Ledger ledger;
    private final Idempotency idempotency;
    private final EventRecorder events;
    private final EntityManager entityManager;
    private final Tenant tenant;
    private final ViewAs viewAs;
    private final Clock clock;

    @Inject
    public TopUpService(Ledger ledger, Idempotency idempotency, EventRecorder events, EntityManager entityManager,
            Tenant tenant, ViewAs viewAs, Clock clock) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.events = events;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.viewAs = viewAs;
        this.clock = clock;
    }

    public AddToBalance addToBalance(MoneyInputs.AddToBalance input) {
        if (viewAs.accountId().isPresent()) {
            throw ApiErrors.forbidden("Viewing as an account: only your platform's own balance can be topped up; "
                    + "send the request without the " + ViewAs.HEADER + " header");
        }
        InputCheck check = MoneyRules.check(input.amount(), input.currency(), input.description(),
                input.idempotencyKey());
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        return idempotency.run("addToBalance", input.idempotencyKey(), input, AddToBalance.class,
                () -> create(input));
    }

    private AddToBalance create(MoneyInputs.AddToBalance input) {
        Instant now = Instant.now(clock);
        TopUpEntity topUp = new TopUpEntity();
        topUp.id = Ids.newId(TopUpEntity.ID_PREFIX);
        topUp.amount = MoneyRules.minorUnits(input.amount());
        topUp.currency = input.currency();
        topUp.description = input.description();
        topUp.status = TopUpStatus.PENDING;
        topUp.createdAt = now;
        topUp.updatedAt = now;
        entityManager.persist(topUp);
        String platform = tenant.platformId();
        ledger.post(topUp.id, BalanceTransactionType.TOP_UP, topUp.currency, topUp.description,
                List.of(new Leg(platform, Book.TOP_UP_SOURCE, -topUp.amount), new Leg(platform, Book.PENDING,
                        topUp.amount)));
        events.record("top_up.created", null, data(topUp));
        return new AddToBalance(TopUp.of(topUp), List.of());
    }

    /** {@code top_up.succeeded}: pending becomes available. A failed top-up cannot succeed later (422). */
    @Transactional(Transactional.TxType.MANDATORY)
    void succeeded(ProviderEvent event) {
        TopUpEntity topUp = find(event);
        if (topUp.status == TopUpStatus.SUCCEEDED) {
            return;
        }
        if (topUp.status == TopUpStatus.FAILED) {
            throw ProviderEventRejected.unprocessable("Top-up " + topUp.id + " already FAILED; it cannot succeed");
        }
        String platform = tenant.platformId();
        settle(topUp, BalanceTransactionType.TOP_UP_SUCCEEDED, new Leg(platform, Book.AVAILABLE, topUp.amount));
        topUp.status = TopUpStatus.SUCCEEDED;
        topUp.updatedAt = Instant.now(clock);
        Map<String, Object> data = data(topUp);
        data.put("providerEventId", event.id());
        events.record("top_up.succeeded", null, data);
    }

    /** {@code top_up.failed}: the pending amount is gone. A top-up that succeeded cannot fail later (422). */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(ProviderEvent event) {
        String failureCode = event.text("failure_code");
        String failureMessage = event.text("failure_message");
        TopUpEntity topUp = find(event);
        if (topUp.status == TopUpStatus.FAILED) {
            return;
        }
        if (topUp.status == TopUpStatus.SUCCEEDED) {
            throw ProviderEventRejected.unprocessable("Top-up " + topUp.id + " already SUCCEEDED; it cannot fail");
        }
        settle(topUp, BalanceTransactionType.TOP_UP_FAILED,
                new Leg(tenant.platformId(), Book.TOP_UP_SOURCE, topUp.amount));
        topUp.status = TopUpStatus.FAILED;
        topUp.failureCode = failureCode;
        topUp.failureMessage = failureMessage;
        topUp.updatedAt = Instant.now(clock);
        Map<String, Object> data = data(topUp);
        data.put("failureCode", failureCode);
        data.put("providerEventId", event.id());
        events.record("top_up.failed", null, data);
    }

    /** Takes the top-up's amount off the pending balance, to {@code to}. */
    private void settle(TopUpEntity topUp, BalanceTransactionType type, Leg to) {
        if (!ledger.post(topUp.id, type, topUp.currency, topUp.description,
                List.of(new Leg(tenant.platformId(), Book.PENDING, -topUp.amount), to))) {
            throw new IllegalStateException("Pending balance does not hold top-up " + topUp.id);
        }
    }

    private TopUpEntity find(ProviderEvent event) {
        String id = event.text("top_up_id");
        TopUpEntity topUp = entityManager.find(TopUpEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (topUp == null) {
            throw ProviderEventRejected.unprocessable("Unknown top-up " + id);
        }
        return topUp;
    }

    private static Map<String, Object> data(TopUpEntity topUp) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topUpId", topUp.id);
        data.put("amount", topUp.amount);
        data.put("currency", topUp.currency);
        data.put("status", topUp.status.name());
        return data;
    }
}
