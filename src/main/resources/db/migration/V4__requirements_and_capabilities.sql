-- Requirements, capabilities, actions required and remediation (contract section 4, docs/requirements.md).
-- Every table leads its keys with platform_id (docs/scaling.md).

-- What the evaluator last concluded, kept where lists filter on it; the evaluator recomputes it on every change and
-- the deadline job when next_evaluation_at passes.
ALTER TABLE connected_account
    ADD COLUMN has_actions_required boolean     NOT NULL DEFAULT false,
    ADD COLUMN next_evaluation_at   timestamptz;
CREATE INDEX connected_account_actions_idx ON connected_account (platform_id, has_actions_required, created_at DESC, id DESC)
    WHERE removed_at IS NULL;
-- The deadline job's scan crosses platforms: it looks for any account whose next evaluation is due.
CREATE INDEX connected_account_next_evaluation_idx ON connected_account (next_evaluation_at)
    WHERE removed_at IS NULL AND next_evaluation_at IS NOT NULL;

-- The platform's capability requests. requested_at restarts the items' deadline when a capability is requested again.
CREATE TABLE capability_request (
    platform_id   text        NOT NULL,
    account_id    text        NOT NULL,
    capability    text        NOT NULL CHECK (capability IN ('CARD_PAYMENTS', 'TRANSFERS', 'US_BANK_ACCOUNT_ACH_PAYMENTS',
                                                             'SEPA_DEBIT_PAYMENTS', 'LINK_PAYMENTS')),
    requested     boolean     NOT NULL,
    requested_at  timestamptz,
    status        text        NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'PENDING', 'UNREQUESTED', 'DISABLED')),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (platform_id, account_id, capability),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id),
    CHECK (NOT requested OR requested_at IS NOT NULL)
);

-- What the provider said by webhook: open information requests (item = its request id), future requirements,
-- verification failures and successes (item = the requirement).
CREATE TABLE provider_requirement (
    platform_id  text        NOT NULL,
    account_id   text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('INFORMATION_REQUEST', 'FUTURE', 'VERIFICATION_FAILED', 'VERIFIED')),
    item         text        NOT NULL,
    description  text,
    due_by       timestamptz,
    code         text,
    reason       text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (platform_id, account_id, kind, item),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);

-- Items with no column on the account (documents, registration numbers, kana names, SSN last four). Only what may be
-- shown is kept: a file reference, or a masked value; the value itself goes to the provider.
CREATE TABLE requirement_submission (
    platform_id   text        NOT NULL,
    account_id    text        NOT NULL,
    requirement   text        NOT NULL,
    value_shown   text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    submitted_by  text        NOT NULL,
    PRIMARY KEY (platform_id, account_id, requirement),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);

-- Tickets filed with contactSupport; delivered to the provider through the provider outbox (docs/requirements.md).
CREATE TABLE support_ticket (
    platform_id   text        NOT NULL,
    id            text        NOT NULL CHECK (id ~ '^tkt_[A-Za-z0-9]+$'),
    account_id    text        NOT NULL,
    action_id     text        NOT NULL,
    requirement   text        NOT NULL,
    subject       text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body          text        NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    PRIMARY KEY (platform_id, id),
    FOREIGN KEY (platform_id, account_id) REFERENCES connected_account (platform_id, id)
);
CREATE INDEX support_ticket_account_idx ON support_ticket (platform_id, account_id, created_at DESC);
