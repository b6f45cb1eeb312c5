-- Foundation: platforms, the account anchor used by view-as, audit events and provider-event deduplication.
-- Every table carries platform_id and every primary and foreign key includes it, so that the schema can be
-- distributed by platform_id on Citus without change (docs/scaling.md).

CREATE TABLE platform (
    platform_id          text        PRIMARY KEY CHECK (platform_id ~ '^plat_[A-Za-z0-9]+$'),
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country              text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    default_currency     text        NOT NULL CHECK (default_currency ~ '^[a-z]{3}$'),
    url                  text,
    product_description  text,
    support_email        text,
    notification_email   text,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

CREATE TABLE connected_account (
    platform_id  text        NOT NULL REFERENCES platform (platform_id),
    id           text        NOT NULL CHECK (id ~ '^acct_[A-Za-z0-9]+$'),
    created_at   timestamptz NOT NULL,
    removed_at   timestamptz,
    PRIMARY KEY (platform_id, id)
);

CREATE TABLE event (
    platform_id    text        NOT NULL REFERENCES platform (platform_id),
    id             text        NOT NULL CHECK (id ~ '^evt_[A-Za-z0-9]+$'),
    type           text        NOT NULL,
    created_at     timestamptz NOT NULL,
    actor_subject  text        NOT NULL,
    actor_roles    text[]      NOT NULL,
    account_id     text,
    data           jsonb       NOT NULL,
    PRIMARY KEY (platform_id, id),
    -- The account may be removed later; its events stay (history is kept), so the key is kept but not cascaded.
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
-- Newest-first keyset pagination, overall and per account.
CREATE INDEX event_platform_created_idx ON event (platform_id, created_at DESC, id DESC);
CREATE INDEX event_account_created_idx ON event (platform_id, account_id, created_at DESC, id DESC);

-- Each provider event is applied once: its id is inserted in the same transaction as its effects. No foreign key to
-- platform: platform.registered is recorded before the platform it creates exists in the transaction.
CREATE TABLE provider_event (
    platform_id  text        NOT NULL,
    id           text        NOT NULL,
    type         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    applied_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id)
);
