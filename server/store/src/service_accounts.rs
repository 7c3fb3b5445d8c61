//! The `organization_service_accounts` and `resource_grants` tables: clients owned by an
//! organization with a role in it, and roles held on one resource.

use crate::{Db, Result, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ServiceAccountRecord {
    pub client_id: String,
    pub tenant_id: String,
    pub organization_id: String,
    pub role: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ResourceGrantRecord {
    pub id: String,
    pub tenant_id: String,
    pub organization_id: String,
    pub subject_id: String,
    pub resource: String,
    pub role: String,
    pub created_at: i64,
}

macro_rules! account_columns {
    () => {
        "client_id, tenant_id, organization_id, role, created_at, updated_at"
    };
}

macro_rules! grant_columns {
    () => {
        "id, tenant_id, organization_id, subject_id, resource, role, created_at"
    };
}

impl Db {
    pub async fn insert_service_account(&self, account: &ServiceAccountRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO organization_service_accounts (client_id, tenant_id, organization_id, role, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&account.client_id)
            .bind(&account.tenant_id)
            .bind(&account.organization_id)
            .bind(&account.role)
            .bind(account.created_at)
            .bind(account.updated_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// The service account behind a client, if the client is one.
    pub async fn service_account(
        &self,
        tenant_id: &str,
        client_id: &str,
    ) -> Result<Option<ServiceAccountRecord>> {
        let sql = concat!(
            "SELECT ",
            account_columns!(),
            " FROM organization_service_accounts WHERE tenant_id = $1 AND client_id = $2"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(client_id)
            .fetch_optional(pool)
            .await)?)
    }

    /// An organization's service accounts after the client id `after`, in client-id order.
    pub async fn service_accounts_of(
        &self,
        tenant_id: &str,
        organization_id: &str,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ServiceAccountRecord>> {
        let sql = concat!(
            "SELECT ",
            account_columns!(),
            " FROM organization_service_accounts \
             WHERE tenant_id = $1 AND organization_id = $2 AND ($3 IS NULL OR client_id > $3) \
             ORDER BY client_id LIMIT $4"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(after)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    pub async fn set_service_account_role(
        &self,
        tenant_id: &str,
        client_id: &str,
        role: &str,
        now: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_service_accounts SET role = $3, updated_at = $4 \
             WHERE tenant_id = $1 AND client_id = $2")
            .bind(tenant_id)
            .bind(client_id)
            .bind(role)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn insert_resource_grant(&self, grant: &ResourceGrantRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO resource_grants (id, tenant_id, organization_id, subject_id, resource, role, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(&grant.id)
            .bind(&grant.tenant_id)
            .bind(&grant.organization_id)
            .bind(&grant.subject_id)
            .bind(&grant.resource)
            .bind(&grant.role)
            .bind(grant.created_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn resource_grant(
        &self,
        tenant_id: &str,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<ResourceGrantRecord>> {
        let sql = concat!(
            "SELECT ",
            grant_columns!(),
            " FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 AND id = $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    /// The role `subject_id` holds on `resource` in the organization, if any (for checks).
    pub async fn resource_grant_of(
        &self,
        tenant_id: &str,
        organization_id: &str,
        subject_id: &str,
        resource: &str,
    ) -> Result<Option<ResourceGrantRecord>> {
        let sql = concat!(
            "SELECT ",
            grant_columns!(),
            " FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 \
             AND subject_id = $3 AND resource = $4"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(subject_id)
            .bind(resource)
            .fetch_optional(pool)
            .await)?)
    }

    /// An organization's grants, optionally of one subject or on one resource, after the
    /// id `after`, in id (creation) order.
    pub async fn resource_grants_of(
        &self,
        tenant_id: &str,
        organization_id: &str,
        subject_id: Option<&str>,
        resource: Option<&str>,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ResourceGrantRecord>> {
        let sql = concat!(
            "SELECT ",
            grant_columns!(),
            " FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 \
             AND ($3 IS NULL OR subject_id = $3) AND ($4 IS NULL OR resource = $4) \
             AND ($5 IS NULL OR id > $5) ORDER BY id LIMIT $6"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(subject_id)
            .bind(resource)
            .bind(after)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    pub async fn delete_resource_grant(
        &self,
        tenant_id: &str,
        organization_id: &str,
        id: &str,
    ) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query(
            "DELETE FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 AND id = $3")
            .bind(tenant_id)
            .bind(organization_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted == 1)
    }

    /// Removes a subject's grants in an organization (a deleted service account's).
    pub async fn delete_subject_resource_grants(
        &self,
        tenant_id: &str,
        organization_id: &str,
        subject_id: &str,
    ) -> Result<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "DELETE FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 AND subject_id = $3")
            .bind(tenant_id)
            .bind(organization_id)
            .bind(subject_id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?)
    }
}
