//! The authorization endpoint (RFC 6749 §3.1, §4.1; OpenID Connect Core §3.1.2): the code
//! flow only, PKCE S256 required (OAuth 2.1 §4.1.1, RFC 7636), redirect URIs matched exactly.
//!
//! Until the client and redirect URI are known to be good, errors are shown to the user and
//! never redirected (RFC 6749 §4.1.2.1); after that, they go back to the client with `state`
//! and `iss` (RFC 9207).

use serde::{Deserialize, Serialize};
use serde_json::json;
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{AuthorizationCodeRecord, TenantRecord};
use tessera_wire::{AuthorizeQuery, GrantType};

use crate::services::audit::{self, Actor, Context};
use crate::services::browser_sessions::BrowserSession;
use crate::services::clients::{self, ClientView};
use crate::services::organizations::policies::SignIn;
use crate::services::organizations::switch::{Admission, admission};
use crate::services::{App, Result, ServiceError, organizations, resources};

pub const CODE_PREFIX: &str = "tac_";
/// Codes live one minute: the client exchanges them at once (RFC 6749 §4.1.2 allows ten).
pub const CODE_TTL_SECS: i64 = 60;
/// Scopes every client may ask for, besides its registered API scopes. `organization`
/// releases the organization's claims (`org_slug`, `org_name`, `org_role`) in ID tokens.
pub const OIDC_SCOPES: [&str; 5] = [
    "openid",
    "profile",
    "email",
    "offline_access",
    "organization",
];

/// A validated authorization request, as a pending request and a code store it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorizationParams {
    pub client_id: String,
    pub redirect_uri: String,
    pub scope: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: String,
    pub prompt: Vec<String>,
    pub max_age: Option<i64>,
    pub login_hint: Option<String>,
    pub resource: Option<String>,
    pub ui_locales: Option<String>,
    /// The organization (`org_…`) the user signs in to, if the client asked for one.
    #[serde(default)]
    pub organization: Option<String>,
}

impl AuthorizationParams {
    pub fn has_prompt(&self, value: &str) -> bool {
        self.prompt.iter().any(|p| p == value)
    }

    pub fn is_openid(&self) -> bool {
        self.scope.iter().any(|s| s == "openid")
    }
}

/// What a code carries to the token endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeParams {
    pub redirect_uri: String,
    pub scope: Vec<String>,
    pub nonce: Option<String>,
    pub code_challenge: String,
    pub resource: Option<String>,
    pub auth_time: i64,
    pub amr: Vec<String>,
    #[serde(default)]
    pub organization: Option<String>,
}

/// An authorization error to send back to the client (RFC 6749 §4.1.2.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectError {
    pub redirect_uri: String,
    pub state: Option<String>,
    pub error: &'static str,
    pub description: String,
}

/// Why an authorization request cannot go on.
#[derive(Debug)]
pub enum AuthorizeError {
    /// The client or redirect URI cannot be trusted: tell the user, redirect nowhere.
    Page(String),
    /// Tell the client, at its redirect URI.
    Redirect(RedirectError),
    Service(ServiceError),
}

impl From<ServiceError> for AuthorizeError {
    fn from(e: ServiceError) -> Self {
        AuthorizeError::Service(e)
    }
}

impl From<tessera_store::StoreError> for AuthorizeError {
    fn from(e: tessera_store::StoreError) -> Self {
        AuthorizeError::Service(e.into())
    }
}

/// `uri` with `params` appended to its query.
pub fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
    let encoded = serde_urlencoded::to_string(params).unwrap_or_default();
    if encoded.is_empty() {
        return uri.to_owned();
    }
    let separator = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{separator}{encoded}")
}

impl RedirectError {
    /// The client's redirect URI carrying the error, `state` and `iss`.
    pub fn location(&self, issuer: &str) -> String {
        let mut params = vec![
            ("error", self.error),
            ("error_description", self.description.as_str()),
        ];
        if let Some(state) = &self.state {
            params.push(("state", state));
        }
        params.push(("iss", issuer));
        with_query(&self.redirect_uri, &params)
    }
}

/// A parameter given once and not empty (OpenID Connect Core §3.1.2.1 treats empty as absent).
fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// Checks a request against its client. The client and redirect URI come first: until both
/// are good, nothing may be sent anywhere.
pub async fn validate(
    app: &App,
    tenant: &TenantRecord,
    query: &AuthorizeQuery,
) -> std::result::Result<(ClientView, AuthorizationParams), AuthorizeError> {
    let Some(client_id) = present(&query.client_id) else {
        return Err(AuthorizeError::Page(
            "The request names no application (client_id is missing). Go back to the application and start again.".into(),
        ));
    };
    let client = match app.db.client_by_id(&tenant.id, client_id).await? {
        Some(record) => clients::view(record)?,
        None => {
            return Err(AuthorizeError::Page(
                "The application that sent you here is not registered with this service.".into(),
            ));
        }
    };
    let scope: Vec<String> = present(&query.scope)
        .map(|s| s.split(' ').map(str::to_owned).collect())
        .unwrap_or_default();
    let openid = scope.iter().any(|s| s == "openid");
    let redirect_uri = match present(&query.redirect_uri) {
        Some(uri) if client.redirect_uris.iter().any(|r| r == uri) => uri.to_owned(),
        Some(_) => {
            return Err(AuthorizeError::Page(
                "The application asked to send you to an address it has not registered, so the request was stopped.".into(),
            ));
        }
        // RFC 6749 §3.1.2.3: optional with exactly one registered URI, unless OpenID
        // Connect, which always requires it (Core §3.1.2.1).
        None if !openid && client.redirect_uris.len() == 1 => client.redirect_uris[0].clone(),
        None => {
            return Err(AuthorizeError::Page(
                "The request does not say where to return you (redirect_uri is missing). Go back to the application and start again.".into(),
            ));
        }
    };
    let state = present(&query.state).map(str::to_owned);
    let fail = |error: &'static str, description: String| {
        AuthorizeError::Redirect(RedirectError {
            redirect_uri: redirect_uri.clone(),
            state: state.clone(),
            error,
            description,
        })
    };

    if query.request.is_some() {
        return Err(fail(
            "request_not_supported",
            "request objects are not supported; send the parameters in the query".into(),
        ));
    }
    if query.request_uri.is_some() {
        return Err(fail(
            "request_uri_not_supported",
            "request_uri is not supported; send the parameters in the query".into(),
        ));
    }
    match present(&query.response_type) {
        Some("code") => {}
        None => {
            return Err(fail(
                "invalid_request",
                "response_type is required; use code".into(),
            ));
        }
        Some(_) => {
            return Err(fail(
                "unsupported_response_type",
                "only response_type=code is supported (OAuth 2.1: no implicit or hybrid flows)"
                    .into(),
            ));
        }
    }
    if let Some(mode) = present(&query.response_mode)
        && mode != "query"
    {
        return Err(fail(
            "invalid_request",
            format!("response_mode {mode:?} is not supported; use query"),
        ));
    }
    if !client.grant_types.contains(&GrantType::AuthorizationCode) {
        return Err(fail(
            "unauthorized_client",
            "this client may not use the authorization code flow".into(),
        ));
    }
    let Some(code_challenge) = present(&query.code_challenge) else {
        return Err(fail(
            "invalid_request",
            "code_challenge is required: PKCE with S256 (RFC 7636)".into(),
        ));
    };
    match present(&query.code_challenge_method) {
        Some("S256") => {}
        None | Some("plain") => {
            return Err(fail(
                "invalid_request",
                "code_challenge_method must be S256; plain is not accepted".into(),
            ));
        }
        Some(other) => {
            return Err(fail(
                "invalid_request",
                format!("code_challenge_method {other:?} is not supported; use S256"),
            ));
        }
    }
    // RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is 43 characters.
    if code_challenge.len() != 43
        || !code_challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(fail(
            "invalid_request",
            "code_challenge must be the base64url SHA-256 of the verifier (43 characters)".into(),
        ));
    }
    // RFC 8707: a resource the client was given, or an API registered with the tenant
    // (as MCP clients, registered dynamically, ask for their MCP server).
    let resource = present(&query.resource).map(str::to_owned);
    let registered = match &resource {
        Some(identifier) => resources::by_identifier(app, tenant, identifier).await?,
        None => None,
    };
    if let Some(resource) = &resource
        && !client.audiences.contains(resource)
        && registered.is_none()
    {
        return Err(fail(
            "invalid_target",
            format!("the client may not request tokens for {resource:?}"),
        ));
    }
    let resource_scopes = registered
        .as_ref()
        .map(resources::scopes_of)
        .unwrap_or_default();
    if scope.iter().any(|s| !clients::is_scope_token(s)) {
        return Err(fail(
            "invalid_scope",
            "scope must be scope tokens separated by single spaces".into(),
        ));
    }
    if let Some(unknown) = scope.iter().find(|s| {
        !OIDC_SCOPES.contains(&s.as_str())
            && !client.scopes.contains(s)
            && !resource_scopes.contains(s)
    }) {
        return Err(fail(
            "invalid_scope",
            format!("the client may not request the scope {unknown:?}"),
        ));
    }
    let mut granted: Vec<String> = Vec::new();
    for s in scope {
        if !granted.contains(&s) {
            granted.push(s);
        }
    }
    let prompt: Vec<String> = present(&query.prompt)
        .map(|p| p.split(' ').map(str::to_owned).collect())
        .unwrap_or_default();
    if let Some(unknown) = prompt
        .iter()
        .find(|p| !matches!(p.as_str(), "none" | "login" | "consent"))
    {
        return Err(fail(
            "invalid_request",
            format!("prompt {unknown:?} is not supported; use none, login or consent"),
        ));
    }
    if prompt.len() > 1 && prompt.iter().any(|p| p == "none") {
        return Err(fail(
            "invalid_request",
            "prompt=none cannot be combined with other values".into(),
        ));
    }
    let max_age = match present(&query.max_age) {
        None => None,
        Some(text) => match text.parse::<i64>() {
            Ok(age) if age >= 0 => Some(age),
            _ => {
                return Err(fail(
                    "invalid_request",
                    "max_age must be a whole number of seconds".into(),
                ));
            }
        },
    };
    let organization = match present(&query.organization) {
        None => None,
        Some(key) => match organizations::find(app, tenant, key).await {
            Ok(found) => Some(found.id),
            Err(ServiceError::NotFound(_) | ServiceError::Invalid(_)) => {
                return Err(fail(
                    "invalid_request",
                    format!("the organization {key:?} does not exist; send its id (org_…) or slug"),
                ));
            }
            Err(other) => return Err(other.into()),
        },
    };
    let params = AuthorizationParams {
        organization,
        client_id: client.record.id.clone(),
        redirect_uri: redirect_uri.clone(),
        scope: granted,
        state: state.clone(),
        nonce: present(&query.nonce).map(str::to_owned),
        code_challenge: code_challenge.to_owned(),
        prompt,
        max_age,
        login_hint: present(&query.login_hint).map(str::to_owned),
        resource,
        ui_locales: present(&query.ui_locales).map(str::to_owned),
    };
    if params.nonce.as_ref().is_some_and(|n| n.len() > 512)
        || params.state.as_ref().is_some_and(|s| s.len() > 2048)
    {
        return Err(fail("invalid_request", "state or nonce is too long".into()));
    }
    Ok((client, params))
}

/// Whether the user must (re-)authenticate for this request.
pub fn needs_login(
    app: &App,
    params: &AuthorizationParams,
    session: Option<&BrowserSession>,
) -> bool {
    let Some(session) = session else { return true };
    if params.has_prompt("login") {
        return true;
    }
    // OpenID Connect Core §3.1.2.1: max_age bounds the time since the last active sign-in.
    params
        .max_age
        .is_some_and(|age| app.clock.unix() - session.auth_time > age)
}

/// Whether the user must be asked to consent to the requested scopes.
pub async fn needs_consent(
    app: &App,
    tenant: &TenantRecord,
    client: &ClientView,
    params: &AuthorizationParams,
    user_id: &str,
) -> Result<bool> {
    if client.record.skip_consent {
        return Ok(false);
    }
    if params.has_prompt("consent") {
        return Ok(true);
    }
    let granted: Vec<String> = match app
        .db
        .consent(&tenant.id, user_id, &client.record.id)
        .await?
    {
        Some(consent) => serde_json::from_str(&consent.scopes).unwrap_or_default(),
        None => return Ok(true),
    };
    Ok(!params.scope.iter().all(|s| granted.contains(s)))
}

/// Why a signed-in user may not enter the organization the request names, if they may
/// not: not a member, or a policy the sign-in does not meet (RFC 6749 §4.1.2.1
/// `access_denied`, naming the policy). Refusals are audited.
async fn organization_refusal(
    app: &App,
    tenant: &TenantRecord,
    params: &AuthorizationParams,
    session: &BrowserSession,
) -> Result<Option<RedirectError>> {
    let Some(org_id) = &params.organization else {
        return Ok(None);
    };
    let refuse = |description: String| RedirectError {
        redirect_uri: params.redirect_uri.clone(),
        state: params.state.clone(),
        error: "access_denied",
        description,
    };
    let Some(organization) = app.db.organization_by_id(&tenant.id, org_id).await? else {
        return Ok(Some(refuse("the organization no longer exists".into())));
    };
    let sign_in = SignIn::of_amr(&session.amr, session.auth_time);
    let reason = match admission(
        app,
        tenant,
        &organization,
        &session.user.id,
        &sign_in,
        "start the sign-in again",
    )
    .await?
    {
        Admission::Admitted => return Ok(None),
        Admission::NotMember => format!(
            "the user is not a member of the organization {}; ask one of its admins for an invitation",
            organization.slug
        ),
        Admission::Refused(refusal) => refusal.to_string(),
    };
    let ctx = Context::default().as_actor(Actor::User(session.user.id.clone()));
    audit::record(
        app,
        &tenant.id,
        &ctx,
        "organization.sign_in_refused",
        Some(("organization", &organization.id)),
        json!({ "client_id": params.client_id, "session_id": session.id, "reason": reason }),
    )
    .await?;
    Ok(Some(refuse(reason)))
}

/// Issues a code for a signed-in user and returns the redirect that delivers it (or, when
/// the request names an organization the sign-in may not enter, the refusal).
pub async fn issue_code(
    app: &App,
    tenant: &TenantRecord,
    params: &AuthorizationParams,
    session: &BrowserSession,
) -> Result<String> {
    if let Some(refusal) = organization_refusal(app, tenant, params, session).await? {
        return Ok(refusal.location(&app.issuer(&tenant.slug)));
    }
    let code = generate_secret(CODE_PREFIX);
    let now = app.clock.unix();
    let carried = CodeParams {
        redirect_uri: params.redirect_uri.clone(),
        scope: params.scope.clone(),
        nonce: params.nonce.clone(),
        code_challenge: params.code_challenge.clone(),
        resource: params.resource.clone(),
        auth_time: session.auth_time,
        amr: session.amr.clone(),
        organization: params.organization.clone(),
    };
    app.db
        .insert_authorization_code(&AuthorizationCodeRecord {
            code_hash: hash_secret(&code).to_vec(),
            tenant_id: tenant.id.clone(),
            client_id: params.client_id.clone(),
            user_id: session.user.id.clone(),
            browser_session_id: session.id.clone(),
            params: json!(carried).to_string(),
            created_at: now,
            expires_at: now + CODE_TTL_SECS,
            used_at: None,
            issued_session_id: None,
            issued_jti: None,
            issued_jti_expires_at: None,
        })
        .await?;
    let issuer = app.issuer(&tenant.slug);
    let mut query = vec![("code", code.as_str())];
    if let Some(state) = &params.state {
        query.push(("state", state));
    }
    query.push(("iss", &issuer));
    Ok(with_query(&params.redirect_uri, &query))
}

/// The error redirect for a request that cannot proceed without the user.
pub fn interaction_required(params: &AuthorizationParams, error: &'static str) -> RedirectError {
    RedirectError {
        redirect_uri: params.redirect_uri.clone(),
        state: params.state.clone(),
        error,
        description: match error {
            "login_required" => "the user is not signed in and prompt=none forbids asking".into(),
            _ => "the user has not consented to these scopes and prompt=none forbids asking".into(),
        },
    }
}
