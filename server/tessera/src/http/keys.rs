//! `/v1/tenants/{tenant}/keys` and test tokens.

use axum::Json;
use axum::extract::State;
use tessera_wire::{Problem, RotateKeysRequest, SigningKeyList, TestToken, TestTokenRequest};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, OptionalJson};
use crate::services::{keys, tenants, test_tokens};

/// List signing keys
///
/// The tenant's published keys: active ones first, then retired ones that stay in the JWKS
/// until no token they signed can still be valid.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/keys", operation_id = "listSigningKeys", tag = "Keys",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The published keys", body = SigningKeyList),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_signing_keys(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<SigningKeyList>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(SigningKeyList {
        data: keys::list(&state.app, &tenant).await?,
    }))
}

/// Rotate signing keys
///
/// Activates a new key for each algorithm (or only `alg`) and retires the previous one,
/// which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/keys/rotate", operation_id = "rotateSigningKeys", tag = "Keys",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body(content = Option<RotateKeysRequest>, description = "Optional; an empty body rotates every key"),
    responses(
        (status = 200, description = "The published keys after rotation", body = SigningKeyList),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A concurrent rotation won", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The tenant has no key of that algorithm", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn rotate_signing_keys(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    OptionalJson(body): OptionalJson<RotateKeysRequest>,
) -> ApiResult<Json<SigningKeyList>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(SigningKeyList {
        data: keys::rotate(&state.app, &ctx, &tenant, body.alg).await?,
    }))
}

/// Mint a test access token
///
/// Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
/// resource servers and token validation; `client_id` is `tessera-test-token`.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/test-tokens", operation_id = "createTestToken", tag = "Keys",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = TestTokenRequest,
    responses(
        (status = 200, description = "The signed token", body = TestToken),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid subject, audience, scope or lifetime", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_test_token(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<TestTokenRequest>,
) -> ApiResult<Json<TestToken>> {
    Ok(Json(
        test_tokens::mint(&state.app, &ctx, &slug, body).await?,
    ))
}
