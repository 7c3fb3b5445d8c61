//! Integration tests: the real server over real HTTP, on SQLite by default and on PostgreSQL
//! when `TESSERA_TEST_DATABASE_URL` is set (`cargo xtask test` runs both).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod support;

mod api_keys;
mod audit;
mod authorization_code;
mod authz_cache;
mod cache;
mod domains;
mod email;
mod email_limits;
mod hosted_email_change;
mod hosted_pages;
mod interop;
mod invitations;
mod isolation;
mod keys;
mod mcp;
mod me;
mod mfa;
mod oauth;
mod openapi;
mod ops;
mod organization_login;
mod organization_sessions;
mod organization_sign_in;
mod organizations;
mod passkeys;
mod password_policy;
mod passwords;
mod private_key_jwt;
mod process;
mod rate_limits;
mod redis_counters;
mod service_accounts;
mod sessions;
mod signup;
mod tenants;
mod users;
