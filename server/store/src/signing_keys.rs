//! The `signing_keys` table: each tenant's key pairs, private halves sealed.

use crate::{Db, Result, StoreError, in_tx, on_pool};

/// A key to insert; `private_key` is already sealed by the caller.
#[derive(Debug, Clone)]
pub struct NewSigningKey {
    pub kid: String,
    pub alg: String,
    pub public_jwk: String,
    pub private_key: Vec<u8>,
    pub master_key_id: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SigningKeyRecord {
    pub tenant_id: String,
    pub kid: String,
    pub alg: String,
    pub public_jwk: String,
    pub private_key: Vec<u8>,
    pub master_key_id: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
    pub publish_until: Option<i64>,
}

/// Retire some active keys and add new ones, atomically.
#[derive(Debug, Clone)]
pub struct KeyRotation {
    /// Kids of currently active keys to retire.
    pub retire: Vec<String>,
    pub retired_at: i64,
    /// When the retired keys leave the JWKS.
    pub publish_until: i64,
    pub insert: Vec<NewSigningKey>,
}

macro_rules! columns {
    () => {
        "tenant_id, kid, alg, public_jwk, private_key, master_key_id, created_at, retired_at, publish_until"
    };
}

/// Inserts one key on an open connection or transaction.
macro_rules! insert_key {
    ($conn:expr, $tenant_id:expr, $key:expr) => {{
        let key: &$crate::NewSigningKey = $key;
        sqlx::query(
            "INSERT INTO signing_keys (tenant_id, kid, alg, public_jwk, private_key, master_key_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($tenant_id)
        .bind(&key.kid)
        .bind(&key.alg)
        .bind(&key.public_jwk)
        .bind(&key.private_key)
        .bind(&key.master_key_id)
        .bind(key.created_at)
        .execute($conn)
        .await?;
    }};
}

/// Applies a [`KeyRotation`] inside an open transaction. Retiring a key that is no longer
/// active means another replica rotated first: the whole transaction is abandoned.
macro_rules! apply_rotation {
    ($tx:expr, $tenant_id:expr, $rotation:expr) => {{
        let rotation: &$crate::KeyRotation = $rotation;
        for kid in &rotation.retire {
            let done = sqlx::query(
                "UPDATE signing_keys SET retired_at = $3, publish_until = $4 \
                 WHERE tenant_id = $1 AND kid = $2 AND retired_at IS NULL",
            )
            .bind($tenant_id)
            .bind(kid)
            .bind(rotation.retired_at)
            .bind(rotation.publish_until)
            .execute(&mut *$tx)
            .await?;
            if done.rows_affected() != 1 {
                return Err($crate::StoreError::ConcurrentUpdate);
            }
        }
        // Keys that left the JWKS can never verify anything again: drop them.
        sqlx::query("DELETE FROM signing_keys WHERE tenant_id = $1 AND publish_until <= $2")
            .bind($tenant_id)
            .bind(rotation.retired_at)
            .execute(&mut *$tx)
            .await?;
        for key in &rotation.insert {
            $crate::signing_keys::insert_key!(&mut *$tx, $tenant_id, key);
        }
    }};
}
pub(crate) use {apply_rotation, insert_key};

impl Db {
    /// Keys still published at `now`: active ones, then retired ones, newest first.
    pub async fn published_keys(&self, tenant_id: &str, now: i64) -> Result<Vec<SigningKeyRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM signing_keys WHERE tenant_id = $1 \
             AND (publish_until IS NULL OR publish_until > $2) \
             ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, created_at DESC, kid"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(now).fetch_all(pool).await)?,
        )
    }

    /// The active key of `alg`, if the tenant has one.
    pub async fn active_key(&self, tenant_id: &str, alg: &str) -> Result<Option<SigningKeyRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM signing_keys WHERE tenant_id = $1 AND alg = $2 AND retired_at IS NULL"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(alg).fetch_optional(pool).await)?,
        )
    }

    /// Applies a rotation on its own. [`StoreError::ConcurrentUpdate`] when a key to retire
    /// was retired meanwhile; [`StoreError::UniqueViolation`] when another active key of the
    /// same algorithm appeared.
    pub async fn rotate_keys(&self, tenant_id: &str, rotation: &KeyRotation) -> Result<()> {
        in_tx!(self, tx => {
            apply_rotation!(tx, tenant_id, rotation);
        });
        Ok::<(), StoreError>(())
    }
}

impl Db {
    /// Records `value` for `name` unless a value is already recorded, and returns the value
    /// in force: the first replica to start decides, the others must agree.
    pub async fn claim_server_setting(&self, name: &str, value: &str) -> Result<String> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO server_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(value)
        .execute(pool)
        .await
        .map(|_| ()))?;
        let row: (String,) = on_pool!(self, pool => sqlx::query_as("SELECT value FROM server_settings WHERE name = $1")
            .bind(name)
            .fetch_one(pool)
            .await)?;
        Ok(row.0)
    }
}
