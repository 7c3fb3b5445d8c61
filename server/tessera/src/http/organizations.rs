//! `/v1/tenants/{tenant}/organizations`: organizations and their members, with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    AddMember, CreateOrganization, Membership, MembershipList, Organization, OrganizationList,
    OrganizationSearchParams, PageParams, Problem, UpdateMember, UpdateOrganization,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery};
use crate::services::organizations::{self, memberships};

/// Create an organization
///
/// The slug is unique within the tenant and cannot change later.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations", operation_id = "createOrganization", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateOrganization,
    responses(
        (status = 201, description = "The new organization", body = Organization,
            headers(("location" = String, description = "The organization's URL"))),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid slug, name, logo, metadata or policies", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_organization(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateOrganization>,
) -> ApiResult<Response> {
    let organization = organizations::create(&state.app, &ctx, &slug, body).await?;
    let location = HeaderValue::from_str(&format!(
        "/v1/tenants/{slug}/organizations/{}",
        organization.id
    ))
    .ok();
    let mut response = (StatusCode::CREATED, Json(organization)).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Search organizations
///
/// By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations", operation_id = "listOrganizations", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), OrganizationSearchParams),
    responses(
        (status = 200, description = "One page of organizations", body = OrganizationList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_organizations(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<OrganizationSearchParams>,
) -> ApiResult<Json<OrganizationList>> {
    Ok(Json(
        organizations::search(&state.app, &slug, params).await?,
    ))
}

/// Get an organization
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}", operation_id = "getOrganization", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 200, description = "The organization", body = Organization),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_organization(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
) -> ApiResult<Json<Organization>> {
    Ok(Json(
        organizations::get(&state.app, &slug, &organization).await?,
    ))
}

/// Update an organization
///
/// Changes only the fields present; `policies` replaces every policy at once.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/organizations/{organization}", operation_id = "updateOrganization", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = UpdateOrganization,
    responses(
        (status = 200, description = "The updated organization", body = Organization),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name, logo, metadata or policies", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_organization(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateOrganization>,
) -> ApiResult<Json<Organization>> {
    Ok(Json(
        organizations::update(&state.app, &ctx, &slug, &organization, body).await?,
    ))
}

/// Delete an organization
///
/// Deletes its memberships, custom roles and invitations; sessions switched into it carry
/// no organization from their next token on.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}", operation_id = "deleteOrganization", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_organization(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    organizations::delete(&state.app, &ctx, &slug, &organization).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Add a member
///
/// Adds a user of the tenant with a role (`member` by default).
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/members", operation_id = "addOrganizationMember", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = AddMember,
    responses(
        (status = 201, description = "The membership", body = Membership),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The user is already a member", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown user or role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn add_organization_member(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<AddMember>,
) -> ApiResult<(StatusCode, Json<Membership>)> {
    let membership = memberships::add(&state.app, &ctx, &slug, &organization, body).await?;
    Ok((StatusCode::CREATED, Json(membership)))
}

/// List members
///
/// Ordered by user id, paginated by cursor.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/members", operation_id = "listOrganizationMembers", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), PageParams),
    responses(
        (status = 200, description = "One page of members", body = MembershipList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_organization_members(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiQuery(params): ApiQuery<PageParams>,
) -> ApiResult<Json<MembershipList>> {
    Ok(Json(
        memberships::list(&state.app, &slug, &organization, params).await?,
    ))
}

/// Get a member
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/members/{user}", operation_id = "getOrganizationMember", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The membership", body = Membership),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_organization_member(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization, user)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<Membership>> {
    Ok(Json(
        memberships::get(&state.app, &slug, &organization, &user).await?,
    ))
}

/// Change a member's role
///
/// The last owner keeps the owner role until another member is made owner.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/organizations/{organization}/members/{user}", operation_id = "updateOrganizationMember", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("user" = String, Path, description = "The user's id")),
    request_body = UpdateMember,
    responses(
        (status = 200, description = "The membership", body = Membership),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The member is the last owner", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_organization_member(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, user)): ApiPath<(String, String, String)>,
    ApiJson(body): ApiJson<UpdateMember>,
) -> ApiResult<Json<Membership>> {
    Ok(Json(
        memberships::update(&state.app, &ctx, &slug, &organization, &user, body).await?,
    ))
}

/// Remove a member
///
/// The user's sessions switched into the organization carry no organization from their
/// next token on. The last owner cannot be removed.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/members/{user}", operation_id = "removeOrganizationMember", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The member is the last owner", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn remove_organization_member(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, user)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    memberships::remove(&state.app, &ctx, &slug, &organization, &user).await?;
    Ok(StatusCode::NO_CONTENT)
}
