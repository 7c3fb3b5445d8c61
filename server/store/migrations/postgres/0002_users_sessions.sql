-- End users of a tenant, their sessions and refresh tokens, and login-failure counters.

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email          TEXT NOT NULL, -- normalised: trimmed, lowercase
    email_verified BOOLEAN NOT NULL DEFAULT FALSE,
    name           TEXT,
    picture        TEXT,
    locale         TEXT,
    metadata       TEXT NOT NULL DEFAULT '{}', -- JSON object
    password_hash  TEXT, -- PHC string; NULL for users without a password
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    last_login_at  BIGINT,
    UNIQUE (tenant_id, email)
);
CREATE INDEX users_by_tenant ON users (tenant_id, id);

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    revoked_at    BIGINT,
    revoke_reason TEXT,
    ip            TEXT,
    user_agent    TEXT
);
CREATE INDEX sessions_by_user ON sessions (tenant_id, user_id);

-- One row per issued refresh token; a session is one rotation family.
CREATE TABLE refresh_tokens (
    token_hash  BYTEA PRIMARY KEY, -- SHA-256 of the token
    session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    tenant_id   TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX refresh_tokens_by_session ON refresh_tokens (session_id);

-- Failed password logins per tenant and email, whether or not the email belongs to a user,
-- so lockout answers the same for unknown emails (no account enumeration).
CREATE TABLE login_failures (
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    failures        BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL,
    locked_until    BIGINT,
    PRIMARY KEY (tenant_id, email)
);

-- Deployment-wide facts that every replica must agree on (e.g. the master key's id).
CREATE TABLE server_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
