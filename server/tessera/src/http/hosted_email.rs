//! Hosted pages that start or finish by email, and the account sign-in: sign-up (per the
//! tenant's signup mode), sign-in with an emailed code or magic link, the landings of the
//! links in Tessera's emails (sign-up confirmation, email verification, password reset,
//! magic link), and the password form that leads to the account area.
//!
//! Every flow runs on the services the JSON API uses; these handlers only translate forms
//! to calls and outcomes to pages. Anonymous forms are protected by a double-submit token
//! (`tessera_csrf_forms` cookie and hidden field), cleared once a form succeeds.
//!
//! The links in emails carry their token in the URL fragment, which never reaches a server
//! (logs, proxies, `Referer`). A landing page therefore has a token field: a three-line
//! nonce'd script fills it from the fragment; without JavaScript the person pastes the
//! link (or token) into it, and the server takes the token after `#token=`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use tessera_crypto::{constant_time_eq, generate_secret};
use tessera_store::{TenantRecord, UserRecord};
use tessera_wire::{MfaVerifyRequest, SignupMode, SignupRequest};

use super::HttpState;
use super::extract::{ApiPath, Caller};
use super::hosted::{
    Brand, SESSION_COOKIE, brand_of, cookie, csrf_cookie_name, failure_page, html_with,
    message_with_link, new_nonce, see_other, set_cookie, sign_in_error,
};
use super::hosted_account::{FieldError, account_url};
use super::hosted_i18n::{self, Tr};
use super::hosted_passkeys::PasskeyLinks;
use crate::services::audit::Context;
use crate::services::email::{self, Purpose};
use crate::services::oauth::interaction;
use crate::services::passkeys::sign_in as passkey_sign_in;
use crate::services::sessions::{self, FirstFactor};
use crate::services::{ServiceError, browser_sessions, mfa, signup, tenants};

const FORMS_CSRF_COOKIE: &str = "tessera_csrf_forms";

/// Fills the `token` field from the URL fragment (`#token=…`) and drops the fragment from
/// the address bar and history.
const TOKEN_FROM_FRAGMENT: &str = "var m=location.hash.match(/token=([A-Za-z0-9_-]+)/);\
if(m){document.getElementById('token').value=m[1];\
history.replaceState(null,'',location.pathname+location.search);}";

/// The sign-up confirmation link points at `/signup#token=…`: take it to the confirm page.
const SIGNUP_LINK_TO_CONFIRM: &str = "if(/token=/.test(location.hash)){\
location.replace(location.pathname+'/confirm'+location.hash);}";

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route(
            "/t/{tenant}/signin/account",
            get(account_sign_in_page).post(account_sign_in_submit),
        )
        .route(
            "/t/{tenant}/signin/account/passkey",
            post(account_passkey_submit),
        )
        .route("/t/{tenant}/signin/factor", post(second_factor_submit))
        .route(
            "/t/{tenant}/signin/email",
            get(email_sign_in_page).post(email_sign_in_submit),
        )
        .route("/t/{tenant}/signin/email/code", post(email_code_submit))
        .route(
            "/t/{tenant}/magic-link",
            get(magic_link_page).post(magic_link_submit),
        )
        .route("/t/{tenant}/signup", get(signup_page).post(signup_submit))
        .route(
            "/t/{tenant}/signup/confirm",
            get(signup_confirm_page).post(signup_confirm_submit),
        )
        .route(
            "/t/{tenant}/verify-email",
            get(verify_email_page).post(verify_email_submit),
        )
        .route(
            "/t/{tenant}/confirm-email-change",
            get(email_change_page).post(email_change_submit),
        )
        .route(
            "/t/{tenant}/reset-password/request",
            get(reset_request_page).post(reset_request_submit),
        )
        .route(
            "/t/{tenant}/reset-password",
            get(reset_page).post(reset_submit),
        )
}

/// Whether the tenant takes self-service sign-ups at all (the domain allow-list is checked
/// when an address is submitted).
pub fn signup_open(tenant: &TenantRecord) -> bool {
    signup::mode(tenant) != SignupMode::InviteOnly
}

// ---------------------------------------------------------------------------------------
// One template for every form of these flows

struct Field {
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    required: bool,
    value: String,
}

fn field(name: &'static str, label: &'static str, kind: &'static str) -> Field {
    let autocomplete = match name {
        "email" => "username",
        "password" => "current-password",
        "new_password" => "new-password",
        "name" => "name",
        "code" => "one-time-code",
        _ => "off",
    };
    Field {
        name,
        label,
        kind,
        autocomplete,
        required: name != "recovery_code" && name != "name",
        value: String::new(),
    }
}

impl Field {
    fn with_value(mut self, value: &str) -> Self {
        value.clone_into(&mut self.value);
        self
    }

    fn optional(mut self) -> Self {
        self.required = false;
        self
    }
}

#[derive(Template)]
#[template(path = "hosted/form_page.html")]
struct FormPage<'a> {
    brand: &'a Brand,
    nonce: String,
    heading: &'static str,
    intro: Option<&'static str>,
    notice: Option<&'static str>,
    error: Option<FieldError>,
    action: String,
    csrf_token: String,
    hidden: Vec<(&'static str, String)>,
    fields: Vec<Field>,
    /// `name`, `value` and label key of each submit button; the first is the main one.
    buttons: Vec<(&'static str, &'static str, &'static str)>,
    links: Vec<(String, &'static str)>,
    fragment_script: Option<&'static str>,
    /// The passkey form (button and autofill) of a sign-in page, and its script.
    passkey: Option<PasskeyLinks>,
    /// What the shared passkey form sends as `request`: none on these pages.
    request_id: &'static str,
}

impl FormPage<'_> {
    fn has_error(&self, field: &str) -> bool {
        self.error.as_ref().is_some_and(|e| e.field == field)
    }
}

/// A form page in the making: the parts that vary, with the rest filled by [`Forms::page`].
struct Spec {
    heading: &'static str,
    intro: Option<&'static str>,
    action: &'static str,
    hidden: Vec<(&'static str, String)>,
    fields: Vec<Field>,
    buttons: Vec<(&'static str, &'static str, &'static str)>,
    links: Vec<(String, &'static str)>,
    script: Option<&'static str>,
    passkey: Option<PasskeyLinks>,
}

impl Spec {
    fn new(heading: &'static str, action: &'static str, submit: &'static str) -> Spec {
        Spec {
            heading,
            intro: None,
            action,
            hidden: Vec::new(),
            fields: Vec::new(),
            buttons: vec![("", "", submit)],
            links: Vec::new(),
            script: None,
            passkey: None,
        }
    }
}

/// One request's view of the anonymous forms: tenant, look and form token.
struct Forms {
    tenant: TenantRecord,
    brand: Brand,
    issuer: String,
    csrf: String,
    /// Set when the browser had no token yet: the cookie to send with the page.
    new_cookie: bool,
}

impl Forms {
    async fn load(
        state: &HttpState,
        slug: &str,
        headers: &HeaderMap,
        ui_locales: Option<&str>,
    ) -> Result<Forms, super::error::ApiError> {
        let tenant = tenants::find(&state.app, slug).await?;
        let brand = brand_of(&state.app, &tenant, headers, ui_locales).await;
        let existing = cookie(headers, FORMS_CSRF_COOKIE)
            .filter(|c| c.starts_with("tcf_") && c.len() < 128)
            .map(str::to_owned);
        let new_cookie = existing.is_none();
        Ok(Forms {
            issuer: state.app.issuer(&tenant.slug),
            csrf: existing.unwrap_or_else(|| generate_secret("tcf_")),
            tenant,
            brand,
            new_cookie,
        })
    }

    /// Whether a posted form carries this browser's token (double submit).
    fn form_ok(&self, sent: &str) -> bool {
        !self.new_cookie && constant_time_eq(sent.as_bytes(), self.csrf.as_bytes())
    }

    fn page(&self, state: &HttpState, spec: Spec, error: Option<FieldError>) -> Response {
        let nonce = new_nonce();
        let status = if error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        let page = FormPage {
            brand: &self.brand,
            nonce: nonce.clone(),
            heading: spec.heading,
            intro: spec.intro,
            notice: None,
            error,
            action: format!("{}{}", self.issuer, spec.action),
            csrf_token: self.csrf.clone(),
            hidden: spec.hidden,
            fields: spec.fields,
            buttons: spec.buttons,
            links: spec.links,
            fragment_script: spec.script,
            request_id: "",
            passkey: spec.passkey,
        };
        let scripted = page.fragment_script.is_some() || page.passkey.is_some();
        let response = html_with(&self.brand, status, &nonce, page.render(), scripted);
        self.with_cookie(state, response)
    }

    fn with_cookie(&self, state: &HttpState, mut response: Response) -> Response {
        if self.new_cookie {
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(state, &self.tenant, FORMS_CSRF_COOKIE, &self.csrf, 60 * 60),
            );
        }
        response
    }

    /// A fixed message page, with an optional way on.
    fn message(&self, title: &str, text: &str, link: Option<(String, &'static str)>) -> Response {
        let t = self.brand.t;
        message_with_link(
            &self.brand,
            StatusCode::OK,
            t.t(title),
            t.t(text),
            link.map(|(url, label)| (url, t.t(label))),
        )
    }

    /// The answer to a form whose token does not match: nothing was done.
    fn forged(&self) -> Response {
        failure_page(
            &self.brand,
            &ServiceError::InvalidToken("the form's token does not match".into()),
        )
    }

    fn error(&self, field: &'static str, key: &str) -> Option<FieldError> {
        Some(FieldError {
            field,
            message: self.brand.t.t(key).into(),
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }
}

/// The field a service's validation problem points at, with its message (fixed text about
/// the rule, never the submitted value): a refused password in the page's language, other
/// problems as the service wrote them.
fn problem_field(t: Tr, error: &ServiceError, fields: &[&'static str]) -> Option<FieldError> {
    let (pointer, message) = match error {
        ServiceError::PasswordRejected { pointer, problem } => {
            (pointer, hosted_i18n::password_problem(t, *problem))
        }
        ServiceError::Invalid(problems) => {
            let first = problems.first()?;
            (&first.pointer, first.message.clone())
        }
        _ => return None,
    };
    let name = pointer.trim_start_matches('/');
    Some(FieldError {
        field: fields.iter().copied().find(|f| *f == name).unwrap_or(""),
        message,
    })
}

/// The token of a landing form: a bare token, or a pasted link whose fragment holds it.
fn token_from(input: &str) -> &str {
    input
        .rsplit_once("token=")
        .map_or(input, |(_, token)| token)
        .trim()
}

/// Ends a successful sign-in: the browser session cookie, the spent form token cleared,
/// and on to the pending authorization request (when one started it) or the account.
async fn signed_in(
    state: &HttpState,
    forms: &Forms,
    headers: &HeaderMap,
    request: &str,
    session: &browser_sessions::BrowserSession,
    session_cookie: &str,
) -> Response {
    let app = &state.app;
    let tenant = &forms.tenant;
    let mut to = format!("{}?done=signed_in", account_url(state, tenant));
    if !request.is_empty() {
        let csrf = cookie(headers, &csrf_cookie_name(request));
        let attached = match interaction::load(app, tenant, request, csrf, None).await {
            Ok(pending) => interaction::attach(app, tenant, &pending, session).await,
            Err(e) => Err(e),
        };
        match attached {
            Ok(()) => to = format!("{}/signin?request={request}", forms.issuer),
            Err(e) => return failure_page(&forms.brand, &e),
        }
    }
    let mut response = see_other(&to);
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(
            state,
            tenant,
            SESSION_COOKIE,
            session_cookie,
            app.session_settings.session_lifetime_secs,
        ),
    );
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, tenant, FORMS_CSRF_COOKIE, "", 0),
    );
    response
}

/// After a first factor: a browser session, or the second-factor form.
async fn after_first_factor(
    state: &HttpState,
    ctx: &Context,
    forms: &Forms,
    headers: &HeaderMap,
    request: &str,
    step: FirstFactor,
    amr: &[&str],
) -> Response {
    match step {
        FirstFactor::MfaRequired(challenge) => {
            second_factor_form(state, forms, request, &challenge.mfa_token, None)
        }
        FirstFactor::Complete(user) => {
            open_session(state, ctx, forms, headers, request, user, amr).await
        }
    }
}

async fn open_session(
    state: &HttpState,
    ctx: &Context,
    forms: &Forms,
    headers: &HeaderMap,
    request: &str,
    user: UserRecord,
    amr: &[&str],
) -> Response {
    match browser_sessions::start(&state.app, ctx, &forms.tenant, user, amr).await {
        Ok((session, cookie)) => signed_in(state, forms, headers, request, &session, &cookie).await,
        Err(e) => failure_page(&forms.brand, &e),
    }
}

fn second_factor_form(
    state: &HttpState,
    forms: &Forms,
    request: &str,
    mfa_token: &str,
    error: Option<FieldError>,
) -> Response {
    let mut spec = Spec::new("mfa.title", "/signin/factor", "mfa.submit");
    spec.hidden = vec![
        ("request", request.to_owned()),
        ("mfa_token", mfa_token.to_owned()),
    ];
    spec.fields = vec![
        field("code", "mfa.code", "text").optional(),
        field("recovery_code", "mfa.recovery", "text"),
    ];
    forms.page(state, spec, error)
}

// ---------------------------------------------------------------------------------------
// Account sign-in (password), second factor

#[derive(Deserialize, Default)]
pub struct LocaleQuery {
    ui_locales: Option<String>,
    #[serde(default)]
    request: String,
}

fn account_sign_in_spec(state: &HttpState, forms: &Forms, email: &str) -> Spec {
    let mut spec = Spec::new("account_signin.title", "/signin/account", "signin.submit");
    // The email field offers passkeys in its autofill (conditional UI), as on the sign-in
    // page of an authorization request.
    let mut email_field = field("email", "field.email", "email").with_value(email);
    email_field.autocomplete = "username webauthn";
    spec.passkey = Some(PasskeyLinks::account_sign_in(&state.app, &forms.tenant));
    spec.fields = vec![email_field, field("password", "field.password", "password")];
    spec.links = vec![
        (forms.url("/signin/email"), "signin.email_link"),
        (forms.url("/reset-password/request"), "signin.forgot"),
    ];
    if signup_open(&forms.tenant) {
        spec.links.push((forms.url("/signup"), "signin.signup"));
    }
    spec
}

async fn account_sign_in_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    Ok(forms.page(&state, account_sign_in_spec(&state, &forms, ""), None))
}

#[derive(Deserialize)]
pub struct PasswordSignInForm {
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

async fn account_sign_in_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasswordSignInForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let step =
        sessions::check_password(&state.app, &ctx, &forms.tenant, &form.email, form.password).await;
    Ok(match step {
        Ok(step) => after_first_factor(&state, &ctx, &forms, &headers, "", step, &["pwd"]).await,
        Err(e) => match sign_in_error(forms.brand.t, &e) {
            Some(text) => {
                let spec = account_sign_in_spec(&state, &forms, &form.email);
                let error = FieldError {
                    field: "",
                    message: text.into(),
                };
                let mut response = forms.page(&state, spec, Some(error));
                *response.status_mut() = StatusCode::UNAUTHORIZED;
                response
            }
            None => failure_page(&forms.brand, &e),
        },
    })
}

#[derive(Deserialize)]
pub struct PasskeySignInForm {
    csrf_token: String,
    #[serde(default)]
    ceremony_id: String,
    /// The `PublicKeyCredential` as JSON text.
    #[serde(default)]
    credential: String,
}

/// The passkey form of the account sign-in page: the assertion that `passkeys.js` got from
/// the browser, checked by the same service as the authorization sign-in's.
async fn account_passkey_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<PasskeySignInForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    // Malformed JSON is the same refusal as an assertion that does not verify.
    let credential = serde_json::from_str(&form.credential).unwrap_or(serde_json::Value::Null);
    let verified = passkey_sign_in::verify(
        &state.app,
        &ctx,
        &forms.tenant,
        &form.ceremony_id,
        credential,
    )
    .await;
    Ok(match verified {
        Ok(verified) => {
            let amr = verified.amr();
            open_session(&state, &ctx, &forms, &headers, "", verified.user, &amr).await
        }
        Err(ServiceError::InvalidToken(_) | ServiceError::Invalid(_)) => {
            let spec = account_sign_in_spec(&state, &forms, "");
            let mut response = forms.page(&state, spec, forms.error("", "passkey.failed"));
            *response.status_mut() = StatusCode::UNAUTHORIZED;
            response
        }
        Err(e) => failure_page(&forms.brand, &e),
    })
}

#[derive(Deserialize)]
pub struct FactorForm {
    csrf_token: String,
    #[serde(default)]
    request: String,
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
    Form(form): Form<FactorForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let filled = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let input = MfaVerifyRequest {
        mfa_token: form.mfa_token.clone(),
        code: filled(&form.code),
        recovery_code: filled(&form.recovery_code),
        delivery: None,
    };
    Ok(
        match mfa::complete_second_factor(&state.app, &ctx, &forms.tenant, input).await {
            Ok(mfa::SecondFactor { user, method, .. }) => {
                let amr: &[&str] = match method {
                    "totp" => &["otp", "mfa"],
                    _ => &["mfa"],
                };
                open_session(&state, &ctx, &forms, &headers, &form.request, user, amr).await
            }
            Err(e) => match sign_in_error(forms.brand.t, &e) {
                Some(text) => {
                    let error = Some(FieldError {
                        field: "code",
                        message: text.into(),
                    });
                    second_factor_form(&state, &forms, &form.request, &form.mfa_token, error)
                }
                None => failure_page(&forms.brand, &e),
            },
        },
    )
}

// ---------------------------------------------------------------------------------------
// Sign-in by email: a code (stays in this browser) or a magic link

fn email_sign_in_spec(request: &str, email: &str) -> Spec {
    let mut spec = Spec::new(
        "email_signin.title",
        "/signin/email",
        "email_signin.send_code",
    );
    spec.intro = Some("email_signin.intro");
    spec.hidden = vec![("request", request.to_owned())];
    spec.fields = vec![field("email", "field.email", "email").with_value(email)];
    spec.buttons = vec![
        ("method", "code", "email_signin.send_code"),
        ("method", "link", "email_signin.send_link"),
    ];
    spec
}

async fn email_sign_in_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    let request = checked_request(&query.request);
    Ok(forms.page(&state, email_sign_in_spec(request, ""), None))
}

/// A pending request id as the forms carry it: only the shape ids have, else nothing.
fn checked_request(request: &str) -> &str {
    let ok = request.starts_with("req_")
        && request.len() < 64
        && request
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok { request } else { "" }
}

#[derive(Deserialize)]
pub struct EmailSignInForm {
    csrf_token: String,
    #[serde(default)]
    request: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    method: String,
}

async fn email_sign_in_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<EmailSignInForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let request = checked_request(&form.request);
    let purpose = match form.method.as_str() {
        "link" => Purpose::MagicLink,
        _ => Purpose::EmailCode,
    };
    let sent = email::request(&state.app, &ctx, &slug, &form.email, purpose).await;
    Ok(match (sent, purpose) {
        (Ok(_), Purpose::MagicLink) => forms.message(
            "email_signin.link_sent_title",
            "email_signin.link_sent",
            None,
        ),
        (Ok(_), _) => code_form(&state, &forms, request, &form.email, None),
        (Err(e), _) => match problem_field(forms.brand.t, &e, &["email"]) {
            Some(error) => forms.page(
                &state,
                email_sign_in_spec(request, &form.email),
                Some(error),
            ),
            None => failure_page(&forms.brand, &e),
        },
    })
}

fn code_form(
    state: &HttpState,
    forms: &Forms,
    request: &str,
    email: &str,
    error: Option<FieldError>,
) -> Response {
    let mut spec = Spec::new(
        "email_code.title",
        "/signin/email/code",
        "email_code.submit",
    );
    spec.intro = Some("email_code.intro");
    spec.hidden = vec![("request", request.to_owned()), ("email", email.to_owned())];
    spec.fields = vec![field("code", "email_code.code", "text")];
    forms.page(state, spec, error)
}

#[derive(Deserialize)]
pub struct EmailCodeForm {
    csrf_token: String,
    #[serde(default)]
    request: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    code: String,
}

async fn email_code_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<EmailCodeForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let request = checked_request(&form.request);
    let app = &state.app;
    let step = async {
        let user =
            email::email_code_user(app, &ctx, &forms.tenant, &form.email, &form.code).await?;
        email::first_factor(app, &ctx, &forms.tenant, user, "email_code").await
    }
    .await;
    Ok(match step {
        Ok(step) => {
            after_first_factor(&state, &ctx, &forms, &headers, request, step, &["otp"]).await
        }
        Err(e) => {
            let key = match &e {
                ServiceError::AccountLocked { .. } => "error.locked",
                ServiceError::AccountDisabled => "error.disabled",
                ServiceError::InvalidCode(_) | ServiceError::Invalid(_) => "error.email_code",
                _ => return Ok(failure_page(&forms.brand, &e)),
            };
            code_form(
                &state,
                &forms,
                request,
                &form.email,
                forms.error("code", key),
            )
        }
    })
}

// ---------------------------------------------------------------------------------------
// Landings of emailed links

fn landing_spec(heading: &'static str, action: &'static str, submit: &'static str) -> Spec {
    let mut spec = Spec::new(heading, action, submit);
    spec.intro = Some("landing.intro");
    spec.fields = vec![field("token", "landing.token", "text")];
    spec.script = Some(TOKEN_FROM_FRAGMENT);
    spec
}

#[derive(Deserialize)]
pub struct TokenForm {
    csrf_token: String,
    #[serde(default)]
    token: String,
}

async fn magic_link_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    let spec = landing_spec("magic.title", "/magic-link", "magic.submit");
    Ok(forms.page(&state, spec, None))
}

async fn magic_link_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let app = &state.app;
    let token = token_from(&form.token);
    let step = async {
        let user = email::magic_link_user(app, &ctx, &forms.tenant, token).await?;
        email::first_factor(app, &ctx, &forms.tenant, user, "magic_link").await
    }
    .await;
    Ok(match step {
        Ok(step) => after_first_factor(&state, &ctx, &forms, &headers, "", step, &["otp"]).await,
        Err(e) => landing_failed(
            &state,
            &forms,
            &e,
            landing_spec("magic.title", "/magic-link", "magic.submit"),
        ),
    })
}

/// A spent, expired or mistyped link: the same form again with a message on its field.
fn landing_failed(state: &HttpState, forms: &Forms, error: &ServiceError, spec: Spec) -> Response {
    match error {
        ServiceError::InvalidToken(_)
        | ServiceError::Invalid(_)
        | ServiceError::InvalidParameter(_) => {
            forms.page(state, spec, forms.error("token", "error.link"))
        }
        ServiceError::AccountDisabled => {
            forms.page(state, spec, forms.error("token", "error.disabled"))
        }
        _ => failure_page(&forms.brand, error),
    }
}

async fn verify_email_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    let spec = landing_spec("verify.title", "/verify-email", "verify.submit");
    Ok(forms.page(&state, spec, None))
}

async fn verify_email_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    Ok(
        match email::verify_email(&state.app, &ctx, &slug, token_from(&form.token)).await {
            Ok(_) => forms.message(
                "verify.done_title",
                "verify.done",
                Some((account_url(&state, &forms.tenant), "link.account")),
            ),
            Err(e) => landing_failed(
                &state,
                &forms,
                &e,
                landing_spec("verify.title", "/verify-email", "verify.submit"),
            ),
        },
    )
}

fn email_change_spec() -> Spec {
    landing_spec(
        "email_change.title",
        "/confirm-email-change",
        "email_change.confirm",
    )
}

/// The landing of an email change's link. Like every landing, opening it changes nothing
/// (mail scanners follow links): the person posts the form.
async fn email_change_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    Ok(forms.page(&state, email_change_spec(), None))
}

async fn email_change_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let token = token_from(&form.token);
    Ok(
        match email::change::confirm(&state.app, &ctx, &forms.tenant, token).await {
            Ok(_) => forms.message(
                "email_change.done_title",
                "email_change.done",
                Some((account_url(&state, &forms.tenant), "link.account")),
            ),
            Err(ServiceError::AlreadyExists(_)) => forms.page(
                &state,
                email_change_spec(),
                forms.error("token", "error.email_taken"),
            ),
            Err(e) => landing_failed(&state, &forms, &e, email_change_spec()),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Sign-up

fn signup_spec(forms: &Forms, name: &str, email: &str) -> Spec {
    let mut spec = Spec::new("signup.title", "/signup", "signup.submit");
    spec.fields = vec![
        field("name", "field.name", "text").with_value(name),
        field("email", "field.email", "email").with_value(email),
        field("new_password", "field.password", "password"),
    ];
    spec.links = vec![
        (forms.url("/signup/confirm"), "signup.have_link"),
        (forms.url("/signin/account"), "signup.have_account"),
    ];
    spec.script = Some(SIGNUP_LINK_TO_CONFIRM);
    spec
}

async fn signup_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    if !signup_open(&forms.tenant) {
        return Ok(signup_closed(&forms));
    }
    Ok(forms.page(&state, signup_spec(&forms, "", ""), None))
}

fn signup_closed(forms: &Forms) -> Response {
    let mut response = forms.message(
        "signup.closed_title",
        "signup.closed",
        Some((forms.url("/signin/account"), "signup.have_account")),
    );
    *response.status_mut() = StatusCode::FORBIDDEN;
    response
}

#[derive(Deserialize)]
pub struct SignupForm {
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    new_password: String,
}

async fn signup_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<SignupForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let input = SignupRequest {
        email: form.email.clone(),
        password: form.new_password,
        name: Some(form.name.clone()).filter(|n| !n.trim().is_empty()),
    };
    Ok(
        match signup::request(&state.app, &ctx, &slug, input).await {
            Ok(_) => forms.message("signup.sent_title", "signup.sent", None),
            Err(ServiceError::SignupDisabled(_)) => signup_closed(&forms),
            Err(e) => {
                let error = match &e {
                    ServiceError::EmailDomainNotAllowed(_) => forms.error("email", "error.domain"),
                    other => problem_field(forms.brand.t, other, &["name", "email", "password"])
                        .map(|mut f| {
                            // The service names the password field `/password`; the form, `new_password`.
                            if f.field == "password" {
                                f.field = "new_password";
                            }
                            f
                        }),
                };
                match error {
                    Some(error) => forms.page(
                        &state,
                        signup_spec(&forms, &form.name, &form.email),
                        Some(error),
                    ),
                    None => failure_page(&forms.brand, &e),
                }
            }
        },
    )
}

fn signup_confirm_spec() -> Spec {
    landing_spec(
        "signup_confirm.title",
        "/signup/confirm",
        "signup_confirm.submit",
    )
}

async fn signup_confirm_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    Ok(forms.page(&state, signup_confirm_spec(), None))
}

async fn signup_confirm_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let token = token_from(&form.token);
    Ok(
        match signup::create_from_link(&state.app, &ctx, &forms.tenant, token).await {
            // A brand-new account has no second factor: straight into the account.
            Ok(user) => open_session(&state, &ctx, &forms, &headers, "", user, &["otp"]).await,
            Err(ServiceError::Conflict(_)) => forms.message(
                "signup.taken_title",
                "signup.taken",
                Some((forms.url("/signin/account"), "signup.have_account")),
            ),
            Err(ServiceError::SignupDisabled(_) | ServiceError::EmailDomainNotAllowed(_)) => {
                signup_closed(&forms)
            }
            Err(e) => landing_failed(&state, &forms, &e, signup_confirm_spec()),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Password reset

fn reset_request_spec(email: &str) -> Spec {
    let mut spec = Spec::new(
        "reset_request.title",
        "/reset-password/request",
        "reset_request.submit",
    );
    spec.intro = Some("reset_request.intro");
    spec.fields = vec![field("email", "field.email", "email").with_value(email)];
    spec
}

async fn reset_request_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    Ok(forms.page(&state, reset_request_spec(""), None))
}

#[derive(Deserialize)]
pub struct EmailOnlyForm {
    csrf_token: String,
    #[serde(default)]
    email: String,
}

async fn reset_request_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<EmailOnlyForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    Ok(
        match email::request(&state.app, &ctx, &slug, &form.email, Purpose::PasswordReset).await {
            Ok(_) => forms.message("reset_request.sent_title", "reset_request.sent", None),
            Err(e) => match problem_field(forms.brand.t, &e, &["email"]) {
                Some(error) => forms.page(&state, reset_request_spec(&form.email), Some(error)),
                None => failure_page(&forms.brand, &e),
            },
        },
    )
}

/// The reset form; after a refused password it keeps the token (when it has a token's
/// shape), so the person need not paste the link again.
fn reset_spec(token: &str) -> Spec {
    let mut spec = landing_spec("reset.title", "/reset-password", "reset.submit");
    let shaped = token.len() < 256
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if shaped {
        spec.fields[0].value = token.to_owned();
    }
    spec.fields
        .push(field("new_password", "field.new_password", "password"));
    spec
}

async fn reset_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<LocaleQuery>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, query.ui_locales.as_deref()).await?;
    Ok(forms.page(&state, reset_spec(""), None))
}

#[derive(Deserialize)]
pub struct ResetForm {
    csrf_token: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    new_password: String,
}

async fn reset_submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<ResetForm>,
) -> Result<Response, super::error::ApiError> {
    let forms = Forms::load(&state, &slug, &headers, None).await?;
    if !forms.form_ok(&form.csrf_token) {
        return Ok(forms.forged());
    }
    let token = token_from(&form.token);
    let result =
        email::confirm_password_reset(&state.app, &ctx, &slug, token, form.new_password).await;
    Ok(match result {
        Ok(()) => {
            let mut response = forms.message(
                "reset.done_title",
                "reset.done",
                Some((forms.url("/signin/account"), "link.sign_in")),
            );
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&state, &forms.tenant, FORMS_CSRF_COOKIE, "", 0),
            );
            response
        }
        Err(e) => match problem_field(forms.brand.t, &e, &["new_password"]) {
            Some(error) => forms.page(&state, reset_spec(token), Some(error)),
            None => landing_failed(&state, &forms, &e, reset_spec("")),
        },
    })
}
