//! `/v1/tenants`: tenant management.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{CreateTenant, PageParams, Problem, Tenant, TenantList, UpdateTenant};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery};
use crate::services::tenants;

/// Create a tenant
///
/// Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
/// `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
#[utoipa::path(
    post, path = "/v1/tenants", operation_id = "createTenant", tag = "Tenants",
    request_body = CreateTenant,
    responses(
        (status = 201, description = "The new tenant", body = Tenant,
            headers(("location" = String, description = "The tenant's URL"))),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid slug, name or origins", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_tenant(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiJson(body): ApiJson<CreateTenant>,
) -> ApiResult<Response> {
    let tenant = tenants::create(&state.app, &ctx, body).await?;
    let location = HeaderValue::from_str(&format!("/v1/tenants/{}", tenant.slug)).ok();
    let mut response = (StatusCode::CREATED, Json(tenant)).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// List tenants
///
/// Oldest first, paginated by cursor.
#[utoipa::path(
    get, path = "/v1/tenants", operation_id = "listTenants", tag = "Tenants",
    params(PageParams),
    responses(
        (status = 200, description = "One page of tenants", body = TenantList),
        (status = 400, description = "Malformed query", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_tenants(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<TenantList>> {
    Ok(Json(
        tenants::list(&state.app, page.limit, page.cursor.as_deref()).await?,
    ))
}

/// Get a tenant
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}", operation_id = "getTenant", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The tenant", body = Tenant),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_tenant(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<Tenant>> {
    let record = tenants::find(&state.app, &slug).await?;
    Ok(Json(tenants::to_wire(&state.app, &record)?))
}

/// Update a tenant
///
/// Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
/// it is part of the issuer that tokens carry.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}", operation_id = "updateTenant", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = UpdateTenant,
    responses(
        (status = 200, description = "The updated tenant", body = Tenant),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A concurrent key change", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name or origins", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_tenant(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateTenant>,
) -> ApiResult<Json<Tenant>> {
    Ok(Json(tenants::update(&state.app, &ctx, &slug, body).await?))
}

/// Delete a tenant
///
/// Deletes the tenant and everything it owns, keys included. Tokens it issued stop
/// verifying as soon as relying parties refresh its JWKS.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}", operation_id = "deleteTenant", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 204, description = "Deleted"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_tenant(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<StatusCode> {
    tenants::delete(&state.app, &ctx, &slug).await?;
    Ok(StatusCode::NO_CONTENT)
}
