//! The `totp_factors`, `recovery_codes` and `mfa_challenges` tables.
//!
//! Every step that spends something (a code's time step, a recovery code, a challenge) is a
//! compare-and-set in SQL, so two replicas racing with the same code cannot both win.

use crate::{Db, Result, in_tx, on_pool};

/// A user's TOTP authenticator.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TotpFactorRecord {
    pub tenant_id: String,
    pub user_id: String,
    /// The shared secret, sealed under the master key.
    pub secret: Vec<u8>,
    pub master_key_id: String,
    pub enabled: bool,
    /// RFC 6238 time step of the last accepted code.
    pub last_used_step: Option<i64>,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
}

/// A pending second-factor challenge, identified by its token's hash.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MfaChallengeRecord {
    pub token_hash: Vec<u8>,
    pub tenant_id: String,
    pub user_id: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    /// The first factor this challenge follows (`password`, `magic_link`, `email_code`).
    pub first_factor: String,
    /// The organization the sign-in opens into once the second factor is verified
    /// (`organization` on the first-party login), if it named one.
    pub organization_id: Option<String>,
}

/// What presenting a second factor against a challenge led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MfaCompletion {
    /// The factor was spent and the challenge consumed, together.
    Completed,
    /// The code's time step was already used, or the recovery code is unknown or spent.
    /// Nothing was written.
    FactorRejected,
    /// The challenge is unknown, expired or already used. Nothing was written.
    ChallengeGone,
}

macro_rules! factor_columns {
    () => {
        "tenant_id, user_id, secret, master_key_id, enabled, last_used_step, created_at, confirmed_at"
    };
}

macro_rules! insert_recovery_codes {
    ($tx:expr, $tenant:expr, $user:expr, $hashes:expr, $now:expr) => {{
        sqlx::query("DELETE FROM recovery_codes WHERE tenant_id = $1 AND user_id = $2")
            .bind($tenant)
            .bind($user)
            .execute(&mut *$tx)
            .await?;
        for hash in $hashes {
            sqlx::query(
                "INSERT INTO recovery_codes (tenant_id, user_id, code_hash, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind($tenant)
            .bind($user)
            .bind(hash)
            .bind($now)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// Marks a live challenge of this user as used; evaluates to whether it was live.
macro_rules! consume_challenge {
    ($tx:expr, $tenant:expr, $token_hash:expr, $user:expr, $now:expr) => {
        sqlx::query(
            "UPDATE mfa_challenges SET used_at = $4 WHERE token_hash = $1 AND tenant_id = $2 \
             AND user_id = $3 AND used_at IS NULL AND expires_at > $4",
        )
        .bind($token_hash)
        .bind($tenant)
        .bind($user)
        .bind($now)
        .execute(&mut *$tx)
        .await?
        .rows_affected()
            == 1
    };
}

impl Db {
    pub async fn totp_factor(
        &self,
        tenant_id: &str,
        user_id: &str,
    ) -> Result<Option<TotpFactorRecord>> {
        let sql = concat!(
            "SELECT ",
            factor_columns!(),
            " FROM totp_factors WHERE tenant_id = $1 AND user_id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(user_id).fetch_optional(pool).await)?,
        )
    }

    /// Stores a pending (not yet enabled) authenticator, replacing a pending one. Returns
    /// false, changing nothing, when the user has an enabled one.
    pub async fn upsert_pending_totp(&self, factor: &TotpFactorRecord) -> Result<bool> {
        let sql = concat!(
            "INSERT INTO totp_factors (",
            factor_columns!(),
            ") VALUES ($1, $2, $3, $4, FALSE, NULL, $5, NULL) \
             ON CONFLICT (tenant_id, user_id) DO UPDATE SET secret = $3, master_key_id = $4, \
             enabled = FALSE, last_used_step = NULL, created_at = $5, confirmed_at = NULL \
             WHERE totp_factors.enabled = FALSE"
        );
        let written = on_pool!(self, pool => sqlx::query(sql)
            .bind(&factor.tenant_id)
            .bind(&factor.user_id)
            .bind(&factor.secret)
            .bind(&factor.master_key_id)
            .bind(factor.created_at)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(written == 1)
    }

    /// Enables the pending authenticator whose sealed secret is `secret` (so a concurrent
    /// re-enrolment is not enabled by a code of the old one), records `step` as used and
    /// replaces the user's recovery codes, atomically. Returns false, changing nothing,
    /// when no such pending authenticator exists.
    pub async fn enable_totp(
        &self,
        tenant_id: &str,
        user_id: &str,
        secret: &[u8],
        step: i64,
        now: i64,
        recovery_code_hashes: &[Vec<u8>],
    ) -> Result<bool> {
        let enabled = in_tx!(self, tx => {
            let updated = sqlx::query(
                "UPDATE totp_factors SET enabled = TRUE, confirmed_at = $4, last_used_step = $5 \
                 WHERE tenant_id = $1 AND user_id = $2 AND secret = $3 AND enabled = FALSE",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(secret)
            .bind(now)
            .bind(step)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if updated != 1 {
                // Dropping the transaction rolls it back.
                return Ok(false);
            }
            insert_recovery_codes!(tx, tenant_id, user_id, recovery_code_hashes, now);
            true
        });
        Ok(enabled)
    }

    /// Removes the user's authenticator, recovery codes and pending challenges. Returns
    /// whether an authenticator (pending or enabled) existed.
    pub async fn delete_totp(&self, tenant_id: &str, user_id: &str) -> Result<bool> {
        let deleted = in_tx!(self, tx => {
            let deleted = sqlx::query("DELETE FROM totp_factors WHERE tenant_id = $1 AND user_id = $2")
                .bind(tenant_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            for sql in [
                "DELETE FROM recovery_codes WHERE tenant_id = $1 AND user_id = $2",
                "DELETE FROM mfa_challenges WHERE tenant_id = $1 AND user_id = $2",
            ] {
                sqlx::query(sql).bind(tenant_id).bind(user_id).execute(&mut *tx).await?;
            }
            deleted > 0
        });
        Ok(deleted)
    }

    /// Replaces the recovery codes of a user whose authenticator is enabled. Returns false,
    /// changing nothing, when it is not.
    pub async fn replace_recovery_codes(
        &self,
        tenant_id: &str,
        user_id: &str,
        hashes: &[Vec<u8>],
        now: i64,
    ) -> Result<bool> {
        let replaced = in_tx!(self, tx => {
            let enabled: Option<(bool,)> = sqlx::query_as(
                "SELECT enabled FROM totp_factors WHERE tenant_id = $1 AND user_id = $2 AND enabled = TRUE",
            )
            .bind(tenant_id)
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?;
            if enabled.is_none() {
                return Ok(false);
            }
            insert_recovery_codes!(tx, tenant_id, user_id, hashes, now);
            true
        });
        Ok(replaced)
    }

    /// How many of the user's recovery codes are unused.
    pub async fn unused_recovery_codes(&self, tenant_id: &str, user_id: &str) -> Result<i64> {
        let row: (i64,) = on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*) FROM recovery_codes WHERE tenant_id = $1 AND user_id = $2 AND used_at IS NULL",
        )
        .bind(tenant_id)
        .bind(user_id)
        .fetch_one(pool)
        .await)?;
        Ok(row.0)
    }

    /// Stores a challenge, first clearing the user's spent and expired ones so they do not
    /// pile up.
    pub async fn insert_mfa_challenge(&self, challenge: &MfaChallengeRecord) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query(
                "DELETE FROM mfa_challenges WHERE tenant_id = $1 AND user_id = $2 \
                 AND (used_at IS NOT NULL OR expires_at <= $3)",
            )
            .bind(&challenge.tenant_id)
            .bind(&challenge.user_id)
            .bind(challenge.created_at)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO mfa_challenges (token_hash, tenant_id, user_id, created_at, expires_at, used_at, first_factor, organization_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&challenge.token_hash)
            .bind(&challenge.tenant_id)
            .bind(&challenge.user_id)
            .bind(challenge.created_at)
            .bind(challenge.expires_at)
            .bind(challenge.used_at)
            .bind(&challenge.first_factor)
            .bind(&challenge.organization_id)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// The tenant's challenge with this token hash, spent or not.
    pub async fn mfa_challenge(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
    ) -> Result<Option<MfaChallengeRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT token_hash, tenant_id, user_id, created_at, expires_at, used_at, first_factor, organization_id \
             FROM mfa_challenges \
             WHERE token_hash = $1 AND tenant_id = $2",
        )
        .bind(token_hash)
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?)
    }

    /// Completes a challenge with a TOTP code of time step `step`: records the step as used
    /// (refused unless it is later than the last used one) and consumes the challenge, both
    /// or neither.
    pub async fn complete_mfa_with_totp(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
        user_id: &str,
        step: i64,
        now: i64,
    ) -> Result<MfaCompletion> {
        let outcome = in_tx!(self, tx => {
            let spent = sqlx::query(
                "UPDATE totp_factors SET last_used_step = $3 WHERE tenant_id = $1 AND user_id = $2 \
                 AND enabled = TRUE AND (last_used_step IS NULL OR last_used_step < $3)",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(step)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if spent != 1 {
                return Ok(MfaCompletion::FactorRejected);
            }
            if !consume_challenge!(tx, tenant_id, token_hash, user_id, now) {
                return Ok(MfaCompletion::ChallengeGone);
            }
            MfaCompletion::Completed
        });
        Ok(outcome)
    }

    /// Completes a challenge with a recovery code: spends the code (refused if unknown or
    /// spent) and consumes the challenge, both or neither.
    pub async fn complete_mfa_with_recovery_code(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
        user_id: &str,
        code_hash: &[u8],
        now: i64,
    ) -> Result<MfaCompletion> {
        let outcome = in_tx!(self, tx => {
            let spent = sqlx::query(
                "UPDATE recovery_codes SET used_at = $4 WHERE tenant_id = $1 AND user_id = $2 \
                 AND code_hash = $3 AND used_at IS NULL",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(code_hash)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if spent != 1 {
                return Ok(MfaCompletion::FactorRejected);
            }
            if !consume_challenge!(tx, tenant_id, token_hash, user_id, now) {
                return Ok(MfaCompletion::ChallengeGone);
            }
            MfaCompletion::Completed
        });
        Ok(outcome)
    }
}
