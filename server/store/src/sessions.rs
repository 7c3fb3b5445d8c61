//! The `sessions` and `refresh_tokens` tables: each session is one refresh-token family.

use crate::{Db, Result, UserRecord, in_tx, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionRecord {
    pub id: String,
    pub tenant_id: String,
    pub user_id: String,
    pub created_at: i64,
    pub last_used_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub revoke_reason: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// A refresh token to store: only its hash.
#[derive(Debug, Clone)]
pub struct NewRefreshToken {
    pub token_hash: Vec<u8>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// What presenting a refresh token led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefreshOutcome {
    /// The token was live: it is now spent and its successor stored.
    Rotated(SessionRecord),
    /// The token was already spent: its whole session (family) is now revoked.
    Reused { session_id: String, user_id: String },
    /// Unknown, expired, or its session is revoked or expired.
    Invalid,
}

macro_rules! columns {
    () => {
        "id, tenant_id, user_id, created_at, last_used_at, expires_at, revoked_at, revoke_reason, ip, user_agent"
    };
}

/// The one INSERT of a session row, shared by sign-in sessions and the grants of the
/// authorization code flow (`authorization.rs`), inside the caller's transaction.
macro_rules! insert_session_row {
    ($conn:expr, $session:expr) => {{
        let session: &$crate::SessionRecord = $session;
        sqlx::query($crate::sessions::INSERT_SESSION)
            .bind(&session.id)
            .bind(&session.tenant_id)
            .bind(&session.user_id)
            .bind(session.created_at)
            .bind(session.last_used_at)
            .bind(session.expires_at)
            .bind(session.revoked_at)
            .bind(&session.revoke_reason)
            .bind(&session.ip)
            .bind(&session.user_agent)
            .execute($conn)
            .await?;
    }};
}
pub(crate) use insert_session_row;

pub(crate) const INSERT_SESSION: &str = concat!(
    "INSERT INTO sessions (",
    columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
);

macro_rules! insert_refresh_token {
    ($conn:expr, $session:expr, $tenant:expr, $token:expr) => {{
        let token: &NewRefreshToken = $token;
        sqlx::query(
            "INSERT INTO refresh_tokens (token_hash, session_id, tenant_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&token.token_hash)
        .bind($session)
        .bind($tenant)
        .bind(token.created_at)
        .bind(token.expires_at)
        .execute($conn)
        .await?;
    }};
}

impl Db {
    /// Stores a new session with its first refresh token, atomically.
    /// Opens a session: stores it with its first refresh token, and writes the signed-in
    /// user's row (its new `last_login_at`, a rehashed password), in one transaction, so a
    /// sign-in costs one write instead of two.
    pub async fn insert_session(
        &self,
        user: &UserRecord,
        session: &SessionRecord,
        token: &NewRefreshToken,
    ) -> Result<()> {
        in_tx!(self, tx => {
            crate::users::update_user_query!(user)
                .execute(&mut *tx)
                .await?;
            insert_session_row!(&mut *tx, session);
            insert_refresh_token!(&mut *tx, &session.id, &session.tenant_id, token);
        });
        Ok(())
    }

    pub async fn session_by_id(&self, tenant_id: &str, id: &str) -> Result<Option<SessionRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM sessions WHERE tenant_id = $1 AND id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    /// The user's sessions that are neither revoked nor expired at `now`, newest first.
    pub async fn active_sessions(
        &self,
        tenant_id: &str,
        user_id: &str,
        now: i64,
    ) -> Result<Vec<SessionRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM sessions WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > $3 \
             ORDER BY created_at DESC, id DESC"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(user_id).bind(now).fetch_all(pool).await)?,
        )
    }

    /// Revokes one of the user's sessions; returns whether a live one was revoked.
    pub async fn revoke_session(
        &self,
        tenant_id: &str,
        user_id: &str,
        id: &str,
        reason: &str,
        now: i64,
    ) -> Result<bool> {
        let revoked = on_pool!(self, pool => sqlx::query(
            "UPDATE sessions SET revoked_at = $4, revoke_reason = $5 \
             WHERE tenant_id = $1 AND user_id = $2 AND id = $3 AND revoked_at IS NULL",
        )
        .bind(tenant_id)
        .bind(user_id)
        .bind(id)
        .bind(now)
        .bind(reason)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(revoked == 1)
    }

    /// Revokes every live session of a user except `keep`; returns how many.
    pub async fn revoke_user_sessions(
        &self,
        tenant_id: &str,
        user_id: &str,
        keep: Option<&str>,
        reason: &str,
        now: i64,
    ) -> Result<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "UPDATE sessions SET revoked_at = $3, revoke_reason = $4 \
             WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL AND ($5 IS NULL OR id <> $5)",
        )
        .bind(tenant_id)
        .bind(user_id)
        .bind(now)
        .bind(reason)
        .bind(keep)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?)
    }

    /// Spends the refresh token with hash `presented` and stores `next` in its place (with
    /// the session's expiry, whatever `next.expires_at` says), or,
    /// if it was already spent, revokes its whole family (RFC 9700 §4.14.2).
    pub async fn rotate_refresh_token(
        &self,
        tenant_id: &str,
        presented: &[u8],
        next: &NewRefreshToken,
        now: i64,
    ) -> Result<RefreshOutcome> {
        let outcome = in_tx!(self, tx => {
            let token: Option<(String, Option<i64>, i64)> = sqlx::query_as(
                "SELECT session_id, used_at, expires_at FROM refresh_tokens WHERE token_hash = $1 AND tenant_id = $2",
            )
            .bind(presented)
            .bind(tenant_id)
            .fetch_optional(&mut *tx)
            .await?;
            let session: Option<SessionRecord> = match &token {
                Some((session_id, _, _)) => sqlx::query_as(concat!("SELECT ", columns!(), " FROM sessions WHERE id = $1"))
                    .bind(session_id)
                    .fetch_optional(&mut *tx)
                    .await?,
                None => None,
            };
            match (token, session) {
                (Some((session_id, Some(_), _)), Some(session)) => {
                    sqlx::query(
                        "UPDATE sessions SET revoked_at = $2, revoke_reason = 'refresh_token_reuse' \
                         WHERE id = $1 AND revoked_at IS NULL",
                    )
                    .bind(&session_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    RefreshOutcome::Reused { session_id, user_id: session.user_id }
                }
                (Some((_, None, expires_at)), Some(mut session))
                    if expires_at > now && session.revoked_at.is_none() && session.expires_at > now =>
                {
                    let spent = sqlx::query("UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL")
                        .bind(presented)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    if spent != 1 {
                        // A concurrent refresh spent it between our read and our write (PostgreSQL
                        // reads committed): two presentations of one token are reuse.
                        sqlx::query(
                            "UPDATE sessions SET revoked_at = $2, revoke_reason = 'refresh_token_reuse' \
                             WHERE id = $1 AND revoked_at IS NULL",
                        )
                        .bind(&session.id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                        tx.commit().await?;
                        return Ok(RefreshOutcome::Reused { session_id: session.id, user_id: session.user_id });
                    }
                    // The successor inherits the session's absolute expiry.
                    let next = NewRefreshToken { expires_at: session.expires_at, ..next.clone() };
                    insert_refresh_token!(&mut *tx, &session.id, &session.tenant_id, &next);
                    sqlx::query("UPDATE sessions SET last_used_at = $2 WHERE id = $1")
                        .bind(&session.id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    session.last_used_at = now;
                    RefreshOutcome::Rotated(session)
                }
                _ => RefreshOutcome::Invalid,
            }
        });
        Ok(outcome)
    }

    /// The session a refresh token belongs to, whether or not it is spent.
    pub async fn session_of_refresh_token(
        &self,
        tenant_id: &str,
        presented: &[u8],
    ) -> Result<Option<SessionRecord>> {
        let sql = "SELECT s.id, s.tenant_id, s.user_id, s.created_at, s.last_used_at, s.expires_at, s.revoked_at, \
             s.revoke_reason, s.ip, s.user_agent FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id \
             WHERE t.token_hash = $1 AND t.tenant_id = $2";
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(presented).bind(tenant_id).fetch_optional(pool).await)?,
        )
    }
}
