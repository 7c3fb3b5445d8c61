//! The `resources`, `oauth_settings` and `client_registrations` tables.

use crate::{Db, Result, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ResourceRecord {
    pub id: String,
    pub tenant_id: String,
    pub identifier: String,
    pub name: String,
    /// JSON array.
    pub scopes: String,
    pub created_at: i64,
    pub updated_at: i64,
}

macro_rules! resource_select {
    ($where:literal) => {
        concat!(
            "SELECT id, tenant_id, identifier, name, scopes, created_at, updated_at FROM resources WHERE ",
            $where
        )
    };
}

impl Db {
    pub async fn insert_resource(&self, resource: &ResourceRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO resources (id, tenant_id, identifier, name, scopes, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&resource.id)
        .bind(&resource.tenant_id)
        .bind(&resource.identifier)
        .bind(&resource.name)
        .bind(&resource.scopes)
        .bind(resource.created_at)
        .bind(resource.updated_at)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    pub async fn resource_by_id(
        &self,
        tenant_id: &str,
        id: &str,
    ) -> Result<Option<ResourceRecord>> {
        Ok(
            on_pool!(self, pool => sqlx::query_as(resource_select!("tenant_id = $1 AND id = $2"))
            .bind(tenant_id)
            .bind(id)
            .fetch_optional(pool)
            .await)?,
        )
    }

    pub async fn resource_by_identifier(
        &self,
        tenant_id: &str,
        identifier: &str,
    ) -> Result<Option<ResourceRecord>> {
        Ok(
            on_pool!(self, pool => sqlx::query_as(resource_select!("tenant_id = $1 AND identifier = $2"))
            .bind(tenant_id)
            .bind(identifier)
            .fetch_optional(pool)
            .await)?,
        )
    }

    pub async fn list_resources(
        &self,
        tenant_id: &str,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ResourceRecord>> {
        Ok(
            on_pool!(self, pool => sqlx::query_as(resource_select!("tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3"))
            .bind(tenant_id)
            .bind(after_id.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?,
        )
    }

    /// Returns whether the resource existed.
    pub async fn update_resource(&self, resource: &ResourceRecord) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE resources SET name = $3, scopes = $4, updated_at = $5 WHERE tenant_id = $1 AND id = $2",
        )
        .bind(&resource.tenant_id)
        .bind(&resource.id)
        .bind(&resource.name)
        .bind(&resource.scopes)
        .bind(resource.updated_at)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn delete_resource(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM resources WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted == 1)
    }

    /// Whether anyone may register clients at the tenant's registration endpoint.
    pub async fn dynamic_registration_open(&self, tenant_id: &str) -> Result<bool> {
        let open: Option<(bool,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT dynamic_registration FROM oauth_settings WHERE tenant_id = $1",
        )
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?;
        Ok(open.is_some_and(|(open,)| open))
    }

    pub async fn set_dynamic_registration(
        &self,
        tenant_id: &str,
        open: bool,
        now: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO oauth_settings (tenant_id, dynamic_registration, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (tenant_id) DO UPDATE SET dynamic_registration = excluded.dynamic_registration, \
             updated_at = excluded.updated_at",
        )
        .bind(tenant_id)
        .bind(open)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    pub async fn insert_client_registration(
        &self,
        tenant_id: &str,
        client_id: &str,
        token_hash: &[u8],
        now: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO client_registrations (client_id, tenant_id, token_hash, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(client_id)
        .bind(tenant_id)
        .bind(token_hash)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The client a registration access token manages, if it names this one.
    pub async fn client_registration_matches(
        &self,
        tenant_id: &str,
        client_id: &str,
        token_hash: &[u8],
    ) -> Result<bool> {
        let found: Option<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT client_id FROM client_registrations WHERE tenant_id = $1 AND client_id = $2 AND token_hash = $3",
        )
        .bind(tenant_id)
        .bind(client_id)
        .bind(token_hash)
        .fetch_optional(pool)
        .await)?;
        Ok(found.is_some())
    }
}

/// A tenant's look on the hosted pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct BrandingRecord {
    pub logo_url: Option<String>,
    pub primary_color: Option<String>,
    /// A stylesheet served after the built-in one.
    pub custom_css: Option<String>,
    pub support_url: Option<String>,
    /// A JSON array of origins allowed to frame the pages.
    pub frame_ancestors: Option<String>,
    pub default_locale: Option<String>,
}

impl Db {
    pub async fn branding(&self, tenant_id: &str) -> Result<BrandingRecord> {
        let row: Option<BrandingRecord> = on_pool!(self, pool => sqlx::query_as(
            "SELECT logo_url, primary_color, custom_css, support_url, frame_ancestors, default_locale \
             FROM tenant_branding WHERE tenant_id = $1",
        )
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?;
        Ok(row.unwrap_or_default())
    }

    pub async fn set_branding(
        &self,
        tenant_id: &str,
        branding: &BrandingRecord,
        now: i64,
    ) -> Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO tenant_branding (tenant_id, logo_url, primary_color, custom_css, support_url, \
             frame_ancestors, default_locale, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (tenant_id) DO UPDATE SET logo_url = excluded.logo_url, \
             primary_color = excluded.primary_color, custom_css = excluded.custom_css, \
             support_url = excluded.support_url, frame_ancestors = excluded.frame_ancestors, \
             default_locale = excluded.default_locale, updated_at = excluded.updated_at",
        )
        .bind(tenant_id)
        .bind(&branding.logo_url)
        .bind(&branding.primary_color)
        .bind(&branding.custom_css)
        .bind(&branding.support_url)
        .bind(&branding.frame_ancestors)
        .bind(&branding.default_locale)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }
}
