-- Passkeys (WebAuthn credentials), the per-user handle they are registered under, the
-- tenant's relying-party settings, and the ceremonies between options and verification.

-- The WebAuthn user handle (§14.6.1: random, never an email), stable per account.
CREATE TABLE passkey_user_handles (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_handle TEXT NOT NULL, -- a UUIDv4, hyphenated
    PRIMARY KEY (tenant_id, user_id)
);
CREATE UNIQUE INDEX passkey_user_handles_by_handle ON passkey_user_handles (tenant_id, user_handle);

CREATE TABLE passkeys (
    id            TEXT PRIMARY KEY, -- pk_…
    tenant_id     TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    credential_id BLOB NOT NULL, -- the authenticator's rawId
    credential    TEXT NOT NULL, -- webauthn-rs's credential as JSON: public key, counter, backup flags
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT
);
CREATE UNIQUE INDEX passkeys_credential_per_tenant ON passkeys (tenant_id, credential_id);
CREATE INDEX passkeys_by_user ON passkeys (tenant_id, user_id);

-- Absent row: defaults derived from the server's public URL.
CREATE TABLE webauthn_settings (
    tenant_id         TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    rp_id             TEXT,
    rp_name           TEXT,
    origins           TEXT NOT NULL, -- JSON array; empty: the public URL's origin
    attestation       TEXT NOT NULL, -- none | indirect | direct
    allowed_formats   TEXT NOT NULL, -- JSON array; empty: any
    updated_at        BIGINT NOT NULL
);

-- A started ceremony: single use (deleted by the request that finishes it), minutes long.
CREATE TABLE webauthn_ceremonies (
    id         TEXT PRIMARY KEY, -- wac_… (random, unguessable)
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL, -- register | sign_in | second_factor
    user_id    TEXT, -- the registering user, or the user of a second-factor step
    mfa_token_hash BLOB, -- second factor: the challenge it answers
    state      TEXT NOT NULL, -- tessera-core's serialised ceremony state
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX webauthn_ceremonies_by_expiry ON webauthn_ceremonies (expires_at);
