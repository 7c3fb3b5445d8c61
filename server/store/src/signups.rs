//! The `pending_signups` table: self-service signups waiting for their email to be proven.

use crate::{Db, Result, in_tx, on_pool};

/// A signup whose confirmation link has not been opened yet.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PendingSignupRecord {
    pub id: String,
    pub tenant_id: String,
    /// Normalised.
    pub email: String,
    pub name: Option<String>,
    pub password_hash: String,
    /// SHA-256 of the confirmation token.
    pub token_hash: Vec<u8>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

macro_rules! columns {
    () => {
        "id, tenant_id, email, name, password_hash, token_hash, created_at, expires_at, used_at"
    };
}

impl Db {
    /// Stores a pending signup, replacing older ones for the same email (only the newest
    /// link works) and dropping the tenant's expired ones.
    pub async fn insert_pending_signup(&self, signup: &PendingSignupRecord) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query(
                "DELETE FROM pending_signups WHERE tenant_id = $1 AND (email = $2 OR expires_at <= $3)",
            )
            .bind(&signup.tenant_id)
            .bind(&signup.email)
            .bind(signup.created_at)
            .execute(&mut *tx)
            .await?;
            sqlx::query(concat!("INSERT INTO pending_signups (", columns!(), ") \
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"))
                .bind(&signup.id)
                .bind(&signup.tenant_id)
                .bind(&signup.email)
                .bind(&signup.name)
                .bind(&signup.password_hash)
                .bind(&signup.token_hash)
                .bind(signup.created_at)
                .bind(signup.expires_at)
                .bind(signup.used_at)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    /// The tenant's pending signup with this token hash, live or not.
    pub async fn pending_signup_by_hash(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
    ) -> Result<Option<PendingSignupRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM pending_signups WHERE tenant_id = $1 AND token_hash = $2"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(token_hash)
            .fetch_optional(pool)
            .await)?)
    }

    /// Marks a live pending signup used; `false` when it was already used or has expired
    /// (a concurrent confirmation won).
    pub async fn consume_pending_signup(
        &self,
        tenant_id: &str,
        id: &str,
        now: i64,
    ) -> Result<bool> {
        let affected = on_pool!(self, pool => sqlx::query(
            "UPDATE pending_signups SET used_at = $3 \
             WHERE tenant_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(now)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(affected > 0)
    }
}
