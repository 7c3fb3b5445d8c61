-- The authorization-code flow: hosted sign-in (browser) sessions, pending authorization
-- requests, codes, OAuth grants (refresh-token families of clients) and remembered consent.

ALTER TABLE oauth_clients ADD COLUMN post_logout_redirect_uris TEXT NOT NULL DEFAULT '[]';
ALTER TABLE oauth_clients ADD COLUMN skip_consent BOOLEAN NOT NULL DEFAULT FALSE;

-- A sign-in at the hosted pages: a session row plus the hash of the browser's cookie.
CREATE TABLE browser_sessions (
    session_id  TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    tenant_id   TEXT NOT NULL,
    secret_hash BYTEA NOT NULL UNIQUE, -- SHA-256 of the cookie value
    auth_time   BIGINT NOT NULL,
    amr         TEXT NOT NULL         -- JSON array (RFC 8176 values)
);

-- A validated authorization request waiting for the user to sign in or consent.
CREATE TABLE authorization_requests (
    id         TEXT PRIMARY KEY,
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    params     TEXT NOT NULL,        -- JSON: the validated request
    csrf_hash  BYTEA NOT NULL,        -- SHA-256 of the browser-bound CSRF token
    session_id TEXT,                 -- the browser session, once the user has signed in
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX authorization_requests_by_expiry ON authorization_requests (expires_at);

-- Single-use authorization codes (RFC 6749 §4.1.2), hashed.
CREATE TABLE authorization_codes (
    code_hash         BYTEA PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id         TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    browser_session_id TEXT NOT NULL,
    params            TEXT NOT NULL, -- JSON: redirect_uri, scope, nonce, PKCE challenge, ...
    created_at        BIGINT NOT NULL,
    expires_at        BIGINT NOT NULL,
    used_at           BIGINT,
    -- What the exchange issued, revoked if the code is presented again (RFC 6749 §4.1.2).
    issued_session_id TEXT,
    issued_jti        TEXT,
    issued_jti_expires_at BIGINT
);

-- A client's grant from a user: one refresh-token family (a `sessions` row) with its scope.
CREATE TABLE oauth_grants (
    session_id         TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    tenant_id          TEXT NOT NULL,
    client_id          TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    browser_session_id TEXT,
    params             TEXT NOT NULL -- JSON: scope, audience, auth_time, amr
);
CREATE INDEX oauth_grants_by_browser_session ON oauth_grants (browser_session_id);

-- Consent a user gave a client, remembered per scope.
CREATE TABLE consents (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    scopes     TEXT NOT NULL, -- JSON array
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, client_id)
);
