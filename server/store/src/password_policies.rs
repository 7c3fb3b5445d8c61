//! The `password_policies` table: each tenant's choices for new passwords.

use crate::{Db, Result, on_pool};

/// A tenant's stored password policy; `None` is "the server's default".
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct PasswordPolicyRecord {
    pub min_length: Option<i64>,
    pub max_length: Option<i64>,
    pub reject_common: Option<bool>,
    pub reject_personal_info: Option<bool>,
    pub check_breached: Option<bool>,
}

impl Db {
    /// The tenant's password policy (all defaults when none was stored).
    pub async fn password_policy(&self, tenant_id: &str) -> Result<PasswordPolicyRecord> {
        let row: Option<PasswordPolicyRecord> = on_pool!(self, pool => sqlx::query_as(
            "SELECT min_length, max_length, reject_common, reject_personal_info, check_breached \
             FROM password_policies WHERE tenant_id = $1",
        )
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?;
        Ok(row.unwrap_or_default())
    }

    /// Replaces the tenant's password policy.
    pub async fn set_password_policy(
        &self,
        tenant_id: &str,
        policy: &PasswordPolicyRecord,
        now: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO password_policies (tenant_id, min_length, max_length, reject_common, \
             reject_personal_info, check_breached, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (tenant_id) DO UPDATE SET min_length = excluded.min_length, \
             max_length = excluded.max_length, reject_common = excluded.reject_common, \
             reject_personal_info = excluded.reject_personal_info, \
             check_breached = excluded.check_breached, updated_at = excluded.updated_at",
        )
        .bind(tenant_id)
        .bind(policy.min_length)
        .bind(policy.max_length)
        .bind(policy.reject_common)
        .bind(policy.reject_personal_info)
        .bind(policy.check_breached)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }
}
