//! The `passkeys`, `passkey_user_handles`, `webauthn_settings` and `webauthn_ceremonies`
//! tables.
//!
//! A ceremony row is taken with `DELETE … RETURNING`: whichever request deletes it owns it,
//! so a challenge is answered at most once even when two replicas race with the same answer.

use crate::{Db, Result, in_tx, on_pool};

/// A registered passkey.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PasskeyRecord {
    pub id: String,
    pub tenant_id: String,
    pub user_id: String,
    pub name: String,
    pub credential_id: Vec<u8>,
    /// tessera-core's `StoredCredential` as JSON.
    pub credential: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A tenant's stored relying-party settings; list fields are JSON arrays.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WebauthnSettingsRecord {
    pub rp_id: Option<String>,
    pub rp_name: Option<String>,
    pub origins: String,
    pub attestation: String,
    pub allowed_formats: String,
}

/// A started ceremony.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CeremonyRecord {
    pub id: String,
    pub tenant_id: String,
    pub kind: String,
    pub user_id: Option<String>,
    pub mfa_token_hash: Option<Vec<u8>>,
    pub state: String,
    pub created_at: i64,
    pub expires_at: i64,
}

macro_rules! passkey_columns {
    () => {
        "id, tenant_id, user_id, name, credential_id, credential, created_at, last_used_at"
    };
}

impl Db {
    /// The user's WebAuthn handle, created on first use.
    pub async fn passkey_user_handle(
        &self,
        tenant_id: &str,
        user_id: &str,
        new_handle: &str,
    ) -> Result<String> {
        let (handle,): (String,) = in_tx!(self, tx => {
            sqlx::query(
                "INSERT INTO passkey_user_handles (tenant_id, user_id, user_handle) VALUES ($1, $2, $3) \
                 ON CONFLICT (tenant_id, user_id) DO NOTHING",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(new_handle)
            .execute(&mut *tx)
            .await?;
            sqlx::query_as(
                "SELECT user_handle FROM passkey_user_handles WHERE tenant_id = $1 AND user_id = $2",
            )
            .bind(tenant_id)
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?
        });
        Ok(handle)
    }

    /// The user a WebAuthn handle belongs to, in this tenant.
    pub async fn user_of_passkey_handle(
        &self,
        tenant_id: &str,
        handle: &str,
    ) -> Result<Option<String>> {
        let row: Option<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT user_id FROM passkey_user_handles WHERE tenant_id = $1 AND user_handle = $2",
        )
        .bind(tenant_id)
        .bind(handle)
        .fetch_optional(pool)
        .await)?;
        Ok(row.map(|(id,)| id))
    }

    /// Inserts a passkey; `UniqueViolation` when the credential is already registered in
    /// this tenant.
    pub async fn insert_passkey(&self, passkey: &PasskeyRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!(
            "INSERT INTO passkeys (", passkey_columns!(), ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        ))
        .bind(&passkey.id)
        .bind(&passkey.tenant_id)
        .bind(&passkey.user_id)
        .bind(&passkey.name)
        .bind(&passkey.credential_id)
        .bind(&passkey.credential)
        .bind(passkey.created_at)
        .bind(passkey.last_used_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The user's passkeys, oldest first.
    pub async fn user_passkeys(
        &self,
        tenant_id: &str,
        user_id: &str,
    ) -> Result<Vec<PasskeyRecord>> {
        let sql = concat!(
            "SELECT ",
            passkey_columns!(),
            " FROM passkeys WHERE tenant_id = $1 AND user_id = $2 ORDER BY id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(user_id).fetch_all(pool).await)?,
        )
    }

    pub async fn passkey_by_credential_id(
        &self,
        tenant_id: &str,
        credential_id: &[u8],
    ) -> Result<Option<PasskeyRecord>> {
        let sql = concat!(
            "SELECT ",
            passkey_columns!(),
            " FROM passkeys WHERE tenant_id = $1 AND credential_id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(credential_id).fetch_optional(pool).await)?,
        )
    }

    /// Renames one of the user's passkeys; false when it does not exist.
    pub async fn rename_passkey(
        &self,
        tenant_id: &str,
        user_id: &str,
        id: &str,
        name: &str,
    ) -> Result<bool> {
        let changed = on_pool!(self, pool => sqlx::query(
            "UPDATE passkeys SET name = $4 WHERE tenant_id = $1 AND user_id = $2 AND id = $3",
        )
        .bind(tenant_id)
        .bind(user_id)
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(changed == 1)
    }

    /// Records a sign-in with a passkey: its updated credential (counter, backup flags) and
    /// the time. False when the passkey was deleted meanwhile.
    pub async fn touch_passkey(
        &self,
        tenant_id: &str,
        id: &str,
        credential: &str,
        now: i64,
    ) -> Result<bool> {
        let changed = on_pool!(self, pool => sqlx::query(
            "UPDATE passkeys SET credential = $3, last_used_at = $4 WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(credential)
        .bind(now)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(changed == 1)
    }

    /// Deletes one of the user's passkeys; false when it does not exist.
    pub async fn delete_passkey(&self, tenant_id: &str, user_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query(
            "DELETE FROM passkeys WHERE tenant_id = $1 AND user_id = $2 AND id = $3",
        )
        .bind(tenant_id)
        .bind(user_id)
        .bind(id)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(deleted == 1)
    }

    pub async fn webauthn_settings(
        &self,
        tenant_id: &str,
    ) -> Result<Option<WebauthnSettingsRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT rp_id, rp_name, origins, attestation, allowed_formats FROM webauthn_settings WHERE tenant_id = $1",
        )
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?)
    }

    pub async fn set_webauthn_settings(
        &self,
        tenant_id: &str,
        settings: &WebauthnSettingsRecord,
        now: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO webauthn_settings (tenant_id, rp_id, rp_name, origins, attestation, allowed_formats, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (tenant_id) DO UPDATE SET rp_id = excluded.rp_id, rp_name = excluded.rp_name, \
             origins = excluded.origins, attestation = excluded.attestation, \
             allowed_formats = excluded.allowed_formats, updated_at = excluded.updated_at",
        )
        .bind(tenant_id)
        .bind(&settings.rp_id)
        .bind(&settings.rp_name)
        .bind(&settings.origins)
        .bind(&settings.attestation)
        .bind(&settings.allowed_formats)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Stores a started ceremony, and drops the tenant's expired ones on the way.
    pub async fn insert_ceremony(&self, ceremony: &CeremonyRecord) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query("DELETE FROM webauthn_ceremonies WHERE tenant_id = $1 AND expires_at < $2")
                .bind(&ceremony.tenant_id)
                .bind(ceremony.created_at)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO webauthn_ceremonies (id, tenant_id, kind, user_id, mfa_token_hash, state, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&ceremony.id)
            .bind(&ceremony.tenant_id)
            .bind(&ceremony.kind)
            .bind(&ceremony.user_id)
            .bind(&ceremony.mfa_token_hash)
            .bind(&ceremony.state)
            .bind(ceremony.created_at)
            .bind(ceremony.expires_at)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// Takes (deletes and returns) a ceremony of this tenant and kind; `None` when it does
    /// not exist or another request took it first. Expiry is the caller's check.
    pub async fn take_ceremony(
        &self,
        tenant_id: &str,
        kind: &str,
        id: &str,
    ) -> Result<Option<CeremonyRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "DELETE FROM webauthn_ceremonies WHERE id = $1 AND tenant_id = $2 AND kind = $3 \
             RETURNING id, tenant_id, kind, user_id, mfa_token_hash, state, created_at, expires_at",
        )
        .bind(id)
        .bind(tenant_id)
        .bind(kind)
        .fetch_optional(pool)
        .await)?)
    }

    /// Spends a live second-factor challenge of this user; false when it is gone.
    pub async fn consume_mfa_challenge(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
        user_id: &str,
        now: i64,
    ) -> Result<bool> {
        let spent = on_pool!(self, pool => sqlx::query(
            "UPDATE mfa_challenges SET used_at = $4 WHERE token_hash = $1 AND tenant_id = $2 \
             AND user_id = $3 AND used_at IS NULL AND expires_at > $4",
        )
        .bind(token_hash)
        .bind(tenant_id)
        .bind(user_id)
        .bind(now)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(spent == 1)
    }
}
