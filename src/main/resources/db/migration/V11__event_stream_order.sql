-- The events subscription (docs/events.md) delivers each committed event once and in one order to every subscriber,
-- whichever replica committed it. Event ids are random, and neither created_at nor a sequence value is in commit
-- order: a transaction that took sequence value 10 may commit after the one that took 11. What is final is the
-- writing transaction's id: once PostgreSQL's oldest running transaction (the snapshot's xmin) is past an event's
-- txid, that transaction has ended and no event with a smaller txid can appear any more. The feed reads
-- (txid, seq) windows below xmin, so a window it has read never changes afterwards.
ALTER TABLE event
    ADD COLUMN txid xid8   NOT NULL DEFAULT pg_current_xact_id(),
    ADD COLUMN seq  bigint NOT NULL GENERATED ALWAYS AS IDENTITY;
CREATE INDEX event_stream_idx ON event (txid, seq);
