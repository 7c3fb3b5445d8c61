//! Tenant lifecycle.

use tessera_store::{StoreError, TenantPatch, TenantRecord};
use tessera_wire::{
    CreateTenant, FieldError, SigningAlg, SignupMode, Tenant, TenantList, UpdateTenant,
};

use super::audit::{self, Context};
use super::validate::{SLUG_RULE, check_name, check_origins, check_slug, is_valid_slug};
use super::{App, Result, ServiceError, keys, pagination, signup};
use crate::clock::from_unix;

pub fn to_wire(app: &App, record: &TenantRecord) -> Result<Tenant> {
    Ok(Tenant {
        id: record.id.clone(),
        slug: record.slug.clone(),
        name: record.name.clone(),
        issuer: app.issuer(&record.slug),
        signing_alg: keys::primary_alg(record)?,
        allowed_origins: record.allowed_origins.clone(),
        signup_mode: signup::mode(record),
        signup_allowed_domains: record.signup_allowed_domains.clone(),
        block_disposable_emails: record.block_disposable_emails,
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
    })
}

fn not_found(slug: &str) -> ServiceError {
    ServiceError::NotFound(format!("no tenant has the slug {slug:?}"))
}

/// The tenant with this slug.
pub async fn find(app: &App, slug: &str) -> Result<TenantRecord> {
    if !is_valid_slug(slug) {
        return Err(ServiceError::InvalidParameter(format!(
            "{slug:?} is not a valid tenant slug: {SLUG_RULE}"
        )));
    }
    crate::cache::tenants::by_slug(app, slug)
        .await?
        .ok_or_else(|| not_found(slug))
}

/// The tenant as stored now, bypassing the cache: for changes, which must start from the
/// committed state rather than a copy up to [`crate::cache::MAX_STALENESS`] old.
async fn find_fresh(app: &App, slug: &str) -> Result<TenantRecord> {
    find(app, slug).await?;
    app.db
        .tenant_by_slug(slug)
        .await?
        .ok_or_else(|| not_found(slug))
}

pub async fn create(app: &App, ctx: &Context, input: CreateTenant) -> Result<Tenant> {
    let mut errors = Vec::new();
    check_slug(&input.slug, &mut errors);
    check_name(&input.name, &mut errors);
    let origins = input.allowed_origins.unwrap_or_default();
    check_origins(&origins, &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if app.db.tenant_by_slug(&input.slug).await?.is_some() {
        return Err(taken(&input.slug));
    }
    let alg = input.signing_alg.unwrap_or(SigningAlg::ES256);
    let now = app.clock.unix();
    let record = TenantRecord {
        id: format!("ten_{}", uuid::Uuid::now_v7().simple()),
        slug: input.slug,
        name: input.name.trim().to_owned(),
        signing_alg: alg.as_str().to_owned(),
        allowed_origins: origins,
        signup_mode: SignupMode::default().as_str().to_owned(),
        signup_allowed_domains: Vec::new(),
        block_disposable_emails: true,
        created_at: now,
        updated_at: now,
    };
    let mut new_keys = Vec::new();
    for key_alg in keys::tenant_algs(alg) {
        new_keys.push(keys::generate_key(app, &record.id, key_alg, now).await?);
    }
    app.db
        .create_tenant(&record, &new_keys)
        .await
        .map_err(|e| match e {
            // Lost a race with a concurrent create of the same slug.
            StoreError::UniqueViolation => taken(&record.slug),
            other => other.into(),
        })?;
    tracing::info!(tenant_id = %record.id, slug = %record.slug, "tenant created");
    audit::record(
        app,
        &record.id,
        ctx,
        "tenant.created",
        Some(("tenant", &record.id)),
        serde_json::json!({ "slug": record.slug, "signing_alg": record.signing_alg }),
    )
    .await?;
    to_wire(app, &record)
}

fn taken(slug: &str) -> ServiceError {
    ServiceError::AlreadyExists(format!(
        "a tenant with the slug {slug:?} already exists; choose another slug"
    ))
}

pub async fn list(app: &App, limit: Option<u32>, cursor: Option<&str>) -> Result<TenantList> {
    let limit = pagination::page_size(limit)?;
    let after = cursor
        .map(|c| pagination::decode_cursor(c, "ten_"))
        .transpose()?;
    let mut records = app.db.list_tenants(after.as_deref(), limit + 1).await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    let data = records
        .iter()
        .map(|r| to_wire(app, r))
        .collect::<Result<_>>()?;
    Ok(TenantList { data, next_cursor })
}

pub async fn update(app: &App, ctx: &Context, slug: &str, input: UpdateTenant) -> Result<Tenant> {
    let tenant = find_fresh(app, slug).await?;
    let mut errors = Vec::new();
    if let Some(name) = &input.name {
        check_name(name, &mut errors);
    }
    if let Some(origins) = &input.allowed_origins {
        check_origins(origins, &mut errors);
    }
    let domains = input
        .signup_allowed_domains
        .map(|d| normalise_domains(d, &mut errors));
    let mode = input.signup_mode.unwrap_or_else(|| signup::mode(&tenant));
    let effective_domains = domains.as_ref().unwrap_or(&tenant.signup_allowed_domains);
    if mode == SignupMode::DomainAllowlist && effective_domains.is_empty() {
        errors.push(FieldError {
            pointer: "/signup_allowed_domains".into(),
            message: "must name at least one domain when signup_mode is domain_allowlist".into(),
        });
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let now = app.clock.unix();
    let rotation = match input.signing_alg {
        Some(alg) => keys::alg_change(app, &tenant, alg, now).await?,
        None => None,
    };
    let patch = TenantPatch {
        name: input.name.map(|n| n.trim().to_owned()),
        signing_alg: input.signing_alg.map(|a| a.as_str().to_owned()),
        allowed_origins: input.allowed_origins,
        signup_mode: input.signup_mode.map(|m| m.as_str().to_owned()),
        signup_allowed_domains: domains,
        block_disposable_emails: input.block_disposable_emails,
    };
    let updated = app
        .db
        .update_tenant(&tenant.id, &patch, now, rotation.as_ref())
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation | StoreError::ConcurrentUpdate => ServiceError::Conflict(
                "the tenant's keys changed concurrently; retry the request".into(),
            ),
            other => other.into(),
        })?;
    let updated = updated.ok_or_else(|| not_found(slug))?;
    crate::cache::publish(
        app,
        crate::cache::Change::Tenant {
            tenant_id: tenant.id.clone(),
        },
    )
    .await;
    let mut changed = serde_json::Map::new();
    if let Some(name) = &patch.name {
        changed.insert("name".into(), name.clone().into());
    }
    if let Some(alg) = &patch.signing_alg {
        changed.insert("signing_alg".into(), alg.clone().into());
    }
    if let Some(origins) = &patch.allowed_origins {
        changed.insert("allowed_origins".into(), origins.clone().into());
    }
    if let Some(mode) = &patch.signup_mode {
        changed.insert("signup_mode".into(), mode.clone().into());
    }
    if let Some(domains) = &patch.signup_allowed_domains {
        changed.insert("signup_allowed_domains".into(), domains.clone().into());
    }
    if let Some(block) = patch.block_disposable_emails {
        changed.insert("block_disposable_emails".into(), block.into());
    }
    if let Some(rotation) = &rotation {
        changed.insert("retired_kids".into(), rotation.retire.clone().into());
        changed.insert(
            "new_kids".into(),
            rotation
                .insert
                .iter()
                .map(|k| k.kid.clone())
                .collect::<Vec<_>>()
                .into(),
        );
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "tenant.updated",
        Some(("tenant", &tenant.id)),
        changed.into(),
    )
    .await?;
    to_wire(app, &updated)
}

/// Lowercases and checks signup domains: DNS names with at least two labels, at most 100.
fn normalise_domains(domains: Vec<String>, errors: &mut Vec<FieldError>) -> Vec<String> {
    if domains.len() > 100 {
        errors.push(FieldError {
            pointer: "/signup_allowed_domains".into(),
            message: "at most 100 domains".into(),
        });
    }
    let mut out: Vec<String> = Vec::with_capacity(domains.len());
    for (i, domain) in domains.into_iter().enumerate() {
        let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        let labels_ok = domain.split('.').count() >= 2
            && domain.split('.').all(|label| {
                (1..=63).contains(&label.len())
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !labels_ok || domain.len() > 253 {
            errors.push(FieldError {
                pointer: format!("/signup_allowed_domains/{i}"),
                message: format!(
                    "{domain:?} is not a domain: use a DNS name such as `example.com` (no `@`, scheme or wildcard)"
                ),
            });
        } else if !out.contains(&domain) {
            out.push(domain);
        }
    }
    out
}

pub async fn delete(app: &App, ctx: &Context, slug: &str) -> Result<()> {
    let tenant = find_fresh(app, slug).await?;
    if !app.db.delete_tenant(&tenant.id).await? {
        return Err(not_found(slug));
    }
    crate::cache::publish(
        app,
        crate::cache::Change::Tenant {
            tenant_id: tenant.id.clone(),
        },
    )
    .await;
    tracing::info!(tenant_id = %tenant.id, slug = %tenant.slug, "tenant deleted");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "tenant.deleted",
        Some(("tenant", &tenant.id)),
        serde_json::json!({ "slug": tenant.slug }),
    )
    .await?;
    Ok(())
}
