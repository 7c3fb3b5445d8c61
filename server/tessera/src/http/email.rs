//! Email flows: `/t/{tenant}/auth/{verify-email, password-reset, magic-link, email-code}`
//! for end users, and `/v1/tenants/{tenant}/{users/{user}/send-verification-email, outbox,
//! email-templates}` for administrators.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    EmailCodeVerify, EmailRequest, EmailRequestAccepted, EmailTemplate, EmailTemplateList,
    EmailVerified, LoginResponse, MagicLinkVerify, OutboxMessageList, OutboxQueryParams,
    PasswordResetConfirm, Problem, PutEmailTemplate, TokenDelivery, VerificationEmailSent,
    VerifyEmailRequest,
};

use super::HttpState;
use super::auth::deliver;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery, Caller};
use crate::services::email::{self, Purpose, templates};

/// A sign-in's answer: the session delivered as asked, or the second-factor challenge.
fn answer(
    state: &HttpState,
    slug: &str,
    outcome: LoginResponse,
    delivery: Option<TokenDelivery>,
) -> Response {
    match outcome {
        LoginResponse::Session(tokens) => deliver(
            slug,
            tokens,
            delivery.unwrap_or_default(),
            state.app.session_settings.session_lifetime_secs,
        ),
        challenge @ LoginResponse::MfaRequired(_) => Json(challenge).into_response(),
    }
}

/// Send a verification email
///
/// Emails the user a link that verifies their address; it works once, for 24 hours, and a
/// newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
/// token in the URL fragment; that page posts it to `verifyEmail`.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/users/{user}/send-verification-email", operation_id = "sendVerificationEmail", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("user" = String, Path, description = "The user's id")),
    responses(
        (status = 202, description = "The message was handed to the mail relay (or the outbox)", body = VerificationEmailSent),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The email is already verified, or the user is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The mail relay is unavailable", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn send_verification_email(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<(StatusCode, Json<VerificationEmailSent>)> {
    let sent = email::send_verification(&state.app, &ctx, &slug, &id).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

/// Verify an email address
///
/// Spends the token of a verification link and marks the user's email verified. The token
/// is refused if it expired, was used or replaced, or if the user's email changed since.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/verify-email", operation_id = "verifyEmail", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = VerifyEmailRequest,
    responses(
        (status = 200, description = "The email is verified", body = EmailVerified),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown, expired, used or superseded token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn verify_email(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<VerifyEmailRequest>,
) -> ApiResult<Json<EmailVerified>> {
    Ok(Json(
        email::verify_email(&state.app, &ctx, &slug, &body.token).await?,
    ))
}

/// Request a password reset
///
/// Emails a reset link (valid once, for 30 minutes) if the address has an account that may
/// sign in. The answer is the same 202, after about the same time, whether or not it does.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/password-reset", operation_id = "requestPasswordReset", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = EmailRequest,
    responses(
        (status = 202, description = "Accepted; a message is sent if the address has an account", body = EmailRequestAccepted),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an email address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn request_password_reset(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<EmailRequest>,
) -> ApiResult<(StatusCode, Json<EmailRequestAccepted>)> {
    let accepted =
        email::request(&state.app, &ctx, &slug, &body.email, Purpose::PasswordReset).await?;
    Ok((StatusCode::ACCEPTED, Json(accepted)))
}

/// Set a new password with a reset token
///
/// Spends the token of a reset link, sets the password (checked against the password
/// policy; a refused password leaves the token usable), marks the email verified, lifts a
/// sign-in lockout and revokes every session of the user.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/password-reset/confirm", operation_id = "confirmPasswordReset", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "The password is changed; sign in with it"),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown, expired, used or superseded token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The password does not meet the policy", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn confirm_password_reset(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<PasswordResetConfirm>,
) -> ApiResult<StatusCode> {
    email::confirm_password_reset(&state.app, &ctx, &slug, &body.token, body.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Request a magic link
///
/// Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
/// sign in. The answer is the same 202, after about the same time, whether or not it does.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/magic-link", operation_id = "requestMagicLink", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = EmailRequest,
    responses(
        (status = 202, description = "Accepted; a message is sent if the address has an account", body = EmailRequestAccepted),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an email address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn request_magic_link(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<EmailRequest>,
) -> ApiResult<(StatusCode, Json<EmailRequestAccepted>)> {
    let accepted = email::request(&state.app, &ctx, &slug, &body.email, Purpose::MagicLink).await?;
    Ok((StatusCode::ACCEPTED, Json(accepted)))
}

/// Sign in with a magic link
///
/// Spends the token of a magic link and answers as a password login does: the session's
/// tokens (the refresh token in JSON or in the session cookie), or, when the user has a
/// second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/magic-link/verify", operation_id = "verifyMagicLink", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = MagicLinkVerify,
    responses(
        (status = 200, description = "Signed in, or a second factor is required (`mfa_required: true`)", body = LoginResponse),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Unknown, expired, used or superseded token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn verify_magic_link(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<MagicLinkVerify>,
) -> ApiResult<Response> {
    let outcome = email::verify_magic_link(&state.app, &ctx, &slug, &body.token).await?;
    Ok(answer(&state, &slug, outcome, body.delivery))
}

/// Request an email sign-in code
///
/// Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
/// account that may sign in. The answer is the same 202, after about the same time, whether
/// or not it does.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/email-code", operation_id = "requestEmailCode", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = EmailRequest,
    responses(
        (status = 202, description = "Accepted; a message is sent if the address has an account", body = EmailRequestAccepted),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an email address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn request_email_code(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<EmailRequest>,
) -> ApiResult<(StatusCode, Json<EmailRequestAccepted>)> {
    let accepted = email::request(&state.app, &ctx, &slug, &body.email, Purpose::EmailCode).await?;
    Ok((StatusCode::ACCEPTED, Json(accepted)))
}

/// Sign in with an email code
///
/// Checks the code last sent to the email and answers as a password login does: the
/// session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
/// `invalid_code` and count toward the email's sign-in lockout (shared with password login;
/// 429 with `Retry-After`), and a code dies after five wrong guesses.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/email-code/verify", operation_id = "verifyEmailCode", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = EmailCodeVerify,
    responses(
        (status = 200, description = "Signed in, or a second factor is required (`mfa_required: true`)", body = LoginResponse),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_code`: wrong, expired or used code", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code is not six digits", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the lock ends or the limit resets"))),
    )
)]
pub async fn verify_email_code(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<EmailCodeVerify>,
) -> ApiResult<Response> {
    let outcome =
        email::verify_email_code(&state.app, &ctx, &slug, &body.email, &body.code).await?;
    Ok(answer(&state, &slug, outcome, body.delivery))
}

/// List the development outbox
///
/// Messages the server stored instead of sending, newest first, in full (links and codes
/// included). Messages land here only when no SMTP relay is configured: it is a development
/// tool, and empty in a deployment that sends email.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/outbox", operation_id = "listOutboxMessages", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug"), OutboxQueryParams),
    responses(
        (status = 200, description = "One page of messages", body = OutboxMessageList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range, malformed address or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_outbox_messages(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<OutboxQueryParams>,
) -> ApiResult<Json<OutboxMessageList>> {
    Ok(Json(email::outbox(&state.app, &slug, params).await?))
}

/// List email template overrides
///
/// The tenant's own versions of the built-in templates, by template and locale.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/email-templates", operation_id = "listEmailTemplates", tag = "Email",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The overrides", body = EmailTemplateList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_email_templates(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<EmailTemplateList>> {
    Ok(Json(templates::list(&state.app, &slug).await?))
}

/// Set an email template override
///
/// Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
/// `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
/// `email_change_notice`)
/// for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
/// are filled in, HTML-escaped in the HTML part; there is no other template logic.
#[utoipa::path(
    put, path = "/v1/tenants/{tenant}/email-templates/{template}/{locale}", operation_id = "putEmailTemplate", tag = "Email",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("template" = String, Path, description = "`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`"),
        ("locale" = String, Path, description = "A BCP 47 language tag, such as `de` or `pt-BR`"),
    ),
    request_body = PutEmailTemplate,
    responses(
        (status = 200, description = "The stored override", body = EmailTemplate),
        (status = 400, description = "Malformed body, tenant slug or locale", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or template", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty or too long parts, unknown variables, or a missing link or code", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn put_email_template(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, template, locale)): ApiPath<(String, String, String)>,
    ApiJson(body): ApiJson<PutEmailTemplate>,
) -> ApiResult<Json<EmailTemplate>> {
    Ok(Json(
        templates::put(&state.app, &ctx, &slug, &template, &locale, body).await?,
    ))
}

/// Remove an email template override
///
/// The built-in template applies again.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/email-templates/{template}/{locale}", operation_id = "deleteEmailTemplate", tag = "Email",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("template" = String, Path, description = "`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`"),
        ("locale" = String, Path, description = "A BCP 47 language tag"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "Malformed tenant slug or locale", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, template or override", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_email_template(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, template, locale)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    templates::delete(&state.app, &ctx, &slug, &template, &locale).await?;
    Ok(StatusCode::NO_CONTENT)
}
