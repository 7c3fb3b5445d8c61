//! `/v1/tenants/{tenant}/api-keys`: API keys of organizations and users, with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{
    ApiKey, ApiKeyList, ApiKeyListParams, ApiKeyWithSecret, CreateApiKey, Problem, RotateApiKey,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery, OptionalJson};
use crate::services::organizations::api_keys;

/// Create an API key
///
/// For an organization or a user, limited to permission patterns, optionally expiring. The
/// `tsk_…` secret is in this answer only; resource servers check it by introspection.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/api-keys", operation_id = "createApiKey", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateApiKey,
    responses(
        (status = 201, description = "The key and its secret, shown once", body = ApiKeyWithSecret),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No single owner, an unknown owner, or invalid name, permissions or lifetime", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_api_key(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateApiKey>,
) -> ApiResult<(StatusCode, Json<ApiKeyWithSecret>)> {
    let key = api_keys::create(&state.app, &ctx, &slug, body).await?;
    Ok((StatusCode::CREATED, Json(key)))
}

/// List API keys
///
/// Oldest first, optionally of one organization or user, revoked and expired keys included.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/api-keys", operation_id = "listApiKeys", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ApiKeyListParams),
    responses(
        (status = 200, description = "One page of keys (no secrets)", body = ApiKeyList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_api_keys(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<ApiKeyListParams>,
) -> ApiResult<Json<ApiKeyList>> {
    Ok(Json(api_keys::list(&state.app, &slug, params).await?))
}

/// Get an API key
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/api-keys/{key}", operation_id = "getApiKey", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("key" = String, Path, description = "The key's id (`key_…`)")),
    responses(
        (status = 200, description = "The key (no secret)", body = ApiKey),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or key", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_api_key(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<ApiKey>> {
    Ok(Json(api_keys::get(&state.app, &slug, &id).await?))
}

/// Revoke an API key
///
/// Introspection answers `active: false` for it from now on.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/api-keys/{key}", operation_id = "revokeApiKey", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("key" = String, Path, description = "The key's id (`key_…`)")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already revoked", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn revoke_api_key(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    api_keys::revoke(&state.app, &ctx, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Rotate an API key
///
/// Issues a successor with the same owner, name, permissions and lifetime; the old key
/// keeps working for `overlap_secs` (a day by default).
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/api-keys/{key}/rotate", operation_id = "rotateApiKey", tag = "Authorization",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("key" = String, Path, description = "The key's id (`key_…`)")),
    request_body(content = Option<RotateApiKey>, description = "Optional"),
    responses(
        (status = 200, description = "The successor and its secret, shown once", body = ApiKeyWithSecret),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The key is revoked, expired or already rotated", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Overlap out of range", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn rotate_api_key(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    OptionalJson(body): OptionalJson<RotateApiKey>,
) -> ApiResult<Json<ApiKeyWithSecret>> {
    Ok(Json(
        api_keys::rotate(&state.app, &ctx, &slug, &id, body).await?,
    ))
}
