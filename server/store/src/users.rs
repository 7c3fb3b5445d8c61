//! The `users` and `login_failures` tables.

use crate::{Db, Result, on_pool};

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct UserRecord {
    pub id: String,
    pub tenant_id: String,
    pub email: String,
    pub email_verified: bool,
    pub name: Option<String>,
    pub picture: Option<String>,
    pub locale: Option<String>,
    /// A JSON object.
    pub metadata: String,
    pub password_hash: Option<String>,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_login_at: Option<i64>,
}

/// Filters of a user search; all present ones must match.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Exact (normalised) email.
    pub email: Option<String>,
    /// Case-insensitive substring of email or name.
    pub query: Option<String>,
    pub disabled: Option<bool>,
}

macro_rules! columns {
    () => {
        "id, tenant_id, email, email_verified, name, picture, locale, metadata, password_hash, disabled, \
         created_at, updated_at, last_login_at"
    };
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// The statement that writes a whole user row, bound; run it on a pool or in a transaction.
macro_rules! update_user_query {
    ($user:expr) => {{
        let user: &$crate::UserRecord = $user;
        sqlx::query(
            "UPDATE users SET email = $3, email_verified = $4, name = $5, picture = $6, locale = $7, \
             metadata = $8, password_hash = $9, disabled = $10, updated_at = $11, last_login_at = $12 \
             WHERE tenant_id = $1 AND id = $2",
        )
        .bind(&user.tenant_id)
        .bind(&user.id)
        .bind(&user.email)
        .bind(user.email_verified)
        .bind(&user.name)
        .bind(&user.picture)
        .bind(&user.locale)
        .bind(&user.metadata)
        .bind(&user.password_hash)
        .bind(user.disabled)
        .bind(user.updated_at)
        .bind(user.last_login_at)
    }};
}
pub(crate) use update_user_query;

impl Db {
    /// Inserts a user; a taken email is [`StoreError::UniqueViolation`].
    pub async fn insert_user(&self, user: &UserRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO users (", columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"))
            .bind(&user.id)
            .bind(&user.tenant_id)
            .bind(&user.email)
            .bind(user.email_verified)
            .bind(&user.name)
            .bind(&user.picture)
            .bind(&user.locale)
            .bind(&user.metadata)
            .bind(&user.password_hash)
            .bind(user.disabled)
            .bind(user.created_at)
            .bind(user.updated_at)
            .bind(user.last_login_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn user_by_id(&self, tenant_id: &str, id: &str) -> Result<Option<UserRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM users WHERE tenant_id = $1 AND id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    pub async fn user_by_email(&self, tenant_id: &str, email: &str) -> Result<Option<UserRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM users WHERE tenant_id = $1 AND email = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(email).fetch_optional(pool).await)?,
        )
    }

    /// Up to `limit` users of the tenant matching `filter`, with ids after `after_id`.
    pub async fn search_users(
        &self,
        tenant_id: &str,
        filter: &UserFilter,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<UserRecord>> {
        // Absent filters bind NULL and match everything, so one statement serves every
        // combination and the query plan stays cacheable.
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM users WHERE tenant_id = $1 AND id > $2 \
             AND ($3 IS NULL OR email = $3) \
             AND ($4 IS NULL OR LOWER(email) LIKE $4 ESCAPE '\\' OR LOWER(COALESCE(name, '')) LIKE $4 ESCAPE '\\') \
             AND ($5 IS NULL OR disabled = $5) \
             ORDER BY id LIMIT $6"
        );
        let pattern = filter.query.as_deref().map(like_pattern);
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(after_id.unwrap_or(""))
            .bind(filter.email.as_deref())
            .bind(pattern.as_deref())
            .bind(filter.disabled)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Writes every mutable field of `user` (matched by tenant and id); returns whether it existed.
    pub async fn update_user(&self, user: &UserRecord) -> Result<bool> {
        let updated = on_pool!(self, pool => update_user_query!(user)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Deletes a user and, by cascade, their sessions. Returns whether it existed.
    pub async fn delete_user(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM users WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }

    /// `locked_until` of an email, if a lock is recorded.
    pub async fn login_locked_until(&self, tenant_id: &str, email: &str) -> Result<Option<i64>> {
        Ok(self.login_failure(tenant_id, email).await?.flatten())
    }

    /// Whether failures of an email are recorded (`Some`), with its lock if it has one.
    pub async fn login_failure(&self, tenant_id: &str, email: &str) -> Result<Option<Option<i64>>> {
        let row: Option<(Option<i64>,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT locked_until FROM login_failures WHERE tenant_id = $1 AND email = $2",
        )
        .bind(tenant_id)
        .bind(email)
        .fetch_optional(pool)
        .await)?;
        Ok(row.map(|(until,)| until))
    }

    /// Counts one more failed login and returns the new count. Atomic across replicas.
    pub async fn record_login_failure(
        &self,
        tenant_id: &str,
        email: &str,
        now: i64,
    ) -> Result<i64> {
        let row: (i64,) = on_pool!(self, pool => sqlx::query_as(
            "INSERT INTO login_failures (tenant_id, email, failures, last_failure_at) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (tenant_id, email) DO UPDATE SET failures = login_failures.failures + 1, last_failure_at = $3 \
             RETURNING failures",
        )
        .bind(tenant_id)
        .bind(email)
        .bind(now)
        .fetch_one(pool)
        .await)?;
        Ok(row.0)
    }

    pub async fn lock_login(&self, tenant_id: &str, email: &str, until: i64) -> Result<()> {
        on_pool!(self, pool => sqlx::query("UPDATE login_failures SET locked_until = $3 WHERE tenant_id = $1 AND email = $2")
            .bind(tenant_id)
            .bind(email)
            .bind(until)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Forgets failures (after a successful login, or an admin unlock). Returns whether a
    /// record existed.
    pub async fn clear_login_failures(&self, tenant_id: &str, email: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM login_failures WHERE tenant_id = $1 AND email = $2")
            .bind(tenant_id)
            .bind(email)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }
}

impl Db {
    /// The tenant's users among `ids` (those that exist, in no particular order): one query
    /// for a batch of authorization checks.
    pub async fn users_by_ids(&self, tenant_id: &str, ids: &[String]) -> Result<Vec<UserRecord>> {
        Ok(match self {
            Db::Sqlite(pool) => {
                let sql = concat!(
                    "SELECT ",
                    columns!(),
                    " FROM users WHERE tenant_id = $1 AND id IN (SELECT value FROM json_each($2))"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(crate::json_list(ids))
                    .fetch_all(pool)
                    .await
            }
            Db::Postgres(pool) => {
                let sql = concat!(
                    "SELECT ",
                    columns!(),
                    " FROM users WHERE tenant_id = $1 AND id = ANY($2)"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(ids)
                    .fetch_all(pool)
                    .await
            }
        }?)
    }
}
