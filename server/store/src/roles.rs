//! The `roles` table: custom roles of a tenant or of one organization.

use crate::{Db, Result, on_pool};

/// A stored role; `permissions` is a JSON array of `resource:action` patterns.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RoleRecord {
    pub id: String,
    pub tenant_id: String,
    /// `None` for a tenant-wide role.
    pub organization_id: Option<String>,
    pub role_key: String,
    pub name: String,
    pub description: Option<String>,
    pub permissions: String,
    pub created_at: i64,
    pub updated_at: i64,
}

macro_rules! columns {
    () => {
        "id, tenant_id, organization_id, role_key, name, description, permissions, created_at, updated_at"
    };
}

impl Db {
    /// Inserts a role; a key taken in the same scope is [`crate::StoreError::UniqueViolation`].
    pub async fn insert_role(&self, role: &RoleRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO roles (", columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"))
            .bind(&role.id)
            .bind(&role.tenant_id)
            .bind(&role.organization_id)
            .bind(&role.role_key)
            .bind(&role.name)
            .bind(&role.description)
            .bind(&role.permissions)
            .bind(role.created_at)
            .bind(role.updated_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// The role `key` in exactly one scope: the tenant's (`organization_id` `None`) or an
    /// organization's.
    pub async fn role_in_scope(
        &self,
        tenant_id: &str,
        organization_id: Option<&str>,
        key: &str,
    ) -> Result<Option<RoleRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM roles WHERE tenant_id = $1 AND role_key = $3 \
             AND (($2 IS NULL AND organization_id IS NULL) OR organization_id = $2)"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(key)
            .fetch_optional(pool)
            .await)?)
    }

    /// The role `key` as seen from an organization: its own role first, then the tenant's.
    pub async fn role_for_organization(
        &self,
        tenant_id: &str,
        organization_id: &str,
        key: &str,
    ) -> Result<Option<RoleRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM roles WHERE tenant_id = $1 AND role_key = $3 \
             AND (organization_id = $2 OR organization_id IS NULL) \
             ORDER BY organization_id IS NULL LIMIT 1"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(key)
            .fetch_optional(pool)
            .await)?)
    }

    /// The roles of one scope, by key (at most `limit`).
    pub async fn list_roles(
        &self,
        tenant_id: &str,
        organization_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<RoleRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM roles WHERE tenant_id = $1 \
             AND (($2 IS NULL AND organization_id IS NULL) OR organization_id = $2) \
             ORDER BY role_key LIMIT $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Whether any organization of the tenant has its own role `key`.
    pub async fn organization_role_key_exists(&self, tenant_id: &str, key: &str) -> Result<bool> {
        let row: Option<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id FROM roles WHERE tenant_id = $1 AND role_key = $2 AND organization_id IS NOT NULL LIMIT 1")
            .bind(tenant_id)
            .bind(key)
            .fetch_optional(pool)
            .await)?;
        Ok(row.is_some())
    }

    /// Writes name, description and permissions; returns whether the role existed.
    pub async fn update_role(&self, role: &RoleRecord) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE roles SET name = $3, description = $4, permissions = $5, updated_at = $6 \
             WHERE tenant_id = $1 AND id = $2")
            .bind(&role.tenant_id)
            .bind(&role.id)
            .bind(&role.name)
            .bind(&role.description)
            .bind(&role.permissions)
            .bind(role.updated_at)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn delete_role(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM roles WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }
}
