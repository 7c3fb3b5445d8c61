//! `/v1/tenants/{tenant}/organizations/{organization}/service-accounts` and
//! `…/resource-grants`: an organization's service accounts and its roles on single
//! resources, with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{
    CreateResourceGrant, CreateServiceAccount, PageParams, Problem, ResourceGrant,
    ResourceGrantList, ResourceGrantListParams, ServiceAccount, ServiceAccountList,
    ServiceAccountWithSecret, UpdateServiceAccount,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery};
use crate::services::organizations::{resource_grants, service_accounts};

/// Create a service account
///
/// A confidential client with the `client_credentials` grant, owned by the organization and
/// acting with one of its roles (`member` by default). Its tokens carry `org_id`,
/// `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/service-accounts", operation_id = "createServiceAccount", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateServiceAccount,
    responses(
        (status = 201, description = "The service account and its client secret, shown once", body = ServiceAccountWithSecret),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name, role, scopes or audiences", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_service_account(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<CreateServiceAccount>,
) -> ApiResult<(StatusCode, Json<ServiceAccountWithSecret>)> {
    let created = service_accounts::create(&state.app, &ctx, &slug, &organization, body).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// List service accounts
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/service-accounts", operation_id = "listServiceAccounts", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), PageParams),
    responses(
        (status = 200, description = "One page of service accounts (no secrets)", body = ServiceAccountList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_service_accounts(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiQuery(params): ApiQuery<PageParams>,
) -> ApiResult<Json<ServiceAccountList>> {
    Ok(Json(
        service_accounts::list(&state.app, &slug, &organization, params).await?,
    ))
}

/// Get a service account
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}", operation_id = "getServiceAccount", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("service_account" = String, Path, description = "The service account's client id (`cli_…`)")),
    responses(
        (status = 200, description = "The service account", body = ServiceAccount),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or service account", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_service_account(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<ServiceAccount>> {
    Ok(Json(
        service_accounts::get(&state.app, &slug, &organization, &id).await?,
    ))
}

/// Change a service account's role
///
/// Its next token carries the new role; checks use it at once.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}", operation_id = "updateServiceAccount", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("service_account" = String, Path, description = "The service account's client id (`cli_…`)")),
    request_body = UpdateServiceAccount,
    responses(
        (status = 200, description = "The service account with its new role", body = ServiceAccount),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or service account", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_service_account(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
    ApiJson(body): ApiJson<UpdateServiceAccount>,
) -> ApiResult<Json<ServiceAccount>> {
    Ok(Json(
        service_accounts::update(&state.app, &ctx, &slug, &organization, &id, body).await?,
    ))
}

/// Delete a service account
///
/// Deletes its client too: its secret stops working at once.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}", operation_id = "deleteServiceAccount", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("service_account" = String, Path, description = "The service account's client id (`cli_…`)")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or service account", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_service_account(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    service_accounts::delete(&state.app, &ctx, &slug, &organization, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Grant a role on one resource
///
/// To a member or a service account of the organization, on top of their organization-wide
/// role; `authz/check` with that `resource` consults it.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/resource-grants", operation_id = "createResourceGrant", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateResourceGrant,
    responses(
        (status = 201, description = "The grant", body = ResourceGrant),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The subject already holds a role on the resource", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A subject outside the organization, an unknown role or a malformed resource", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_resource_grant(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<CreateResourceGrant>,
) -> ApiResult<(StatusCode, Json<ResourceGrant>)> {
    let grant = resource_grants::create(&state.app, &ctx, &slug, &organization, body).await?;
    Ok((StatusCode::CREATED, Json(grant)))
}

/// List resource grants
///
/// Oldest first, optionally of one subject or on one resource.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/resource-grants", operation_id = "listResourceGrants", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ResourceGrantListParams),
    responses(
        (status = 200, description = "One page of grants", body = ResourceGrantList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_resource_grants(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiQuery(params): ApiQuery<ResourceGrantListParams>,
) -> ApiResult<Json<ResourceGrantList>> {
    Ok(Json(
        resource_grants::list(&state.app, &slug, &organization, params).await?,
    ))
}

/// Revoke a resource grant
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/resource-grants/{grant}", operation_id = "deleteResourceGrant", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("grant" = String, Path, description = "The grant's id (`rgr_…`)")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or grant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_resource_grant(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    resource_grants::delete(&state.app, &ctx, &slug, &organization, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
