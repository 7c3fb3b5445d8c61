-- APIs ("resources") a tenant protects, the tenant's authorization-server policy, and the
-- registration access tokens of dynamically registered clients (RFC 7591, 7592).

CREATE TABLE resources (
    id         TEXT PRIMARY KEY,
    tenant_id  TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    identifier TEXT NOT NULL, -- the resource indicator (RFC 8707) and `aud` of its tokens
    name       TEXT NOT NULL,
    scopes     TEXT NOT NULL, -- JSON array
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (tenant_id, identifier)
);

CREATE TABLE oauth_settings (
    tenant_id            TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    dynamic_registration BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at           BIGINT NOT NULL
);

CREATE TABLE client_registrations (
    client_id  TEXT PRIMARY KEY REFERENCES oauth_clients (id) ON DELETE CASCADE,
    tenant_id  TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE, -- SHA-256 of the registration access token
    created_at BIGINT NOT NULL
);
