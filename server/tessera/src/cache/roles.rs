//! The custom roles of one scope (a tenant's tenant-wide roles, or one organization's own
//! roles), each with its permission patterns, for authorization checks and the
//! organization claims of tokens. Without this cache every check reads its role from the
//! database.
//!
//! A scope's entry holds *all* its roles, so a key missing from it is known to be absent
//! there: resolving a key takes the organization's entry, then the tenant's, then the
//! built-in roles, with no query once both are warm. This is exact only because every write
//! to the `roles` table (create, update, delete, and the cascades of organization and
//! tenant deletion) publishes [`super::Change::Roles`] or [`super::Change::Tenant`]; a scope
//! with more than [`MAX_ROLES_PER_SCOPE`] roles is not held, and is asked key by key.

use std::collections::HashMap;
use std::sync::Arc;

use tessera_store::RoleRecord;

use crate::services::{App, Result};

/// Tenants whose tenant-wide roles are held at once.
pub const MAX_TENANTS: usize = 10_000;
/// Organizations whose own roles are held at once (most hold none: an empty entry).
pub const MAX_ORGANIZATIONS: usize = 100_000;
/// Roles held per scope; a scope with more is asked key by key.
pub const MAX_ROLES_PER_SCOPE: usize = 1_000;

/// The roles of one scope: key → permission patterns.
pub enum ScopeRoles {
    All(HashMap<String, Vec<String>>),
    TooMany,
}

/// What a scope says about one role key.
pub enum Lookup {
    Found(Vec<String>),
    Absent,
    /// The scope is too large to hold; ask the database.
    Unknown,
}

impl ScopeRoles {
    pub fn lookup(&self, key: &str) -> Lookup {
        match self {
            ScopeRoles::All(roles) => match roles.get(key) {
                Some(permissions) => Lookup::Found(permissions.clone()),
                None => Lookup::Absent,
            },
            ScopeRoles::TooMany => Lookup::Unknown,
        }
    }
}

fn load(
    rows: Vec<RoleRecord>,
    parse: impl Fn(&RoleRecord) -> Result<Vec<String>>,
) -> Result<ScopeRoles> {
    if rows.len() > MAX_ROLES_PER_SCOPE {
        return Ok(ScopeRoles::TooMany);
    }
    let mut roles = HashMap::with_capacity(rows.len());
    for row in &rows {
        roles.insert(row.role_key.clone(), parse(row)?);
    }
    Ok(ScopeRoles::All(roles))
}

fn limit() -> u32 {
    u32::try_from(MAX_ROLES_PER_SCOPE + 1).unwrap_or(u32::MAX)
}

/// The tenant's tenant-wide custom roles (and its replacements of built-in roles).
pub async fn of_tenant(
    app: &App,
    tenant_id: &str,
    parse: impl Fn(&RoleRecord) -> Result<Vec<String>>,
) -> Result<Arc<ScopeRoles>> {
    let cache = &app.cache.tenant_roles;
    if let Some(roles) = cache.get(tenant_id) {
        return Ok(roles);
    }
    let loaded_at = cache.generation();
    let rows = app.db.list_roles(tenant_id, None, limit()).await?;
    let roles = Arc::new(load(rows, parse)?);
    cache.insert(loaded_at, tenant_id.to_owned(), roles.clone());
    Ok(roles)
}

/// The organization's own custom roles.
pub async fn of_organization(
    app: &App,
    tenant_id: &str,
    organization_id: &str,
    parse: impl Fn(&RoleRecord) -> Result<Vec<String>>,
) -> Result<Arc<ScopeRoles>> {
    let cache = &app.cache.organization_roles;
    let key = (tenant_id.to_owned(), organization_id.to_owned());
    if let Some(roles) = cache.get(&key) {
        return Ok(roles);
    }
    let loaded_at = cache.generation();
    let rows = app
        .db
        .list_roles(tenant_id, Some(organization_id), limit())
        .await?;
    let roles = Arc::new(load(rows, parse)?);
    cache.insert(loaded_at, key, roles.clone());
    Ok(roles)
}
