//! Roles: the built-in four, and custom roles of the tenant or of one organization.
//!
//! A member's role key is resolved from the organization outwards: the organization's own
//! role, then the tenant's, then the built-in. A tenant may replace the permissions of the
//! built-in `admin`, `member` and `viewer` (a tenant-wide row with the built-in key);
//! `owner` always holds `*`. Custom keys never shadow one another: a key used by the
//! tenant or a built-in cannot be an organization's, and the reverse.

use serde_json::{Value, json};
use tessera_store::{OrganizationRecord, RoleRecord, StoreError, TenantRecord};
use tessera_wire::{CreateRole, FieldError, Role, RoleList, UpdateRole};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, tenants};
use super::permissions;
use crate::cache;
use crate::clock::from_unix;

pub const OWNER: &str = "owner";
pub const MEMBER: &str = "member";
/// At most this many patterns per role.
pub const MAX_PERMISSIONS: usize = 100;
/// A list shows at most this many custom roles per scope.
const LIST_LIMIT: u32 = 500;

/// The built-in roles: key, name, description and default permissions.
pub const BUILT_IN: [(&str, &str, &str, &[&str]); 4] = [
    (
        "owner",
        "Owner",
        "Full control of the organization, including deleting it",
        &["*"],
    ),
    (
        "admin",
        "Admin",
        "Manages the organization and its members",
        &[
            "organization:read",
            "organization:update",
            "members:read",
            "members:invite",
            "members:update",
            "members:remove",
            "roles:read",
        ],
    ),
    (
        "member",
        "Member",
        "A regular member",
        &["organization:read", "members:read"],
    ),
    (
        "viewer",
        "Viewer",
        "Read-only access",
        &["organization:read"],
    ),
];

fn built_in(
    key: &str,
) -> Option<(
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
)> {
    BUILT_IN.iter().copied().find(|(k, ..)| *k == key)
}

pub fn is_built_in(key: &str) -> bool {
    built_in(key).is_some()
}

/// A role as it applies in an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedRole {
    pub key: String,
    pub permissions: Vec<String>,
}

fn parse_permissions(record: &RoleRecord) -> Result<Vec<String>> {
    serde_json::from_str(&record.permissions).map_err(|e| {
        ServiceError::Internal(format!(
            "permissions of role {} are not a JSON array: {e}",
            record.id
        ))
    })
}

fn built_in_role(key: &str) -> Option<ResolvedRole> {
    built_in(key).map(|(key, _, _, defaults)| ResolvedRole {
        key: key.to_owned(),
        permissions: defaults.iter().map(|p| (*p).to_owned()).collect(),
    })
}

fn owner_role() -> ResolvedRole {
    ResolvedRole {
        key: OWNER.to_owned(),
        permissions: vec!["*".to_owned()],
    }
}

/// The role `key` as it applies in `organization_id`, or `None` when it does not exist
/// (a custom role deleted while still assigned grants nothing). Served from the role
/// cache (`cache::roles`), which every role write invalidates: for checks and token claims.
pub async fn resolve(
    app: &App,
    tenant_id: &str,
    organization_id: &str,
    key: &str,
) -> Result<Option<ResolvedRole>> {
    use cache::roles::Lookup;
    if key == OWNER {
        return Ok(Some(owner_role()));
    }
    let found = |permissions| {
        Some(ResolvedRole {
            key: key.to_owned(),
            permissions,
        })
    };
    let own =
        cache::roles::of_organization(app, tenant_id, organization_id, parse_permissions).await?;
    match own.lookup(key) {
        Lookup::Found(permissions) => return Ok(found(permissions)),
        Lookup::Absent => {}
        Lookup::Unknown => return resolve_uncached(app, tenant_id, organization_id, key).await,
    }
    let tenant_wide = cache::roles::of_tenant(app, tenant_id, parse_permissions).await?;
    match tenant_wide.lookup(key) {
        Lookup::Found(permissions) => Ok(found(permissions)),
        Lookup::Absent => Ok(built_in_role(key)),
        Lookup::Unknown => resolve_uncached(app, tenant_id, organization_id, key).await,
    }
}

/// [`resolve`] from the committed rows, for writes that must not act on a role another
/// replica has just deleted (assigning a role), and for scopes too large to cache.
pub async fn resolve_uncached(
    app: &App,
    tenant_id: &str,
    organization_id: &str,
    key: &str,
) -> Result<Option<ResolvedRole>> {
    if key == OWNER {
        return Ok(Some(owner_role()));
    }
    if let Some(record) = app
        .db
        .role_for_organization(tenant_id, organization_id, key)
        .await?
    {
        return Ok(Some(ResolvedRole {
            key: key.to_owned(),
            permissions: parse_permissions(&record)?,
        }));
    }
    Ok(built_in_role(key))
}

/// Tells every replica's role cache that the roles of a scope changed.
async fn publish(app: &App, tenant_id: &str, organization_id: Option<&str>) {
    cache::publish(
        app,
        cache::Change::Roles {
            tenant_id: tenant_id.to_owned(),
            organization_id: organization_id.map(str::to_owned),
        },
    )
    .await;
}

/// Refuses a role key that does not exist for the organization.
pub async fn require_assignable(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    key: &str,
    pointer: &str,
) -> Result<()> {
    if resolve_uncached(app, &tenant.id, &organization.id, key)
        .await?
        .is_none()
    {
        return Err(ServiceError::invalid(
            pointer,
            format!(
                "there is no role {key:?} in this organization; use owner, admin, member, viewer, or a custom role (GET …/roles lists them)"
            ),
        ));
    }
    Ok(())
}

fn check_key(key: &str, errors: &mut Vec<FieldError>) {
    let ok = (1..=64).contains(&key.len())
        && key.as_bytes()[0].is_ascii_lowercase()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-'));
    if !ok {
        errors.push(FieldError {
            pointer: "/key".into(),
            message: format!(
                "{key:?} is not a role key: use 1-64 lowercase letters, digits, `-` or `_`, starting with a letter"
            ),
        });
    }
}

fn check_text(pointer: &str, value: &str, max: usize, errors: &mut Vec<FieldError>) {
    if value.trim().is_empty() || value.chars().count() > max || value.chars().any(char::is_control)
    {
        errors.push(FieldError {
            pointer: pointer.into(),
            message: format!("must be 1-{max} characters, not blank, without control characters"),
        });
    }
}

/// Checks and normalises (sorted, without duplicates) a role's permission patterns.
fn check_permissions(patterns: &[String], errors: &mut Vec<FieldError>) -> Vec<String> {
    if patterns.len() > MAX_PERMISSIONS {
        errors.push(FieldError {
            pointer: "/permissions".into(),
            message: format!("at most {MAX_PERMISSIONS} permissions per role"),
        });
    }
    for (i, pattern) in patterns.iter().enumerate() {
        if let Err(message) = permissions::check_pattern(pattern) {
            errors.push(FieldError {
                pointer: format!("/permissions/{i}"),
                message,
            });
        }
    }
    let mut out = patterns.to_vec();
    out.sort();
    out.dedup();
    out
}

fn custom_to_wire(record: &RoleRecord) -> Result<Role> {
    Ok(Role {
        key: record.role_key.clone(),
        name: record.name.clone(),
        description: record.description.clone(),
        permissions: parse_permissions(record)?,
        built_in: false,
        organization_id: record.organization_id.clone(),
        updated_at: Some(from_unix(record.updated_at)),
    })
}

fn built_in_to_wire(key: &str, replaced: Option<&RoleRecord>) -> Result<Role> {
    let Some((key, name, description, defaults)) = built_in(key) else {
        return Err(ServiceError::Internal(format!("{key} is not built in")));
    };
    Ok(Role {
        key: key.to_owned(),
        name: name.to_owned(),
        description: Some(description.to_owned()),
        permissions: match replaced {
            Some(record) => parse_permissions(record)?,
            None => defaults.iter().map(|p| (*p).to_owned()).collect(),
        },
        built_in: true,
        organization_id: None,
        updated_at: replaced.map(|r| from_unix(r.updated_at)),
    })
}

/// The scope a roles request addresses: the tenant, or one of its organizations.
async fn scope(
    app: &App,
    slug: &str,
    organization: Option<&str>,
) -> Result<(TenantRecord, Option<OrganizationRecord>)> {
    let tenant = tenants::find(app, slug).await?;
    let organization = match organization {
        Some(key) => Some(super::find(app, &tenant, key).await?),
        None => None,
    };
    Ok((tenant, organization))
}

fn not_found(key: &str) -> ServiceError {
    ServiceError::NotFound(format!(
        "there is no custom role {key:?} here (GET …/roles lists the roles)"
    ))
}

/// Built-in roles, then the tenant's custom roles, then (for an organization) its own.
pub async fn list(app: &App, slug: &str, organization: Option<&str>) -> Result<RoleList> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let tenant_rows = app.db.list_roles(&tenant.id, None, LIST_LIMIT).await?;
    let mut data = Vec::new();
    for (key, ..) in BUILT_IN {
        let replaced = tenant_rows.iter().find(|r| r.role_key == key);
        data.push(built_in_to_wire(key, replaced)?);
    }
    for row in tenant_rows.iter().filter(|r| !is_built_in(&r.role_key)) {
        data.push(custom_to_wire(row)?);
    }
    if let Some(organization) = organization {
        for row in app
            .db
            .list_roles(&tenant.id, Some(&organization.id), LIST_LIMIT)
            .await?
        {
            data.push(custom_to_wire(&row)?);
        }
    }
    Ok(RoleList { data })
}

pub async fn get(app: &App, slug: &str, organization: Option<&str>, key: &str) -> Result<Role> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let org_id = organization.as_ref().map(|o| o.id.as_str());
    if organization.is_none() && is_built_in(key) {
        let replaced = app.db.role_in_scope(&tenant.id, None, key).await?;
        return built_in_to_wire(key, replaced.as_ref());
    }
    let record = app
        .db
        .role_in_scope(&tenant.id, org_id, key)
        .await?
        .ok_or_else(|| not_found(key))?;
    custom_to_wire(&record)
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: Option<&str>,
    input: CreateRole,
) -> Result<Role> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let org_id = organization.as_ref().map(|o| o.id.clone());
    let mut errors = Vec::new();
    check_key(&input.key, &mut errors);
    check_text("/name", &input.name, 200, &mut errors);
    if let Some(description) = &input.description {
        check_text("/description", description, 1000, &mut errors);
    }
    let permissions = check_permissions(&input.permissions, &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let taken = |key: &str| {
        ServiceError::AlreadyExists(format!(
            "the role key {key:?} is taken (by a built-in role, the tenant or an organization); choose another"
        ))
    };
    if is_built_in(&input.key) {
        return Err(ServiceError::AlreadyExists(format!(
            "{:?} is a built-in role; change its permissions with PATCH /v1/tenants/{slug}/roles/{}",
            input.key, input.key
        )));
    }
    // Keys never shadow: an organization's key must be free tenant-wide and vice versa.
    let clash = match &org_id {
        Some(_) => app
            .db
            .role_in_scope(&tenant.id, None, &input.key)
            .await?
            .is_some(),
        None => {
            app.db
                .organization_role_key_exists(&tenant.id, &input.key)
                .await?
        }
    };
    if clash {
        return Err(taken(&input.key));
    }
    let now = app.clock.unix();
    let record = RoleRecord {
        id: format!("rol_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        organization_id: org_id,
        role_key: input.key,
        name: input.name.trim().to_owned(),
        description: input.description,
        permissions: Value::from(permissions.clone()).to_string(),
        created_at: now,
        updated_at: now,
    };
    app.db.insert_role(&record).await.map_err(|e| match e {
        StoreError::UniqueViolation => taken(&record.role_key),
        other => other.into(),
    })?;
    publish(app, &tenant.id, record.organization_id.as_deref()).await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "role.created",
        Some(("role", &record.id)),
        json!({ "key": record.role_key, "organization_id": record.organization_id, "permissions": permissions }),
    )
    .await?;
    custom_to_wire(&record)
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: Option<&str>,
    key: &str,
    input: UpdateRole,
) -> Result<Role> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let org_id = organization.as_ref().map(|o| o.id.clone());
    let built_in_role = org_id.is_none() && is_built_in(key);
    if key == OWNER && org_id.is_none() {
        return Err(ServiceError::Conflict(
            "the owner role always holds every permission (`*`) and cannot be changed".into(),
        ));
    }
    let mut errors = Vec::new();
    if built_in_role && (input.name.is_some() || input.description.is_some()) {
        errors.push(FieldError {
            pointer: if input.name.is_some() {
                "/name"
            } else {
                "/description"
            }
            .into(),
            message:
                "a built-in role keeps its name and description; only its permissions can change"
                    .into(),
        });
    }
    if let Some(name) = &input.name {
        check_text("/name", name, 200, &mut errors);
    }
    if let Some(description) = &input.description {
        check_text("/description", description, 1000, &mut errors);
    }
    let permissions = input
        .permissions
        .as_ref()
        .map(|p| check_permissions(p, &mut errors));
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let existing = app
        .db
        .role_in_scope(&tenant.id, org_id.as_deref(), key)
        .await?;
    let now = app.clock.unix();
    let record = match existing {
        Some(mut record) => {
            if let Some(name) = input.name {
                record.name = name.trim().to_owned();
            }
            if input.description.is_some() {
                record.description = input.description;
            }
            if let Some(permissions) = &permissions {
                record.permissions = Value::from(permissions.clone()).to_string();
            }
            record.updated_at = now;
            if !app.db.update_role(&record).await? {
                return Err(not_found(key));
            }
            record
        }
        None if built_in_role => {
            // The first change to a built-in role stores the tenant's replacement.
            let (key, name, description, defaults) = built_in(key).ok_or_else(|| not_found(key))?;
            let permissions = permissions
                .clone()
                .unwrap_or_else(|| defaults.iter().map(|p| (*p).to_owned()).collect());
            let record = RoleRecord {
                id: format!("rol_{}", uuid::Uuid::now_v7().simple()),
                tenant_id: tenant.id.clone(),
                organization_id: None,
                role_key: key.to_owned(),
                name: name.to_owned(),
                description: Some(description.to_owned()),
                permissions: Value::from(permissions).to_string(),
                created_at: now,
                updated_at: now,
            };
            app.db.insert_role(&record).await.map_err(|e| match e {
                StoreError::UniqueViolation => ServiceError::Conflict(
                    "the role was changed concurrently; retry the request".into(),
                ),
                other => other.into(),
            })?;
            record
        }
        None => return Err(not_found(key)),
    };
    publish(app, &tenant.id, record.organization_id.as_deref()).await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "role.updated",
        Some(("role", &record.id)),
        json!({ "key": record.role_key, "organization_id": record.organization_id, "permissions": permissions }),
    )
    .await?;
    if built_in_role {
        built_in_to_wire(key, Some(&record))
    } else {
        custom_to_wire(&record)
    }
}

/// Deletes a custom role that no member holds. Built-in roles cannot be deleted.
pub async fn delete(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: Option<&str>,
    key: &str,
) -> Result<()> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let org_id = organization.as_ref().map(|o| o.id.clone());
    if org_id.is_none() && is_built_in(key) {
        return Err(ServiceError::Conflict(format!(
            "{key:?} is a built-in role and cannot be deleted"
        )));
    }
    let record = app
        .db
        .role_in_scope(&tenant.id, org_id.as_deref(), key)
        .await?
        .ok_or_else(|| not_found(key))?;
    let uses = app
        .db
        .count_role_uses(&tenant.id, org_id.as_deref(), key)
        .await?;
    if uses > 0 {
        return Err(ServiceError::Conflict(format!(
            "{uses} member(s) hold the role {key:?}; give them another role first"
        )));
    }
    if !app.db.delete_role(&tenant.id, &record.id).await? {
        return Err(not_found(key));
    }
    publish(app, &tenant.id, record.organization_id.as_deref()).await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "role.deleted",
        Some(("role", &record.id)),
        json!({ "key": record.role_key, "organization_id": record.organization_id }),
    )
    .await?;
    Ok(())
}
