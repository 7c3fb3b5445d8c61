//! The browser side of the OpenID Provider: the authorization endpoint, the hosted sign-in,
//! second-factor and consent pages, UserInfo and RP-initiated logout.
//!
//! Pages are server-rendered (askama, escaped by default) with no JavaScript, a strict CSP
//! whose only allowance is the page's nonce'd stylesheet, and forms protected by a
//! browser-bound CSRF token (double submit). Error pages show fixed messages, never the
//! request's own text.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use tessera_crypto::{b64url, generate_secret, hash_secret};
use tessera_store::TenantRecord;
use tessera_wire::{
    AuthorizeQuery, LogoutQuery, MfaVerifyRequest, OAuthError as OAuthErrorBody, Problem, UserInfo,
};

use super::HttpState;
use super::extract::{ApiPath, Caller, bearer_token};
use super::hosted_i18n::{self, Tr};
use super::hosted_passkeys::PasskeyLinks;
use crate::services::audit::Context;
use crate::services::browser_sessions::{self, BrowserSession};
use crate::services::oauth::authorize::{self, AuthorizeError};
use crate::services::oauth::end_session;
use crate::services::oauth::interaction::{self, Next, PasswordStep, Pending};
use crate::services::oauth::userinfo::{self, UserInfoError};
use crate::services::passkeys::sign_in as passkey_sign_in;
use crate::services::{ServiceError, tenants};

pub(super) const SESSION_COOKIE: &str = "tessera_session";
const CSRF_COOKIE_PREFIX: &str = "tessera_csrf_";

/// Routes that are not part of the API contract: the pages themselves.
pub fn page_routes() -> Router<HttpState> {
    Router::new()
        .route("/t/{tenant}/signin", get(sign_in_page).post(sign_in_submit))
        .route(
            "/t/{tenant}/signin/second-factor",
            post(second_factor_submit),
        )
        .route("/t/{tenant}/consent", post(consent_submit))
        .route("/t/{tenant}/branding.css", get(branding_css))
        .merge(super::hosted_account::routes())
        .merge(super::hosted_passkeys::routes())
        .merge(super::hosted_email::routes())
}

// ---------------------------------------------------------------------------------------
// Rendering

#[derive(Template)]
#[template(path = "hosted/sign_in.html")]
struct SignInPage<'a> {
    brand: &'a Brand,
    nonce: &'a str,
    client_name: &'a str,
    action: String,
    request_id: &'a str,
    csrf_token: &'a str,
    email: &'a str,
    error: Option<&'a str>,
    email_link_url: String,
    reset_url: String,
    signup_url: Option<String>,
    passkey: PasskeyLinks,
}

#[derive(Template)]
#[template(path = "hosted/second_factor.html")]
struct SecondFactorPage<'a> {
    brand: &'a Brand,
    nonce: &'a str,
    action: String,
    request_id: &'a str,
    csrf_token: &'a str,
    mfa_token: &'a str,
    error: Option<&'a str>,
    passkey: PasskeyLinks,
    /// The account has a passkey, so the page offers it.
    passkey_offered: bool,
}

#[derive(Template)]
#[template(path = "hosted/consent.html")]
struct ConsentPage<'a> {
    brand: &'a Brand,
    nonce: &'a str,
    client_name: &'a str,
    email: &'a str,
    scopes: Vec<String>,
    action: String,
    request_id: &'a str,
    csrf_token: &'a str,
}

struct LogoutForm {
    action: String,
    csrf_token: String,
    fields: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "hosted/message.html")]
struct MessagePage<'a> {
    brand: &'a Brand,
    nonce: &'a str,
    title: &'a str,
    message: &'a str,
    logout_form: Option<LogoutForm>,
    /// A way on: URL (built by the server) and its text.
    link: Option<(String, &'a str)>,
}

/// A rendered page with its CSP; `nonce` is the one the template used.
pub(super) fn html(
    brand: &Brand,
    status: StatusCode,
    nonce: &str,
    body: askama::Result<String>,
) -> Response {
    html_with(brand, status, nonce, body, false)
}

/// A rendered page; with `script`, the CSP also lets the page's nonce'd script run (the
/// email-link landings read their token from the URL fragment that way).
pub(super) fn html_with(
    brand: &Brand,
    status: StatusCode,
    nonce: &str,
    body: askama::Result<String>,
    script: bool,
) -> Response {
    let Ok(body) = body else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "the page could not be rendered",
        )
            .into_response();
    };
    // A page's script may call its own origin (the passkey script asks the JSON API for
    // WebAuthn options) and nothing else.
    let script_src = if script {
        format!("; script-src 'nonce-{nonce}'; connect-src 'self'")
    } else {
        String::new()
    };
    let csp = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'{script_src}; img-src https: data:; form-action 'self' http: https:; base-uri 'none'; frame-ancestors {}",
        brand.frame_ancestors
    );
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

pub(super) fn new_nonce() -> String {
    generate_secret("n")
}

pub(super) fn message(brand: &Brand, status: StatusCode, title: &str, text: &str) -> Response {
    message_with_link(brand, status, title, text, None)
}

pub(super) fn message_with_link(
    brand: &Brand,
    status: StatusCode,
    title: &str,
    text: &str,
    link: Option<(String, &str)>,
) -> Response {
    let nonce = new_nonce();
    let page = MessagePage {
        brand,
        nonce: &nonce,
        title,
        message: text,
        logout_form: None,
        link,
    };
    html(brand, status, &nonce, page.render())
}

/// A fixed, safe message for a failure shown on a page.
pub(super) fn failure_page(brand: &Brand, error: &ServiceError) -> Response {
    let (status, key) = match error {
        ServiceError::NotFound(_) => (StatusCode::NOT_FOUND, "failure.not_found"),
        ServiceError::InvalidToken(_) | ServiceError::InvalidParameter(_) => {
            (StatusCode::BAD_REQUEST, "failure.expired")
        }
        ServiceError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "failure.rate_limited"),
        ServiceError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "failure.unavailable"),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "failure.internal"),
    };
    if status.is_server_error() {
        tracing::error!(error = %error, "hosted page failed");
    }
    let t = brand.t;
    message(
        brand,
        status,
        t.t(&format!("{key}.title")),
        t.t(&format!("{key}.text")),
    )
}

/// The message shown on the sign-in form itself for a failed attempt.
pub(super) fn sign_in_error(t: Tr, error: &ServiceError) -> Option<&'static str> {
    Some(t.t(match error {
        ServiceError::InvalidCredentials => "error.credentials",
        ServiceError::AccountLocked { .. } => "error.locked",
        ServiceError::AccountDisabled => "error.disabled",
        ServiceError::InvalidCode(_) => "error.code",
        ServiceError::Invalid(_) => "error.code_missing",
        _ => return None,
    }))
}

fn describe_scope(t: Tr, scope: &str) -> String {
    match scope {
        "openid" | "profile" | "email" | "offline_access" => t.t(&format!("scope.{scope}")).into(),
        other => t.f("scope.other", other),
    }
}

/// The tenant's look: its name, accent colour and logo.
#[derive(Clone)]
pub struct Brand {
    pub(super) name: String,
    /// `#rrggbb`, validated when set.
    pub(super) accent: String,
    pub(super) logo: Option<String>,
    /// The tenant's stylesheet (`/t/{tenant}/branding.css?v=…`), when it has one.
    pub(super) css_url: Option<String>,
    pub(super) support_url: Option<String>,
    /// The CSP `frame-ancestors` sources: `'none'` unless the tenant lists origins.
    pub(super) frame_ancestors: String,
    /// The tenant's language when the request and the browser name none we speak.
    pub(super) default_locale: Option<String>,
    /// The language pages are shown in.
    pub t: Tr,
}

impl Brand {
    /// The same look in the language a pending request asked for (`ui_locales`).
    pub(super) fn for_request(&self, pending: &Pending, headers: &HeaderMap) -> Brand {
        Brand {
            t: hosted_i18n::negotiate(
                pending.params.ui_locales.as_deref(),
                None,
                headers,
                self.default_locale.as_deref(),
            ),
            ..self.clone()
        }
    }
}

/// The tenant's branding, speaking the language the browser negotiates (`ui_locales` in
/// the query first, then `Accept-Language`).
pub(super) async fn brand_of(
    app: &crate::services::App,
    tenant: &TenantRecord,
    headers: &HeaderMap,
    ui_locales: Option<&str>,
) -> Brand {
    let branding = crate::services::resources::branding(app, tenant)
        .await
        .unwrap_or_default();
    let default_locale = branding.default_locale;
    Brand {
        name: tenant.name.clone(),
        accent: branding.primary_color.unwrap_or_else(|| "#3b5bdb".into()),
        logo: branding.logo_url,
        css_url: branding.custom_css.map(|css| {
            let version = b64url(&hash_secret(&css)[..9]);
            format!("{}/branding.css?v={version}", app.issuer(&tenant.slug))
        }),
        support_url: branding.support_url,
        frame_ancestors: match branding.frame_ancestors {
            Some(origins) if !origins.is_empty() => origins.join(" "),
            _ => "'none'".into(),
        },
        t: hosted_i18n::negotiate(ui_locales, None, headers, default_locale.as_deref()),
        default_locale,
    }
}

/// The tenant's own stylesheet, as `text/css` (so it can never be read as HTML); the
/// pages link it with their nonce. The URL carries a hash of the content, so it may be
/// cached for a long time.
async fn branding_css(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let branding = crate::services::resources::branding(&state.app, &tenant).await?;
    let Some(css) = branding.custom_css else {
        return Err(super::error::ApiError::new(
            tessera_wire::ErrorCode::NotFound,
            "this tenant has no custom stylesheet; set custom_css with PUT /v1/tenants/{tenant}/branding",
        ));
    };
    let mut response = css.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Ok(response)
}

// ---------------------------------------------------------------------------------------
// Cookies

pub(super) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

pub(super) fn set_cookie(
    state: &HttpState,
    tenant: &TenantRecord,
    name: &str,
    value: &str,
    max_age: i64,
) -> HeaderValue {
    let secure = if state.https { "; Secure" } else { "" };
    // Lax: the cookie must come along when the client's top-level redirect arrives.
    let text = format!(
        "{name}={value}; Path=/t/{}/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}",
        tenant.slug
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

pub(super) fn csrf_cookie_name(request_id: &str) -> String {
    format!(
        "{CSRF_COOKIE_PREFIX}{}",
        request_id.trim_start_matches("req_")
    )
}

pub(super) fn see_other(location: &str) -> Response {
    // 303: the browser follows with GET, whatever the form's method (RFC 9110 §15.4.4).
    Redirect::to(location).into_response()
}

fn redirect_found(location: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Clears the CSRF cookie of a finished request: it can never be used again.
pub(super) fn forget_request(
    state: &HttpState,
    tenant: &TenantRecord,
    mut response: Response,
    request_id: &str,
) -> Response {
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, tenant, &csrf_cookie_name(request_id), "", 0),
    );
    response
}

fn signin_url(state: &HttpState, tenant: &TenantRecord, request_id: &str) -> String {
    format!(
        "{}/signin?request={request_id}",
        state.app.issuer(&tenant.slug)
    )
}

// ---------------------------------------------------------------------------------------
// The authorization endpoint

/// Authorization endpoint
///
/// Starts the authorization code flow (RFC 6749 §4.1, OpenID Connect Core §3.1.2) with
/// PKCE S256 required. Signs the user in at the hosted pages when needed, asks for consent
/// when needed, then redirects to the client's registered `redirect_uri` with `code`,
/// `state` and `iss` (RFC 9207), or with an `error`. Requests whose client or redirect URI
/// cannot be trusted get an error page and no redirect.
#[utoipa::path(
    get, path = "/t/{tenant}/oauth/authorize", operation_id = "oauthAuthorize", tag = "OAuth",
    extensions(("x-tessera-browser" = json!(true))),
    params(("tenant" = String, Path, description = "The tenant's slug"), AuthorizeQuery),
    responses(
        (status = 302, description = "To the client's redirect URI with `code` or `error`, or to the hosted sign-in page"),
        (status = 400, description = "An error page: unknown client or unregistered redirect URI", content_type = "text/html", body = String),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_authorize(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    query: Result<Query<AuthorizeQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    let Ok(Query(query)) = query else {
        return Ok(message(
            &brand,
            StatusCode::BAD_REQUEST,
            brand.t.t("invalid_link.title"),
            brand.t.t("invalid_link.malformed"),
        ));
    };
    let brand = Brand {
        t: hosted_i18n::negotiate(
            query.ui_locales.as_deref(),
            None,
            &headers,
            brand.default_locale.as_deref(),
        ),
        ..brand
    };
    let app = &state.app;
    let issuer = app.issuer(&tenant.slug);
    let (client, params) = match authorize::validate(app, &tenant, &query).await {
        Ok(valid) => valid,
        Err(AuthorizeError::Page(text)) => {
            return Ok(message(
                &brand,
                StatusCode::BAD_REQUEST,
                brand.t.t("invalid_link.title"),
                &text,
            ));
        }
        Err(AuthorizeError::Redirect(error)) => {
            return Ok(redirect_found(&error.location(&issuer)));
        }
        Err(AuthorizeError::Service(e)) => return Ok(failure_page(&brand, &e)),
    };
    let outcome = async {
        let session =
            browser_sessions::find(app, &tenant, cookie(&headers, SESSION_COOKIE)).await?;
        let login = authorize::needs_login(app, &params, session.as_ref());
        if login && params.has_prompt("none") {
            let error = authorize::interaction_required(&params, "login_required");
            return Ok(AuthorizeNext::Redirect(error.location(&issuer)));
        }
        if let (false, Some(session)) = (login, &session) {
            let consent =
                authorize::needs_consent(app, &tenant, &client, &params, &session.user.id).await?;
            if !consent {
                let location = authorize::issue_code(app, &tenant, &params, session).await?;
                return Ok(AuthorizeNext::Redirect(location));
            }
            if params.has_prompt("none") {
                let error = authorize::interaction_required(&params, "consent_required");
                return Ok(AuthorizeNext::Redirect(error.location(&issuer)));
            }
        }
        let session_id = session.filter(|_| !login).map(|s| s.id);
        let (id, csrf) = interaction::create(app, &tenant, &params, session_id.as_deref()).await?;
        Ok::<_, ServiceError>(AuthorizeNext::Interact { id, csrf })
    }
    .await;
    Ok(match outcome {
        Err(e) => failure_page(&brand, &e),
        Ok(AuthorizeNext::Redirect(location)) => redirect_found(&location),
        Ok(AuthorizeNext::Interact { id, csrf }) => {
            let mut response = redirect_found(&signin_url(&state, &tenant, &id));
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&state, &tenant, &csrf_cookie_name(&id), &csrf, 30 * 60),
            );
            response
        }
    })
}

enum AuthorizeNext {
    /// Back to the client, with a code or an error.
    Redirect(String),
    /// To the hosted pages, with this browser's CSRF token for the pending request.
    Interact { id: String, csrf: String },
}

// ---------------------------------------------------------------------------------------
// Sign-in, second factor, consent

#[derive(Debug, Deserialize)]
pub struct SignInQuery {
    request: String,
}

/// Loads the pending request named by the page or form, for this browser.
pub(super) async fn pending(
    state: &HttpState,
    tenant: &TenantRecord,
    headers: &HeaderMap,
    request_id: &str,
    form_csrf: Option<&str>,
) -> Result<(Pending, String), ServiceError> {
    let csrf = cookie(headers, &csrf_cookie_name(request_id)).map(str::to_owned);
    let pending =
        interaction::load(&state.app, tenant, request_id, csrf.as_deref(), form_csrf).await?;
    Ok((pending, csrf.unwrap_or_default()))
}

/// What the next page carries over from the last form.
#[derive(Default, Clone, Copy)]
pub(super) struct View<'a> {
    /// A session cookie set by this very response (the browser does not send it yet).
    pub session_cookie: Option<&'a str>,
    pub error: Option<&'a str>,
    pub email: &'a str,
}

/// Shows whatever the pending request needs next.
pub(super) async fn show(
    state: &HttpState,
    brand: &Brand,
    tenant: &TenantRecord,
    headers: &HeaderMap,
    pending: &Pending,
    csrf: &str,
    view: View<'_>,
) -> Response {
    let View {
        session_cookie,
        error,
        email,
    } = view;
    let app = &state.app;
    let session_cookie = session_cookie.or_else(|| cookie(headers, SESSION_COOKIE));
    match interaction::next(app, tenant, pending, session_cookie).await {
        Err(e) => failure_page(brand, &e),
        Ok(Next::Redirect(location)) => {
            forget_request(state, tenant, see_other(&location), &pending.id)
        }
        Ok(Next::SignIn) => {
            let nonce = new_nonce();
            let email = if email.is_empty() {
                pending.params.login_hint.as_deref().unwrap_or_default()
            } else {
                email
            };
            let page = SignInPage {
                brand,
                nonce: &nonce,
                client_name: &pending.client.record.name,
                action: format!("{}/signin", app.issuer(&tenant.slug)),
                request_id: &pending.id,
                csrf_token: csrf,
                email,
                error,
                email_link_url: format!(
                    "{}/signin/email?request={}",
                    app.issuer(&tenant.slug),
                    pending.id
                ),
                reset_url: format!("{}/reset-password/request", app.issuer(&tenant.slug)),
                signup_url: super::hosted_email::signup_open(tenant)
                    .then(|| format!("{}/signup", app.issuer(&tenant.slug))),
                passkey: PasskeyLinks::sign_in(app, tenant),
            };
            let status = if error.is_some() {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::OK
            };
            // The passkey script is the page's only one (WebAuthn needs it).
            html_with(brand, status, &nonce, page.render(), true)
        }
        Ok(Next::Consent(session)) => consent_page(state, brand, tenant, pending, csrf, &session),
    }
}

fn consent_page(
    state: &HttpState,
    brand: &Brand,
    tenant: &TenantRecord,
    pending: &Pending,
    csrf: &str,
    session: &BrowserSession,
) -> Response {
    let nonce = new_nonce();
    let page = ConsentPage {
        brand,
        nonce: &nonce,
        client_name: &pending.client.record.name,
        email: &session.user.email,
        scopes: pending
            .params
            .scope
            .iter()
            .map(|s| describe_scope(brand.t, s))
            .collect(),
        action: format!("{}/consent", state.app.issuer(&tenant.slug)),
        request_id: &pending.id,
        csrf_token: csrf,
    };
    html(brand, StatusCode::OK, &nonce, page.render())
}

async fn sign_in_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<SignInQuery>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    Ok(
        match pending(&state, &tenant, &headers, &query.request, None).await {
            Err(e) => failure_page(&brand, &e),
            Ok((pending, csrf)) => {
                let brand = brand.for_request(&pending, &headers);
                show(
                    &state,
                    &brand,
                    &tenant,
                    &headers,
                    &pending,
                    &csrf,
                    View::default(),
                )
                .await
            }
        },
    )
}

#[derive(Deserialize)]
pub struct SignInForm {
    request: String,
    csrf_token: String,
    email: String,
    password: String,
}

pub(super) fn with_session_cookie(
    state: &HttpState,
    tenant: &TenantRecord,
    mut response: Response,
    cookie: &str,
) -> Response {
    let max_age = state.app.session_settings.session_lifetime_secs;
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, tenant, SESSION_COOKIE, cookie, max_age),
    );
    response
}

async fn sign_in_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
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
    let step = interaction::sign_in_with_password(
        &state.app,
        &ctx,
        &tenant,
        &pending,
        &form.email,
        form.password,
    )
    .await;
    let pending = Pending {
        session_id: None,
        ..pending
    };
    Ok(match step {
        Ok(PasswordStep::SignedIn(session, cookie)) => {
            let pending = Pending {
                session_id: Some(session.id.clone()),
                ..pending
            };
            let response = show(
                &state,
                &brand,
                &tenant,
                &headers,
                &pending,
                &csrf,
                View {
                    session_cookie: Some(&cookie),
                    ..View::default()
                },
            )
            .await;
            with_session_cookie(&state, &tenant, response, &cookie)
        }
        Ok(PasswordStep::SecondFactor { mfa_token }) => {
            let passkey = passkey_sign_in::offers_passkey(&state.app, &tenant, &mfa_token).await;
            second_factor_page(
                &state, &brand, &tenant, &pending, &csrf, &mfa_token, None, passkey,
            )
        }
        Err(e) => match sign_in_error(brand.t, &e) {
            Some(text) => {
                show(
                    &state,
                    &brand,
                    &tenant,
                    &headers,
                    &pending,
                    &csrf,
                    View {
                        error: Some(text),
                        email: &form.email,
                        ..View::default()
                    },
                )
                .await
            }
            None => failure_page(&brand, &e),
        },
    })
}

// The page's inputs as they come from three handlers; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub(super) fn second_factor_page(
    state: &HttpState,
    brand: &Brand,
    tenant: &TenantRecord,
    pending: &Pending,
    csrf: &str,
    mfa_token: &str,
    error: Option<&str>,
    passkey_offered: bool,
) -> Response {
    let nonce = new_nonce();
    let page = SecondFactorPage {
        brand,
        nonce: &nonce,
        action: format!("{}/signin/second-factor", state.app.issuer(&tenant.slug)),
        request_id: &pending.id,
        csrf_token: csrf,
        mfa_token,
        error,
        passkey: PasskeyLinks::second_factor(&state.app, tenant),
        passkey_offered,
    };
    let status = if error.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    html_with(brand, status, &nonce, page.render(), passkey_offered)
}

#[derive(Deserialize)]
pub struct SecondFactorForm {
    request: String,
    csrf_token: String,
    mfa_token: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    recovery_code: String,
}

async fn second_factor_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<SecondFactorForm>,
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
    let filled = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let input = MfaVerifyRequest {
        mfa_token: form.mfa_token.clone(),
        code: filled(&form.code),
        recovery_code: filled(&form.recovery_code),
        delivery: None,
    };
    Ok(
        match interaction::sign_in_with_second_factor(&state.app, &ctx, &tenant, &pending, input)
            .await
        {
            Ok((session, cookie)) => {
                let pending = Pending {
                    session_id: Some(session.id.clone()),
                    ..pending
                };
                let response = show(
                    &state,
                    &brand,
                    &tenant,
                    &headers,
                    &pending,
                    &csrf,
                    View {
                        session_cookie: Some(&cookie),
                        ..View::default()
                    },
                )
                .await;
                with_session_cookie(&state, &tenant, response, &cookie)
            }
            Err(e) => match sign_in_error(brand.t, &e) {
                Some(text) => second_factor_page(
                    &state,
                    &brand,
                    &tenant,
                    &pending,
                    &csrf,
                    &form.mfa_token,
                    Some(text),
                    passkey_sign_in::offers_passkey(&state.app, &tenant, &form.mfa_token).await,
                ),
                None => failure_page(&brand, &e),
            },
        },
    )
}

#[derive(Deserialize)]
pub struct ConsentForm {
    request: String,
    csrf_token: String,
    decision: String,
}

async fn consent_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<ConsentForm>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    let app = &state.app;
    let outcome = async {
        let (pending, _) = pending(
            &state,
            &tenant,
            &headers,
            &form.request,
            Some(&form.csrf_token),
        )
        .await?;
        let session = match &pending.session_id {
            Some(id) => {
                browser_sessions::by_id(app, &tenant, id, cookie(&headers, SESSION_COOKIE)).await?
            }
            None => None,
        }
        .ok_or_else(|| ServiceError::InvalidToken("not signed in".into()))?;
        let allow = match form.decision.as_str() {
            "allow" => true,
            "deny" => false,
            _ => return Err(ServiceError::InvalidParameter("decision".into())),
        };
        interaction::decide(app, &ctx, &tenant, &pending, &session, allow).await
    }
    .await;
    Ok(match outcome {
        Ok(location) => forget_request(&state, &tenant, see_other(&location), &form.request),
        Err(e) => failure_page(&brand, &e),
    })
}

// ---------------------------------------------------------------------------------------
// UserInfo

/// RFC 6750 §3: the error in `WWW-Authenticate`, and the RFC 6749 body.
fn bearer_error(status: StatusCode, error: &'static str, description: &str) -> Response {
    let challenge = format!("Bearer error=\"{error}\", error_description=\"{description}\"");
    let body = OAuthErrorBody {
        error: error.to_owned(),
        error_description: Some(description.to_owned()),
    };
    let mut response = (status, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// UserInfo
///
/// OpenID Connect Core §5.3: the claims about the token's user that its scopes release
/// (`openid` required; `profile` and `email` add claims). Send the access token as a
/// Bearer token.
#[utoipa::path(
    get, path = "/t/{tenant}/oauth/userinfo", operation_id = "oauthUserInfo", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    security(("bearer_token" = [])),
    responses(
        (status = 200, description = "The user's claims", body = UserInfo),
        (status = 401, description = "invalid_token (RFC 6750)", body = OAuthErrorBody),
        (status = 403, description = "insufficient_scope: the token lacks openid", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_userinfo(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let Some(token) = bearer_token(&headers) else {
        let mut response = bearer_error(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "send the access token in an Authorization: Bearer header",
        );
        // RFC 6750 §3.1: no error code when the request had no credentials at all.
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return Ok(response);
    };
    Ok(
        match userinfo::userinfo(&state.app, &tenant, token).await? {
            Ok(info) => Json(info).into_response(),
            Err(UserInfoError::InvalidToken(text)) => {
                bearer_error(StatusCode::UNAUTHORIZED, "invalid_token", text)
            }
            Err(UserInfoError::InsufficientScope) => bearer_error(
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                "the access token was not granted the openid scope",
            ),
        },
    )
}

/// UserInfo (POST)
///
/// The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/userinfo", operation_id = "oauthUserInfoPost", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    security(("bearer_token" = [])),
    responses(
        (status = 200, description = "The user's claims", body = UserInfo),
        (status = 401, description = "invalid_token (RFC 6750)", body = OAuthErrorBody),
        (status = 403, description = "insufficient_scope: the token lacks openid", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_userinfo_post(
    state: State<HttpState>,
    slug: ApiPath<String>,
    headers: HeaderMap,
) -> Result<Response, super::error::ApiError> {
    oauth_userinfo(state, slug, headers).await
}

// ---------------------------------------------------------------------------------------
// RP-initiated logout

/// A token only this browser's session cookie can produce: the logout form's CSRF token.
fn logout_csrf(session_cookie: &str) -> String {
    b64url(&hash_secret(&format!("logout:{session_cookie}")))
}

/// End session
///
/// OpenID Connect RP-Initiated Logout 1.0: signs the browser out of the tenant, ending the
/// grants made in that sign-in, and returns to a registered `post_logout_redirect_uri` with
/// `state`. With a valid `id_token_hint` it happens at once; otherwise the user confirms.
#[utoipa::path(
    get, path = "/t/{tenant}/oauth/logout", operation_id = "oauthLogout", tag = "OAuth",
    extensions(("x-tessera-browser" = json!(true))),
    params(("tenant" = String, Path, description = "The tenant's slug"), LogoutQuery),
    responses(
        (status = 302, description = "To the post-logout redirect URI"),
        (status = 200, description = "A page: signed out, or asking to confirm", content_type = "text/html", body = String),
        (status = 400, description = "An error page: bad hint or unregistered redirect URI", content_type = "text/html", body = String),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_logout(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    query: Result<Query<LogoutQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    let Ok(Query(query)) = query else {
        return Ok(message(
            &brand,
            StatusCode::BAD_REQUEST,
            brand.t.t("logout_invalid.title"),
            brand.t.t("logout_invalid.malformed"),
        ));
    };
    logout(&state, &brand, &ctx, &tenant, &headers, query, None).await
}

#[derive(Deserialize)]
pub struct LogoutConfirmForm {
    csrf_token: String,
    #[serde(flatten)]
    query: LogoutQuery,
}

/// End session (confirmation)
///
/// The confirmation form of RP-initiated logout posts here.
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/logout", operation_id = "oauthLogoutConfirm", tag = "OAuth",
    extensions(("x-tessera-browser" = json!(true))),
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 303, description = "To the post-logout redirect URI"),
        (status = 200, description = "A page: signed out", content_type = "text/html", body = String),
        (status = 400, description = "An error page", content_type = "text/html", body = String),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_logout_confirm(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, super::error::ApiError> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let brand = brand_of(&state.app, &tenant, &headers, None).await;
    // A browser posts the confirmation form; anything else gets the same error page.
    let Ok(form) = serde_urlencoded::from_bytes::<LogoutConfirmForm>(&body) else {
        return Ok(message(
            &brand,
            StatusCode::BAD_REQUEST,
            brand.t.t("logout_invalid.title"),
            brand.t.t("logout_invalid.use_button"),
        ));
    };
    logout(
        &state,
        &brand,
        &ctx,
        &tenant,
        &headers,
        form.query,
        Some(form.csrf_token),
    )
    .await
}

async fn logout(
    state: &HttpState,
    brand: &Brand,
    ctx: &Context,
    tenant: &TenantRecord,
    headers: &HeaderMap,
    query: LogoutQuery,
    confirmed_csrf: Option<String>,
) -> Result<Response, super::error::ApiError> {
    let app = &state.app;
    let request = match end_session::check(app, tenant, &query).await {
        Ok(request) => request,
        Err(ServiceError::InvalidParameter(text)) => {
            return Ok(message(
                brand,
                StatusCode::BAD_REQUEST,
                brand.t.t("logout_invalid.title"),
                brand.t.t(match text.as_str() {
                    t if t.starts_with("post_logout_redirect_uri is not registered") => {
                        "logout_invalid.unregistered"
                    }
                    t if t.starts_with("id_token_hint") => "logout_invalid.hint",
                    _ => "logout_invalid.other",
                }),
            ));
        }
        Err(e) => return Ok(failure_page(brand, &e)),
    };
    let session_cookie = cookie(headers, SESSION_COOKIE).map(str::to_owned);
    let session = browser_sessions::find(app, tenant, session_cookie.as_deref()).await?;
    let confirmed = match (&confirmed_csrf, &session_cookie) {
        (Some(sent), Some(cookie)) => {
            tessera_crypto::constant_time_eq(sent.as_bytes(), logout_csrf(cookie).as_bytes())
        }
        _ => false,
    };
    if let Some(session) = &session
        && !request.hinted
        && !confirmed
    {
        // Ask first: the request does not prove it came from a client of this user.
        let nonce = new_nonce();
        let mut fields: Vec<(&'static str, String)> = Vec::new();
        for (name, value) in [
            ("post_logout_redirect_uri", &query.post_logout_redirect_uri),
            ("client_id", &query.client_id),
            ("state", &query.state),
        ] {
            if let Some(value) = value {
                fields.push((name, value.clone()));
            }
        }
        let page = MessagePage {
            brand,
            nonce: &nonce,
            title: brand.t.t("logout.confirm_title"),
            message: &brand.t.f("logout.signed_in_as", &session.user.email),
            logout_form: Some(LogoutForm {
                action: format!("{}/oauth/logout", app.issuer(&tenant.slug)),
                csrf_token: logout_csrf(session_cookie.as_deref().unwrap_or_default()),
                fields,
            }),
            link: None,
        };
        return Ok(html(brand, StatusCode::OK, &nonce, page.render()));
    }
    if let Some(session) = &session {
        browser_sessions::end(app, ctx, tenant, session).await?;
    }
    let mut response = match &request.redirect {
        Some(location) if confirmed_csrf.is_some() => see_other(location),
        Some(location) => redirect_found(location),
        None => message(
            brand,
            StatusCode::OK,
            brand.t.t("signedout.title"),
            brand.t.t("signedout.text"),
        ),
    };
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, tenant, SESSION_COOKIE, "", 0),
    );
    Ok(response)
}
