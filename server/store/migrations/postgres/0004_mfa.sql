-- Multi-factor authentication: TOTP authenticators (RFC 6238), recovery codes, and the
-- short-lived challenges that sit between a correct password and a session.

-- At most one authenticator per user: pending from enrolment until a valid code confirms it.
CREATE TABLE totp_factors (
    tenant_id      TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret         BYTEA NOT NULL, -- the shared secret, AES-256-GCM sealed under the master key
    master_key_id  TEXT NOT NULL,
    enabled        BOOLEAN NOT NULL DEFAULT FALSE,
    last_used_step BIGINT, -- time step of the last accepted code; codes of this step or earlier are refused
    created_at     BIGINT NOT NULL,
    confirmed_at   BIGINT,
    PRIMARY KEY (tenant_id, user_id)
);

-- Ten single-use codes per user with TOTP enabled.
CREATE TABLE recovery_codes (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  BYTEA NOT NULL, -- SHA-256 of the canonical code
    created_at BIGINT NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (tenant_id, user_id, code_hash)
);

-- A password that was right for a user with MFA: the token (hashed) that the second factor
-- must come with. Single use, minutes long.
CREATE TABLE mfa_challenges (
    token_hash BYTEA PRIMARY KEY, -- SHA-256 of the token
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX mfa_challenges_by_user ON mfa_challenges (tenant_id, user_id);
