//! `/v1/tenants/{tenant}/resources` (the APIs a tenant protects), their public RFC 9728
//! metadata, and `/v1/tenants/{tenant}/oauth-settings`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    Branding, CreateResource, OAuthSettings, PageParams, Problem, ProtectedResourceMetadata,
    Resource, ResourceList, UpdateOAuthSettings, UpdateResource,
};

use super::HttpState;
use super::discovery::cached;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery};
use crate::services::resources;

/// Register a resource
///
/// An API the tenant protects, such as an MCP server: clients request tokens for it with
/// `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
/// tool, for instance) become requestable.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/resources", operation_id = "createResource", tag = "Resources",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateResource,
    responses(
        (status = 201, description = "The resource", body = Resource),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A resource with this identifier exists", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid identifier, name or scopes", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_resource(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateResource>,
) -> ApiResult<Response> {
    let created = resources::create(&state.app, &ctx, &slug, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// List resources
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/resources", operation_id = "listResources", tag = "Resources",
    params(("tenant" = String, Path, description = "The tenant's slug"), PageParams),
    responses(
        (status = 200, description = "One page of resources", body = ResourceList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_resources(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<ResourceList>> {
    Ok(Json(
        resources::list(&state.app, &slug, page.limit, page.cursor.as_deref()).await?,
    ))
}

/// Get a resource
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/resources/{resource}", operation_id = "getResource", tag = "Resources",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("resource" = String, Path, description = "The resource's id"),
    ),
    responses(
        (status = 200, description = "The resource", body = Resource),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or resource", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_resource(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<Resource>> {
    Ok(Json(resources::get(&state.app, &slug, &id).await?))
}

/// Update a resource
///
/// Its name and scopes; the identifier is fixed, since issued tokens carry it.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/resources/{resource}", operation_id = "updateResource", tag = "Resources",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("resource" = String, Path, description = "The resource's id"),
    ),
    request_body = UpdateResource,
    responses(
        (status = 200, description = "The resource", body = Resource),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or resource", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name or scopes", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_resource(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateResource>,
) -> ApiResult<Json<Resource>> {
    Ok(Json(
        resources::update(&state.app, &ctx, &slug, &id, body).await?,
    ))
}

/// Delete a resource
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/resources/{resource}", operation_id = "deleteResource", tag = "Resources",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("resource" = String, Path, description = "The resource's id"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or resource", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_resource(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    resources::delete(&state.app, &ctx, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Protected resource metadata
///
/// RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
/// behalf: resource servers point clients here from their `WWW-Authenticate` challenge
/// (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
#[utoipa::path(
    get, path = "/.well-known/oauth-protected-resource/t/{tenant}/resources/{resource}", operation_id = "getProtectedResourceMetadata", tag = "Discovery",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("resource" = String, Path, description = "The resource's id"),
    ),
    responses(
        (status = 200, description = "The metadata", body = ProtectedResourceMetadata),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or resource", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_protected_resource_metadata(
    State(state): State<HttpState>,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Response> {
    Ok(cached(resources::metadata(&state.app, &slug, &id).await?))
}

/// Get OAuth settings
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/oauth-settings", operation_id = "getOAuthSettings", tag = "Resources",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The tenant's authorization-server policy", body = OAuthSettings),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_oauth_settings(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<OAuthSettings>> {
    Ok(Json(resources::settings(&state.app, &slug).await?))
}

/// Update OAuth settings
///
/// `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
/// as MCP clients need; registered clients get only the code flow.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/oauth-settings", operation_id = "updateOAuthSettings", tag = "Resources",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = UpdateOAuthSettings,
    responses(
        (status = 200, description = "The tenant's authorization-server policy", body = OAuthSettings),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_oauth_settings(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateOAuthSettings>,
) -> ApiResult<Json<OAuthSettings>> {
    Ok(Json(
        resources::update_settings(&state.app, &ctx, &slug, body).await?,
    ))
}

/// Get branding
///
/// How the tenant's hosted sign-in and consent pages look.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/branding", operation_id = "getBranding", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The branding", body = Branding),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_branding(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<Branding>> {
    let tenant = crate::services::tenants::find(&state.app, &slug).await?;
    Ok(Json(resources::branding(&state.app, &tenant).await?))
}

/// Set branding
///
/// Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
/// omitted fields return to the defaults.
#[utoipa::path(
    put, path = "/v1/tenants/{tenant}/branding", operation_id = "setBranding", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = Branding,
    responses(
        (status = 200, description = "The branding", body = Branding),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid logo URL or colour", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn set_branding(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<Branding>,
) -> ApiResult<Json<Branding>> {
    Ok(Json(
        resources::set_branding(&state.app, &ctx, &slug, body).await?,
    ))
}
