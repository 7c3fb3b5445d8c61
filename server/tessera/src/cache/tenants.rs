//! Tenants by slug: the first lookup of every tenant-scoped request.

use std::sync::Arc;

use tessera_store::TenantRecord;

use crate::services::{App, Result};

/// The tenant with this slug, if there is one. Absent slugs are not cached, so a tenant
/// created on another replica is found at once.
pub async fn by_slug(app: &App, slug: &str) -> Result<Option<TenantRecord>> {
    let cache = &app.cache.tenants;
    if let Some(tenant) = cache.get(slug) {
        return Ok(Some(TenantRecord::clone(&tenant)));
    }
    let loaded_at = cache.generation();
    let Some(tenant) = app.db.tenant_by_slug(slug).await? else {
        return Ok(None);
    };
    cache.insert(loaded_at, slug.to_owned(), Arc::new(tenant.clone()));
    Ok(Some(tenant))
}
