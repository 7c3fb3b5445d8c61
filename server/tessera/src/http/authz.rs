//! Roles (of the tenant and of one organization) and authorization checks, with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{
    AuthzCheck, AuthzCheckBatch, AuthzDecision, AuthzDecisionList, CreateRole, Problem, Role,
    RoleList, UpdateRole,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath};
use crate::services::organizations::{authz, roles};

/// List the tenant's roles
///
/// The built-in roles (with the tenant's permissions when it changed them), then the
/// tenant-wide custom roles.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/roles", operation_id = "listRoles", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The roles", body = RoleList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_roles(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<RoleList>> {
    Ok(Json(roles::list(&state.app, &slug, None).await?))
}

/// Create a tenant-wide role
///
/// A custom role every organization of the tenant can assign.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/roles", operation_id = "createRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateRole,
    responses(
        (status = 201, description = "The new role", body = Role),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The key is taken", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid key, name or permissions", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateRole>,
) -> ApiResult<(StatusCode, Json<Role>)> {
    let role = roles::create(&state.app, &ctx, &slug, None, body).await?;
    Ok((StatusCode::CREATED, Json(role)))
}

/// Get a tenant-wide role
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/roles/{role}", operation_id = "getRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("role" = String, Path, description = "The role's key")),
    responses(
        (status = 200, description = "The role", body = Role),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_role(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, role)): ApiPath<(String, String)>,
) -> ApiResult<Json<Role>> {
    Ok(Json(roles::get(&state.app, &slug, None, &role).await?))
}

/// Update a tenant-wide role
///
/// For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
/// cannot change.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/roles/{role}", operation_id = "updateRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("role" = String, Path, description = "The role's key")),
    request_body = UpdateRole,
    responses(
        (status = 200, description = "The updated role", body = Role),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or role", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The owner role cannot change", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name or permissions", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, role)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateRole>,
) -> ApiResult<Json<Role>> {
    Ok(Json(
        roles::update(&state.app, &ctx, &slug, None, &role, body).await?,
    ))
}

/// Delete a tenant-wide role
///
/// Only a custom role that no member holds.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/roles/{role}", operation_id = "deleteRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("role" = String, Path, description = "The role's key")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or role", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A built-in role, or one that members hold", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, role)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    roles::delete(&state.app, &ctx, &slug, None, &role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// List an organization's roles
///
/// The built-in and tenant-wide roles, then the organization's own.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/roles", operation_id = "listOrganizationRoles", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 200, description = "The roles", body = RoleList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_organization_roles(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
) -> ApiResult<Json<RoleList>> {
    Ok(Json(
        roles::list(&state.app, &slug, Some(&organization)).await?,
    ))
}

/// Create an organization's role
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/roles", operation_id = "createOrganizationRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateRole,
    responses(
        (status = 201, description = "The new role", body = Role),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The key is taken", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid key, name or permissions", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_organization_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<CreateRole>,
) -> ApiResult<(StatusCode, Json<Role>)> {
    let role = roles::create(&state.app, &ctx, &slug, Some(&organization), body).await?;
    Ok((StatusCode::CREATED, Json(role)))
}

/// Get an organization's role
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/roles/{role}", operation_id = "getOrganizationRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("role" = String, Path, description = "The role's key")),
    responses(
        (status = 200, description = "The role", body = Role),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_organization_role(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization, role)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<Role>> {
    Ok(Json(
        roles::get(&state.app, &slug, Some(&organization), &role).await?,
    ))
}

/// Update an organization's role
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/organizations/{organization}/roles/{role}", operation_id = "updateOrganizationRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("role" = String, Path, description = "The role's key")),
    request_body = UpdateRole,
    responses(
        (status = 200, description = "The updated role", body = Role),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or role", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name or permissions", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_organization_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, role)): ApiPath<(String, String, String)>,
    ApiJson(body): ApiJson<UpdateRole>,
) -> ApiResult<Json<Role>> {
    Ok(Json(
        roles::update(&state.app, &ctx, &slug, Some(&organization), &role, body).await?,
    ))
}

/// Delete an organization's role
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/roles/{role}", operation_id = "deleteOrganizationRole", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("role" = String, Path, description = "The role's key")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or role", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Members hold the role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_organization_role(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, role)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    roles::delete(&state.app, &ctx, &slug, Some(&organization), &role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Check a permission
///
/// May the subject do `permission` in the organization? The answer explains itself: the
/// role and pattern that granted it, or what was missing. Checks read live memberships.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/authz/check", operation_id = "checkPermission", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = AuthzCheck,
    responses(
        (status = 200, description = "The decision, allowed or not", body = AuthzDecision),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Malformed subject, permission, organization or resource", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn check_permission(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<AuthzCheck>,
) -> ApiResult<Json<AuthzDecision>> {
    Ok(Json(authz::check(&state.app, &slug, body).await?))
}

/// Check permissions in a batch
///
/// 1 to 100 checks, answered in order; malformed checks fail the whole batch.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/authz/check-batch", operation_id = "checkPermissions", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = AuthzCheckBatch,
    responses(
        (status = 200, description = "The decisions, in the order of the checks", body = AuthzDecisionList),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Too many or too few checks, or a malformed one", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn check_permissions(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<AuthzCheckBatch>,
) -> ApiResult<Json<AuthzDecisionList>> {
    Ok(Json(authz::check_batch(&state.app, &slug, body).await?))
}
