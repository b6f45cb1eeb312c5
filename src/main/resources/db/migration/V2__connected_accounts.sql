-- Connected accounts (contract section 3): the account's own data, its onboarding and update links, and its
-- external accounts. Keys lead with platform_id (docs/scaling.md).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE connected_account
    ADD COLUMN country                  text    NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    ADD COLUMN default_currency         text    NOT NULL CHECK (default_currency ~ '^[a-z]{3}$'),
    ADD COLUMN email                    text,
    ADD COLUMN phone                    text,
    ADD COLUMN business_type            text    NOT NULL
        CHECK (business_type IN ('INDIVIDUAL', 'COMPANY', 'NON_PROFIT', 'GOVERNMENT_ENTITY')),
    ADD COLUMN business_name            text,
    ADD COLUMN business_url             text,
    ADD COLUMN business_mcc             text    CHECK (business_mcc ~ '^[0-9]{4}$'),
    ADD COLUMN business_product_description text,
    ADD COLUMN business_support_email   text,
    ADD COLUMN business_support_phone   text,
    -- {name, phone, taxIdLast4, address{...}}: the full tax id goes to the provider, never into this table.
    ADD COLUMN company                  jsonb   NOT NULL DEFAULT '{}',
    -- {firstName, lastName, email, phone, dob, address{...}, idNumberLast4}: likewise for the id number.
    ADD COLUMN individual               jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN metadata                 jsonb   NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    ADD COLUMN dashboard_access         text    NOT NULL CHECK (dashboard_access IN ('FULL', 'EXPRESS', 'NONE')),
    ADD COLUMN platform_liable_for_negative_balances boolean NOT NULL,
    ADD COLUMN requirement_collection   text    NOT NULL CHECK (requirement_collection IN ('PLATFORM', 'PROVIDER')),
    ADD COLUMN status                   text    NOT NULL
        CHECK (status IN ('PENDING_ONBOARDING', 'ENABLED', 'RESTRICTED_SOON', 'RESTRICTED', 'REJECTED')),
    ADD COLUMN details_submitted        boolean NOT NULL DEFAULT false,
    ADD COLUMN charges_enabled          boolean NOT NULL DEFAULT false,
    ADD COLUMN payouts_enabled          boolean NOT NULL DEFAULT false,
    ADD COLUMN tos_accepted_at          timestamptz,
    ADD COLUMN last_activity_at         timestamptz,
    ADD COLUMN payout_interval          text    CHECK (payout_interval IN ('DAILY', 'WEEKLY', 'MONTHLY', 'MANUAL')),
    ADD COLUMN payout_delay_days        integer CHECK (payout_delay_days BETWEEN 0 AND 365),
    ADD COLUMN payout_weekly_anchor     text
        CHECK (payout_weekly_anchor IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    ADD COLUMN payout_monthly_anchor    integer CHECK (payout_monthly_anchor BETWEEN 1 AND 31),
    ADD COLUMN updated_at               timestamptz NOT NULL,
    -- What `name~"..."` searches: business profile name, company name and individual name, lower-cased once here.
    ADD COLUMN search_name              text GENERATED ALWAYS AS (lower(
        coalesce(business_name, '') || ' ' || coalesce(company ->> 'name', '') || ' '
        || coalesce(individual ->> 'firstName', '') || ' ' || coalesce(individual ->> 'lastName', ''))) STORED,
    ADD CONSTRAINT payout_anchor_fits_interval CHECK (
        (payout_weekly_anchor IS NULL OR payout_interval = 'WEEKLY')
        AND (payout_monthly_anchor IS NULL OR payout_interval = 'MONTHLY')
        AND (payout_interval IS DISTINCT FROM 'WEEKLY' OR payout_weekly_anchor IS NOT NULL)
        AND (payout_interval IS DISTINCT FROM 'MONTHLY' OR payout_monthly_anchor IS NOT NULL));

-- Lists are newest first among live accounts; searches narrow them. Every index leads with platform_id.
CREATE INDEX connected_account_live_created_idx ON connected_account (platform_id, created_at DESC, id DESC)
    WHERE removed_at IS NULL;
CREATE INDEX connected_account_email_idx ON connected_account (platform_id, lower(email)) WHERE removed_at IS NULL;
CREATE INDEX connected_account_email_trgm_idx ON connected_account USING gin (lower(email) gin_trgm_ops)
    WHERE removed_at IS NULL;
CREATE INDEX connected_account_name_trgm_idx ON connected_account USING gin (search_name gin_trgm_ops)
    WHERE removed_at IS NULL;
CREATE INDEX connected_account_metadata_idx ON connected_account USING gin (metadata jsonb_path_ops)
    WHERE removed_at IS NULL;

-- One-time onboarding / account-update links and reusable remediation links. Only a SHA-256 of the token is kept.
CREATE TABLE account_link (
    platform_id  text        NOT NULL,
    id           text        NOT NULL CHECK (id ~ '^link_[A-Za-z0-9]+$'),
    account_id   text        NOT NULL,
    type         text        NOT NULL CHECK (type IN ('ONBOARDING', 'ACCOUNT_UPDATE', 'REMEDIATION')),
    token_hash   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    voided_at    timestamptz,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id),
    UNIQUE (platform_id, token_hash)
);
-- The hosted page knows only the token; 256 random bits make a hash collision across platforms impossible in practice.
CREATE INDEX account_link_token_idx ON account_link (token_hash);
CREATE INDEX account_link_account_idx ON account_link (platform_id, account_id, created_at DESC);

-- Bank accounts and debit cards, tokenized by the provider: only its token and the last four digits are here.
CREATE TABLE external_account (
    platform_id           text        NOT NULL,
    id                    text        NOT NULL CHECK (id ~ '^(ba|card)_[A-Za-z0-9]+$'),
    account_id            text        NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('BANK_ACCOUNT', 'DEBIT_CARD')),
    provider_token        text        NOT NULL,
    last4                 text        NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
    country               text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    currency              text        NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    default_for_currency  boolean     NOT NULL,
    created_at            timestamptz NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
CREATE UNIQUE INDEX external_account_one_default_idx ON external_account (platform_id, account_id, currency)
    WHERE default_for_currency;
CREATE INDEX external_account_account_idx ON external_account (platform_id, account_id, created_at);
