//! The `admin_keys` table: operator credentials for the management API, stored hashed.

use crate::{Db, Result, in_tx, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AdminKeyRecord {
    pub id: String,
    pub name: String,
    pub secret_hash: Vec<u8>,
    pub created_at: i64,
}

impl Db {
    pub async fn insert_admin_key(&self, key: &AdminKeyRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO admin_keys (id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&key.id)
        .bind(&key.name)
        .bind(&key.secret_hash)
        .bind(key.created_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Inserts `key` only when no admin key exists yet; returns whether it was inserted.
    /// Two replicas starting together on a fresh database thus bootstrap at most one key.
    pub async fn insert_first_admin_key(&self, key: &AdminKeyRecord) -> Result<bool> {
        let postgres = matches!(self, Db::Postgres(_));
        let inserted = in_tx!(self, tx => {
            // SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs the lock
            // or two transactions could both see an empty table.
            if postgres {
                sqlx::query("LOCK TABLE admin_keys IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO admin_keys (id, name, secret_hash, created_at) \
                 SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM admin_keys)",
            )
            .bind(&key.id)
            .bind(&key.name)
            .bind(&key.secret_hash)
            .bind(key.created_at)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1
        });
        Ok(inserted)
    }

    /// Whether any admin key exists (a cheap check before generating a bootstrap key).
    pub async fn any_admin_key(&self) -> Result<bool> {
        let row: Option<(String,)> = on_pool!(self, pool => sqlx::query_as("SELECT id FROM admin_keys LIMIT 1").fetch_optional(pool).await)?;
        Ok(row.is_some())
    }

    pub async fn admin_key_by_hash(&self, secret_hash: &[u8]) -> Result<Option<AdminKeyRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name, secret_hash, created_at FROM admin_keys WHERE secret_hash = $1",
        )
        .bind(secret_hash)
        .fetch_optional(pool)
        .await)?)
    }
}
