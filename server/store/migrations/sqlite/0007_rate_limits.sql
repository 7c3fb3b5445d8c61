-- Fixed-window request counters shared by every replica (per-IP limits on the sign-in API),
-- self-service signup settings of a tenant, and signups waiting for their email to be proven.

-- One row per (tenant slug, bucket, key, window). `tenant` is the slug from the request
-- path, counted before the tenant is looked up, so it has no foreign key; old windows are
-- pruned as new ones open.
CREATE TABLE rate_limit_counters (
    tenant       TEXT NOT NULL,
    bucket       TEXT NOT NULL,   -- what is limited, e.g. `auth_ip`
    key          TEXT NOT NULL,   -- who is limited, e.g. the client's IP address
    window_start BIGINT NOT NULL, -- unix seconds, a multiple of the window length
    count        BIGINT NOT NULL,
    PRIMARY KEY (tenant, bucket, key, window_start)
);
CREATE INDEX rate_limit_counters_by_window ON rate_limit_counters (window_start);

-- open | invite_only | domain_allowlist; invite-only (no self-service signup) by default.
ALTER TABLE tenants ADD COLUMN signup_mode TEXT NOT NULL DEFAULT 'invite_only';
ALTER TABLE tenants ADD COLUMN signup_allowed_domains TEXT NOT NULL DEFAULT '[]'; -- JSON array
ALTER TABLE tenants ADD COLUMN block_disposable_emails BOOLEAN NOT NULL DEFAULT TRUE;

-- A signup becomes a user only once its confirmation link is opened, so nothing observable
-- (a login that works, an email that is taken) tells whether the address had an account.
CREATE TABLE pending_signups (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email         TEXT NOT NULL, -- normalised
    name          TEXT,
    password_hash TEXT NOT NULL, -- PHC string
    token_hash    BLOB NOT NULL UNIQUE, -- SHA-256 of the confirmation token
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    used_at       BIGINT
);
CREATE INDEX pending_signups_by_email ON pending_signups (tenant_id, email);
