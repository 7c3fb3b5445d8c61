-- The audit log: append-only, one hash chain per tenant. Rows are never updated or deleted
-- by the server; each holds the hash of its predecessor, so any edit breaks the chain.
-- No foreign key to tenants: a deleted tenant's history stays for forensics.

CREATE TABLE audit_events (
    tenant_id   TEXT NOT NULL,
    seq         BIGINT NOT NULL, -- 1, 2, 3 ... per tenant
    id          TEXT NOT NULL UNIQUE,
    occurred_at BIGINT NOT NULL,
    action      TEXT NOT NULL,
    actor_type  TEXT NOT NULL,
    actor_id    TEXT,
    target_type TEXT,
    target_id   TEXT,
    ip          TEXT,
    user_agent  TEXT,
    request_id  TEXT,
    details     TEXT NOT NULL, -- JSON object
    prev_hash   TEXT NOT NULL, -- hex SHA-256 of the previous event, 64 zeros for the first
    hash        TEXT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_events_by_time ON audit_events (tenant_id, occurred_at);
