//! `/t/{tenant}/me`: self-service for a signed-in user, authenticated by a session access
//! token (`Authorization: Bearer …` from `/t/{tenant}/auth/login`).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use tessera_wire::{
    ChangePassword, ConfirmTotp, Problem, Reauthenticate, RecoveryCodes, SessionList,
    TotpEnrolment, TotpStatus, UpdateProfile, User,
};

use super::HttpState;
use super::error::{ApiError, ApiResult};
use super::extract::{ApiJson, ApiPath, Caller};
use crate::services::access_tokens::{self, SessionUser};
use crate::services::audit::{Actor, Context};
use crate::services::{me, tenants};

/// The signed-in user, with the request's audit context acting as them.
pub struct Me(pub SessionUser, pub Context);

impl FromRequestParts<HttpState> for Me {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &HttpState,
    ) -> Result<Self, Self::Rejection> {
        let Ok(Caller(ctx)) = Caller::from_request_parts(parts, state).await;
        let params = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| {
                ApiError::new(
                    tessera_wire::ErrorCode::InvalidParameter,
                    rejection.body_text(),
                )
            })?;
        let slug = params.0.get("tenant").cloned().unwrap_or_default();
        let token = super::extract::bearer_token(&parts.headers).ok_or_else(|| {
                ApiError::unauthorized(
                    "sign in first: send the access token from /auth/login as `Authorization: Bearer …`",
                )
            })?;
        let tenant = tenants::find(&state.app, &slug).await?;
        let user = access_tokens::authenticate(&state.app, tenant, token).await?;
        let ctx = ctx.as_actor(Actor::User(user.user.id.clone()));
        Ok(Me(user, ctx))
    }
}

/// Get my profile
#[utoipa::path(
    get, path = "/t/{tenant}/me", operation_id = "getMe", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The signed-in user", body = User),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn get_me(Me(me, _): Me) -> ApiResult<Json<User>> {
    Ok(Json(me::profile(&me)?))
}

/// Update my profile
///
/// Name, picture and locale. Email changes and metadata are for administrators.
#[utoipa::path(
    patch, path = "/t/{tenant}/me", operation_id = "updateMe", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = UpdateProfile,
    responses(
        (status = 200, description = "The updated profile", body = User),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name, picture or locale", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn update_me(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<UpdateProfile>,
) -> ApiResult<Json<User>> {
    Ok(Json(me::update_profile(&state.app, &ctx, me, body).await?))
}

/// Delete my account
///
/// Deletes the account and its sessions; needs the current password when the account has one.
#[utoipa::path(
    delete, path = "/t/{tenant}/me", operation_id = "deleteMe", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = Reauthenticate,
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Invalid access token, or a wrong current password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The current password is missing", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn delete_me(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<Reauthenticate>,
) -> ApiResult<StatusCode> {
    me::delete_account(&state.app, &ctx, me, body.current_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Change my password
///
/// Needs the current password (when the account has one); every other session of the
/// user ends, this one stays.
#[utoipa::path(
    post, path = "/t/{tenant}/me/password", operation_id = "changeMyPassword", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = ChangePassword,
    responses(
        (status = 204, description = "Changed"),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Invalid access token, or a wrong current password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The new password breaks the policy, or the current one is missing", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn change_my_password(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<ChangePassword>,
) -> ApiResult<StatusCode> {
    me::change_password(
        &state.app,
        &ctx,
        me,
        body.current_password,
        body.new_password,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// List my sessions
#[utoipa::path(
    get, path = "/t/{tenant}/me/sessions", operation_id = "listMySessions", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "My live sessions, newest first", body = SessionList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn list_my_sessions(
    State(state): State<HttpState>,
    Me(me, _): Me,
) -> ApiResult<Json<SessionList>> {
    Ok(Json(me::list_sessions(&state.app, &me).await?))
}

/// Sign out one of my sessions
#[utoipa::path(
    delete, path = "/t/{tenant}/me/sessions/{session}", operation_id = "revokeMySession", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("session" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or live session", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn revoke_my_session(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_, session)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    me::revoke_session(&state.app, &ctx, &me, &session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// My TOTP status
#[utoipa::path(
    get, path = "/t/{tenant}/me/mfa/totp", operation_id = "getMyTotp", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "Whether I have an authenticator, and how many recovery codes are left", body = TotpStatus),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn get_my_totp(
    State(state): State<HttpState>,
    Me(me, _): Me,
) -> ApiResult<Json<TotpStatus>> {
    Ok(Json(me::mfa::status(&state.app, &me).await?))
}

/// Start my TOTP enrolment
///
/// Needs the current password (when the account has one). Returns a new secret, pending
/// until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
#[utoipa::path(
    post, path = "/t/{tenant}/me/mfa/totp", operation_id = "startMyTotpEnrolment", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = Reauthenticate,
    responses(
        (status = 200, description = "The new secret, shown once", body = TotpEnrolment),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Invalid access token, or a wrong current password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "TOTP is already enabled", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The current password is missing", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn start_my_totp_enrolment(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<Reauthenticate>,
) -> ApiResult<Json<TotpEnrolment>> {
    Ok(Json(
        me::mfa::start(&state.app, &ctx, &me, body.current_password).await?,
    ))
}

/// Confirm my TOTP enrolment
///
/// Enables the pending authenticator with a code it shows now and returns ten single-use
/// recovery codes, shown once.
#[utoipa::path(
    post, path = "/t/{tenant}/me/mfa/totp/confirm", operation_id = "confirmMyTotp", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = ConfirmTotp,
    responses(
        (status = 200, description = "Enabled; the recovery codes, shown once", body = RecoveryCodes),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No enrolment is pending, or TOTP is already enabled", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is malformed or not the authenticator's current code", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn confirm_my_totp(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<ConfirmTotp>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(me::mfa::confirm(&state.app, &ctx, &me, body).await?))
}

/// Disable my TOTP
///
/// Needs the current password (when the account has one).
#[utoipa::path(
    delete, path = "/t/{tenant}/me/mfa/totp", operation_id = "disableMyTotp", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = Reauthenticate,
    responses(
        (status = 204, description = "Disabled"),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Invalid access token, or a wrong current password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, or no authenticator", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The current password is missing", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn disable_my_totp(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<Reauthenticate>,
) -> ApiResult<StatusCode> {
    me::mfa::disable(&state.app, &ctx, &me, body.current_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Regenerate my recovery codes
///
/// Needs the current password (when the account has one); the old codes stop working.
#[utoipa::path(
    post, path = "/t/{tenant}/me/mfa/recovery-codes", operation_id = "regenerateMyRecoveryCodes", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = Reauthenticate,
    responses(
        (status = 200, description = "The new recovery codes, shown once", body = RecoveryCodes),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Invalid access token, or a wrong current password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No enabled authenticator", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The current password is missing", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn regenerate_my_recovery_codes(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<Reauthenticate>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(
        me::mfa::regenerate(&state.app, &ctx, &me, body.current_password).await?,
    ))
}
