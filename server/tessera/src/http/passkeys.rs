//! Passkeys over JSON: the tenant's WebAuthn settings (admin), a user's passkeys (self-service
//! and admin), and passkey sign-in as first or second factor under `/t/{tenant}/auth/`, where
//! the per-IP sign-in limit applies.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use tessera_wire::{
    Passkey, PasskeyCeremony, PasskeyList, PasskeyRegistrationFinish, PasskeySecondFactorFinish,
    PasskeySecondFactorStart, PasskeySignInFinish, PasskeySignInStart, Problem, RenamePasskey,
    SessionTokens, UpdateWebauthnSettings, WebauthnSettings,
};

use super::HttpState;
use super::auth::deliver;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, Caller};
use super::me::Me;
use crate::services::passkeys::{self, settings, sign_in};
use crate::services::tenants;

/// Get passkey settings
///
/// The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
/// Unset values show their defaults, derived from the server's public URL.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/webauthn-settings", operation_id = "getWebauthnSettings", tag = "Passkeys",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The settings", body = WebauthnSettings),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_webauthn_settings(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<WebauthnSettings>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(settings::get(&state.app, &tenant).await?))
}

/// Set passkey settings
///
/// Replaces the settings; omitted fields return to their defaults. Passkeys registered under
/// another RP ID stop working, since browsers scope credentials to the RP ID.
#[utoipa::path(
    put, path = "/v1/tenants/{tenant}/webauthn-settings", operation_id = "setWebauthnSettings", tag = "Passkeys",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = UpdateWebauthnSettings,
    responses(
        (status = 200, description = "The settings", body = WebauthnSettings),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed RP ID, origin or format, or an origin outside the RP ID", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn set_webauthn_settings(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<UpdateWebauthnSettings>,
) -> ApiResult<Json<WebauthnSettings>> {
    Ok(Json(settings::update(&state.app, &ctx, &slug, body).await?))
}

/// List a user's passkeys
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/users/{user}/passkeys", operation_id = "listUserPasskeys", tag = "Passkeys",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("user" = String, Path, description = "The user's id"),
    ),
    responses(
        (status = 200, description = "The user's passkeys, oldest first", body = PasskeyList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or user", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_user_passkeys(
    State(state): State<HttpState>,
    AdminKey(_ctx): AdminKey,
    ApiPath((slug, user)): ApiPath<(String, String)>,
) -> ApiResult<Json<PasskeyList>> {
    Ok(Json(
        passkeys::list_for_admin(&state.app, &slug, &user).await?,
    ))
}

/// Delete a user's passkey
///
/// The passkey can no longer sign in, from the next ceremony on.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/users/{user}/passkeys/{passkey}", operation_id = "deleteUserPasskey", tag = "Passkeys",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("user" = String, Path, description = "The user's id"),
        ("passkey" = String, Path, description = "The passkey's id"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, user or passkey", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_user_passkey(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, user, passkey)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    passkeys::delete_for_admin(&state.app, &ctx, &slug, &user, &passkey).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// My passkeys
#[utoipa::path(
    get, path = "/t/{tenant}/me/passkeys", operation_id = "listMyPasskeys", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "My passkeys, oldest first", body = PasskeyList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn list_my_passkeys(
    State(state): State<HttpState>,
    Me(me, _): Me,
) -> ApiResult<Json<PasskeyList>> {
    Ok(Json(
        passkeys::list(&state.app, &me.tenant, &me.user.id).await?,
    ))
}

/// Start adding a passkey
///
/// Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
/// browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
#[utoipa::path(
    post, path = "/t/{tenant}/me/passkeys/options", operation_id = "startPasskeyRegistration", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "Registration options", body = PasskeyCeremony),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn start_passkey_registration(
    State(state): State<HttpState>,
    Me(me, _): Me,
) -> ApiResult<Json<PasskeyCeremony>> {
    Ok(Json(passkeys::start_registration(&state.app, &me).await?))
}

/// Add a passkey
///
/// Verifies the browser's answer to the registration options and stores the passkey.
#[utoipa::path(
    post, path = "/t/{tenant}/me/passkeys", operation_id = "registerPasskey", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasskeyRegistrationFinish,
    responses(
        (status = 201, description = "Registered", body = Passkey),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "This credential is already registered", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn register_passkey(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiJson(body): ApiJson<PasskeyRegistrationFinish>,
) -> ApiResult<(StatusCode, Json<Passkey>)> {
    let passkey = passkeys::finish_registration(&state.app, &ctx, &me, body).await?;
    Ok((StatusCode::CREATED, Json(passkey)))
}

/// Rename one of my passkeys
#[utoipa::path(
    patch, path = "/t/{tenant}/me/passkeys/{passkey}", operation_id = "renameMyPasskey", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("passkey" = String, Path, description = "The passkey's id")),
    request_body = RenamePasskey,
    responses(
        (status = 200, description = "Renamed", body = Passkey),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or passkey", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A name that is empty or longer than 64 characters", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn rename_my_passkey(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_, passkey)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<RenamePasskey>,
) -> ApiResult<Json<Passkey>> {
    Ok(Json(
        passkeys::rename(&state.app, &ctx, &me.tenant, &me.user, &passkey, &body.name).await?,
    ))
}

/// Delete one of my passkeys
#[utoipa::path(
    delete, path = "/t/{tenant}/me/passkeys/{passkey}", operation_id = "deleteMyPasskey", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("passkey" = String, Path, description = "The passkey's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or passkey", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn delete_my_passkey(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_, passkey)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    passkeys::delete(&state.app, &ctx, &me.tenant, &me.user.id, &passkey).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Start a passkey sign-in
///
/// Answers the options for `navigator.credentials.get()`. With the `email` of an account
/// that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
/// or one without passkeys) they are username-less, with `mediation: "conditional"` for
/// autofill, and any passkey of the tenant may answer.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/passkeys/options", operation_id = "startPasskeySignIn", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasskeySignInStart,
    responses(
        (status = 200, description = "Sign-in options", body = PasskeyCeremony),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed email", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn start_passkey_sign_in(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<PasskeySignInStart>,
) -> ApiResult<Json<PasskeyCeremony>> {
    Ok(Json(
        sign_in::start(&state.app, &slug, body.email.as_deref()).await?,
    ))
}

/// Sign in with a passkey
///
/// Verifies the browser's assertion and opens a session, answered like a password sign-in.
/// A passkey verifies its user, so no second factor is asked for.
///
/// With `organization`, the session opens switched into that organization, as at
/// `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
/// a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
/// `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
#[utoipa::path(
    post, path = "/t/{tenant}/auth/passkeys/verify", operation_id = "verifyPasskeySignIn", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasskeySignInFinish,
    responses(
        (status = 200, description = "Signed in", body = SessionTokens),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed credential, or `organization` names no organization of the tenant", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn verify_passkey_sign_in(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<PasskeySignInFinish>,
) -> ApiResult<Response> {
    let delivery = body.delivery.unwrap_or_default();
    let tokens = sign_in::sign_in(&state.app, &ctx, &slug, body).await?;
    Ok(deliver(
        &slug,
        tokens,
        delivery,
        state.app.session_settings.session_lifetime_secs,
    ))
}

/// Start the passkey step of an MFA challenge
///
/// For a login answer whose `factors` include `passkey`: options for
/// `navigator.credentials.get()` listing the account's passkeys.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/mfa/passkey/options", operation_id = "startPasskeySecondFactor", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasskeySecondFactorStart,
    responses(
        (status = 200, description = "Options", body = PasskeyCeremony),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`: unknown, expired or spent MFA token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The account has no passkey", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn start_passkey_second_factor(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<PasskeySecondFactorStart>,
) -> ApiResult<Json<PasskeyCeremony>> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(Json(
        sign_in::start_second_factor(&state.app, &tenant, &body.mfa_token).await?,
    ))
}

/// Complete an MFA challenge with a passkey
///
/// Verifies the assertion, spends the MFA token and opens the session.
#[utoipa::path(
    post, path = "/t/{tenant}/auth/mfa/passkey/verify", operation_id = "verifyPasskeySecondFactor", tag = "Sessions",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = PasskeySecondFactorFinish,
    responses(
        (status = 200, description = "Signed in", body = SessionTokens),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed credential", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until the limit resets"))),
    )
)]
pub async fn verify_passkey_second_factor(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    ApiJson(body): ApiJson<PasskeySecondFactorFinish>,
) -> ApiResult<Response> {
    let delivery = body.delivery.unwrap_or_default();
    let tokens = sign_in::second_factor(&state.app, &ctx, &slug, body).await?;
    Ok(deliver(
        &slug,
        tokens,
        delivery,
        state.app.session_settings.session_lifetime_secs,
    ))
}
