//! Organizations: the B2B model of a tenant.
//!
//! An organization groups users of one tenant (a customer company, a team). Users join
//! through memberships, each with one role; roles map to `resource:action` permissions
//! (`roles`), which `authz` evaluates with an explanation. Invitations bring people in by
//! email; a session can be switched into an organization (`switch`), whose access tokens
//! then carry the organization, the role and the permissions. Every query is scoped by
//! tenant, and everything below an organization by organization too.

pub mod api_keys;
pub mod authz;
pub mod dns;
pub mod domains;
pub mod invitations;
pub mod memberships;
pub mod permissions;
pub mod policies;
pub mod resource_grants;
pub mod roles;
pub mod service_accounts;
pub mod switch;

use serde_json::{Map, Value, json};
use tessera_store::{OrganizationRecord, StoreError, TenantRecord};
use tessera_wire::{
    CreateOrganization, FieldError, Organization, OrganizationList, OrganizationPolicies,
    OrganizationSearchParams, UpdateOrganization,
};

use super::audit::{self, Context};
use super::{App, Result, ServiceError, pagination, tenants, validate};
use crate::clock::from_unix;

const METADATA_LIMIT: usize = 16 * 1024;
/// The sign-in methods a policy may name (those `sessions::start_session` records).
pub const SIGN_IN_METHODS: [&str; 7] = [
    "password",
    "magic_link",
    "email_code",
    "signup",
    "totp",
    "recovery_code",
    "passkey",
];

fn field(pointer: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

pub fn to_wire(record: &OrganizationRecord) -> Result<Organization> {
    let corrupt = |what: &str, e: serde_json::Error| {
        ServiceError::Internal(format!("{what} of {} is not valid JSON: {e}", record.id))
    };
    let metadata = serde_json::from_str(&record.metadata).map_err(|e| corrupt("metadata", e))?;
    let allowed_sign_in_methods = record
        .allowed_sign_in_methods
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| corrupt("allowed_sign_in_methods", e))?;
    Ok(Organization {
        id: record.id.clone(),
        slug: record.slug.clone(),
        name: record.name.clone(),
        logo_url: record.logo_url.clone(),
        metadata,
        policies: OrganizationPolicies {
            allowed_sign_in_methods,
            mfa_required: record.mfa_required,
            max_session_age_secs: record
                .max_session_age_secs
                .and_then(|s| u32::try_from(s).ok()),
        },
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
    })
}

fn not_found(key: &str) -> ServiceError {
    ServiceError::NotFound(format!(
        "the tenant has no organization {key:?} (give its id, `org_…`, or its slug)"
    ))
}

/// The organization named by `key`: its id (`org_…`) or its slug.
pub async fn find(app: &App, tenant: &TenantRecord, key: &str) -> Result<OrganizationRecord> {
    let found = if key.starts_with("org_") {
        app.db.organization_by_id(&tenant.id, key).await?
    } else if validate::is_valid_slug(key) {
        app.db.organization_by_slug(&tenant.id, key).await?
    } else {
        None
    };
    found.ok_or_else(|| not_found(key))
}

fn check_logo(logo_url: &str, errors: &mut Vec<FieldError>) {
    if logo_url.len() > 2048 || !logo_url.starts_with("https://") || logo_url.len() <= 8 {
        errors.push(field(
            "/logo_url",
            "must be an https URL of at most 2048 characters",
        ));
    }
}

fn check_metadata(metadata: &Map<String, Value>, errors: &mut Vec<FieldError>) {
    if serde_json::to_string(metadata).map_or(usize::MAX, |s| s.len()) > METADATA_LIMIT {
        errors.push(field(
            "/metadata",
            "must serialise to at most 16 KiB of JSON",
        ));
    }
}

fn check_policies(policies: &OrganizationPolicies, errors: &mut Vec<FieldError>) {
    if let Some(methods) = &policies.allowed_sign_in_methods {
        if methods.is_empty() {
            errors.push(field(
                "/policies/allowed_sign_in_methods",
                "must name at least one method, or be left out to allow any",
            ));
        }
        for (i, method) in methods.iter().enumerate() {
            if !SIGN_IN_METHODS.contains(&method.as_str()) {
                errors.push(field(
                    &format!("/policies/allowed_sign_in_methods/{i}"),
                    format!(
                        "{method:?} is not a sign-in method; use {}",
                        SIGN_IN_METHODS.join(", ")
                    ),
                ));
            }
        }
    }
    if let Some(age) = policies.max_session_age_secs
        && !(60..=31_536_000).contains(&age)
    {
        errors.push(field(
            "/policies/max_session_age_secs",
            "must be between 60 (one minute) and 31536000 (one year)",
        ));
    }
}

fn apply_policies(record: &mut OrganizationRecord, policies: OrganizationPolicies) {
    record.allowed_sign_in_methods = policies.allowed_sign_in_methods.map(|methods| {
        let mut methods = methods;
        methods.sort();
        methods.dedup();
        Value::from(methods).to_string()
    });
    record.mfa_required = policies.mfa_required;
    record.max_session_age_secs = policies.max_session_age_secs.map(i64::from);
}

fn slug_taken(slug: &str) -> ServiceError {
    ServiceError::AlreadyExists(format!(
        "an organization with the slug {slug:?} already exists in this tenant"
    ))
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: CreateOrganization,
) -> Result<Organization> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    validate::check_slug(&input.slug, &mut errors);
    validate::check_name(&input.name, &mut errors);
    if let Some(logo) = &input.logo_url {
        check_logo(logo, &mut errors);
    }
    if let Some(metadata) = &input.metadata {
        check_metadata(metadata, &mut errors);
    }
    if let Some(policies) = &input.policies {
        check_policies(policies, &mut errors);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let now = app.clock.unix();
    let mut record = OrganizationRecord {
        id: format!("org_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        slug: input.slug,
        name: input.name.trim().to_owned(),
        logo_url: input.logo_url,
        metadata: Value::Object(input.metadata.unwrap_or_default()).to_string(),
        allowed_sign_in_methods: None,
        mfa_required: false,
        max_session_age_secs: None,
        created_at: now,
        updated_at: now,
    };
    apply_policies(&mut record, input.policies.unwrap_or_default());
    app.db
        .insert_organization(&record)
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation => slug_taken(&record.slug),
            other => other.into(),
        })?;
    tracing::info!(tenant_id = %tenant.id, organization_id = %record.id, "organization created");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.created",
        Some(("organization", &record.id)),
        json!({ "slug": record.slug }),
    )
    .await?;
    to_wire(&record)
}

pub async fn get(app: &App, slug: &str, key: &str) -> Result<Organization> {
    let tenant = tenants::find(app, slug).await?;
    to_wire(&find(app, &tenant, key).await?)
}

pub async fn search(
    app: &App,
    slug: &str,
    params: OrganizationSearchParams,
) -> Result<OrganizationList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "org_"))
        .transpose()?;
    let query = params.q.filter(|q| !q.is_empty());
    let mut records = app
        .db
        .search_organizations(&tenant.id, query.as_deref(), after.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    Ok(OrganizationList {
        data: records.iter().map(to_wire).collect::<Result<_>>()?,
        next_cursor,
    })
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    key: &str,
    input: UpdateOrganization,
) -> Result<Organization> {
    let tenant = tenants::find(app, slug).await?;
    let mut record = find(app, &tenant, key).await?;
    let mut errors = Vec::new();
    if let Some(name) = &input.name {
        validate::check_name(name, &mut errors);
    }
    if let Some(logo) = input.logo_url.as_deref().filter(|l| !l.is_empty()) {
        check_logo(logo, &mut errors);
    }
    if let Some(metadata) = &input.metadata {
        check_metadata(metadata, &mut errors);
    }
    if let Some(policies) = &input.policies {
        check_policies(policies, &mut errors);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut fields = Vec::new();
    if let Some(name) = input.name {
        record.name = name.trim().to_owned();
        fields.push("name");
    }
    if let Some(logo) = input.logo_url {
        record.logo_url = (!logo.is_empty()).then_some(logo);
        fields.push("logo_url");
    }
    if let Some(metadata) = input.metadata {
        record.metadata = Value::Object(metadata).to_string();
        fields.push("metadata");
    }
    let policies_changed = input.policies.clone();
    if let Some(policies) = input.policies {
        apply_policies(&mut record, policies);
        fields.push("policies");
    }
    record.updated_at = app.clock.unix();
    if !app.db.update_organization(&record).await? {
        return Err(not_found(key));
    }
    if !fields.is_empty() {
        let mut details = json!({ "fields": fields });
        if let Some(policies) = policies_changed {
            // Policies are settings, not secrets: the log shows what they became.
            details["policies"] = serde_json::to_value(policies).unwrap_or(Value::Null);
        }
        audit::record(
            app,
            &tenant.id,
            ctx,
            "organization.updated",
            Some(("organization", &record.id)),
            details,
        )
        .await?;
    }
    to_wire(&record)
}

/// Deletes an organization with its memberships, roles and invitations. Sessions switched
/// into it fall back to no organization.
pub async fn delete(app: &App, ctx: &Context, slug: &str, key: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let record = find(app, &tenant, key).await?;
    if !app.db.delete_organization(&tenant.id, &record.id).await? {
        return Err(not_found(key));
    }
    // Its own roles went with it (the cascade): drop them from every replica's cache.
    crate::cache::publish(
        app,
        crate::cache::Change::Roles {
            tenant_id: tenant.id.clone(),
            organization_id: Some(record.id.clone()),
        },
    )
    .await;
    tracing::info!(tenant_id = %tenant.id, organization_id = %record.id, "organization deleted");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.deleted",
        Some(("organization", &record.id)),
        json!({ "slug": record.slug }),
    )
    .await?;
    Ok(())
}
