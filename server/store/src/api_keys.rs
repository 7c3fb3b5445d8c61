//! The `api_keys` table: keys of organizations and users, looked up by the hash of the secret.

use crate::{Db, Result, in_tx, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApiKeyRecord {
    pub id: String,
    pub tenant_id: String,
    pub organization_id: Option<String>,
    pub user_id: Option<String>,
    pub name: String,
    /// A JSON array of permission patterns.
    pub permissions: String,
    pub secret_hash: Vec<u8>,
    pub hint: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub rotated_to: Option<String>,
}

macro_rules! columns {
    () => {
        "id, tenant_id, organization_id, user_id, name, permissions, secret_hash, hint, created_at, \
         expires_at, last_used_at, revoked_at, rotated_to"
    };
}

macro_rules! insert_key {
    ($conn:expr, $key:expr) => {{
        let key: &ApiKeyRecord = $key;
        sqlx::query(concat!(
            "INSERT INTO api_keys (",
            columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
        ))
        .bind(&key.id)
        .bind(&key.tenant_id)
        .bind(&key.organization_id)
        .bind(&key.user_id)
        .bind(&key.name)
        .bind(&key.permissions)
        .bind(&key.secret_hash)
        .bind(&key.hint)
        .bind(key.created_at)
        .bind(key.expires_at)
        .bind(key.last_used_at)
        .bind(key.revoked_at)
        .bind(&key.rotated_to)
        .execute($conn)
        .await?;
    }};
}

impl Db {
    pub async fn insert_api_key(&self, key: &ApiKeyRecord) -> Result<()> {
        on_pool!(self, pool => insert_key!(pool, key));
        Ok(())
    }

    pub async fn api_key_by_id(&self, tenant_id: &str, id: &str) -> Result<Option<ApiKeyRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM api_keys WHERE tenant_id = $1 AND id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    pub async fn api_key_by_hash(
        &self,
        tenant_id: &str,
        secret_hash: &[u8],
    ) -> Result<Option<ApiKeyRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM api_keys WHERE tenant_id = $1 AND secret_hash = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(secret_hash).fetch_optional(pool).await)?,
        )
    }

    /// Keys of the tenant, optionally of one organization or user, with ids after `after_id`.
    pub async fn list_api_keys(
        &self,
        tenant_id: &str,
        organization_id: Option<&str>,
        user_id: Option<&str>,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ApiKeyRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM api_keys WHERE tenant_id = $1 AND id > $2 \
             AND ($3 IS NULL OR organization_id = $3) AND ($4 IS NULL OR user_id = $4) \
             ORDER BY id LIMIT $5"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(after_id.unwrap_or(""))
            .bind(organization_id)
            .bind(user_id)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Revokes a key that is not revoked yet; returns whether it was live.
    pub async fn revoke_api_key(&self, tenant_id: &str, id: &str, now: i64) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE api_keys SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL")
            .bind(tenant_id)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Inserts `successor` and lets `old_id` live until `old_expires_at`, once: a key
    /// already rotated or revoked is [`crate::StoreError::ConcurrentUpdate`].
    pub async fn rotate_api_key(
        &self,
        old_id: &str,
        old_expires_at: i64,
        successor: &ApiKeyRecord,
    ) -> Result<()> {
        in_tx!(self, tx => {
            let updated = sqlx::query(
                "UPDATE api_keys SET expires_at = $3, rotated_to = $4 \
                 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL AND rotated_to IS NULL")
                .bind(&successor.tenant_id)
                .bind(old_id)
                .bind(old_expires_at)
                .bind(&successor.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if updated != 1 {
                return Err(crate::StoreError::ConcurrentUpdate);
            }
            insert_key!(&mut *tx, successor);
        });
        Ok(())
    }

    pub async fn touch_api_key(&self, tenant_id: &str, id: &str, now: i64) -> Result<()> {
        on_pool!(self, pool => sqlx::query("UPDATE api_keys SET last_used_at = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }
}
