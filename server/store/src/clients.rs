//! The `oauth_clients`, `client_secrets` and `revoked_tokens` tables.

use crate::{Db, Result, in_tx, on_pool};

/// A stored OAuth client; list-valued fields are JSON arrays.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ClientRecord {
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    pub client_type: String,
    pub token_endpoint_auth_method: String,
    pub grant_types: String,
    pub redirect_uris: String,
    pub scopes: String,
    pub audiences: String,
    pub access_token_ttl: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub post_logout_redirect_uris: String,
    pub skip_consent: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ClientSecretRecord {
    pub id: String,
    pub client_id: String,
    pub secret_hash: Vec<u8>,
    pub hint: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

macro_rules! columns {
    () => {
        "id, tenant_id, name, client_type, token_endpoint_auth_method, grant_types, redirect_uris, scopes, \
         audiences, access_token_ttl, created_at, updated_at, post_logout_redirect_uris, skip_consent"
    };
}

macro_rules! insert_secret {
    ($conn:expr, $secret:expr) => {{
        let secret: &ClientSecretRecord = $secret;
        sqlx::query(
            "INSERT INTO client_secrets (id, client_id, secret_hash, hint, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&secret.id)
        .bind(&secret.client_id)
        .bind(&secret.secret_hash)
        .bind(&secret.hint)
        .bind(secret.created_at)
        .bind(secret.expires_at)
        .execute($conn)
        .await?;
    }};
}

impl Db {
    /// Inserts a client with its first secret (confidential clients), atomically.
    pub async fn insert_client(
        &self,
        client: &ClientRecord,
        secret: Option<&ClientSecretRecord>,
    ) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query(concat!("INSERT INTO oauth_clients (", columns!(), ") \
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"))
                .bind(&client.id)
                .bind(&client.tenant_id)
                .bind(&client.name)
                .bind(&client.client_type)
                .bind(&client.token_endpoint_auth_method)
                .bind(&client.grant_types)
                .bind(&client.redirect_uris)
                .bind(&client.scopes)
                .bind(&client.audiences)
                .bind(client.access_token_ttl)
                .bind(client.created_at)
                .bind(client.updated_at)
                .bind(&client.post_logout_redirect_uris)
                .bind(client.skip_consent)
                .execute(&mut *tx)
                .await?;
            if let Some(secret) = secret {
                insert_secret!(&mut *tx, secret);
            }
        });
        Ok(())
    }

    pub async fn client_by_id(&self, tenant_id: &str, id: &str) -> Result<Option<ClientRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM oauth_clients WHERE tenant_id = $1 AND id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    pub async fn list_clients(
        &self,
        tenant_id: &str,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ClientRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM oauth_clients WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(after_id.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Writes every mutable field; returns whether the client existed.
    pub async fn update_client(&self, client: &ClientRecord) -> Result<bool> {
        let sql = "UPDATE oauth_clients SET name = $3, grant_types = $4, redirect_uris = $5, scopes = $6, \
                   audiences = $7, access_token_ttl = $8, updated_at = $9, post_logout_redirect_uris = $10, \
                   skip_consent = $11 WHERE tenant_id = $1 AND id = $2";
        let updated = on_pool!(self, pool => sqlx::query(sql)
            .bind(&client.tenant_id)
            .bind(&client.id)
            .bind(&client.name)
            .bind(&client.grant_types)
            .bind(&client.redirect_uris)
            .bind(&client.scopes)
            .bind(&client.audiences)
            .bind(client.access_token_ttl)
            .bind(client.updated_at)
            .bind(&client.post_logout_redirect_uris)
            .bind(client.skip_consent)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn delete_client(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM oauth_clients WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }

    pub async fn insert_client_secret(&self, secret: &ClientSecretRecord) -> Result<()> {
        on_pool!(self, pool => {
            let conn = pool;
            insert_secret!(conn, secret);
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(())
    }

    /// The client's secrets that are unexpired at `now`, newest first.
    pub async fn client_secrets(
        &self,
        client_id: &str,
        now: i64,
    ) -> Result<Vec<ClientSecretRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, client_id, secret_hash, hint, created_at, expires_at FROM client_secrets \
             WHERE client_id = $1 AND (expires_at IS NULL OR expires_at > $2) ORDER BY created_at DESC, id DESC",
        )
        .bind(client_id)
        .bind(now)
        .fetch_all(pool)
        .await)?)
    }

    /// Sets when a secret stops working; returns whether it exists.
    pub async fn expire_client_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        at: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE client_secrets SET expires_at = $3 WHERE client_id = $1 AND id = $2",
        )
        .bind(client_id)
        .bind(secret_id)
        .bind(at)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Records a revoked access token until it would have expired. Idempotent.
    pub async fn revoke_token_id(&self, tenant_id: &str, jti: &str, expires_at: i64) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO revoked_tokens (tenant_id, jti, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (tenant_id, jti) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(jti)
        .bind(expires_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    pub async fn is_token_id_revoked(&self, tenant_id: &str, jti: &str) -> Result<bool> {
        let row: Option<(i64,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT expires_at FROM revoked_tokens WHERE tenant_id = $1 AND jti = $2",
        )
        .bind(tenant_id)
        .bind(jti)
        .fetch_optional(pool)
        .await)?;
        Ok(row.is_some())
    }

    /// Up to `limit` ids of the tenant's revoked access tokens that have not expired at
    /// `now`: the set an introspection must refuse, small because tokens are short-lived.
    pub async fn unexpired_revoked_token_ids(
        &self,
        tenant_id: &str,
        now: i64,
        limit: i64,
    ) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT jti FROM revoked_tokens WHERE tenant_id = $1 AND expires_at > $2 LIMIT $3",
        )
        .bind(tenant_id)
        .bind(now)
        .bind(limit)
        .fetch_all(pool)
        .await)?;
        Ok(rows.into_iter().map(|(jti,)| jti).collect())
    }
}

impl Db {
    /// Sets (or, with `None`, removes) a client's public keys for `private_key_jwt`.
    pub async fn set_client_jwks(
        &self,
        tenant_id: &str,
        client_id: &str,
        jwks: Option<&str>,
    ) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query("DELETE FROM client_jwks WHERE client_id = $1 AND tenant_id = $2")
                .bind(client_id)
                .bind(tenant_id)
                .execute(&mut *tx)
                .await?;
            if let Some(jwks) = jwks {
                sqlx::query("INSERT INTO client_jwks (client_id, tenant_id, jwks) VALUES ($1, $2, $3)")
                    .bind(client_id)
                    .bind(tenant_id)
                    .bind(jwks)
                    .execute(&mut *tx)
                    .await?;
            }
        });
        Ok(())
    }

    pub async fn client_jwks(&self, tenant_id: &str, client_id: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT jwks FROM client_jwks WHERE tenant_id = $1 AND client_id = $2",
        )
        .bind(tenant_id)
        .bind(client_id)
        .fetch_optional(pool)
        .await)?;
        Ok(row.map(|(jwks,)| jwks))
    }

    /// Records a client assertion's `jti`; false if it was seen before (a replay). Expired
    /// records are pruned on the way.
    pub async fn record_client_assertion(
        &self,
        tenant_id: &str,
        client_id: &str,
        jti: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<bool> {
        on_pool!(self, pool => sqlx::query("DELETE FROM client_assertions WHERE expires_at < $1")
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))?;
        let inserted = on_pool!(self, pool => sqlx::query(
            "INSERT INTO client_assertions (tenant_id, client_id, jti, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (tenant_id, client_id, jti) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(client_id)
        .bind(jti)
        .bind(expires_at)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(inserted == 1)
    }
}
