//! `/v1/tenants/{tenant}/users`: user management with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    CreateUser, Problem, SessionList, UpdateUser, User, UserList, UserSearchParams,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery};
use crate::services::users;

/// Create a user
///
/// The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
/// when given, must meet the password policy and is stored as an argon2id hash.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users", operation_id = "createUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateUser,
    responses(
        (status = 201, description = "The new user", body = User,
            headers(("location" = String, description = "The user's URL"))),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The email is taken", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email, profile or password", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateUser>,
) -> ApiResult<Response> {
    let user = users::create(&state.app, &ctx, &slug, body).await?;
    let location = HeaderValue::from_str(&format!("/v1/tenants/{slug}/users/{}", user.id)).ok();
    let mut response = (StatusCode::CREATED, Json(user)).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Search users
///
/// Filters by exact email, a case-insensitive substring of email or name, and disabled
/// state; oldest first, paginated by cursor.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/users", operation_id = "listUsers", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), UserSearchParams),
    responses(
        (status = 200, description = "One page of users", body = UserList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range, malformed email or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_users(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<UserSearchParams>,
) -> ApiResult<Json<UserList>> {
    Ok(Json(users::search(&state.app, &slug, params).await?))
}

/// Get a user
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/users/{user}", operation_id = "getUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = User),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_user(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<User>> {
    Ok(Json(users::get(&state.app, &slug, &id).await?))
}

/// Update a user
///
/// Changes only the fields present. A new password revokes every session of the user; a
/// new email is unverified unless `email_verified` is sent too.
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/users/{user}", operation_id = "updateUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    request_body = UpdateUser,
    responses(
        (status = 200, description = "The updated user", body = User),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The email is taken", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email, profile or password", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateUser>,
) -> ApiResult<Json<User>> {
    Ok(Json(
        users::update(&state.app, &ctx, &slug, &id, body).await?,
    ))
}

/// Delete a user
///
/// Deletes the user and their sessions.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/users/{user}", operation_id = "deleteUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    users::delete(&state.app, &ctx, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Disable a user
///
/// The user can no longer sign in or refresh, and every session is revoked at once.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/disable", operation_id = "disableUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The disabled user", body = User),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn disable_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<User>> {
    Ok(Json(
        users::set_disabled(&state.app, &ctx, &slug, &id, true).await?,
    ))
}

/// Enable a user
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/enable", operation_id = "enableUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The enabled user", body = User),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn enable_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<User>> {
    Ok(Json(
        users::set_disabled(&state.app, &ctx, &slug, &id, false).await?,
    ))
}

/// Unlock a user
///
/// Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/unlock", operation_id = "unlockUser", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user, now able to sign in", body = User),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn unlock_user(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<User>> {
    Ok(Json(users::unlock(&state.app, &ctx, &slug, &id).await?))
}

/// List a user's sessions
///
/// Live sessions (neither revoked nor expired), newest first.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/users/{user}/sessions", operation_id = "listUserSessions", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The sessions", body = SessionList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_user_sessions(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<SessionList>> {
    Ok(Json(users::list_sessions(&state.app, &slug, &id).await?))
}

/// Revoke a user's session
///
/// Its refresh tokens stop working at once; access tokens already issued expire on their own.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/users/{user}/sessions/{session}", operation_id = "revokeUserSession", tag = "Users",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("user" = String, Path, description = "The user's id"),
        ("session" = String, Path, description = "The session's id"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, user or live session", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn revoke_user_session(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id, session)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    users::revoke_session(&state.app, &ctx, &slug, &id, &session).await?;
    Ok(StatusCode::NO_CONTENT)
}
