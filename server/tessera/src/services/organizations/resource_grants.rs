//! Resource grants: a role held on one resource (`document:123`) of an organization, by a
//! member or one of the organization's service accounts, on top of their
//! organization-wide role. `authz/check` with a `resource` consults them when the
//! organization-wide role does not grant the permission.

use serde_json::json;
use tessera_store::{ResourceGrantRecord, StoreError, TenantRecord};
use tessera_wire::{
    CreateResourceGrant, FieldError, ResourceGrant, ResourceGrantList, ResourceGrantListParams,
};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, pagination, tenants};
use super::roles;
use crate::clock::from_unix;

const PREFIX: &str = "rgr_";

/// A resource as checks and grants name it: 1-256 characters, no control characters.
pub fn check_resource(resource: &str) -> std::result::Result<(), String> {
    if resource.is_empty() || resource.len() > 256 || resource.chars().any(char::is_control) {
        return Err(
            "must be 1-256 characters without control characters (e.g. document:123)".into(),
        );
    }
    Ok(())
}

fn to_wire(record: &ResourceGrantRecord) -> ResourceGrant {
    ResourceGrant {
        id: record.id.clone(),
        organization_id: record.organization_id.clone(),
        subject: record.subject_id.clone(),
        resource: record.resource.clone(),
        role: record.role.clone(),
        created_at: from_unix(record.created_at),
    }
}

/// Whether `subject` belongs to the organization: a member, or one of its service accounts.
async fn belongs(app: &App, tenant: &TenantRecord, org_id: &str, subject: &str) -> Result<bool> {
    if subject.starts_with("cli_") {
        return Ok(app
            .db
            .service_account(&tenant.id, subject)
            .await?
            .is_some_and(|a| a.organization_id == org_id));
    }
    Ok(app
        .db
        .membership(&tenant.id, org_id, subject)
        .await?
        .is_some())
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    input: CreateResourceGrant,
) -> Result<ResourceGrant> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let mut errors = Vec::new();
    if let Err(message) = check_resource(&input.resource) {
        errors.push(FieldError {
            pointer: "/resource".into(),
            message,
        });
    }
    if input.subject.is_empty()
        || input.subject.len() > 128
        || !belongs(app, &tenant, &organization.id, &input.subject).await?
    {
        errors.push(FieldError {
            pointer: "/subject".into(),
            message: format!(
                "{:?} is neither a member nor a service account of the organization {}; add them first",
                input.subject, organization.slug
            ),
        });
    }
    if input.role.is_empty()
        || input.role.len() > 64
        || roles::resolve_uncached(app, &tenant.id, &organization.id, &input.role)
            .await?
            .is_none()
    {
        errors.push(FieldError {
            pointer: "/role".into(),
            message: format!(
                "{:?} is not a role of the organization {}",
                input.role, organization.slug
            ),
        });
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let record = ResourceGrantRecord {
        id: format!("{PREFIX}{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        subject_id: input.subject,
        resource: input.resource,
        role: input.role,
        created_at: app.clock.unix(),
    };
    app.db
        .insert_resource_grant(&record)
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation => ServiceError::AlreadyExists(format!(
                "{} already holds a role on {}; delete that grant first to change it",
                record.subject_id, record.resource
            )),
            other => other.into(),
        })?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.resource_granted",
        Some(("organization", &organization.id)),
        json!({ "grant_id": record.id, "subject": record.subject_id,
                "resource": record.resource, "role": record.role }),
    )
    .await?;
    Ok(to_wire(&record))
}

pub async fn list(
    app: &App,
    slug: &str,
    organization: &str,
    params: ResourceGrantListParams,
) -> Result<ResourceGrantList> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, PREFIX))
        .transpose()?;
    let mut records = app
        .db
        .resource_grants_of(
            &tenant.id,
            &organization.id,
            params.subject.as_deref(),
            params.resource.as_deref(),
            after.as_deref(),
            limit + 1,
        )
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    Ok(ResourceGrantList {
        data: records.iter().map(to_wire).collect(),
        next_cursor,
    })
}

pub async fn delete(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let Some(record) = app
        .db
        .resource_grant(&tenant.id, &organization.id, id)
        .await?
    else {
        return Err(ServiceError::NotFound(format!(
            "the organization {} has no resource grant {id:?}",
            organization.slug
        )));
    };
    app.db
        .delete_resource_grant(&tenant.id, &organization.id, id)
        .await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.resource_grant_revoked",
        Some(("organization", &organization.id)),
        json!({ "grant_id": id, "subject": record.subject_id,
                "resource": record.resource, "role": record.role }),
    )
    .await?;
    Ok(())
}
