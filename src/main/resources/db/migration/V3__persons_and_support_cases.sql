-- Business owners and representative (contract section 5), support cases from the provider (section 6), the
-- account flags that decide whether an account's cases may be shared, and the outbox of messages to the provider.
-- Every table carries platform_id and every primary, unique and foreign key includes it, so that the schema can be
-- distributed by platform_id on Citus without change (docs/scaling.md).

-- Flags the provider reports (account.flags_updated). ever_connected_to_multiple_platforms is set together with
-- connected_to_multiple_platforms and never cleared: an account that was once shared between platforms may have
-- opened cases about another platform, so its cases stay hidden even after it left the others.
ALTER TABLE connected_account
    ADD COLUMN connected_to_multiple_platforms      boolean NOT NULL DEFAULT false,
    ADD COLUMN ever_connected_to_multiple_platforms boolean NOT NULL DEFAULT false,
    ADD COLUMN is_platform                          boolean NOT NULL DEFAULT false,
    ADD COLUMN shares_support_cases                 boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT multiple_platforms_is_remembered
        CHECK (NOT connected_to_multiple_platforms OR ever_connected_to_multiple_platforms);

-- Owners, directors, executives and the representative of an account. Removing a person deletes the row (the
-- contract makes removal final), so no personal data outlives it. Id numbers are forwarded to the provider and only
-- their last four characters are kept.
CREATE TABLE person (
    platform_id         text          NOT NULL,
    id                  text          NOT NULL CHECK (id ~ '^person_[A-Za-z0-9]+$'),
    account_id          text          NOT NULL,
    first_name          text,
    last_name           text,
    email               text,
    phone               text,
    dob                 date,
    address             jsonb,
    id_number_last4     text          CHECK (id_number_last4 ~ '^[A-Za-z0-9]{1,4}$'),
    owner               boolean       NOT NULL DEFAULT false,
    percent_ownership   numeric(5, 2) CHECK (percent_ownership BETWEEN 0 AND 100),
    representative      boolean       NOT NULL DEFAULT false,
    director            boolean       NOT NULL DEFAULT false,
    executive           boolean       NOT NULL DEFAULT false,
    title               text,
    verification_status text          NOT NULL DEFAULT 'UNVERIFIED'
        CHECK (verification_status IN ('UNVERIFIED', 'PENDING', 'VERIFIED')),
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
-- At most one representative per account: the service moves the role in one transaction, this backs it up.
CREATE UNIQUE INDEX person_one_representative_idx ON person (platform_id, account_id) WHERE representative;
CREATE INDEX person_account_idx ON person (platform_id, account_id, created_at, id);

-- Support cases the account opened with the provider. created_at is the provider's opened_at (the 90-day window is
-- about when the account asked, not when Connectboard heard of it).
CREATE TABLE support_case (
    platform_id       text        NOT NULL,
    id                text        NOT NULL CHECK (id ~ '^case_[A-Za-z0-9]+$'),
    provider_case_id  text        NOT NULL,
    account_id        text        NOT NULL,
    subject           text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    closed_at         timestamptz,
    PRIMARY KEY (platform_id, id),
    UNIQUE (platform_id, provider_case_id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
CREATE INDEX support_case_created_idx ON support_case (platform_id, created_at DESC, id DESC);
CREATE INDEX support_case_account_idx ON support_case (platform_id, account_id, created_at DESC, id DESC);
-- The webhook routes message_added and closed events by the provider's case id alone (provider/ProviderRouting).
CREATE INDEX support_case_provider_id_idx ON support_case (provider_case_id);

-- The conversation. provider_message_id is the provider's id (null for the opening message and for the platform's
-- own context); unique per platform so that a replayed message is stored once.
CREATE TABLE support_message (
    platform_id          text        NOT NULL,
    id                   text        NOT NULL CHECK (id ~ '^msg_[A-Za-z0-9]+$'),
    case_id              text        NOT NULL,
    provider_message_id  text,
    author               text        NOT NULL CHECK (author IN ('ACCOUNT', 'PROVIDER', 'PLATFORM')),
    body                 text        NOT NULL,
    created_at           timestamptz NOT NULL,
    visible_to_account   boolean     NOT NULL,
    PRIMARY KEY (platform_id, id),
    UNIQUE (platform_id, provider_message_id),
    FOREIGN KEY (platform_id, case_id) REFERENCES support_case (platform_id, id),
    -- Only the platform writes private context; what the account or the provider wrote is the account's to see.
    CHECK (visible_to_account OR author = 'PLATFORM')
);
CREATE INDEX support_message_case_idx ON support_message (platform_id, case_id, created_at, id);

-- Messages to the provider, written in the transaction of the change that causes them and delivered afterwards by
-- provider/ProviderOutboxWorker (at least once; the row id is the idempotency key the provider sees).
CREATE TABLE provider_outbox (
    platform_id      text        NOT NULL,
    id               text        NOT NULL CHECK (id ~ '^out_[A-Za-z0-9]+$'),
    kind             text        NOT NULL,
    payload          jsonb       NOT NULL,
    created_at       timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    -- Null once delivered or given up (attempts exhausted); last_error then says why.
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_error       text,
    PRIMARY KEY (platform_id, id)
);
CREATE INDEX provider_outbox_due_idx ON provider_outbox (next_attempt_at, platform_id)
    WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL;
