-- Organizations of a tenant (the B2B model): memberships, roles, invitations, and the
-- organization a session is switched into.

CREATE TABLE organizations (
    id                      TEXT PRIMARY KEY,
    tenant_id               TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    slug                    TEXT NOT NULL,
    name                    TEXT NOT NULL,
    logo_url                TEXT,
    metadata                TEXT NOT NULL DEFAULT '{}', -- JSON object
    allowed_sign_in_methods TEXT,                       -- JSON array; NULL: any method
    mfa_required            BOOLEAN NOT NULL DEFAULT FALSE,
    max_session_age_secs    BIGINT,                     -- NULL: no limit beyond the tenant's
    created_at              BIGINT NOT NULL,
    updated_at              BIGINT NOT NULL,
    UNIQUE (tenant_id, slug)
);
CREATE INDEX organizations_by_tenant ON organizations (tenant_id, id);

CREATE TABLE organization_memberships (
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL, -- a role key: built-in, the tenant's or the organization's
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_by_user ON organization_memberships (tenant_id, user_id, organization_id);

-- Custom roles, tenant-wide (organization_id NULL) or of one organization. A tenant-wide row
-- whose key is a built-in role's replaces that role's permissions.
CREATE TABLE roles (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    role_key        TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT,
    permissions     TEXT NOT NULL, -- JSON array of `resource:action` patterns
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE UNIQUE INDEX roles_tenant_key ON roles (tenant_id, role_key) WHERE organization_id IS NULL;
CREATE UNIQUE INDEX roles_organization_key ON roles (organization_id, role_key) WHERE organization_id IS NOT NULL;

-- Invitations by email: the token is stored as a SHA-256 hash; one pending invitation per
-- organization and address.
CREATE TABLE organization_invitations (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL,
    token_hash      BLOB NOT NULL UNIQUE,
    invited_by      TEXT, -- the actor, e.g. `admin:adk_…`
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    accepted_at     BIGINT,
    accepted_by     TEXT,
    revoked_at      BIGINT
);
CREATE INDEX invitations_by_organization ON organization_invitations (organization_id, id);
CREATE UNIQUE INDEX invitations_one_pending ON organization_invitations (organization_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;

-- How a session was opened, and the organization it is switched into.
CREATE TABLE session_contexts (
    session_id      TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    tenant_id       TEXT NOT NULL,
    sign_in_method  TEXT NOT NULL,
    organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
    switched_at     BIGINT
);

-- API keys of an organization or of a user: `tsk_` secrets stored as SHA-256 hashes, scoped
-- to permission patterns. Rotation makes a new key and gives the old one an expiry.
CREATE TABLE api_keys (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         TEXT REFERENCES users (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    permissions     TEXT NOT NULL, -- JSON array of `resource:action` patterns
    secret_hash     BLOB NOT NULL UNIQUE,
    hint            TEXT NOT NULL, -- the last four characters
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT,
    last_used_at    BIGINT,
    revoked_at      BIGINT,
    rotated_to      TEXT, -- the key that replaced this one
    CHECK ((organization_id IS NULL) <> (user_id IS NULL))
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, id);

-- Domains an organization claims, verified by a DNS TXT record; a verified domain belongs
-- to one organization of the tenant. With `auto_join`, users with a verified email at the
-- domain become members when they sign in.
CREATE TABLE organization_domains (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    domain          TEXT NOT NULL, -- lowercase, no trailing dot
    challenge       TEXT NOT NULL, -- the TXT value to publish
    auto_join       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      BIGINT NOT NULL,
    verified_at     BIGINT,
    UNIQUE (organization_id, domain)
);
CREATE UNIQUE INDEX organization_domains_verified ON organization_domains (tenant_id, domain)
    WHERE verified_at IS NOT NULL;
