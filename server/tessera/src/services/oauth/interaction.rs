//! Pending authorization requests: what happens between the authorization endpoint and the
//! redirect back to the client, at the hosted sign-in and consent pages.
//!
//! A pending request is bound to the browser that started it by a CSRF token: its hash is
//! stored, the token itself sits in a cookie and in every form, and both must match (double
//! submit), so another site can neither post the forms nor finish someone else's request.

use serde_json::json;
use tessera_crypto::{constant_time_eq, generate_secret, hash_secret};
use tessera_store::{AuthorizationRequestRecord, ConsentRecord, TenantRecord};
use tessera_wire::MfaVerifyRequest;

use super::authorize::{self, AuthorizationParams, RedirectError};
use crate::services::audit::{self, Actor, Context};
use crate::services::browser_sessions::{self, BrowserSession};
use crate::services::clients::{self, ClientView};
use crate::services::sessions::{self, FirstFactor};
use crate::services::{App, Result, ServiceError, mfa};

/// How long a user has to sign in and consent.
const PENDING_TTL_SECS: i64 = 30 * 60;

/// A pending request, loaded for a page or a form.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: String,
    pub params: AuthorizationParams,
    pub client: ClientView,
    /// The browser session the user signed in with, once they have.
    pub session_id: Option<String>,
}

/// What the user sees next.
#[derive(Debug)]
pub enum Next {
    SignIn,
    Consent(Box<BrowserSession>),
    /// Back to the client (a code or an error).
    Redirect(String),
}

/// A correct password, and what it leads to.
#[derive(Debug)]
pub enum PasswordStep {
    SignedIn(Box<BrowserSession>, String),
    SecondFactor { mfa_token: String },
}

fn expired() -> ServiceError {
    ServiceError::InvalidToken(
        "this sign-in request has expired or was already completed; go back to the application and start again"
            .into(),
    )
}

/// Stores a validated request; returns its id and the CSRF token for the browser.
pub async fn create(
    app: &App,
    tenant: &TenantRecord,
    params: &AuthorizationParams,
    session_id: Option<&str>,
) -> Result<(String, String)> {
    let id = format!("req_{}", uuid::Uuid::now_v7().simple());
    let csrf = generate_secret("tcs_");
    let now = app.clock.unix();
    app.db
        .insert_authorization_request(&AuthorizationRequestRecord {
            id: id.clone(),
            tenant_id: tenant.id.clone(),
            client_id: params.client_id.clone(),
            params: json!(params).to_string(),
            csrf_hash: hash_secret(&csrf).to_vec(),
            session_id: session_id.map(str::to_owned),
            created_at: now,
            expires_at: now + PENDING_TTL_SECS,
        })
        .await?;
    Ok((id, csrf))
}

/// Loads a pending request for the browser holding `csrf_cookie`; a form must also carry
/// the same token in `csrf_form`.
pub async fn load(
    app: &App,
    tenant: &TenantRecord,
    id: &str,
    csrf_cookie: Option<&str>,
    csrf_form: Option<&str>,
) -> Result<Pending> {
    let Some(record) = app.db.authorization_request(&tenant.id, id).await? else {
        return Err(expired());
    };
    if record.expires_at <= app.clock.unix() {
        return Err(expired());
    }
    let cookie_ok =
        csrf_cookie.is_some_and(|c| constant_time_eq(&hash_secret(c), &record.csrf_hash));
    let form_ok = csrf_form
        .is_none_or(|f| csrf_cookie.is_some_and(|c| constant_time_eq(f.as_bytes(), c.as_bytes())));
    if !cookie_ok || !form_ok {
        return Err(ServiceError::InvalidToken(
            "this form was not sent by the browser that started the sign-in; go back to the application and start again"
                .into(),
        ));
    }
    let params: AuthorizationParams = serde_json::from_str(&record.params)
        .map_err(|e| ServiceError::Internal(format!("pending request {id}: {e}")))?;
    let client = match app.db.client_by_id(&tenant.id, &record.client_id).await? {
        Some(client) => clients::view(client)?,
        None => return Err(expired()),
    };
    Ok(Pending {
        id: record.id,
        params,
        client,
        session_id: record.session_id,
    })
}

/// Where a request stands for the browser with `session_cookie`.
pub async fn next(
    app: &App,
    tenant: &TenantRecord,
    pending: &Pending,
    session_cookie: Option<&str>,
) -> Result<Next> {
    let session = match &pending.session_id {
        Some(id) => browser_sessions::by_id(app, tenant, id, session_cookie).await?,
        None => None,
    };
    let Some(session) = session else {
        return Ok(Next::SignIn);
    };
    if authorize::needs_consent(
        app,
        tenant,
        &pending.client,
        &pending.params,
        &session.user.id,
    )
    .await?
    {
        return Ok(Next::Consent(Box::new(session)));
    }
    finish(app, tenant, pending, &session)
        .await
        .map(Next::Redirect)
}

/// The password step of the sign-in form.
pub async fn sign_in_with_password(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    pending: &Pending,
    email: &str,
    password: String,
) -> Result<PasswordStep> {
    match sessions::check_password(app, ctx, tenant, email, password).await? {
        FirstFactor::MfaRequired(challenge) => Ok(PasswordStep::SecondFactor {
            mfa_token: challenge.mfa_token,
        }),
        FirstFactor::Complete(user) => {
            let (session, cookie) =
                browser_sessions::start(app, ctx, tenant, user, &["pwd"]).await?;
            attach(app, tenant, pending, &session).await?;
            Ok(PasswordStep::SignedIn(Box::new(session), cookie))
        }
    }
}

/// The second-factor step: a TOTP code or a recovery code.
pub async fn sign_in_with_second_factor(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    pending: &Pending,
    input: MfaVerifyRequest,
) -> Result<(BrowserSession, String)> {
    let mfa::SecondFactor { user, method, .. } =
        mfa::complete_second_factor(app, ctx, tenant, input).await?;
    // RFC 8176: `otp` for a one-time password; `mfa` since two factors were used.
    let amr: &[&str] = match method {
        "totp" => &["pwd", "otp", "mfa"],
        _ => &["pwd", "mfa"],
    };
    let (session, cookie) = browser_sessions::start(app, ctx, tenant, user, amr).await?;
    attach(app, tenant, pending, &session).await?;
    Ok((session, cookie))
}

pub async fn attach(
    app: &App,
    tenant: &TenantRecord,
    pending: &Pending,
    session: &BrowserSession,
) -> Result<()> {
    app.db
        .set_authorization_request_session(&tenant.id, &pending.id, &session.id)
        .await?;
    Ok(())
}

/// The consent form's answer. Returns where the browser goes next.
pub async fn decide(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    pending: &Pending,
    session: &BrowserSession,
    allow: bool,
) -> Result<String> {
    let user_ctx = ctx.as_actor(Actor::User(session.user.id.clone()));
    if !allow {
        if !app
            .db
            .finish_authorization_request(&tenant.id, &pending.id, app.clock.unix())
            .await?
        {
            return Err(expired());
        }
        audit::record(
            app,
            &tenant.id,
            &user_ctx,
            "consent.denied",
            Some(("client", &pending.client.record.id)),
            json!({ "scope": pending.params.scope }),
        )
        .await?;
        let denied = RedirectError {
            redirect_uri: pending.params.redirect_uri.clone(),
            state: pending.params.state.clone(),
            error: "access_denied",
            description: "the user denied the request".into(),
        };
        return Ok(denied.location(&app.issuer(&tenant.slug)));
    }
    let now = app.clock.unix();
    let mut scopes: Vec<String> = app
        .db
        .consent(&tenant.id, &session.user.id, &pending.client.record.id)
        .await?
        .and_then(|c| serde_json::from_str(&c.scopes).ok())
        .unwrap_or_default();
    for scope in &pending.params.scope {
        if !scopes.contains(scope) {
            scopes.push(scope.clone());
        }
    }
    app.db
        .upsert_consent(&ConsentRecord {
            tenant_id: tenant.id.clone(),
            user_id: session.user.id.clone(),
            client_id: pending.client.record.id.clone(),
            scopes: json!(scopes).to_string(),
            created_at: now,
            updated_at: now,
        })
        .await?;
    audit::record(
        app,
        &tenant.id,
        &user_ctx,
        "consent.granted",
        Some(("client", &pending.client.record.id)),
        json!({ "scope": pending.params.scope }),
    )
    .await?;
    finish(app, tenant, pending, session).await
}

/// Closes the request (once) and issues its code.
async fn finish(
    app: &App,
    tenant: &TenantRecord,
    pending: &Pending,
    session: &BrowserSession,
) -> Result<String> {
    if !app
        .db
        .finish_authorization_request(&tenant.id, &pending.id, app.clock.unix())
        .await?
    {
        return Err(expired());
    }
    authorize::issue_code(app, tenant, &pending.params, session).await
}
