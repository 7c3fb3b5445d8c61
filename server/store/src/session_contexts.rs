//! The `session_contexts` table: how a session was opened, and the organization it is
//! switched into (which its access tokens then describe).

use crate::{Db, Result, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionContextRecord {
    pub session_id: String,
    pub tenant_id: String,
    /// The first factor the session was opened with.
    pub sign_in_method: String,
    /// The second factor completed after it (`totp`, `recovery_code`), if any.
    pub second_factor: Option<String>,
    pub organization_id: Option<String>,
    pub switched_at: Option<i64>,
}

impl Db {
    /// Records the sign-in method of a new session.
    pub async fn insert_session_context(&self, context: &SessionContextRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO session_contexts (session_id, tenant_id, sign_in_method, organization_id, switched_at, second_factor) \
             VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&context.session_id)
            .bind(&context.tenant_id)
            .bind(&context.sign_in_method)
            .bind(&context.organization_id)
            .bind(context.switched_at)
            .bind(&context.second_factor)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn session_context(
        &self,
        tenant_id: &str,
        session_id: &str,
    ) -> Result<Option<SessionContextRecord>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT session_id, tenant_id, sign_in_method, second_factor, organization_id, switched_at \
             FROM session_contexts WHERE tenant_id = $1 AND session_id = $2")
            .bind(tenant_id)
            .bind(session_id)
            .fetch_optional(pool)
            .await)?)
    }

    /// Switches a session into an organization (or out of any, with `None`). Returns
    /// whether the session has a context row.
    pub async fn set_session_organization(
        &self,
        tenant_id: &str,
        session_id: &str,
        organization_id: Option<&str>,
        now: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE session_contexts SET organization_id = $3, switched_at = $4 \
             WHERE tenant_id = $1 AND session_id = $2")
            .bind(tenant_id)
            .bind(session_id)
            .bind(organization_id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Takes every session of a user out of an organization (they left or were removed).
    pub async fn clear_user_session_organization(
        &self,
        tenant_id: &str,
        user_id: &str,
        organization_id: &str,
    ) -> Result<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "UPDATE session_contexts SET organization_id = NULL \
             WHERE tenant_id = $1 AND organization_id = $3 \
             AND session_id IN (SELECT id FROM sessions WHERE tenant_id = $1 AND user_id = $2)")
            .bind(tenant_id)
            .bind(user_id)
            .bind(organization_id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?)
    }
}
