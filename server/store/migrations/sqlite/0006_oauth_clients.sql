-- OAuth clients of a tenant, their secrets, and revoked access-token ids.

CREATE TABLE oauth_clients (
    id                         TEXT PRIMARY KEY, -- the client_id
    tenant_id                  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                       TEXT NOT NULL,
    client_type                TEXT NOT NULL, -- confidential | public
    token_endpoint_auth_method TEXT NOT NULL, -- client_secret_basic | client_secret_post | none
    grant_types                TEXT NOT NULL, -- JSON array
    redirect_uris              TEXT NOT NULL, -- JSON array
    scopes                     TEXT NOT NULL, -- JSON array: scopes the client may request
    audiences                  TEXT NOT NULL, -- JSON array: resources the client may request
    access_token_ttl           BIGINT,        -- seconds; NULL: the server default
    created_at                 BIGINT NOT NULL,
    updated_at                 BIGINT NOT NULL
);
CREATE INDEX oauth_clients_by_tenant ON oauth_clients (tenant_id, id);

-- Several live secrets per client allow rotation without downtime.
CREATE TABLE client_secrets (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    secret_hash BLOB NOT NULL UNIQUE, -- SHA-256 of the secret
    hint        TEXT NOT NULL,        -- the last four characters, to tell secrets apart
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT
);
CREATE INDEX client_secrets_by_client ON client_secrets (client_id);

-- Access tokens revoked before they expire (RFC 7009), until they would have expired.
CREATE TABLE revoked_tokens (
    tenant_id  TEXT NOT NULL,
    jti        TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, jti)
);
