-- Email flows: single-use one-time tokens and codes, the development outbox, and per-tenant
-- overrides of the built-in email templates.

-- Email verification, password reset and magic-link tokens, and email sign-in codes. Only a
-- SHA-256 hash is stored. A token is bound to the user and to the email it was sent to: if the
-- user's email changes, the token stops working. Issuing a token supersedes (marks used) the
-- user's live tokens of the same purpose.
CREATE TABLE one_time_tokens (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL, -- email_verification, password_reset, magic_link, email_code
    email        TEXT NOT NULL, -- the address the token was sent to
    token_hash   BYTEA NOT NULL UNIQUE, -- SHA-256 of the token (codes: salted with the id)
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT, -- spent, superseded or (codes) killed by wrong attempts
    attempts     BIGINT NOT NULL DEFAULT 0 -- wrong codes entered against it
);
CREATE INDEX one_time_tokens_by_user ON one_time_tokens (tenant_id, user_id, purpose);

-- Development outbox: every message the server would have sent, in full, when no SMTP relay
-- is configured. It holds live links and codes, so it is for development only.
CREATE TABLE email_outbox (
    id           TEXT PRIMARY KEY, -- eml_…, time-ordered
    tenant_id    TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    to_address   TEXT NOT NULL,
    from_address TEXT NOT NULL,
    subject      TEXT NOT NULL,
    text_body    TEXT NOT NULL,
    html_body    TEXT NOT NULL,
    template     TEXT NOT NULL,
    locale       TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX email_outbox_by_tenant ON email_outbox (tenant_id, id);

-- A tenant's own version of a built-in template in one locale.
CREATE TABLE email_templates (
    tenant_id    TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    template     TEXT NOT NULL, -- verify_email, password_reset, magic_link, email_code
    locale       TEXT NOT NULL, -- lowercase BCP 47 tag
    subject      TEXT NOT NULL,
    text_body    TEXT NOT NULL,
    html_body    TEXT NOT NULL,
    updated_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, template, locale)
);
