//! `/t/{tenant}/auth/…`: the first-party sign-in API that SDKs and hosted pages call.
//!
//! Refresh tokens travel in JSON (`delivery: token`) or in an `HttpOnly; Secure;
//! SameSite=Strict` cookie scoped to the tenant's auth path (`delivery: cookie`). Every
//! endpoint takes a JSON body, so a cross-site form cannot call it without a CORS preflight.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    ErrorCode, LoginRequest, LoginResponse, MfaVerifyRequest, Problem, RefreshRequest,
    SessionTokens, TokenDelivery,
};

use super::HttpState;
use super::error::{ApiError, ApiResult};
use super::extract::{ApiJson, ApiPath, Caller};
use crate::services::{mfa, sessions};

pub const REFRESH_COOKIE: &str = "tessera_refresh";

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == REFRESH_COOKIE)
        .map(|(_, value)| value.to_owned())
}

fn set_cookie(slug: &str, value: &str, max_age: i64) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "{REFRESH_COOKIE}={value}; Path=/t/{slug}/auth; Max-Age={max_age}; HttpOnly; Secure; SameSite=Strict"
    ))
    .ok()
}

/// The tokens as JSON, moving the refresh token into the cookie for cookie delivery.
pub(super) fn deliver(
    slug: &str,
    mut tokens: SessionTokens,
    delivery: TokenDelivery,
    lifetime: i64,
) -> Response {
    let cookie = match delivery {
        TokenDelivery::Cookie => tokens
            .refresh_token
            .take()
            .and_then(|t| set_cookie(slug, &t, lifetime)),
        TokenDelivery::Token => None,
    };
    let mut response = Json(tokens).into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// Sign in with email and password
///
/// Answers the same `invalid_credentials` whether the email is unknown or the password is
/// wrong. After five failures the email is locked with exponential backoff (429 with
/// `Retry-After`), whether or not it has an account.
///
/// When the user has a second factor, a correct password answers an `MfaChallenge`
/// (`mfa_required: true`) instead of tokens: complete the sign-in at
/// `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
///
/// With `organization` (an id, `org_…`, or a slug), the session opens switched into that
/// organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
/// access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
/// `permissions`. An organization the tenant does not have is `422` before the password is
/// checked. Once every factor is verified (here, or at the second factor, whose challenge
/// remembers the organization), a user who is not a member gets `403 permission_denied`,
/// and a sign-in that does not meet a policy `403 organization_policy_violation` whose
/// `detail` names the policy in backquotes; either opens no session and counts nothing
/// towards the lockout. A wrong password is `invalid_credentials` as without it.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/login", operation_id = "login", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in, or a second factor is required (`mfa_required: true`)", body = LoginResponse),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`organization` names no organization of the tenant", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the lock ends or the limit resets"))),
    )
)]
pub async fn login(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<LoginRequest>,
) -> ApiResult<Response> {
    let delivery = body.delivery.unwrap_or_default();
    match sessions::login(
        &state.app,
        &ctx,
        &slug,
        &body.email,
        body.password,
        body.organization.as_deref(),
    )
    .await?
    {
        LoginResponse::Session(tokens) => Ok(deliver(
            &slug,
            tokens,
            delivery,
            state.app.session_settings.session_lifetime_secs,
        )),
        challenge @ LoginResponse::MfaRequired(_) => Ok(Json(challenge).into_response()),
    }
}

/// Complete a sign-in with a second factor
///
/// Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
/// current six-digit code (the previous and next 30-second codes are accepted too, each
/// code only once), or `recovery_code`, one of the user's single-use recovery codes. A
/// wrong code answers `invalid_code` and leaves the token usable until it expires (five
/// minutes); failures count towards the same lockout as wrong passwords. Success spends the
/// token and returns the session's tokens, delivered as `delivery` asks.
///
/// When the login named an `organization`, the session opens into it once the user's
/// membership and the organization's policies, judged with this second factor (so
/// `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
/// and no session is opened.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/mfa/verify", operation_id = "verifyMfa", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = MfaVerifyRequest,
    responses(
        (status = 200, description = "Signed in", body = SessionTokens),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not exactly one of `code` and `recovery_code`, or a malformed one", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the lock ends or the limit resets"))),
    )
)]
pub async fn verify_mfa(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<MfaVerifyRequest>,
) -> ApiResult<Response> {
    let delivery = body.delivery.unwrap_or_default();
    let tokens = mfa::verify(&state.app, &ctx, &slug, body).await?;
    Ok(deliver(
        &slug,
        tokens,
        delivery,
        state.app.session_settings.session_lifetime_secs,
    ))
}

/// Refresh a session
///
/// Spends the refresh token (from the body or the cookie) and returns a new access token
/// and a new refresh token. A refresh token works once: presenting a spent one revokes the
/// whole session.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/refresh", operation_id = "refreshSession", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens", body = SessionTokens),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown, expired, revoked or reused refresh token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn refresh_session(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> ApiResult<Response> {
    let from_cookie = body.refresh_token.is_none();
    let Some(presented) = body.refresh_token.or_else(|| cookie_token(&headers)) else {
        return Err(ApiError::new(
            ErrorCode::InvalidToken,
            "no refresh token: send `refresh_token` in the body or the session cookie",
        ));
    };
    let delivery = body.delivery.unwrap_or(if from_cookie {
        TokenDelivery::Cookie
    } else {
        TokenDelivery::Token
    });
    let tokens = sessions::refresh(&state.app, &ctx, &slug, &presented).await?;
    Ok(deliver(
        &slug,
        tokens,
        delivery,
        state.app.session_settings.session_lifetime_secs,
    ))
}

/// Sign out
///
/// Revokes the session of the refresh token (from the body or the cookie) and clears the
/// cookie. Signing out twice, or with an unknown token, also answers 204.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/logout", operation_id = "logout", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out"),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn logout(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> ApiResult<Response> {
    if let Some(presented) = body.refresh_token.or_else(|| cookie_token(&headers)) {
        sessions::logout(&state.app, &ctx, &slug, &presented).await?;
    } else {
        crate::services::tenants::find(&state.app, &slug).await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    if let Some(cookie) = set_cookie(&slug, "", 0) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    Ok(response)
}
