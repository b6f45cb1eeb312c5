-- Money (contract section 7): a double-entry ledger with the balances it maintains, the movements that write it
-- (top-ups, transfers, payouts, account debits), debit consents and idempotency keys. docs/money.md explains it.
-- Keys lead with platform_id (docs/scaling.md).

-- Top-ups: money the platform sends in from its bank; pending until the provider says it arrived or failed.
CREATE TABLE top_up (
    platform_id      text        NOT NULL REFERENCES platform (platform_id),
    id               text        NOT NULL CHECK (id ~ '^tu_[A-Za-z0-9]+$'),
    amount           bigint      NOT NULL CHECK (amount > 0),
    currency         text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    description      text,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    failure_code     text,
    failure_message  text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id)
);
CREATE INDEX top_up_created_idx ON top_up (platform_id, created_at DESC, id DESC);
-- The provider's events name a top-up by id alone; the webhook finds its platform through this index.
CREATE INDEX top_up_id_idx ON top_up (id);

-- Transfers: from the platform's available balance to an account's.
CREATE TABLE transfer (
    platform_id  text        NOT NULL,
    id           text        NOT NULL CHECK (id ~ '^tr_[A-Za-z0-9]+$'),
    account_id   text        NOT NULL,
    amount       bigint      NOT NULL CHECK (amount > 0),
    currency     text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    description  text,
    destination  text        NOT NULL CHECK (destination IN ('ACCOUNT_BALANCE', 'EXTERNAL_ACCOUNT')),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
CREATE INDEX transfer_created_idx ON transfer (platform_id, created_at DESC, id DESC);
CREATE INDEX transfer_account_idx ON transfer (platform_id, account_id, created_at DESC, id DESC);

-- Payouts: from an account's available balance to its bank account or debit card. The external account may be
-- removed later; the payout keeps its id, kind and last four digits as history.
CREATE TABLE payout (
    platform_id           text        NOT NULL,
    id                    text        NOT NULL CHECK (id ~ '^po_[A-Za-z0-9]+$'),
    account_id            text        NOT NULL,
    transfer_id           text,
    external_account_id   text        NOT NULL,
    external_account_kind text        NOT NULL CHECK (external_account_kind IN ('BANK_ACCOUNT', 'DEBIT_CARD')),
    external_account_last4 text       NOT NULL CHECK (external_account_last4 ~ '^[0-9]{4}$'),
    amount                bigint      NOT NULL CHECK (amount > 0),
    currency              text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    description           text,
    method                text        NOT NULL CHECK (method IN ('STANDARD', 'INSTANT')),
    status                text        NOT NULL CHECK (status IN ('PENDING', 'IN_TRANSIT', 'PAID', 'FAILED')),
    expected_arrival_at   timestamptz,
    arrived_at            timestamptz,
    failure_code          text,
    failure_message       text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id),
    FOREIGN KEY (platform_id, transfer_id) REFERENCES transfer (platform_id, id),
    -- INSTANT payouts go to debit cards only (contract section 7).
    CHECK (method = 'STANDARD' OR external_account_kind = 'DEBIT_CARD')
);
CREATE INDEX payout_created_idx ON payout (platform_id, created_at DESC, id DESC);
CREATE INDEX payout_account_idx ON payout (platform_id, account_id, created_at DESC, id DESC);
CREATE INDEX payout_id_idx ON payout (id);

-- Account debits: from an account's available balance back to the platform's.
CREATE TABLE account_debit (
    platform_id  text        NOT NULL,
    id           text        NOT NULL CHECK (id ~ '^debit_[A-Za-z0-9]+$'),
    account_id   text        NOT NULL,
    amount       bigint      NOT NULL CHECK (amount > 0),
    currency     text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    description  text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
CREATE INDEX account_debit_created_idx ON account_debit (platform_id, created_at DESC, id DESC);
CREATE INDEX account_debit_account_idx ON account_debit (platform_id, account_id, created_at DESC, id DESC);

-- The account holder's consent to be debited by the platform; the latest one recorded counts.
CREATE TABLE debit_consent (
    platform_id   text        NOT NULL,
    account_id    text        NOT NULL,
    consented_at  timestamptz NOT NULL,
    reference     text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 255),
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, account_id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);

-- The ledger. A book is one owner's money of one kind in one currency: the AVAILABLE and PENDING balances of the
-- platform (owner plat_...) and of each account (owner acct_...), and three books of the platform for money outside
-- (TOP_UP_SOURCE: sent in by the platform's bank; PAYOUT_IN_TRANSIT and PAID_OUT: on its way to, or at, an account's
-- bank). Every step of a movement writes entries that sum to zero, so money is neither created nor lost.
CREATE TABLE ledger_entry (
    platform_id  text        NOT NULL REFERENCES platform (platform_id),
    id           text        NOT NULL CHECK (id ~ '^txn_[A-Za-z0-9]+$'),
    movement_id  text        NOT NULL,
    type         text        NOT NULL CHECK (type IN ('TOP_UP', 'TOP_UP_SUCCEEDED', 'TOP_UP_FAILED', 'TRANSFER',
                                                      'PAYOUT', 'PAYOUT_PAID', 'PAYOUT_FAILED', 'ACCOUNT_DEBIT')),
    owner_id     text        NOT NULL,
    book         text        NOT NULL CHECK (book IN ('AVAILABLE', 'PENDING', 'TOP_UP_SOURCE', 'PAYOUT_IN_TRANSIT',
                                                      'PAID_OUT')),
    currency     text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    amount       bigint      NOT NULL CHECK (amount <> 0),
    description  text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id)
);
CREATE INDEX ledger_entry_owner_idx ON ledger_entry (platform_id, owner_id, created_at DESC, id DESC)
    WHERE book IN ('AVAILABLE', 'PENDING');
CREATE INDEX ledger_entry_movement_idx ON ledger_entry (platform_id, movement_id);

-- History is immutable: entries are never changed or deleted; a correction is a new entry.
CREATE FUNCTION ledger_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are immutable (% refused)', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_immutable();

-- Every movement balances at commit: the database refuses a transaction whose entries for one movement and currency
-- do not sum to zero, whatever the application does.
CREATE FUNCTION ledger_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total bigint;
BEGIN
    SELECT sum(amount) INTO total FROM ledger_entry
     WHERE platform_id = NEW.platform_id AND movement_id = NEW.movement_id AND currency = NEW.currency;
    IF total <> 0 THEN
        RAISE EXCEPTION 'movement % does not balance in %: %', NEW.movement_id, NEW.currency, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balanced();

-- The balances the ledger maintains, in the same transaction as the entries: the sum of a book's rows equals the sum
-- of its entries. A platform's books are split over several rows (shards) so that concurrent transfers lock
-- different rows instead of queueing on one (docs/money.md); an account's have one row. No row goes below zero.
CREATE TABLE balance (
    platform_id  text     NOT NULL REFERENCES platform (platform_id),
    owner_id     text     NOT NULL,
    book         text     NOT NULL CHECK (book IN ('AVAILABLE', 'PENDING')),
    currency     text     NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    shard        smallint NOT NULL CHECK (shard >= 0),
    amount       bigint   NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (platform_id, owner_id, book, currency, shard)
);

-- Idempotency keys of money mutations, scoped to the platform. The result is written in the transaction that moves
-- the money, so a key is either unused or bound to exactly one stored result.
CREATE TABLE idempotency_key (
    platform_id    text        NOT NULL REFERENCES platform (platform_id),
    key            text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    operation      text        NOT NULL,
    request_hash   text        NOT NULL,
    result         jsonb,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (platform_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
