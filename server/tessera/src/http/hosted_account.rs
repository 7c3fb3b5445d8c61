//! The hosted account area, `/t/{tenant}/account/…`: what a person signed in with the
//! browser session cookie may do to their own account, without any JavaScript (only adding
//! a passkey, in [`passkeys`], needs the browser's WebAuthn API).
//!
//! Every change goes through the same self-service services as the `/me` API (the browser
//! session is turned into the same `SessionUser`), so the rules (re-authentication, audit,
//! revocation) are the API's. Forms carry a token derived from the session cookie
//! (a synchronizer token that only the cookie's holder can compute), so another site can
//! neither read nor forge it. After a change the browser is sent back with a fixed notice
//! key (`?done=…`, allow-listed); nothing from the request is reflected.

use std::ops::Deref;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use tessera_crypto::{b64url, constant_time_eq, hash_secret};
use tessera_store::TenantRecord;
use tessera_wire::{ConfirmTotp, PageParams, TotpState, UpdateProfile};

use super::HttpState;
use super::extract::{ApiPath, Caller};
use super::hosted::{
    Brand, SESSION_COOKIE, brand_of, cookie, failure_page, html, new_nonce, see_other, set_cookie,
};
use super::hosted_i18n::{self, Tr};
use crate::services::access_tokens::SessionUser;
use crate::services::audit::{Actor, Context};
use crate::services::browser_sessions::{self, BrowserSession};
use crate::services::{ServiceError, consents, email, me, organizations, tenants};

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route("/t/{tenant}/account", get(profile_page))
        .route("/t/{tenant}/account/profile", post(profile_submit))
        .route(
            "/t/{tenant}/account/verify-email",
            post(verify_email_submit),
        )
        .route("/t/{tenant}/account/security", get(security_page))
        .route("/t/{tenant}/account/password", post(password_submit))
        .route("/t/{tenant}/account/mfa/start", post(totp_start))
        .route("/t/{tenant}/account/mfa/confirm", post(totp_confirm))
        .route("/t/{tenant}/account/mfa/disable", post(totp_disable))
        .route(
            "/t/{tenant}/account/mfa/recovery-codes",
            post(recovery_codes_regenerate),
        )
        .route("/t/{tenant}/account/sessions", get(sessions_page))
        .route("/t/{tenant}/account/sessions/revoke", post(session_revoke))
        .route("/t/{tenant}/account/apps", get(apps_page))
        .route("/t/{tenant}/account/apps/revoke", post(app_revoke))
        .route("/t/{tenant}/account/organizations", get(organizations_page))
        .route(
            "/t/{tenant}/account/organizations/switch",
            post(organization_switch),
        )
        .route(
            "/t/{tenant}/account/organizations/leave",
            post(organization_leave),
        )
        .route(
            "/t/{tenant}/account/delete",
            get(delete_page).post(delete_submit),
        )
        .route("/t/{tenant}/account/signout", post(sign_out))
        .merge(passkeys::routes())
        .merge(email_change::routes())
}

/// Notices a page may show after a change; `?done=` must name one of them.
const NOTICES: &[&str] = &[
    "notice.profile_saved",
    "notice.verification_sent",
    "notice.password_changed",
    "notice.totp_disabled",
    "notice.session_revoked",
    "notice.app_revoked",
    "notice.org_switched",
    "notice.org_left",
    "notice.signed_in",
    "notice.passkey_added",
    "notice.passkey_renamed",
    "notice.passkey_deleted",
    "notice.email_change_sent",
];

/// The sections of the account area, in navigation order: path and label key.
const SECTIONS: &[(&str, &str)] = &[
    ("", "nav.profile"),
    ("/security", "nav.security"),
    ("/passkeys", "nav.passkeys"),
    ("/sessions", "nav.sessions"),
    ("/apps", "nav.apps"),
    ("/organizations", "nav.orgs"),
    ("/delete", "nav.delete"),
];

/// Locales a user may choose for their profile: code and name in its own language.
pub const LOCALE_CHOICES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("ar", "العربية"),
];

// ---------------------------------------------------------------------------------------
// The page shell shared by every section

pub struct NavItem {
    url: String,
    label: &'static str,
    current: bool,
}

/// A message tied to one field (`field` is the input's id), or to the form when empty.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// What every account page has: branding, language, navigation, notice or error, and the
/// form token.
pub struct Shell<'a> {
    brand: &'a Brand,
    nonce: String,
    nav: Vec<NavItem>,
    notice: Option<&'static str>,
    error: Option<FieldError>,
    base: String,
    csrf_token: String,
}

impl Shell<'_> {
    pub fn has_error(&self, field: &str) -> bool {
        self.error.as_ref().is_some_and(|e| e.field == field)
    }
}

/// Each page derefs to its shell, so the shared layout finds `brand`, `t`, `nav`… on it.
macro_rules! account_page {
    ($name:ident, $path:literal { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Template)]
        #[template(path = $path)]
        struct $name<'a> {
            shell: Shell<'a>,
            $($field: $ty,)*
        }

        impl<'a> Deref for $name<'a> {
            type Target = Shell<'a>;
            fn deref(&self) -> &Shell<'a> {
                &self.shell
            }
        }
    };
}

account_page!(ProfilePage, "hosted/account_profile.html" {
    email: String,
    email_verified: bool,
    has_password: bool,
    // The masked address of a change waiting for its link.
    pending_email: Option<String>,
    // What the email change form shows again after a refusal.
    new_email: String,
    name: String,
    locale: String,
    locales: &'static [(&'static str, &'static str)],
});
account_page!(SecurityPage, "hosted/account_security.html" {
    has_password: bool,
    totp_enabled: bool,
    recovery_left: String,
});
account_page!(TotpPage, "hosted/account_totp.html" {
    qr_png: String,
    secret: String,
});
account_page!(RecoveryPage, "hosted/account_recovery.html" {
    codes: Vec<String>,
});
account_page!(SessionsPage, "hosted/account_sessions.html" {
    sessions: Vec<SessionRow>,
});
account_page!(AppsPage, "hosted/account_apps.html" {
    apps: Vec<AppRow>,
});
account_page!(OrganizationsPage, "hosted/account_organizations.html" {
    orgs: Vec<OrgRow>,
});
account_page!(DeletePage, "hosted/account_delete.html" {
    has_password: bool,
});

struct SessionRow {
    id: String,
    device: String,
    ip: String,
    last_used: String,
    current: bool,
}

struct AppRow {
    client_id: String,
    name: String,
    scopes: String,
}

struct OrgRow {
    id: String,
    name: String,
    role: String,
    current: bool,
}

/// A signed-in visitor of the account area.
struct Visitor {
    tenant: TenantRecord,
    brand: Brand,
    t: Tr,
    browser: BrowserSession,
    me: SessionUser,
    csrf: String,
    base: String,
}

impl Visitor {
    fn shell(&self, section: &str, notice: Option<&'static str>) -> Shell<'_> {
        Shell {
            brand: &self.brand,
            nonce: new_nonce(),
            nav: SECTIONS
                .iter()
                .map(|(path, label)| NavItem {
                    url: format!("{}{path}", self.base),
                    label,
                    current: *path == section,
                })
                .collect(),
            notice,
            error: None,
            base: self.base.clone(),
            csrf_token: self.csrf.clone(),
        }
    }

    fn ctx(&self, ctx: &Context) -> Context {
        ctx.as_actor(Actor::User(self.me.user.id.clone()))
    }
}

/// The form token of a browser session: only the holder of the cookie can compute it.
fn account_csrf(session_cookie: &str) -> String {
    b64url(&hash_secret(&format!("account:{session_cookie}")))
}

pub fn account_url(state: &HttpState, tenant: &TenantRecord) -> String {
    format!("{}/account", state.app.issuer(&tenant.slug))
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    done: Option<String>,
    ui_locales: Option<String>,
}

/// Who is asking, or where they must go first (the sign-in page).
async fn visitor(
    state: &HttpState,
    slug: &str,
    headers: &HeaderMap,
    ui_locales: Option<&str>,
) -> Result<Result<Visitor, Response>, super::error::ApiError> {
    let tenant = tenants::find(&state.app, slug).await?;
    let mut brand = brand_of(&state.app, &tenant, headers, ui_locales).await;
    let session_cookie = cookie(headers, SESSION_COOKIE);
    let found = match browser_sessions::session_user(&state.app, &tenant, session_cookie).await {
        Ok(found) => found,
        Err(e) => return Ok(Err(failure_page(&brand, &e))),
    };
    let Some((browser, me)) = found else {
        let to = format!("{}/signin/account", state.app.issuer(&tenant.slug));
        return Ok(Err(see_other(&to)));
    };
    // The person's own language setting comes right after an explicit `ui_locales`.
    let t = hosted_i18n::negotiate(
        ui_locales,
        me.user.locale.as_deref(),
        headers,
        brand.default_locale.as_deref(),
    );
    brand.t = t;
    Ok(Ok(Visitor {
        base: account_url(state, &tenant),
        csrf: account_csrf(session_cookie.unwrap_or_default()),
        tenant,
        brand,
        t,
        browser,
        me,
    }))
}

/// Loads the visitor of a form post and checks its token; anything else is answered.
async fn poster(
    state: &HttpState,
    slug: &str,
    headers: &HeaderMap,
    csrf_token: &str,
) -> Result<Result<Visitor, Response>, super::error::ApiError> {
    let visitor = match visitor(state, slug, headers, None).await? {
        Ok(v) => v,
        Err(response) => return Ok(Err(response)),
    };
    if !constant_time_eq(csrf_token.as_bytes(), visitor.csrf.as_bytes()) {
        let error = ServiceError::InvalidToken("the account form's token does not match".into());
        return Ok(Err(failure_page(&visitor.brand, &error)));
    }
    Ok(Ok(visitor))
}

/// Unwraps a `Result<Result<Visitor, Response>, ApiError>`, answering early on `Err`.
macro_rules! or_answer {
    ($e:expr) => {
        match $e? {
            Ok(visitor) => visitor,
            Err(response) => return Ok(response),
        }
    };
}

fn notice_of(query: &PageQuery) -> Option<&'static str> {
    let done = query.done.as_deref()?;
    NOTICES
        .iter()
        .copied()
        .find(|n| n.strip_prefix("notice.") == Some(done))
}

fn done(visitor: &Visitor, section: &str, notice: &str) -> Response {
    see_other(&format!("{}{section}?done={notice}", visitor.base))
}

fn render<'a, P>(page: &P, nonce: &str, status: StatusCode) -> Response
where
    P: Template + Deref<Target = Shell<'a>>,
{
    let mut response = html(page.brand, status, nonce, page.render());
    // Account pages show personal data: never keep them in a shared cache.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}

/// The field and message a failed change shows, or None for failures with a page of their
/// own.
fn field_error(t: Tr, error: &ServiceError, password_field: &'static str) -> Option<FieldError> {
    Some(match error {
        ServiceError::InvalidCredentials => FieldError {
            field: password_field,
            message: t.t("error.wrong_password").into(),
        },
        ServiceError::AccountLocked { .. } => FieldError {
            field: password_field,
            message: t.t("error.locked").into(),
        },
        ServiceError::InvalidCode(_) => FieldError {
            field: "code",
            message: t.t("error.code").into(),
        },
        ServiceError::PasswordRejected { pointer, problem } => FieldError {
            field: if pointer == "/new_password" {
                "new_password"
            } else {
                ""
            },
            message: hosted_i18n::password_problem(t, *problem),
        },
        ServiceError::Invalid(problems) => {
            let first = problems.first()?;
            FieldError {
                field: match first.pointer.as_str() {
                    "/current_password" => password_field,
                    "/new_password" => "new_password",
                    "/name" => "name",
                    "/locale" => "locale",
                    "/code" => "code",
                    _ => "",
                },
                // The service's own explanation: fixed text about the rule, never the input.
                message: first.message.clone(),
            }
        }
        ServiceError::Conflict(_) | ServiceError::PermissionDenied(_) => FieldError {
            field: "",
            message: t.t("error.not_allowed").into(),
        },
        _ => return None,
    })
}

fn failed(visitor: &Visitor, error: &ServiceError) -> Response {
    failure_page(&visitor.brand, error)
}

// ---------------------------------------------------------------------------------------
// Profile

async fn profile_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    Ok(profile_view(&state, &v, notice_of(&query), None, String::new()).await)
}

async fn profile_view(
    state: &HttpState,
    v: &Visitor,
    notice: Option<&'static str>,
    error: Option<FieldError>,
    new_email: String,
) -> Response {
    let pending_email = match email::change::pending(&state.app, &v.me).await {
        Ok(pending) => pending,
        Err(e) => return failed(v, &e),
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let user = &v.me.user;
    let page = ProfilePage {
        shell: Shell {
            error,
            ..v.shell("", notice)
        },
        email: user.email.clone(),
        email_verified: user.email_verified,
        has_password: user.password_hash.is_some(),
        pending_email,
        new_email,
        name: user.name.clone().unwrap_or_default(),
        locale: user.locale.clone().unwrap_or_else(|| v.t.lang().to_owned()),
        locales: LOCALE_CHOICES,
    };
    render(&page, &page.nonce, status)
}

#[derive(Deserialize)]
pub struct ProfileForm {
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    locale: String,
}

async fn profile_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<ProfileForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    if !LOCALE_CHOICES.iter().any(|(code, _)| *code == form.locale) {
        let error = FieldError {
            field: "locale",
            message: v.t.t("error.locale").into(),
        };
        return Ok(profile_view(&state, &v, None, Some(error), String::new()).await);
    }
    let input = UpdateProfile {
        name: Some(form.name.trim().to_owned()).filter(|n| !n.is_empty()),
        picture: None,
        locale: Some(form.locale),
    };
    Ok(
        match me::update_profile(&state.app, &v.ctx(&ctx), v.me.clone(), input).await {
            Ok(_) => done(&v, "", "profile_saved"),
            Err(e) => match field_error(v.t, &e, "") {
                Some(error) => profile_view(&state, &v, None, Some(error), String::new()).await,
                None => failed(&v, &e),
            },
        },
    )
}

#[derive(Deserialize)]
pub struct TokenOnly {
    csrf_token: String,
}

async fn verify_email_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenOnly>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    Ok(
        match email::send_verification(&state.app, &v.ctx(&ctx), &v.tenant.slug, &v.me.user.id)
            .await
        {
            Ok(_) => done(&v, "", "verification_sent"),
            Err(e) => failed(&v, &e),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Password and second factor

async fn security_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    Ok(security_view(&state, &v, notice_of(&query), None).await)
}

async fn security_view(
    state: &HttpState,
    v: &Visitor,
    notice: Option<&'static str>,
    error: Option<FieldError>,
) -> Response {
    let status = match me::mfa::status(&state.app, &v.me).await {
        Ok(status) => status,
        Err(e) => return failed(v, &e),
    };
    let http_status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = SecurityPage {
        shell: Shell {
            error,
            ..v.shell("/security", notice)
        },
        has_password: v.me.user.password_hash.is_some(),
        totp_enabled: status.status == TotpState::Enabled,
        recovery_left: status.recovery_codes_remaining.to_string(),
    };
    render(&page, &page.nonce, http_status)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf_token: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

fn given(password: String) -> Option<String> {
    Some(password).filter(|p| !p.is_empty())
}

async fn password_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasswordForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let result = me::change_password(
        &state.app,
        &v.ctx(&ctx),
        v.me.clone(),
        given(form.current_password),
        form.new_password,
    )
    .await;
    Ok(match result {
        Ok(()) => done(&v, "/security", "password_changed"),
        Err(e) => match field_error(v.t, &e, "current_password") {
            Some(error) => security_view(&state, &v, None, Some(error)).await,
            None => failed(&v, &e),
        },
    })
}

#[derive(Deserialize)]
pub struct PasswordOnly {
    csrf_token: String,
    #[serde(default)]
    current_password: String,
}

async fn totp_start(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasswordOnly>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    Ok(
        match me::mfa::start(&state.app, &ctx, &v.me, given(form.current_password)).await {
            Ok(enrolment) => totp_view(&v, enrolment.qr_png, enrolment.secret, None),
            Err(e) => match field_error(v.t, &e, "enrol_password") {
                Some(error) => security_view(&state, &v, None, Some(error)).await,
                None => failed(&v, &e),
            },
        },
    )
}

fn totp_view(v: &Visitor, qr_png: String, secret: String, error: Option<FieldError>) -> Response {
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = TotpPage {
        shell: Shell {
            error,
            ..v.shell("/security", None)
        },
        qr_png,
        secret,
    };
    render(&page, &page.nonce, status)
}

#[derive(Deserialize)]
pub struct CodeForm {
    csrf_token: String,
    #[serde(default)]
    code: String,
}

async fn totp_confirm(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let input = ConfirmTotp {
        code: form.code.split_whitespace().collect(),
    };
    Ok(
        match me::mfa::confirm(&state.app, &v.ctx(&ctx), &v.me, input).await {
            Ok(codes) => {
                let page = RecoveryPage {
                    shell: v.shell("/security", None),
                    codes: codes.recovery_codes,
                };
                render(&page, &page.nonce, StatusCode::OK)
            }
            // A wrong code: show the enrolment again, from the pending secret.
            Err(e) => match (
                field_error(v.t, &e, ""),
                pending_enrolment(&state, &v).await,
            ) {
                (Some(error), Some((qr, secret))) => totp_view(&v, qr, secret, Some(error)),
                _ => failed(&v, &e),
            },
        },
    )
}

/// The QR code and secret of an enrolment started but not confirmed yet.
async fn pending_enrolment(state: &HttpState, v: &Visitor) -> Option<(String, String)> {
    crate::services::mfa::pending_enrolment(&state.app, &v.tenant, &v.me.user.id)
        .await
        .ok()
        .flatten()
        .map(|e| (e.qr_png, e.secret))
}

async fn totp_disable(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasswordOnly>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    Ok(
        match me::mfa::disable(&state.app, &ctx, &v.me, given(form.current_password)).await {
            Ok(()) => done(&v, "/security", "totp_disabled"),
            Err(e) => match field_error(v.t, &e, "disable_password") {
                Some(error) => security_view(&state, &v, None, Some(error)).await,
                None => failed(&v, &e),
            },
        },
    )
}

/// New recovery codes (the old ones stop working), shown once like the first ones.
async fn recovery_codes_regenerate(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasswordOnly>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    let result = me::mfa::regenerate(&state.app, &ctx, &v.me, given(form.current_password)).await;
    Ok(match result {
        Ok(codes) => {
            let page = RecoveryPage {
                shell: v.shell("/security", None),
                codes: codes.recovery_codes,
            };
            render(&page, &page.nonce, StatusCode::OK)
        }
        Err(e) => match field_error(v.t, &e, "regen_password") {
            Some(error) => security_view(&state, &v, None, Some(error)).await,
            None => failed(&v, &e),
        },
    })
}

// ---------------------------------------------------------------------------------------
// Sessions

async fn sessions_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    let list = match me::list_sessions(&state.app, &v.me).await {
        Ok(list) => list,
        Err(e) => return Ok(failed(&v, &e)),
    };
    let sessions = list
        .data
        .into_iter()
        .map(|s| SessionRow {
            current: s.id == v.browser.id,
            device: describe_agent(s.user_agent.as_deref(), v.t),
            ip: s.ip.unwrap_or_default(),
            last_used: s
                .last_used_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            id: s.id,
        })
        .collect();
    let page = SessionsPage {
        shell: v.shell("/sessions", notice_of(&query)),
        sessions,
    };
    Ok(render(&page, &page.nonce, StatusCode::OK))
}

/// A short name for a browser from its User-Agent (browser and system), for the list.
fn describe_agent(agent: Option<&str>, t: Tr) -> String {
    let Some(agent) = agent else {
        return t.t("sessions.unknown_device").into();
    };
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ]
    .iter()
    .find(|(marker, _)| agent.contains(marker))
    .map(|(_, name)| *name);
    let system = [
        ("Windows", "Windows"),
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(marker, _)| agent.contains(marker))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} · {s}"),
        (Some(b), None) => b.into(),
        (None, Some(s)) => s.into(),
        (None, None) => t.t("sessions.unknown_device").into(),
    }
}

#[derive(Deserialize)]
pub struct SessionForm {
    csrf_token: String,
    session_id: String,
}

async fn session_revoke(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<SessionForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    Ok(
        match me::revoke_session(&state.app, &ctx, &v.me, &form.session_id).await {
            Ok(()) => done(&v, "/sessions", "session_revoked"),
            Err(e) => failed(&v, &e),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Connected applications

async fn apps_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    let list = match consents::list(&state.app, &v.me).await {
        Ok(list) => list,
        Err(e) => return Ok(failed(&v, &e)),
    };
    let page = AppsPage {
        shell: v.shell("/apps", notice_of(&query)),
        apps: list
            .data
            .into_iter()
            .map(|c| AppRow {
                client_id: c.client_id,
                name: c.client_name,
                scopes: c.scopes.join(" "),
            })
            .collect(),
    };
    Ok(render(&page, &page.nonce, StatusCode::OK))
}

#[derive(Deserialize)]
pub struct AppForm {
    csrf_token: String,
    client_id: String,
}

async fn app_revoke(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<AppForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    Ok(
        match consents::revoke(&state.app, &ctx, &v.me, &form.client_id).await {
            Ok(()) => done(&v, "/apps", "app_revoked"),
            Err(e) => failed(&v, &e),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Organizations

async fn organizations_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    Ok(organizations_view(&state, &v, notice_of(&query), None).await)
}

async fn organizations_view(
    state: &HttpState,
    v: &Visitor,
    notice: Option<&'static str>,
    error: Option<FieldError>,
) -> Response {
    let params = PageParams {
        limit: Some(100),
        cursor: None,
    };
    let list = match organizations::switch::my_organizations(&state.app, &v.me, params).await {
        Ok(list) => list,
        Err(e) => return failed(v, &e),
    };
    let status = if error.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let page = OrganizationsPage {
        shell: Shell {
            error,
            ..v.shell("/organizations", notice)
        },
        orgs: list
            .data
            .into_iter()
            .map(|o| OrgRow {
                id: o.id,
                name: o.name,
                role: o.role,
                current: o.current,
            })
            .collect(),
    };
    render(&page, &page.nonce, status)
}

#[derive(Deserialize)]
pub struct OrganizationForm {
    csrf_token: String,
    organization: String,
}

async fn organization_switch(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<OrganizationForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    // The browser session moves into the organization: the access token it returns is
    // not needed here (the hosted pages work from the cookie), so it is dropped.
    let result = organizations::switch::switch(&state.app, &ctx, &v.me, &form.organization).await;
    Ok(match result {
        Ok(_) => done(&v, "/organizations", "org_switched"),
        Err(e) => match field_error(v.t, &e, "") {
            Some(error) => organizations_view(&state, &v, None, Some(error)).await,
            None => failed(&v, &e),
        },
    })
}

async fn organization_leave(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<OrganizationForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    let result = organizations::switch::leave(&state.app, &ctx, &v.me, &form.organization).await;
    Ok(match result {
        Ok(()) => done(&v, "/organizations", "org_left"),
        Err(e) => match field_error(v.t, &e, "") {
            Some(error) => organizations_view(&state, &v, None, Some(error)).await,
            None => failed(&v, &e),
        },
    })
}

// ---------------------------------------------------------------------------------------
// Delete account, sign out

async fn delete_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    Ok(delete_view(&v, None))
}

fn delete_view(v: &Visitor, error: Option<FieldError>) -> Response {
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = DeletePage {
        shell: Shell {
            error,
            ..v.shell("/delete", None)
        },
        has_password: v.me.user.password_hash.is_some(),
    };
    render(&page, &page.nonce, status)
}

#[derive(Deserialize)]
pub struct DeleteForm {
    csrf_token: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    confirm: String,
}

async fn delete_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<DeleteForm>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    if form.confirm != "yes" {
        let error = FieldError {
            field: "confirm",
            message: v.t.t("error.confirm_delete").into(),
        };
        return Ok(delete_view(&v, Some(error)));
    }
    let ctx = v.ctx(&ctx);
    let result =
        me::delete_account(&state.app, &ctx, v.me.clone(), given(form.current_password)).await;
    Ok(match result {
        Ok(()) => {
            let mut response = super::hosted::message(
                &v.brand,
                StatusCode::OK,
                v.t.t("deleted.title"),
                v.t.t("deleted.text"),
            );
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&state, &v.tenant, SESSION_COOKIE, "", 0),
            );
            response
        }
        Err(e) => match field_error(v.t, &e, "current_password") {
            Some(error) => delete_view(&v, Some(error)),
            None => failed(&v, &e),
        },
    })
}

async fn sign_out(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenOnly>,
) -> Result<Response, super::error::ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    if let Err(e) = browser_sessions::end(&state.app, &ctx, &v.tenant, &v.browser).await {
        return Ok(failed(&v, &e));
    }
    let mut response = super::hosted::message(
        &v.brand,
        StatusCode::OK,
        v.t.t("signedout.title"),
        v.t.t("signedout.text"),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, &v.tenant, SESSION_COOKIE, "", 0),
    );
    Ok(response)
}

// Declared last: the page macros above are in scope for them.
mod email_change;
mod passkeys;
