-- One schema for SQLite and PostgreSQL; ${sequence_key} is the only dialect difference (see StoreFactory).
-- Orders, idempotency keys, the audit trail and the outbox: written together, one transaction per change.
CREATE TABLE orders (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    namespace   VARCHAR(253) NOT NULL,
    order_id    VARCHAR(64)  NOT NULL,
    channel     VARCHAR(64)  NOT NULL,
    state       VARCHAR(32)  NOT NULL,
    body        TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX orders_by_channel_order ON orders (namespace, channel, order_id);
CREATE INDEX orders_by_state ON orders (state, updated_at);

CREATE TABLE idempotency_keys (
    scope_key     VARCHAR(600) NOT NULL PRIMARY KEY,
    request_hash  VARCHAR(64)  NOT NULL,
    order_ref     VARCHAR(40)  NOT NULL,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

CREATE TABLE audit_events (
    seq             ${sequence_key},
    order_ref       VARCHAR(40)  NOT NULL,
    at              BIGINT       NOT NULL,
    type            VARCHAR(64)  NOT NULL,
    step            VARCHAR(64),
    node            VARCHAR(253),
    attempt         INTEGER,
    outcome         VARCHAR(32),
    detail          TEXT,
    correlation_id  VARCHAR(64)
);
CREATE INDEX audit_events_by_order ON audit_events (order_ref, seq);

CREATE TABLE outbox (
    seq            ${sequence_key},
    order_ref      VARCHAR(40)  NOT NULL,
    command        VARCHAR(64)  NOT NULL,
    payload        TEXT         NOT NULL,
    available_at   BIGINT       NOT NULL,
    attempts       INTEGER      NOT NULL DEFAULT 0,
    claimed_by     VARCHAR(128),
    claimed_until  BIGINT,
    done_at        BIGINT
);
CREATE INDEX outbox_pending ON outbox (command, done_at, available_at);
