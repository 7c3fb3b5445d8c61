-- How a tenant's hosted pages look: its logo and accent colour (the name is the tenant's).

CREATE TABLE tenant_branding (
    tenant_id     TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    logo_url      TEXT,
    primary_color TEXT,
    updated_at    BIGINT NOT NULL
);
