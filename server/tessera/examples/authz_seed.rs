//! Seeds a tenant for `cargo xtask bench authz`: 10,000 organizations, 100,000 users with
//! one membership each (ten per organization), and 50 tenant-wide roles of 10 permissions.
//!
//! Rows go straight into the database in multi-row INSERTs (the API would spend minutes on
//! 210,000 audited requests). Ids are predictable, so the load generator can build checks:
//! user `usr_bench{i:06}` is in organization `org_bench{i/10:05}` with role `role-{i%50:02}`,
//! which grants `res{r:02}:read`, `res{r:02}:write` and eight more on `res{r:02}-{k}`.
//!
//! Usage: `authz_seed DATABASE_URL TENANT_SLUG`.

#![allow(clippy::print_stdout)]

use std::time::Instant;

use tessera_store::{Db, PoolOptions};

pub const ORGANIZATIONS: usize = 10_000;
pub const USERS: usize = 100_000;
pub const ROLES: usize = 50;
const CHUNK: usize = 500;
const NOW: i64 = 1_790_000_000;

fn role_permissions(r: usize) -> String {
    let mut permissions = vec![
        format!("\"res{r:02}:read\""),
        format!("\"res{r:02}:write\""),
    ];
    permissions.extend((0..8).map(|k| format!("\"res{r:02}-{k}:read\"")));
    format!("[{}]", permissions.join(","))
}

async fn execute(db: &Db, sql: &str) -> Result<(), String> {
    let done = match db {
        Db::Sqlite(pool) => sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(pool)
            .await
            .map(|_| ()),
        Db::Postgres(pool) => sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(pool)
            .await
            .map(|_| ()),
    };
    done.map_err(|e| format!("seeding failed: {e}"))
}

/// One INSERT per chunk of rows, each row already rendered as `(...)`.
async fn insert(db: &Db, head: &str, rows: impl Iterator<Item = String>) -> Result<(), String> {
    let rows: Vec<String> = rows.collect();
    for chunk in rows.chunks(CHUNK) {
        execute(db, &format!("{head} VALUES {};", chunk.join(","))).await?;
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, slug] = args.as_slice() else {
        return Err("usage: authz_seed DATABASE_URL TENANT_SLUG".into());
    };
    let started = Instant::now();
    let db = Db::connect(url, &PoolOptions::default())
        .await
        .map_err(|e| format!("cannot connect: {e}"))?;
    let tenant = db
        .tenant_by_slug(slug)
        .await
        .map_err(|e| format!("cannot read the tenant: {e}"))?
        .ok_or_else(|| format!("no tenant {slug:?}; create it first"))?;
    let t = tenant.id;
    insert(
        &db,
        "INSERT INTO roles (id, tenant_id, organization_id, role_key, name, description, permissions, created_at, updated_at)",
        (0..ROLES).map(|r| {
            format!(
                "('rol_bench{r:02}', '{t}', NULL, 'role-{r:02}', 'Role {r}', NULL, '{}', {NOW}, {NOW})",
                role_permissions(r)
            )
        }),
    )
    .await?;
    insert(
        &db,
        "INSERT INTO organizations (id, tenant_id, slug, name, logo_url, metadata, allowed_sign_in_methods, mfa_required, max_session_age_secs, created_at, updated_at)",
        (0..ORGANIZATIONS).map(|j| {
            format!("('org_bench{j:05}', '{t}', 'bench-{j}', 'Bench {j}', NULL, '{{}}', NULL, FALSE, NULL, {NOW}, {NOW})")
        }),
    )
    .await?;
    insert(
        &db,
        "INSERT INTO users (id, tenant_id, email, email_verified, name, picture, locale, metadata, password_hash, disabled, created_at, updated_at, last_login_at)",
        (0..USERS).map(|i| {
            format!("('usr_bench{i:06}', '{t}', 'u{i}@bench.test', TRUE, NULL, NULL, NULL, '{{}}', NULL, FALSE, {NOW}, {NOW}, NULL)")
        }),
    )
    .await?;
    insert(
        &db,
        "INSERT INTO organization_memberships (tenant_id, organization_id, user_id, role, created_at, updated_at)",
        (0..USERS).map(|i| {
            format!(
                "('{t}', 'org_bench{:05}', 'usr_bench{i:06}', 'role-{:02}', {NOW}, {NOW})",
                i / 10,
                i % ROLES
            )
        }),
    )
    .await?;
    if let Db::Postgres(_) = db {
        execute(&db, "ANALYZE;").await?;
    }
    println!(
        "seeded {ORGANIZATIONS} organizations, {USERS} users and memberships, {ROLES} roles in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
