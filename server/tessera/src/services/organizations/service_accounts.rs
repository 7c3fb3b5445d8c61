//! Service accounts: confidential clients (`client_credentials`) owned by an organization
//! and acting with one of its roles.
//!
//! A service account is an ordinary OAuth client (it authenticates at the token endpoint
//! with its secret, and appears among the tenant's clients) plus a row tying it to its
//! organization and role. Its access tokens carry the organization's claims, read from
//! the live role at each token, and `authz/check` accepts its client id as the subject.

use serde_json::json;
use tessera_store::{OrganizationRecord, ServiceAccountRecord, TenantRecord};
use tessera_wire::{
    CreateClient, CreateServiceAccount, GrantType, PageParams, ServiceAccount, ServiceAccountList,
    ServiceAccountWithSecret, UpdateServiceAccount,
};

use super::super::audit::{self, Context};
use super::super::clients::{self, ClientView};
use super::super::{App, Result, ServiceError, pagination, tenants};
use super::roles::{self, MEMBER, ResolvedRole};
use crate::clock::from_unix;

fn not_found(organization: &OrganizationRecord, id: &str) -> ServiceError {
    ServiceError::NotFound(format!(
        "the organization {} has no service account {id:?}",
        organization.slug
    ))
}

/// Refuses a role key the organization does not know.
async fn check_role(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    role: &str,
) -> Result<()> {
    if roles::resolve_uncached(app, &tenant.id, &organization.id, role)
        .await?
        .is_none()
    {
        return Err(ServiceError::invalid(
            "/role",
            format!(
                "{role:?} is not a role of the organization {}: use a built-in role (owner, admin, member, viewer), a tenant-wide role or one of the organization's",
                organization.slug
            ),
        ));
    }
    Ok(())
}

fn to_wire(record: &ServiceAccountRecord, client: &ClientView) -> ServiceAccount {
    ServiceAccount {
        id: record.client_id.clone(),
        organization_id: record.organization_id.clone(),
        name: client.record.name.clone(),
        role: record.role.clone(),
        scopes: client.scopes.clone(),
        audiences: client.audiences.clone(),
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
    }
}

/// The organization's service account `id`, with its client.
async fn find(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    id: &str,
) -> Result<(ServiceAccountRecord, ClientView)> {
    let record = app
        .db
        .service_account(&tenant.id, id)
        .await?
        .filter(|r| r.organization_id == organization.id)
        .ok_or_else(|| not_found(organization, id))?;
    let client = clients::find(app, tenant, id).await?;
    Ok((record, client))
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    input: CreateServiceAccount,
) -> Result<ServiceAccountWithSecret> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let role = input.role.unwrap_or_else(|| MEMBER.to_owned());
    check_role(app, &tenant, &organization, &role).await?;
    let created = clients::create(
        app,
        ctx,
        slug,
        CreateClient {
            name: input.name,
            client_type: None,
            token_endpoint_auth_method: None,
            grant_types: Some(vec![GrantType::ClientCredentials]),
            scopes: input.scopes,
            audiences: input.audiences,
            access_token_ttl: None,
            redirect_uris: None,
            post_logout_redirect_uris: None,
            skip_consent: None,
            jwks: None,
        },
    )
    .await?;
    let client_id = created.client.id.clone();
    let Some(client_secret) = created.client_secret else {
        return Err(ServiceError::Internal(format!(
            "the confidential client {client_id} was created without a secret"
        )));
    };
    let now = app.clock.unix();
    let record = ServiceAccountRecord {
        client_id: client_id.clone(),
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        role,
        created_at: now,
        updated_at: now,
    };
    let inserted = app.db.insert_service_account(&record).await;
    // A token request between the client's creation and this row may have cached the
    // client as an ordinary one (or, on failure, the client is deleted): forget it.
    if let Err(e) = inserted {
        // Nothing half-made stays behind: the client goes too.
        app.db.delete_client(&tenant.id, &client_id).await?;
        publish_client_change(app, &tenant, &client_id).await;
        return Err(e.into());
    }
    publish_client_change(app, &tenant, &client_id).await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.service_account_created",
        Some(("organization", &organization.id)),
        json!({ "client_id": client_id, "role": record.role }),
    )
    .await?;
    let client = clients::find(app, &tenant, &client_id).await?;
    Ok(ServiceAccountWithSecret {
        service_account: to_wire(&record, &client),
        client_secret,
    })
}

pub async fn list(
    app: &App,
    slug: &str,
    organization: &str,
    params: PageParams,
) -> Result<ServiceAccountList> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "cli_"))
        .transpose()?;
    let mut records = app
        .db
        .service_accounts_of(&tenant.id, &organization.id, after.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.client_id.clone());
    let mut data = Vec::with_capacity(records.len());
    for record in &records {
        let client = clients::find(app, &tenant, &record.client_id).await?;
        data.push(to_wire(record, &client));
    }
    Ok(ServiceAccountList { data, next_cursor })
}

pub async fn get(app: &App, slug: &str, organization: &str, id: &str) -> Result<ServiceAccount> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let (record, client) = find(app, &tenant, &organization, id).await?;
    Ok(to_wire(&record, &client))
}

/// Gives a service account another role; its next token carries it.
pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
    input: UpdateServiceAccount,
) -> Result<ServiceAccount> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let (mut record, client) = find(app, &tenant, &organization, id).await?;
    check_role(app, &tenant, &organization, &input.role).await?;
    let now = app.clock.unix();
    if !app
        .db
        .set_service_account_role(&tenant.id, id, &input.role, now)
        .await?
    {
        return Err(not_found(&organization, id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.service_account_role_changed",
        Some(("organization", &organization.id)),
        json!({ "client_id": id, "from": record.role, "to": input.role }),
    )
    .await?;
    // The token endpoint caches the client with its service-account row.
    publish_client_change(app, &tenant, id).await;
    record.role = input.role;
    record.updated_at = now;
    Ok(to_wire(&record, &client))
}

/// Deletes the service account and its client (its secrets stop working at once), with
/// its resource grants.
pub async fn delete(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    find(app, &tenant, &organization, id).await?;
    app.db
        .delete_subject_resource_grants(&tenant.id, &organization.id, id)
        .await?;
    if !app.db.delete_client(&tenant.id, id).await? {
        return Err(not_found(&organization, id));
    }
    // The OAuth endpoints cache clients: every replica must forget this one now.
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: id.to_owned(),
        },
    )
    .await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.service_account_deleted",
        Some(("organization", &organization.id)),
        json!({ "client_id": id }),
    )
    .await?;
    Ok(())
}

/// The organization and live role of a client that is a service account (for its tokens
/// and for checks); `None` for any other client. A role deleted while held grants nothing.
pub async fn role_of(
    app: &App,
    tenant: &TenantRecord,
    client_id: &str,
) -> Result<Option<(OrganizationRecord, ResolvedRole)>> {
    let Some(record) = app.db.service_account(&tenant.id, client_id).await? else {
        return Ok(None);
    };
    role_in(app, tenant, &record).await
}

/// The organization and live role of this service account; `None` once its organization
/// is gone.
pub async fn role_in(
    app: &App,
    tenant: &TenantRecord,
    record: &ServiceAccountRecord,
) -> Result<Option<(OrganizationRecord, ResolvedRole)>> {
    let Some(organization) = app
        .db
        .organization_by_id(&tenant.id, &record.organization_id)
        .await?
    else {
        return Ok(None);
    };
    let role = roles::resolve(app, &tenant.id, &organization.id, &record.role)
        .await?
        .unwrap_or_else(|| ResolvedRole {
            key: record.role.clone(),
            permissions: Vec::new(),
        });
    Ok(Some((organization, role)))
}

async fn publish_client_change(app: &App, tenant: &TenantRecord, client_id: &str) {
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: client_id.to_owned(),
        },
    )
    .await;
}
