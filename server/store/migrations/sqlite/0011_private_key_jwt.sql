-- private_key_jwt (RFC 7523): a client's public keys, and the ids of client assertions
-- already used, kept until they expire, so none is accepted twice.

CREATE TABLE client_jwks (
    client_id TEXT PRIMARY KEY REFERENCES oauth_clients (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    jwks      TEXT NOT NULL -- a JWK set of public keys
);

CREATE TABLE client_assertions (
    tenant_id  TEXT NOT NULL,
    client_id  TEXT NOT NULL,
    jti        TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, client_id, jti)
);
