//! `/v1/tenants/{tenant}/password-policy`: what new passwords of a tenant must pass.

use axum::Json;
use axum::extract::State;
use tessera_wire::{PasswordPolicy, Problem, SetPasswordPolicy};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath};
use crate::services::{password_policy, tenants};

/// Get the password policy
///
/// The policy in force: the tenant's choices over the server's defaults. It applies to
/// sign-up, admin create and update, password change, password reset and invitation accept;
/// existing passwords keep working.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/password-policy", operation_id = "getPasswordPolicy", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The password policy", body = PasswordPolicy),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_password_policy(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<PasswordPolicy>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(password_policy::effective(&state.app, &tenant).await?))
}

/// Set the password policy
///
/// Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
/// count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
/// to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
/// range API configured.
#[utoipa::path(
    put, path = "/v1/tenants/{tenant}/password-policy", operation_id = "setPasswordPolicy", tag = "Tenants",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = SetPasswordPolicy,
    responses(
        (status = 200, description = "The password policy now in force", body = PasswordPolicy),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Lengths out of range, or a breach check the server cannot do", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn set_password_policy(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<SetPasswordPolicy>,
) -> ApiResult<Json<PasswordPolicy>> {
    Ok(Json(
        password_policy::set(&state.app, &ctx, &slug, body).await?,
    ))
}
