//! The authorization-code flow's tables: `browser_sessions`, `authorization_requests`,
//! `authorization_codes`, `oauth_grants` and `consents`.

use crate::sessions::{NewRefreshToken, SessionRecord};
use crate::{Db, Result, in_tx, on_pool};

/// A hosted sign-in: the session it opened, with when and how the user authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowserSessionRecord {
    pub session: SessionRecord,
    pub auth_time: i64,
    /// JSON array of RFC 8176 method references.
    pub amr: String,
}

/// A validated authorization request waiting for the user.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuthorizationRequestRecord {
    pub id: String,
    pub tenant_id: String,
    pub client_id: String,
    /// JSON of the validated request.
    pub params: String,
    pub csrf_hash: Vec<u8>,
    pub session_id: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuthorizationCodeRecord {
    pub code_hash: Vec<u8>,
    pub tenant_id: String,
    pub client_id: String,
    pub user_id: String,
    pub browser_session_id: String,
    /// JSON: what the token endpoint needs to check and issue.
    pub params: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub issued_session_id: Option<String>,
    pub issued_jti: Option<String>,
    pub issued_jti_expires_at: Option<i64>,
}

/// What presenting an authorization code led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeRedemption {
    /// First presentation: the code is now spent.
    Redeemed(AuthorizationCodeRecord),
    /// Presented before: what its first exchange issued must be revoked.
    Replayed(AuthorizationCodeRecord),
    Unknown,
}

/// A client's grant from a user: one refresh-token family.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OAuthGrantRecord {
    pub session_id: String,
    pub tenant_id: String,
    pub client_id: String,
    pub browser_session_id: Option<String>,
    /// JSON: scope, audience, auth_time, amr.
    pub params: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ConsentRecord {
    pub tenant_id: String,
    pub user_id: String,
    pub client_id: String,
    /// JSON array.
    pub scopes: String,
    pub created_at: i64,
    pub updated_at: i64,
}

macro_rules! code_columns {
    () => {
        "code_hash, tenant_id, client_id, user_id, browser_session_id, params, created_at, \
         expires_at, used_at, issued_session_id, issued_jti, issued_jti_expires_at"
    };
}

impl Db {
    /// Stores a hosted sign-in: its session row and the hash of its cookie.
    pub async fn insert_browser_session(
        &self,
        session: &SessionRecord,
        secret_hash: &[u8],
        auth_time: i64,
        amr: &str,
    ) -> Result<()> {
        in_tx!(self, tx => {
            crate::sessions::insert_session_row!(&mut *tx, session);
            sqlx::query(
                "INSERT INTO browser_sessions (session_id, tenant_id, secret_hash, auth_time, amr) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&session.id)
            .bind(&session.tenant_id)
            .bind(secret_hash)
            .bind(auth_time)
            .bind(amr)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// The hosted sign-in a cookie names, live or not (callers check `revoked_at`/`expires_at`).
    pub async fn browser_session(
        &self,
        tenant_id: &str,
        secret_hash: &[u8],
    ) -> Result<Option<BrowserSessionRecord>> {
        let sql = "SELECT s.id, s.tenant_id, s.user_id, s.created_at, s.last_used_at, s.expires_at, s.revoked_at, \
             s.revoke_reason, s.ip, s.user_agent, b.auth_time, b.amr FROM browser_sessions b \
             JOIN sessions s ON s.id = b.session_id WHERE b.secret_hash = $1 AND b.tenant_id = $2";
        let row: Option<BrowserSessionRow> = on_pool!(self, pool => sqlx::query_as(sql)
            .bind(secret_hash)
            .bind(tenant_id)
            .fetch_optional(pool)
            .await)?;
        Ok(row.map(BrowserSessionRow::into_record))
    }

    /// Revokes a hosted sign-in and every client grant made through it (logout).
    pub async fn revoke_browser_session(
        &self,
        tenant_id: &str,
        session_id: &str,
        reason: &str,
        now: i64,
    ) -> Result<u64> {
        let sql = "UPDATE sessions SET revoked_at = $3, revoke_reason = $4 WHERE tenant_id = $1 \
                   AND revoked_at IS NULL AND (id = $2 OR id IN \
                   (SELECT session_id FROM oauth_grants WHERE tenant_id = $1 AND browser_session_id = $2))";
        Ok(on_pool!(self, pool => sqlx::query(sql)
            .bind(tenant_id)
            .bind(session_id)
            .bind(now)
            .bind(reason)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?)
    }

    pub async fn insert_authorization_request(
        &self,
        request: &AuthorizationRequestRecord,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO authorization_requests (id, tenant_id, client_id, params, csrf_hash, session_id, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&request.id)
        .bind(&request.tenant_id)
        .bind(&request.client_id)
        .bind(&request.params)
        .bind(&request.csrf_hash)
        .bind(&request.session_id)
        .bind(request.created_at)
        .bind(request.expires_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    pub async fn authorization_request(
        &self,
        tenant_id: &str,
        id: &str,
    ) -> Result<Option<AuthorizationRequestRecord>> {
        let sql = "SELECT id, tenant_id, client_id, params, csrf_hash, session_id, created_at, expires_at \
                   FROM authorization_requests WHERE tenant_id = $1 AND id = $2";
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    /// Records who signed in for a pending request.
    pub async fn set_authorization_request_session(
        &self,
        tenant_id: &str,
        id: &str,
        session_id: &str,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE authorization_requests SET session_id = $3 WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(session_id)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Removes a finished request, and any expired ones with it. Returns whether `id`
    /// was still there, so two concurrent finishes cannot both issue a code.
    pub async fn finish_authorization_request(
        &self,
        tenant_id: &str,
        id: &str,
        now: i64,
    ) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query(
            "DELETE FROM authorization_requests WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant_id)
        .bind(id)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        on_pool!(self, pool => sqlx::query("DELETE FROM authorization_requests WHERE expires_at < $1")
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(deleted == 1)
    }

    pub async fn insert_authorization_code(&self, code: &AuthorizationCodeRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO authorization_codes (code_hash, tenant_id, client_id, user_id, browser_session_id, \
             params, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&code.code_hash)
        .bind(&code.tenant_id)
        .bind(&code.client_id)
        .bind(&code.user_id)
        .bind(&code.browser_session_id)
        .bind(&code.params)
        .bind(code.created_at)
        .bind(code.expires_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Spends a code atomically: only one presentation can ever see `Redeemed`.
    pub async fn redeem_authorization_code(
        &self,
        tenant_id: &str,
        code_hash: &[u8],
        now: i64,
    ) -> Result<CodeRedemption> {
        let spend = concat!(
            "UPDATE authorization_codes SET used_at = $3 WHERE tenant_id = $1 AND code_hash = $2 \
             AND used_at IS NULL RETURNING ",
            code_columns!()
        );
        let spent: Option<AuthorizationCodeRecord> = on_pool!(self, pool => sqlx::query_as(spend)
            .bind(tenant_id)
            .bind(code_hash)
            .bind(now)
            .fetch_optional(pool)
            .await)?;
        if let Some(code) = spent {
            return Ok(CodeRedemption::Redeemed(code));
        }
        let find = concat!(
            "SELECT ",
            code_columns!(),
            " FROM authorization_codes WHERE tenant_id = $1 AND code_hash = $2"
        );
        let existing: Option<AuthorizationCodeRecord> = on_pool!(self, pool => sqlx::query_as(find)
            .bind(tenant_id)
            .bind(code_hash)
            .fetch_optional(pool)
            .await)?;
        Ok(existing.map_or(CodeRedemption::Unknown, CodeRedemption::Replayed))
    }

    /// Remembers what a code's exchange issued, so a replay can revoke it.
    pub async fn record_code_issuance(
        &self,
        tenant_id: &str,
        code_hash: &[u8],
        session_id: Option<&str>,
        jti: &str,
        jti_expires_at: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE authorization_codes SET issued_session_id = $3, issued_jti = $4, issued_jti_expires_at = $5 \
             WHERE tenant_id = $1 AND code_hash = $2",
        )
        .bind(tenant_id)
        .bind(code_hash)
        .bind(session_id)
        .bind(jti)
        .bind(jti_expires_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Stores a client grant: its session (refresh-token family), first token and scope.
    pub async fn insert_oauth_grant(
        &self,
        session: &SessionRecord,
        token: Option<&NewRefreshToken>,
        grant: &OAuthGrantRecord,
    ) -> Result<()> {
        in_tx!(self, tx => {
            crate::sessions::insert_session_row!(&mut *tx, session);
            if let Some(token) = token {
                sqlx::query(
                    "INSERT INTO refresh_tokens (token_hash, session_id, tenant_id, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&token.token_hash)
                .bind(&session.id)
                .bind(&session.tenant_id)
                .bind(token.created_at)
                .bind(token.expires_at)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO oauth_grants (session_id, tenant_id, client_id, browser_session_id, params) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&grant.session_id)
            .bind(&grant.tenant_id)
            .bind(&grant.client_id)
            .bind(&grant.browser_session_id)
            .bind(&grant.params)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    pub async fn oauth_grant(
        &self,
        tenant_id: &str,
        session_id: &str,
    ) -> Result<Option<OAuthGrantRecord>> {
        let sql = "SELECT session_id, tenant_id, client_id, browser_session_id, params FROM oauth_grants \
                   WHERE tenant_id = $1 AND session_id = $2";
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(session_id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn consent(
        &self,
        tenant_id: &str,
        user_id: &str,
        client_id: &str,
    ) -> Result<Option<ConsentRecord>> {
        let sql = "SELECT tenant_id, user_id, client_id, scopes, created_at, updated_at FROM consents \
                   WHERE tenant_id = $1 AND user_id = $2 AND client_id = $3";
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(user_id)
            .bind(client_id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn upsert_consent(&self, consent: &ConsentRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO consents (tenant_id, user_id, client_id, scopes, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, user_id, client_id) \
             DO UPDATE SET scopes = excluded.scopes, updated_at = excluded.updated_at",
        )
        .bind(&consent.tenant_id)
        .bind(&consent.user_id)
        .bind(&consent.client_id)
        .bind(&consent.scopes)
        .bind(consent.created_at)
        .bind(consent.updated_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The user's consents, by client id.
    pub async fn consents_of_user(
        &self,
        tenant_id: &str,
        user_id: &str,
    ) -> Result<Vec<ConsentRecord>> {
        let sql = "SELECT tenant_id, user_id, client_id, scopes, created_at, updated_at FROM consents \
                   WHERE tenant_id = $1 AND user_id = $2 ORDER BY client_id";
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(user_id)
            .fetch_all(pool)
            .await)?)
    }

    /// Withdraws a consent and revokes the client's grants from the user. Returns whether
    /// there was a consent.
    pub async fn revoke_consent(
        &self,
        tenant_id: &str,
        user_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<bool> {
        let deleted = in_tx!(self, tx => {
            let deleted = sqlx::query(
                "DELETE FROM consents WHERE tenant_id = $1 AND user_id = $2 AND client_id = $3",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(client_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            sqlx::query(
                "UPDATE sessions SET revoked_at = $4, revoke_reason = 'consent_revoked' WHERE tenant_id = $1 \
                 AND user_id = $2 AND revoked_at IS NULL AND id IN \
                 (SELECT session_id FROM oauth_grants WHERE tenant_id = $1 AND client_id = $3)",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(client_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            deleted
        });
        Ok(deleted == 1)
    }
}

#[derive(sqlx::FromRow)]
struct BrowserSessionRow {
    id: String,
    tenant_id: String,
    user_id: String,
    created_at: i64,
    last_used_at: i64,
    expires_at: i64,
    revoked_at: Option<i64>,
    revoke_reason: Option<String>,
    ip: Option<String>,
    user_agent: Option<String>,
    auth_time: i64,
    amr: String,
}

impl BrowserSessionRow {
    fn into_record(self) -> BrowserSessionRecord {
        BrowserSessionRecord {
            session: SessionRecord {
                id: self.id,
                tenant_id: self.tenant_id,
                user_id: self.user_id,
                created_at: self.created_at,
                last_used_at: self.last_used_at,
                expires_at: self.expires_at,
                revoked_at: self.revoked_at,
                revoke_reason: self.revoke_reason,
                ip: self.ip,
                user_agent: self.user_agent,
            },
            auth_time: self.auth_time,
            amr: self.amr,
        }
    }
}
