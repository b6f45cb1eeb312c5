-- sendFunds to an account's balance in one database call (issue 20; docs/money.md, "sendFunds in one call"). The
-- application computes everything that needs no database (ids, the time, the event's actor and data, the payload it
-- will store with the key) and calls this function once; the function takes the same locks in the same order as the
-- statement-by-statement path (TransferService.send, Ledger.post), checks the same rules in the same order and writes the same
-- rows. The tables' own constraints and triggers (no negative balance, every movement balances at commit, entries are
-- immutable) apply to what it writes as to anything else.
--
-- Outcome (first column):
--   replayed     the key was used for the same request: detail is the stored result (JSON text); nothing written
--   mismatch     the key was used for a different request; nothing written
--   capability   TRANSFERS is not ACTIVE: detail is its status        } the key's claim is written: the caller
--   insufficient the platform's available balance does not cover it   } refuses, and its rollback takes the claim
--                (some rows may have moved)                            } back with everything else
--   statements   the key is claimed, but the rest needs the application: no such account or a removed one (whose
--                refusals AccountService words), or a TRANSFERS status to compute first (a time-based change is
--                due, or TRANSFERS was never requested). The caller goes on statement by statement in the same
--                transaction, the claim already made.
--   done         everything is written; last_activity (second column) is the account's last recorded activity, from
--                which the caller decides whether to record this one (the account row is the account feature's to
--                write)
CREATE FUNCTION send_funds_to_balance(
    p_platform text, p_key text, p_operation text, p_hash text, p_now timestamptz,
    p_account text, p_amount bigint, p_currency text, p_description text, p_shards int,
    p_transfer_id text, p_debit_entry_id text, p_credit_entry_id text,
    p_event_id text, p_event_type text, p_actor_subject text, p_actor_roles text[], p_event_data jsonb,
    p_result jsonb,
    OUT outcome text, OUT last_activity timestamptz, OUT detail text)
LANGUAGE plpgsql AS $$
DECLARE
    n int;
    stored_hash text;
    account_removed_at timestamptz;
    account_next_evaluation timestamptz;
    account_last_activity timestamptz;
    found_account boolean;
    transfers_status text;
    start_shard int;
    held_shards smallint[];
    held_amounts bigint[];
    total bigint;
    rows_held int;
    left_over bigint;
    share bigint;
BEGIN
    -- 1. The key. A concurrent request with the same key waits here until the first one ends.
    INSERT INTO idempotency_key (platform_id, key, operation, request_hash, created_at)
    VALUES (p_platform, p_key, p_operation, p_hash, p_now) ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        SELECT k.request_hash, CAST(k.result AS text) INTO stored_hash, detail FROM idempotency_key k
         WHERE k.platform_id = p_platform AND k.key = p_key;
        IF detail IS NULL THEN
            RAISE EXCEPTION 'idempotency key % without a result', p_key;
        END IF;
        IF stored_hash <> p_hash THEN
            outcome := 'mismatch';
            detail := NULL;
        ELSE
            outcome := 'replayed';
        END IF;
        RETURN;
    END IF;

    -- 2. The account, locked first (the lock AccountService.requireForChange takes).
    SELECT true, a.removed_at, a.next_evaluation_at, a.last_activity_at
      INTO found_account, account_removed_at, account_next_evaluation, account_last_activity
      FROM connected_account a WHERE a.platform_id = p_platform AND a.id = p_account FOR NO KEY UPDATE;
    IF found_account IS NULL OR account_removed_at IS NOT NULL THEN
        outcome := 'statements';
        RETURN;
    END IF;

    -- 3. TRANSFERS: the status the last evaluation stored, exact unless a time-based change is due. Every writer
    -- of that status holds the account's row, which this transaction now holds.
    IF account_next_evaluation IS NOT NULL AND account_next_evaluation <= p_now THEN
        outcome := 'statements';
        RETURN;
    END IF;
    SELECT c.status INTO transfers_status FROM capability_request c
     WHERE c.platform_id = p_platform AND c.account_id = p_account AND c.capability = 'TRANSFERS';
    IF transfers_status IS NULL THEN
        outcome := 'statements';
        RETURN;
    END IF;
    IF transfers_status <> 'ACTIVE' THEN
        outcome := 'capability';
        detail := transfers_status;
        RETURN;
    END IF;

    -- 4. The platform's AVAILABLE rows, before the account's (Ledger's lock order). A free row that covers the
    -- amount, starting at a random shard (the subquery runs once, as an InitPlan); else all rows in shard order.
    n := 0;
    IF p_shards > 1 THEN
        start_shard := floor(random() * p_shards)::int;
        UPDATE balance SET amount = amount - p_amount
         WHERE platform_id = p_platform AND owner_id = p_platform AND book = 'AVAILABLE' AND currency = p_currency
           AND shard = (SELECT b.shard FROM balance b
                         WHERE b.platform_id = p_platform AND b.owner_id = p_platform AND b.book = 'AVAILABLE'
                           AND b.currency = p_currency AND b.amount >= p_amount
                         ORDER BY (b.shard + start_shard) % p_shards
                         LIMIT 1 FOR UPDATE SKIP LOCKED);
        GET DIAGNOSTICS n = ROW_COUNT;
    END IF;
    IF n = 0 THEN
        SELECT coalesce(array_agg(b.shard ORDER BY b.shard), '{}'), coalesce(array_agg(b.amount ORDER BY b.shard), '{}')
          INTO held_shards, held_amounts
          FROM (SELECT shard, amount FROM balance
                 WHERE platform_id = p_platform AND owner_id = p_platform AND book = 'AVAILABLE'
                   AND currency = p_currency ORDER BY shard FOR UPDATE) b;
        total := 0;
        FOR i IN 1 .. coalesce(array_length(held_shards, 1), 0) LOOP
            total := total + held_amounts[i];
        END LOOP;
        IF total < p_amount THEN
            outcome := 'insufficient';
            RETURN;
        END IF;
        -- All rows held: take the amount and spread what is left evenly, so the next debits find a covering row.
        rows_held := array_length(held_shards, 1);
        left_over := total - p_amount;
        FOR i IN 1 .. rows_held LOOP
            share := left_over / rows_held + CASE WHEN i - 1 < left_over % rows_held THEN 1 ELSE 0 END;
            IF share <> held_amounts[i] THEN
                UPDATE balance SET amount = share
                 WHERE platform_id = p_platform AND owner_id = p_platform AND book = 'AVAILABLE'
                   AND currency = p_currency AND shard = held_shards[i];
            END IF;
        END LOOP;
    END IF;

    -- 5. The account's AVAILABLE row (one shard; no other posting holds it without holding the account's row).
    UPDATE balance SET amount = amount + p_amount
     WHERE platform_id = p_platform AND owner_id = p_account AND book = 'AVAILABLE' AND currency = p_currency
       AND shard = 0;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        INSERT INTO balance (platform_id, owner_id, book, currency, shard, amount)
        VALUES (p_platform, p_account, 'AVAILABLE', p_currency, 0, 0) ON CONFLICT DO NOTHING;
        UPDATE balance SET amount = amount + p_amount
         WHERE platform_id = p_platform AND owner_id = p_account AND book = 'AVAILABLE' AND currency = p_currency
           AND shard = 0;
    END IF;

    -- 6. The transfer, both entries, the event and the stored result.
    INSERT INTO transfer (platform_id, id, account_id, amount, currency, description, destination, created_at)
    VALUES (p_platform, p_transfer_id, p_account, p_amount, p_currency, p_description, 'ACCOUNT_BALANCE', p_now);
    INSERT INTO ledger_entry (platform_id, id, movement_id, type, owner_id, book, currency, amount, description,
                              created_at)
    VALUES (p_platform, p_debit_entry_id, p_transfer_id, 'TRANSFER', p_platform, 'AVAILABLE', p_currency, -p_amount,
            p_description, p_now),
           (p_platform, p_credit_entry_id, p_transfer_id, 'TRANSFER', p_account, 'AVAILABLE', p_currency, p_amount,
            p_description, p_now);
    INSERT INTO event (platform_id, id, type, created_at, actor_subject, actor_roles, account_id, data)
    VALUES (p_platform, p_event_id, p_event_type, p_now, p_actor_subject, p_actor_roles, p_account, p_event_data);
    UPDATE idempotency_key SET result = p_result WHERE platform_id = p_platform AND key = p_key;

    last_activity := account_last_activity;
    outcome := 'done';
END $$;
