//! The `tenants` table.

use crate::{Db, KeyRotation, NewSigningKey, Result, StoreError, in_tx, on_pool};

/// A stored tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantRecord {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub signing_alg: String,
    pub allowed_origins: Vec<String>,
    /// `open`, `invite_only` or `domain_allowlist`.
    pub signup_mode: String,
    /// Lowercase domains whose addresses may sign up in `domain_allowlist` mode.
    pub signup_allowed_domains: Vec<String>,
    pub block_disposable_emails: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// The mutable fields of a tenant; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct TenantPatch {
    pub name: Option<String>,
    pub signing_alg: Option<String>,
    pub allowed_origins: Option<Vec<String>>,
    pub signup_mode: Option<String>,
    pub signup_allowed_domains: Option<Vec<String>>,
    pub block_disposable_emails: Option<bool>,
}

#[derive(sqlx::FromRow)]
struct TenantRow {
    id: String,
    slug: String,
    name: String,
    signing_alg: String,
    allowed_origins: String,
    signup_mode: String,
    signup_allowed_domains: String,
    block_disposable_emails: bool,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<TenantRow> for TenantRecord {
    type Error = StoreError;
    fn try_from(row: TenantRow) -> Result<Self> {
        let allowed_origins = serde_json::from_str(&row.allowed_origins).map_err(|e| {
            StoreError::Corrupt(format!("tenants.allowed_origins of {}: {e}", row.id))
        })?;
        let signup_allowed_domains =
            serde_json::from_str(&row.signup_allowed_domains).map_err(|e| {
                StoreError::Corrupt(format!("tenants.signup_allowed_domains of {}: {e}", row.id))
            })?;
        Ok(TenantRecord {
            id: row.id,
            slug: row.slug,
            name: row.name,
            signing_alg: row.signing_alg,
            allowed_origins,
            signup_mode: row.signup_mode,
            signup_allowed_domains,
            block_disposable_emails: row.block_disposable_emails,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

macro_rules! columns {
    () => {
        "id, slug, name, signing_alg, allowed_origins, signup_mode, signup_allowed_domains, \
         block_disposable_emails, created_at, updated_at"
    };
}

fn origins_json(origins: &[String]) -> String {
    serde_json::Value::from(origins.to_vec()).to_string()
}

impl Db {
    /// Inserts a tenant with its first signing keys, atomically.
    /// A taken slug is [`StoreError::UniqueViolation`].
    pub async fn create_tenant(&self, tenant: &TenantRecord, keys: &[NewSigningKey]) -> Result<()> {
        let origins = origins_json(&tenant.allowed_origins);
        let domains = origins_json(&tenant.signup_allowed_domains);
        in_tx!(self, tx => {
            sqlx::query(
                concat!("INSERT INTO tenants (", columns!(), ") \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
            )
            .bind(&tenant.id)
            .bind(&tenant.slug)
            .bind(&tenant.name)
            .bind(&tenant.signing_alg)
            .bind(&origins)
            .bind(&tenant.signup_mode)
            .bind(&domains)
            .bind(tenant.block_disposable_emails)
            .bind(tenant.created_at)
            .bind(tenant.updated_at)
            .execute(&mut *tx)
            .await?;
            for key in keys {
                crate::signing_keys::insert_key!(&mut *tx, &tenant.id, key);
            }
        });
        Ok(())
    }

    pub async fn tenant_by_slug(&self, slug: &str) -> Result<Option<TenantRecord>> {
        let sql = concat!("SELECT ", columns!(), " FROM tenants WHERE slug = $1");
        let row: Option<TenantRow> =
            on_pool!(self, pool => sqlx::query_as(sql).bind(slug).fetch_optional(pool).await)?;
        row.map(TenantRecord::try_from).transpose()
    }

    /// Up to `limit` tenants with ids after `after_id`, in id (creation) order.
    pub async fn list_tenants(
        &self,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<TenantRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM tenants WHERE id > $1 ORDER BY id LIMIT $2"
        );
        let rows: Vec<TenantRow> = on_pool!(self, pool => sqlx::query_as(sql)
            .bind(after_id.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?;
        rows.into_iter().map(TenantRecord::try_from).collect()
    }

    /// Applies `patch` and an optional key rotation in one transaction, returning the
    /// updated tenant, or `None` when the tenant no longer exists.
    pub async fn update_tenant(
        &self,
        id: &str,
        patch: &TenantPatch,
        updated_at: i64,
        rotation: Option<&KeyRotation>,
    ) -> Result<Option<TenantRecord>> {
        let origins = patch.allowed_origins.as_deref().map(origins_json);
        let domains = patch.signup_allowed_domains.as_deref().map(origins_json);
        let sql = concat!(
            "UPDATE tenants SET name = COALESCE($2, name), signing_alg = COALESCE($3, signing_alg), \
             allowed_origins = COALESCE($4, allowed_origins), updated_at = $5, \
             signup_mode = COALESCE($6, signup_mode), \
             signup_allowed_domains = COALESCE($7, signup_allowed_domains), \
             block_disposable_emails = COALESCE($8, block_disposable_emails) WHERE id = $1 RETURNING ",
            columns!()
        );
        let row: Option<TenantRow> = in_tx!(self, tx => {
            let row: Option<TenantRow> = sqlx::query_as(sql)
                .bind(id)
                .bind(patch.name.as_deref())
                .bind(patch.signing_alg.as_deref())
                .bind(origins.as_deref())
                .bind(updated_at)
                .bind(patch.signup_mode.as_deref())
                .bind(domains.as_deref())
                .bind(patch.block_disposable_emails)
                .fetch_optional(&mut *tx)
                .await?;
            if let (Some(_), Some(rotation)) = (&row, rotation) {
                crate::signing_keys::apply_rotation!(&mut *tx, id, rotation);
            }
            row
        });
        row.map(TenantRecord::try_from).transpose()
    }

    /// Deletes a tenant and, by cascade, everything it owns. Returns whether it existed.
    pub async fn delete_tenant(&self, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM tenants WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }
}
