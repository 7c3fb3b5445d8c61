//! `/t/{tenant}/auth/signup`: self-service account creation, as the tenant's `signup_mode`
//! allows.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use tessera_wire::{EmailRequestAccepted, Problem, SessionTokens, SignupRequest, SignupVerify};

use super::HttpState;
use super::auth::deliver;
use super::error::ApiResult;
use super::extract::{ApiJson, ApiPath, Caller};
use crate::services::signup;

/// Sign up
///
/// Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
/// takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
/// (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
/// `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
/// the password policy.
///
/// The answer is the same 202, after about the same time, whether or not the address
/// already has an account, so it reveals nothing about which accounts exist: a new address
/// is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
/// an address with an account is emailed a notice with a password-reset link instead.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/signup", operation_id = "signup", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = SignupRequest,
    responses(
        (status = 202, description = "Accepted; a message is on its way to the address", body = EmailRequestAccepted),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an email address, a name that is too long, or a password that does not meet the policy", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn signup(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<SignupRequest>,
) -> ApiResult<(StatusCode, Json<EmailRequestAccepted>)> {
    let accepted = signup::request(&state.app, &ctx, &slug, body).await?;
    Ok((StatusCode::ACCEPTED, Json(accepted)))
}

/// Finish signing up
///
/// Spends the token of a signup link, creates the user (with the email verified) and signs
/// them in: the session's tokens, the refresh token in JSON or in the session cookie as
/// `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
/// signup of the same address; 409 if the address got an account in the meantime.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/signup/verify", operation_id = "verifySignup", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = SignupVerify,
    responses(
        (status = 200, description = "Signed up and signed in", body = SessionTokens),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown, expired, used or superseded token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The tenant no longer takes signups from this address", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The address already has an account", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn verify_signup(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<SignupVerify>,
) -> ApiResult<Response> {
    let tokens = signup::verify(&state.app, &ctx, &slug, &body.token).await?;
    Ok(deliver(
        &slug,
        tokens,
        body.delivery.unwrap_or_default(),
        state.app.session_settings.session_lifetime_secs,
    ))
}
