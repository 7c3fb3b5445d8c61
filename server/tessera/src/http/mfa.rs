//! `/v1/tenants/{tenant}/users/{user}/mfa/…`: a user's TOTP authenticator and recovery
//! codes, managed with an admin key. The self-service API calls the same services.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{ConfirmTotp, Problem, RecoveryCodes, TotpEnrolment, TotpStatus};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath};
use crate::services::{mfa, tenants};

/// Get a user's TOTP status
///
/// Whether the user has an authenticator (pending or enabled) and how many unused recovery
/// codes are left.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/users/{user}/mfa/totp", operation_id = "getUserTotp", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The TOTP status", body = TotpStatus),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_user_totp(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<TotpStatus>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(mfa::status(&state.app, &tenant, &id).await?))
}

/// Start TOTP enrolment
///
/// Creates a new shared secret for the user, pending until confirmed, and returns it once:
/// as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
/// authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
/// the enrolment is confirmed.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/mfa/totp", operation_id = "startUserTotpEnrolment", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The new secret, shown once", body = TotpEnrolment),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "TOTP is already enabled; disable it first", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn start_user_totp_enrolment(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<TotpEnrolment>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(
        mfa::start_enrolment(&state.app, &ctx, &tenant, &id).await?,
    ))
}

/// Confirm TOTP enrolment
///
/// Enables the pending authenticator with a code it shows now (the previous and next
/// 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
/// From then on, a correct password leads to a second-factor challenge.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/mfa/totp/confirm", operation_id = "confirmUserTotp", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    request_body = ConfirmTotp,
    responses(
        (status = 200, description = "Enabled; the recovery codes, shown once", body = RecoveryCodes),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No enrolment is pending, or TOTP is already enabled", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is malformed or not the authenticator's current code", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn confirm_user_totp(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<ConfirmTotp>,
) -> ApiResult<Json<RecoveryCodes>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(
        mfa::confirm(&state.app, &ctx, &tenant, &id, body).await?,
    ))
}

/// Disable TOTP
///
/// Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
/// sign-in challenges: the password alone signs in again.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/users/{user}/mfa/totp", operation_id = "disableUserTotp", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Disabled"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user, or the user has no authenticator", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn disable_user_totp(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    let tenant = tenants::find(&state.app, &slug).await?;
    mfa::disable(&state.app, &ctx, &tenant, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Regenerate recovery codes
///
/// Replaces the user's recovery codes, used or not, with ten new ones, shown once.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/mfa/recovery-codes", operation_id = "regenerateUserRecoveryCodes", tag = "Users",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The new recovery codes, shown once", body = RecoveryCodes),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The user has no enabled TOTP authenticator", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn regenerate_user_recovery_codes(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<RecoveryCodes>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(
        mfa::regenerate_recovery_codes(&state.app, &ctx, &tenant, &id).await?,
    ))
}
