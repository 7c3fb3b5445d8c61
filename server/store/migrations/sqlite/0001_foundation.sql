-- Tenants, their signing keys, and the operator's admin keys.
-- Timestamps are Unix seconds (UTC); ids are prefixed, time-ordered strings.

CREATE TABLE tenants (
    id              TEXT PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    signing_alg     TEXT NOT NULL,
    allowed_origins TEXT NOT NULL DEFAULT '[]', -- JSON array of origins
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE signing_keys (
    tenant_id      TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kid            TEXT NOT NULL,
    alg            TEXT NOT NULL,
    public_jwk     TEXT NOT NULL,
    private_key    BLOB NOT NULL, -- PKCS#8, AES-256-GCM sealed under the master key
    master_key_id  TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    retired_at     BIGINT,
    publish_until  BIGINT,
    PRIMARY KEY (tenant_id, kid)
);

-- At most one active (unretired) key per tenant and algorithm.
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (tenant_id, alg) WHERE retired_at IS NULL;

CREATE TABLE admin_keys (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    secret_hash  BLOB NOT NULL UNIQUE, -- SHA-256 of the key
    created_at   BIGINT NOT NULL
);
