//! The `organization_domains` table: domains claimed by organizations and their DNS proof.

use crate::{Db, Result, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DomainRecord {
    pub id: String,
    pub tenant_id: String,
    pub organization_id: String,
    pub domain: String,
    pub challenge: String,
    pub auto_join: bool,
    pub created_at: i64,
    pub verified_at: Option<i64>,
}

macro_rules! columns {
    () => {
        "id, tenant_id, organization_id, domain, challenge, auto_join, created_at, verified_at"
    };
}

impl Db {
    /// Inserts a claim; the same domain twice in one organization is
    /// [`crate::StoreError::UniqueViolation`].
    pub async fn insert_domain(&self, domain: &DomainRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO organization_domains (", columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"))
            .bind(&domain.id)
            .bind(&domain.tenant_id)
            .bind(&domain.organization_id)
            .bind(&domain.domain)
            .bind(&domain.challenge)
            .bind(domain.auto_join)
            .bind(domain.created_at)
            .bind(domain.verified_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn domain_by_id(
        &self,
        tenant_id: &str,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<DomainRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organization_domains WHERE tenant_id = $1 AND organization_id = $2 AND id = $3"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(organization_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    /// An organization's domains, by id (at most `limit`).
    pub async fn list_domains(
        &self,
        tenant_id: &str,
        organization_id: &str,
        limit: u32,
    ) -> Result<Vec<DomainRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organization_domains WHERE tenant_id = $1 AND organization_id = $2 ORDER BY id LIMIT $3"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(organization_id).bind(i64::from(limit)).fetch_all(pool).await)?,
        )
    }

    /// Marks a domain verified; a domain already verified by another organization of the
    /// tenant is [`crate::StoreError::UniqueViolation`].
    pub async fn mark_domain_verified(&self, tenant_id: &str, id: &str, now: i64) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_domains SET verified_at = $3 WHERE tenant_id = $1 AND id = $2 AND verified_at IS NULL")
            .bind(tenant_id)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn set_domain_auto_join(
        &self,
        tenant_id: &str,
        id: &str,
        auto_join: bool,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_domains SET auto_join = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .bind(auto_join)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn delete_domain(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM organization_domains WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }

    /// Organizations whose verified domain `domain` lets users join automatically.
    pub async fn auto_join_organizations(
        &self,
        tenant_id: &str,
        domain: &str,
    ) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT organization_id FROM organization_domains \
             WHERE tenant_id = $1 AND domain = $2 AND verified_at IS NOT NULL AND auto_join")
            .bind(tenant_id)
            .bind(domain)
            .fetch_all(pool)
            .await)?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Adds a membership unless one exists; returns whether it was added.
    pub async fn insert_membership_if_absent(
        &self,
        membership: &crate::MembershipRecord,
    ) -> Result<bool> {
        let added = on_pool!(self, pool => sqlx::query(
            "INSERT INTO organization_memberships (tenant_id, organization_id, user_id, role, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, user_id) DO NOTHING")
            .bind(&membership.tenant_id)
            .bind(&membership.organization_id)
            .bind(&membership.user_id)
            .bind(&membership.role)
            .bind(membership.created_at)
            .bind(membership.updated_at)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(added == 1)
    }
}
