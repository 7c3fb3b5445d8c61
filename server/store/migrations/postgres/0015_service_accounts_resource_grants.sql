-- Organization leftovers: how a session's sign-in is judged, service accounts owned by an
-- organization, and roles granted on one resource.

-- A session's first factor stays in `sign_in_method`; a second factor completed after it
-- is recorded apart, so organization policies judge the two separately.
ALTER TABLE session_contexts ADD COLUMN second_factor TEXT;
-- The first factor a second-factor challenge follows (password, magic_link, email_code).
ALTER TABLE mfa_challenges ADD COLUMN first_factor TEXT NOT NULL DEFAULT 'password';

-- A confidential client (client_credentials) owned by an organization, acting with a role
-- of that organization. Deleting the organization or the client removes the account.
CREATE TABLE organization_service_accounts (
    client_id       TEXT PRIMARY KEY REFERENCES oauth_clients (id) ON DELETE CASCADE,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX organization_service_accounts_by_org
    ON organization_service_accounts (tenant_id, organization_id);

-- A role held on one resource (`document:123`) of an organization, by a member or one of
-- the organization's service accounts (`subject_id` is a user id or a client id).
CREATE TABLE resource_grants (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    subject_id      TEXT NOT NULL,
    resource        TEXT NOT NULL,
    role            TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE UNIQUE INDEX resource_grants_unique
    ON resource_grants (tenant_id, organization_id, subject_id, resource);
