-- Shipments (one per node an order is dispatched to), the exception queue, and the vendor events already taken.
-- Written in the same transaction as the order change they belong to.
CREATE TABLE shipments (
    id                VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_ref         VARCHAR(40)  NOT NULL,
    node              VARCHAR(253) NOT NULL,
    contract          VARCHAR(253) NOT NULL,
    state             VARCHAR(32)  NOT NULL,
    lines             TEXT         NOT NULL,
    vendor_reference  VARCHAR(253),
    reservation_id    VARCHAR(253),
    created_at        BIGINT       NOT NULL,
    updated_at        BIGINT       NOT NULL
);
CREATE INDEX shipments_by_order ON shipments (order_ref);
CREATE INDEX shipments_by_vendor_reference ON shipments (contract, vendor_reference);

CREATE TABLE exceptions (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_ref    VARCHAR(40)  NOT NULL,
    shipment_id  VARCHAR(64),
    reason       VARCHAR(64)  NOT NULL,
    detail       TEXT         NOT NULL,
    attempts     INTEGER      NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    resolution   TEXT,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
CREATE INDEX exceptions_by_state ON exceptions (state, created_at);
CREATE INDEX exceptions_by_order ON exceptions (order_ref);

CREATE TABLE inbound_events (
    event_key    VARCHAR(600) NOT NULL PRIMARY KEY,
    order_ref    VARCHAR(40)  NOT NULL,
    received_at  BIGINT       NOT NULL
);
