-- A tenant's password policy. A NULL column means "the server's default", so a tenant that
-- never chose a value follows the operator's configuration when it changes.

CREATE TABLE password_policies (
    tenant_id            TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    min_length           BIGINT,
    max_length           BIGINT,
    reject_common        BOOLEAN,
    reject_personal_info BOOLEAN,
    check_breached       BOOLEAN,
    updated_at           BIGINT NOT NULL
);
