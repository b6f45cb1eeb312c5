package com.connectboard.money;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountService;
import com.connectboard.account.ExternalAccountEntity;
import com.connectboard.account.ExternalAccountKind;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Refusals;
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

    private static final String OPERATION = "sendFunds";
    private static final String TRANSFER_CREATED = "transfer.created";
    /**
     * Money activity is recorded to the hour ({@code AccountEvaluation.recordFrequentActivity}, which decides): the
     * account is loaded to record it only when its last activity is older than that.
     */
    private static final Duration ACTIVITY_RESOLUTION = Duration.ofHours(1);

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
    private final MoneyConfig config;

    @Inject
    public TransferService(AccountService accounts, AccountEvaluation evaluation, Ledger ledger,
            Idempotency idempotency, PayoutService payouts, EventRecorder events, EntityManager entityManager,
            Tenant tenant, ViewAs viewAs, Clock clock, MoneyConfig config) {
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
        this.config = config;
    }

    /** Payload of a transfer; refusals are thrown ({@link Refusal}) and become userErrors at the API edge. */
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
            throw Refusals.of(check.errors());
        }
        if (destination == TransferDestination.ACCOUNT_BALANCE) {
            return toBalance(input);
        }
        return idempotency.run(OPERATION, input.idempotencyKey(), input, SendFunds.class,
                () -> send(input, destination, method));
    }

    /**
     * To the account's balance in one database call ({@code send_funds_to_balance}, V12): the key's claim, the
     * account's lock, the TRANSFERS status, both balances, the transfer, its entries, its event and the stored result.
     * What needs no database is computed here first. Where the function cannot decide alone (no such account, a
     * removed one, a TRANSFERS status to compute), it has claimed the key and this goes on statement by statement,
     * in the same transaction.
     */
    private SendFunds toBalance(MoneyInputs.SendFunds input) {
        String key = input.idempotencyKey();
        String hash = idempotency.hash(OPERATION, input);
        long amount = MoneyRules.minorUnits(input.amount());
        // PostgreSQL keeps microseconds: the payload returned now and the rows (and the stored replay) say the same.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Transfer transfer = new Transfer(Ids.newId(TransferEntity.ID_PREFIX), input.accountId(),
                new Money(amount, input.currency()), input.description(), TransferDestination.ACCOUNT_BALANCE, now);
        SendFunds success = new SendFunds(transfer, null, List.of());
        String stored = idempotency.write(success);
        EventRecorder.Prepared event = events.prepare(TRANSFER_CREATED, input.accountId(),
                eventData(transfer.id(), amount, input.currency(), TransferDestination.ACCOUNT_BALANCE));
        String platform = tenant.platformId();
        return idempotency.transaction(OPERATION, () -> {
            Object[] row = (Object[]) entityManager
                    .createNativeQuery(
                            """
                                    SELECT outcome, last_activity, detail FROM send_funds_to_balance(:platform, :key, :operation,
                                      :hash, CAST(:now AS timestamptz), :account, :amount, :currency, CAST(:description AS text), :shards, :transfer, :debitEntry,
                                      :creditEntry, :event, :eventType, :actor, CAST(:roles AS text[]), CAST(:data AS jsonb),
                                      CAST(:result AS jsonb))""")
                    // Nothing in the session concerns these rows: no flush (dirty check) before the statement.
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("platform", platform).setParameter("key", key).setParameter("operation", OPERATION)
                    .setParameter("hash", hash).setParameter("now", Timestamp.from(now))
                    .setParameter("account", input.accountId()).setParameter("amount", amount)
                    .setParameter("currency", input.currency()).setParameter("description", input.description())
                    .setParameter("shards", config.balanceShards()).setParameter("transfer", transfer.id())
                    .setParameter("debitEntry", Ids.newId(LedgerEntryEntity.ID_PREFIX))
                    .setParameter("creditEntry", Ids.newId(LedgerEntryEntity.ID_PREFIX))
                    .setParameter("event", event.id()).setParameter("eventType", event.type())
                    .setParameter("actor", event.actorSubject()).setParameter("roles", textArray(event.actorRoles()))
                    .setParameter("data", event.data()).setParameter("result", stored).getSingleResult();
            String outcome = (String) row[0];
            String detail = (String) row[2];
            switch (outcome) {
                case "done" -> {
                    Instant lastActivity = row[1] == null ? null : instant(row[1]);
                    if (lastActivity == null || now.isAfter(lastActivity.plus(ACTIVITY_RESOLUTION))) {
                        evaluation.recordFrequentActivity(accounts.requireForChange("input.accountId",
                                input.accountId()), now);
                    }
                    return success;
                }
                case "replayed" -> {
                    return idempotency.read(detail, SendFunds.class);
                }
                case "mismatch" -> throw Idempotency.mismatch();
                case "capability" -> throw capabilityInactive(detail);
                case "insufficient" -> throw insufficientFunds(input.currency(), amount);
                case "statements" -> {
                    return idempotency.store(key, send(input, TransferDestination.ACCOUNT_BALANCE,
                            PayoutMethod.STANDARD));
                }
                default -> throw new IllegalStateException("send_funds_to_balance answered " + outcome);
            }
        });
    }

    private SendFunds send(MoneyInputs.SendFunds input, TransferDestination destination, PayoutMethod method) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        // The account's settings first, then its state, then the money.
        if (destination == TransferDestination.EXTERNAL_ACCOUNT && !account.platformLiableForNegativeBalances) {
            throw Refusal.of(ErrorCode.PLATFORM_NOT_LIABLE, "input.destination", "Funds go straight to an external "
                    + "account only where your platform is liable for the account's negative balances");
        }
        CapabilityStatus transfers = evaluation.capabilityStatus(account, CapabilityName.TRANSFERS);
        if (transfers != CapabilityStatus.ACTIVE) {
            throw capabilityInactive(transfers.name());
        }
        ExternalAccountEntity external = null;
        if (destination == TransferDestination.EXTERNAL_ACCOUNT) {
            external = entityManager.find(ExternalAccountEntity.class, input.externalAccountId());
            if (external == null || !external.accountId.equals(account.id)) {
                throw Refusal.of(ErrorCode.NOT_FOUND, "input.externalAccountId", "Account " + account.id
                        + " has no external account " + input.externalAccountId());
            }
            if (!external.currency.equals(input.currency())) {
                throw Refusal.of(ErrorCode.CURRENCY_MISMATCH, "input.currency", "External account " + external.id
                        + " receives " + external.currency + ", not " + input.currency());
            }
            if (method == PayoutMethod.INSTANT && external.kind != ExternalAccountKind.DEBIT_CARD) {
                throw Refusal.of(ErrorCode.INVALID_INPUT, "input.method", "INSTANT payouts go to debit cards only; "
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
            throw insufficientFunds(transfer.currency, transfer.amount);
        }
        events.record(TRANSFER_CREATED, account.id, eventData(transfer.id, transfer.amount, transfer.currency,
                destination));
        Payout payout = external == null ? null : payouts.create(account, external, transfer, method);
        evaluation.recordFrequentActivity(account, now);
        return new SendFunds(Transfer.of(transfer), payout, List.of());
    }

    private static Map<String, Object> eventData(String transferId, long amount, String currency,
            TransferDestination destination) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("transferId", transferId);
        data.put("amount", amount);
        data.put("currency", currency);
        data.put("destination", destination.name());
        return data;
    }

    private static Refusal capabilityInactive(String status) {
        return Refusal.of(ErrorCode.CAPABILITY_INACTIVE, "input.accountId", "The account's TRANSFERS capability is "
                + status + "; sending funds needs it ACTIVE");
    }

    private static Refusal insufficientFunds(String currency, long amount) {
        return Refusal.of(ErrorCode.INSUFFICIENT_FUNDS, "input.amount", "Your platform's available balance in "
                + currency + " does not cover " + amount);
    }

    /** A text[] parameter as PostgreSQL's array literal (the JDBC array type does not pass through a native query). */
    private static String textArray(String[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
