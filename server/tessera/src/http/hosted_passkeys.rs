//! The passkey steps of the hosted sign-in: the passkey form of the sign-in page (button and
//! autofill), the passkey form of the second-factor page, and the one script they load.
//!
//! The script asks the JSON API for options (`/t/{tenant}/auth/passkeys/options`,
//! `/t/{tenant}/auth/mfa/passkey/options`), runs `navigator.credentials.get()`, and posts the
//! answer through an ordinary form here, with the pending request's CSRF token. What follows
//! is the password form's path: a browser session, then consent or the redirect.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use serde_json::Value;
use tessera_store::TenantRecord;

use super::HttpState;
use super::extract::{ApiPath, Caller};
use super::hosted::{
    View, brand_of, failure_page, pending, second_factor_page, show, with_session_cookie,
};
use crate::services::oauth::interaction;
use crate::services::passkeys::sign_in;
use crate::services::{App, ServiceError, browser_sessions, tenants};

/// The script, compiled in: no CDN, no file system at run time.
const SCRIPT: &str = include_str!("../../assets/passkeys.js");

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route("/t/{tenant}/assets/passkeys.js", get(script))
        .route("/t/{tenant}/signin/passkey", post(sign_in_submit))
        .route(
            "/t/{tenant}/signin/second-factor/passkey",
            post(second_factor_submit),
        )
}

/// Where a page's passkey form posts, asks for options, and loads the script from.
pub struct PasskeyLinks {
    pub action: String,
    pub options_url: String,
    pub script_url: String,
}

impl PasskeyLinks {
    pub fn sign_in(app: &App, tenant: &TenantRecord) -> Self {
        let issuer = app.issuer(&tenant.slug);
        PasskeyLinks {
            action: format!("{issuer}/signin/passkey"),
            options_url: format!("{issuer}/auth/passkeys/options"),
            script_url: format!("{issuer}/assets/passkeys.js"),
        }
    }

    /// The account area's own sign-in page (no authorization request behind it).
    pub fn account_sign_in(app: &App, tenant: &TenantRecord) -> Self {
        let issuer = app.issuer(&tenant.slug);
        PasskeyLinks {
            action: format!("{issuer}/signin/account/passkey"),
            options_url: format!("{issuer}/auth/passkeys/options"),
            script_url: format!("{issuer}/assets/passkeys.js"),
        }
    }

    pub fn second_factor(app: &App, tenant: &TenantRecord) -> Self {
        let issuer = app.issuer(&tenant.slug);
        PasskeyLinks {
            action: format!("{issuer}/signin/second-factor/passkey"),
            options_url: format!("{issuer}/auth/mfa/passkey/options"),
            script_url: format!("{issuer}/assets/passkeys.js"),
        }
    }
}

async fn script(
    ApiPath(slug): ApiPath<String>,
    State(state): State<HttpState>,
) -> Result<Response, super::error::ApiError> {
    tenants::find(&state.app, &slug).await?;
    let mut response = (StatusCode::OK, SCRIPT).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct PasskeyForm {
    request: String,
    csrf_token: String,
    ceremony_id: String,
    /// The `PublicKeyCredential` as JSON text.
    credential: String,
    #[serde(default)]
    mfa_token: String,
}

/// The credential field's JSON; malformed text is the same refusal as a bad assertion.
fn credential_json(form: &PasskeyForm) -> Value {
    serde_json::from_str(&form.credential).unwrap_or(Value::Null)
}

/// Failures the page explains itself (try again); others get the error page.
fn retryable(error: &ServiceError) -> bool {
    matches!(
        error,
        ServiceError::InvalidToken(_) | ServiceError::Invalid(_)
    )
}

async fn sign_in_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasskeyForm>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    let (pending, csrf) = match pending(
        &state,
        &tenant,
        &headers,
        &form.request,
        Some(&form.csrf_token),
    )
    .await
    {
        Ok(found) => found,
        Err(e) => return Ok(failure_page(&brand, &e)),
    };
    let brand = brand.for_request(&pending, &headers);
    let app = &state.app;
    let verified = sign_in::verify(
        app,
        &ctx,
        &tenant,
        &form.ceremony_id,
        credential_json(&form),
    )
    .await;
    let started = match verified {
        Ok(verified) => {
            let amr = verified.amr();
            match browser_sessions::start(app, &ctx, &tenant, verified.user, &amr).await {
                Ok(started) => Ok(started),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    };
    Ok(match started {
        Ok((session, cookie)) => {
            if let Err(e) = interaction::attach(app, &tenant, &pending, &session).await {
                return Ok(failure_page(&brand, &e));
            }
            let pending = interaction::Pending {
                session_id: Some(session.id.clone()),
                ..pending
            };
            let view = View {
                session_cookie: Some(&cookie),
                ..View::default()
            };
            let response = show(&state, &brand, &tenant, &headers, &pending, &csrf, view).await;
            with_session_cookie(&state, &tenant, response, &cookie)
        }
        Err(e) if retryable(&e) => {
            let pending = interaction::Pending {
                session_id: None,
                ..pending
            };
            let view = View {
                error: Some(brand.t.t("passkey.failed")),
                ..View::default()
            };
            show(&state, &brand, &tenant, &headers, &pending, &csrf, view).await
        }
        Err(e) => failure_page(&brand, &e),
    })
}

async fn second_factor_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasskeyForm>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    let (pending, csrf) = match pending(
        &state,
        &tenant,
        &headers,
        &form.request,
        Some(&form.csrf_token),
    )
    .await
    {
        Ok(found) => found,
        Err(e) => return Ok(failure_page(&brand, &e)),
    };
    let brand = brand.for_request(&pending, &headers);
    let app = &state.app;
    let verified = sign_in::verify_second_factor(
        app,
        &ctx,
        &tenant,
        &form.mfa_token,
        &form.ceremony_id,
        credential_json(&form),
    )
    .await;
    let started = match verified {
        // RFC 8176: the password, then the key, two factors.
        Ok(verified) => {
            let amr = ["pwd", verified.key_amr, "mfa"];
            browser_sessions::start(app, &ctx, &tenant, verified.user, &amr).await
        }
        Err(e) => Err(e),
    };
    Ok(match started {
        Ok((session, cookie)) => {
            if let Err(e) = interaction::attach(app, &tenant, &pending, &session).await {
                return Ok(failure_page(&brand, &e));
            }
            let pending = interaction::Pending {
                session_id: Some(session.id.clone()),
                ..pending
            };
            let view = View {
                session_cookie: Some(&cookie),
                ..View::default()
            };
            let response = show(&state, &brand, &tenant, &headers, &pending, &csrf, view).await;
            with_session_cookie(&state, &tenant, response, &cookie)
        }
        Err(e) if retryable(&e) => {
            let offered = sign_in::offers_passkey(app, &tenant, &form.mfa_token).await;
            second_factor_page(
                &state,
                &brand,
                &tenant,
                &pending,
                &csrf,
                &form.mfa_token,
                Some(brand.t.t("passkey.failed")),
                offered,
            )
        }
        Err(e) => failure_page(&brand, &e),
    })
}
