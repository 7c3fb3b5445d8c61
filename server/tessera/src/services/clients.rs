//! OAuth clients of a tenant: registration, secrets and their rotation.

use serde_json::Value;
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{ClientRecord, ClientSecretRecord, TenantRecord};
use tessera_wire::{
    Client, ClientList, ClientSecretInfo, ClientType, ClientWithSecret, CreateClient, FieldError,
    GrantType, RotateClientSecret, TokenEndpointAuthMethod, UpdateClient,
};

use super::audit::{self, Context};
use super::{App, Result, ServiceError, tenants};
use crate::clock::from_unix;

pub const SECRET_PREFIX: &str = "tss_";
pub const DEFAULT_ACCESS_TOKEN_TTL: u32 = 3600;
const DEFAULT_SECRET_OVERLAP: u32 = 86_400;
const MAX_SECRET_OVERLAP: u32 = 30 * 86_400;

fn field(pointer: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

/// RFC 6749 §3.3 scope-token syntax.
pub fn is_scope_token(token: &str) -> bool {
    !token.is_empty()
        && token
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
}

/// Resource identifiers are absolute URIs without a fragment (RFC 8707 §2).
pub fn is_resource(uri: &str) -> bool {
    let scheme_ok = uri.split_once(':').is_some_and(|(scheme, rest)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !rest.is_empty()
    });
    scheme_ok
        && !uri.contains('#')
        && uri.len() <= 2048
        && !uri.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check_lists(
    scopes: Option<&[String]>,
    audiences: Option<&[String]>,
    errors: &mut Vec<FieldError>,
) {
    if let Some(scopes) = scopes {
        if scopes.len() > 100 {
            errors.push(field("/scopes", "at most 100 scopes"));
        }
        for (i, scope) in scopes.iter().enumerate() {
            if !is_scope_token(scope) {
                errors.push(field(
                    &format!("/scopes/{i}"),
                    "is not a scope token (RFC 6749 §3.3): no spaces, quotes or backslashes",
                ));
            }
        }
    }
    if let Some(audiences) = audiences {
        if audiences.len() > 20 {
            errors.push(field("/audiences", "at most 20 audiences"));
        }
        for (i, audience) in audiences.iter().enumerate() {
            if !is_resource(audience) {
                errors.push(field(
                    &format!("/audiences/{i}"),
                    "must be an absolute URI without a fragment, such as https://api.example.com",
                ));
            }
        }
    }
}

/// Redirect URIs (RFC 9700 §2.1, RFC 8252 §7): `https`, `http` only on a loopback host,
/// or a native app's private-use scheme (containing a dot, RFC 8252 §7.1); no fragment,
/// no wildcards. They are matched exactly at the authorization endpoint.
pub fn is_redirect_uri(uri: &str) -> bool {
    if uri.len() > 2048 || uri.contains('#') || uri.contains('*') || !is_resource(uri) {
        return false;
    }
    let (scheme, rest) = uri.split_once(':').unwrap_or_default();
    let host = |rest: &str| {
        let authority = rest.strip_prefix("//")?.split(['/', '?']).next()?;
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        Some(if host_port.starts_with('[') {
            host_port.split(']').next().map(|h| format!("{h}]"))?
        } else {
            host_port.split(':').next()?.to_owned()
        })
    };
    match scheme.to_ascii_lowercase().as_str() {
        "https" => host(rest).is_some_and(|h| !h.is_empty()),
        "http" => {
            host(rest).is_some_and(|h| matches!(h.as_str(), "localhost" | "127.0.0.1" | "[::1]"))
        }
        "javascript" | "data" | "file" | "vbscript" | "blob" => false,
        other => other.contains('.'),
    }
}

fn check_redirect_uris(pointer: &str, uris: Option<&[String]>, errors: &mut Vec<FieldError>) {
    let Some(uris) = uris else { return };
    if uris.len() > 50 {
        errors.push(field(pointer, "at most 50 URIs"));
    }
    for (i, uri) in uris.iter().enumerate() {
        if !is_redirect_uri(uri) {
            errors.push(field(
                &format!("{pointer}/{i}"),
                "must be an https URI, an http URI on localhost, 127.0.0.1 or [::1], or a native app's \
                 reverse-domain scheme (com.example.app:/callback); no fragment or wildcard",
            ));
        }
    }
}

/// A `private_key_jwt` client's keys: a JWK set of 1-10 public keys tessera-core accepts.
fn check_jwks(jwks: &Value, errors: &mut Vec<FieldError>) -> Option<String> {
    let text = jwks.to_string();
    match tessera_core::JwkSet::from_json(&text) {
        Ok(set) if (1..=10).contains(&set.keys().len()) => Some(text),
        Ok(_) => {
            errors.push(field("/jwks", "must hold 1 to 10 keys"));
            None
        }
        Err(e) => {
            errors.push(field(
                "/jwks",
                format!("must be a JWK set of public EC, RSA or OKP keys: {e}"),
            ));
            None
        }
    }
}

fn check_name(name: &str, errors: &mut Vec<FieldError>) {
    if name.trim().is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        errors.push(field(
            "/name",
            "must be 1-200 characters, not blank, without control characters",
        ));
    }
}

fn check_ttl(app: &App, ttl: Option<u32>, errors: &mut Vec<FieldError>) {
    let max = u32::try_from(app.max_token_lifetime.as_secs()).unwrap_or(u32::MAX);
    if let Some(ttl) = ttl
        && !(60..=max).contains(&ttl)
    {
        errors.push(field(
            "/access_token_ttl",
            format!("must be between 60 and {max} seconds (the server's max_token_lifetime)"),
        ));
    }
}

/// `authorization_code` needs somewhere to send the code; `refresh_token` only comes with
/// `authorization_code` (client-credentials clients just ask again, RFC 6749 §4.4.3).
fn check_grants(grants: &[GrantType], has_redirects: bool, errors: &mut Vec<FieldError>) {
    if grants.contains(&GrantType::AuthorizationCode) && !has_redirects {
        errors.push(field(
            "/redirect_uris",
            "the authorization_code grant needs at least one redirect URI",
        ));
    }
    if grants.contains(&GrantType::RefreshToken) && !grants.contains(&GrantType::AuthorizationCode)
    {
        errors.push(field(
            "/grant_types",
            "refresh_token comes with authorization_code; add it or remove refresh_token",
        ));
    }
}

fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

fn parse_list<T: serde::de::DeserializeOwned>(
    record: &ClientRecord,
    column: &str,
    text: &str,
) -> Result<Vec<T>> {
    serde_json::from_str(text).map_err(|e| {
        ServiceError::Internal(format!("client {} has invalid {column}: {e}", record.id))
    })
}

/// A client as the store holds it, with its lists parsed.
#[derive(Debug, Clone)]
pub struct ClientView {
    pub record: ClientRecord,
    pub client_type: ClientType,
    pub auth_method: TokenEndpointAuthMethod,
    pub grant_types: Vec<GrantType>,
    pub scopes: Vec<String>,
    pub audiences: Vec<String>,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
}

pub fn view(record: ClientRecord) -> Result<ClientView> {
    let enum_of = |text: &str| serde_json::from_value::<Value>(Value::String(text.to_owned()));
    let client_type = enum_of(&record.client_type)
        .and_then(serde_json::from_value)
        .map_err(|e| {
            ServiceError::Internal(format!("client {} has invalid type: {e}", record.id))
        })?;
    let auth_method = enum_of(&record.token_endpoint_auth_method)
        .and_then(serde_json::from_value)
        .map_err(|e| {
            ServiceError::Internal(format!("client {} has invalid auth method: {e}", record.id))
        })?;
    Ok(ClientView {
        grant_types: parse_list(&record, "grant_types", &record.grant_types)?,
        scopes: parse_list(&record, "scopes", &record.scopes)?,
        audiences: parse_list(&record, "audiences", &record.audiences)?,
        redirect_uris: parse_list(&record, "redirect_uris", &record.redirect_uris)?,
        post_logout_redirect_uris: parse_list(
            &record,
            "post_logout_redirect_uris",
            &record.post_logout_redirect_uris,
        )?,
        client_type,
        auth_method,
        record,
    })
}

impl ClientView {
    pub fn access_token_ttl(&self, app: &App) -> u32 {
        let max = u32::try_from(app.max_token_lifetime.as_secs()).unwrap_or(u32::MAX);
        self.record
            .access_token_ttl
            .and_then(|t| u32::try_from(t).ok())
            .unwrap_or(DEFAULT_ACCESS_TOKEN_TTL)
            .min(max)
    }
}

async fn to_wire(app: &App, client: &ClientView) -> Result<Client> {
    let secrets = app
        .db
        .client_secrets(&client.record.id, app.clock.unix())
        .await?;
    Ok(Client {
        id: client.record.id.clone(),
        name: client.record.name.clone(),
        client_type: client.client_type,
        token_endpoint_auth_method: client.auth_method,
        grant_types: client.grant_types.clone(),
        scopes: client.scopes.clone(),
        audiences: client.audiences.clone(),
        access_token_ttl: client.access_token_ttl(app),
        redirect_uris: client.redirect_uris.clone(),
        post_logout_redirect_uris: client.post_logout_redirect_uris.clone(),
        skip_consent: client.record.skip_consent,
        jwks: match client.auth_method {
            TokenEndpointAuthMethod::PrivateKeyJwt => app
                .db
                .client_jwks(&client.record.tenant_id, &client.record.id)
                .await?
                .and_then(|text| serde_json::from_str(&text).ok()),
            _ => None,
        },
        secrets: secrets
            .iter()
            .map(|s| ClientSecretInfo {
                id: s.id.clone(),
                hint: s.hint.clone(),
                created_at: from_unix(s.created_at),
                expires_at: s.expires_at.map(from_unix),
            })
            .collect(),
        created_at: from_unix(client.record.created_at),
        updated_at: from_unix(client.record.updated_at),
    })
}

fn new_secret(client_id: &str, now: i64) -> (String, ClientSecretRecord) {
    let secret = generate_secret(SECRET_PREFIX);
    let hint = secret
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let record = ClientSecretRecord {
        id: format!("sec_{}", uuid::Uuid::now_v7().simple()),
        client_id: client_id.to_owned(),
        secret_hash: hash_secret(&secret).to_vec(),
        hint,
        created_at: now,
        expires_at: None,
    };
    (secret, record)
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("the tenant has no client with id {id:?}"))
}

pub async fn find(app: &App, tenant: &TenantRecord, id: &str) -> Result<ClientView> {
    view(
        app.db
            .client_by_id(&tenant.id, id)
            .await?
            .ok_or_else(|| not_found(id))?,
    )
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: CreateClient,
) -> Result<ClientWithSecret> {
    let tenant = tenants::find(app, slug).await?;
    let client_type = input.client_type.unwrap_or(ClientType::Confidential);
    let auth_method = input
        .token_endpoint_auth_method
        .unwrap_or(match client_type {
            ClientType::Confidential => TokenEndpointAuthMethod::ClientSecretBasic,
            ClientType::Public => TokenEndpointAuthMethod::None,
        });
    let has_redirects = input.redirect_uris.as_ref().is_some_and(|r| !r.is_empty());
    let grant_types =
        input
            .grant_types
            .clone()
            .unwrap_or_else(|| match (client_type, has_redirects) {
                (_, true) => vec![GrantType::AuthorizationCode, GrantType::RefreshToken],
                (ClientType::Confidential, false) => vec![GrantType::ClientCredentials],
                (ClientType::Public, false) => Vec::new(),
            });
    let mut errors = Vec::new();
    check_name(&input.name, &mut errors);
    check_lists(
        input.scopes.as_deref(),
        input.audiences.as_deref(),
        &mut errors,
    );
    check_ttl(app, input.access_token_ttl, &mut errors);
    check_redirect_uris(
        "/redirect_uris",
        input.redirect_uris.as_deref(),
        &mut errors,
    );
    check_redirect_uris(
        "/post_logout_redirect_uris",
        input.post_logout_redirect_uris.as_deref(),
        &mut errors,
    );
    check_grants(&grant_types, has_redirects, &mut errors);
    let jwks = match (&input.jwks, auth_method) {
        (Some(jwks), TokenEndpointAuthMethod::PrivateKeyJwt) => check_jwks(jwks, &mut errors),
        (None, TokenEndpointAuthMethod::PrivateKeyJwt) => {
            errors.push(field(
                "/jwks",
                "private_key_jwt needs the client's public keys",
            ));
            None
        }
        (Some(_), _) => {
            errors.push(field("/jwks", "keys are only for private_key_jwt clients"));
            None
        }
        (None, _) => None,
    };
    match (client_type, auth_method) {
        (ClientType::Confidential, TokenEndpointAuthMethod::None) => {
            errors.push(field("/token_endpoint_auth_method", "a confidential client authenticates: use client_secret_basic, client_secret_post or private_key_jwt"));
        }
        (ClientType::Public, TokenEndpointAuthMethod::PrivateKeyJwt) => {
            errors.push(field(
                "/token_endpoint_auth_method",
                "a public client has no keys: use none",
            ));
        }
        (
            ClientType::Public,
            TokenEndpointAuthMethod::ClientSecretBasic | TokenEndpointAuthMethod::ClientSecretPost,
        ) => {
            errors.push(field(
                "/token_endpoint_auth_method",
                "a public client has no secret: use none",
            ));
        }
        _ => {}
    }
    if client_type == ClientType::Public && grant_types.contains(&GrantType::ClientCredentials) {
        errors.push(field(
            "/grant_types",
            "client_credentials needs a confidential client (RFC 6749 §4.4)",
        ));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let now = app.clock.unix();
    let text = |v: Value| v.as_str().map(str::to_owned).unwrap_or_default();
    let record = ClientRecord {
        id: format!("cli_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        name: input.name.trim().to_owned(),
        client_type: text(serde_json::to_value(client_type).unwrap_or_default()),
        token_endpoint_auth_method: text(serde_json::to_value(auth_method).unwrap_or_default()),
        grant_types: json_list(&grant_types),
        redirect_uris: json_list(&input.redirect_uris.unwrap_or_default()),
        scopes: json_list(&input.scopes.unwrap_or_default()),
        audiences: json_list(&input.audiences.unwrap_or_default()),
        access_token_ttl: input.access_token_ttl.map(i64::from),
        created_at: now,
        updated_at: now,
        post_logout_redirect_uris: json_list(&input.post_logout_redirect_uris.unwrap_or_default()),
        skip_consent: input.skip_consent.unwrap_or(false),
    };
    let uses_secret = client_type == ClientType::Confidential
        && auth_method != TokenEndpointAuthMethod::PrivateKeyJwt;
    let secret = uses_secret.then(|| new_secret(&record.id, now));
    app.db
        .insert_client(&record, secret.as_ref().map(|(_, s)| s))
        .await?;
    if let Some(jwks) = &jwks {
        app.db
            .set_client_jwks(&tenant.id, &record.id, Some(jwks))
            .await?;
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "client.created",
        Some(("client", &record.id)),
        serde_json::json!({ "name": record.name }),
    )
    .await?;
    let client = view(record)?;
    Ok(ClientWithSecret {
        client: to_wire(app, &client).await?,
        client_secret: secret.map(|(s, _)| s),
    })
}

pub async fn get(app: &App, slug: &str, id: &str) -> Result<Client> {
    let tenant = tenants::find(app, slug).await?;
    to_wire(app, &find(app, &tenant, id).await?).await
}

pub async fn list(
    app: &App,
    slug: &str,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<ClientList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = super::pagination::page_size(limit)?;
    let after = cursor
        .map(|c| crate::services::pagination::decode_cursor(c, "cli_"))
        .transpose()?;
    let mut records = app
        .db
        .list_clients(&tenant.id, after.as_deref(), limit + 1)
        .await?;
    let next_cursor =
        crate::services::pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    let mut data = Vec::with_capacity(records.len());
    for record in records {
        data.push(to_wire(app, &view(record)?).await?);
    }
    Ok(ClientList { data, next_cursor })
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    input: UpdateClient,
) -> Result<Client> {
    let tenant = tenants::find(app, slug).await?;
    let mut client = find(app, &tenant, id).await?;
    let mut errors = Vec::new();
    if let Some(name) = &input.name {
        check_name(name, &mut errors);
    }
    check_lists(
        input.scopes.as_deref(),
        input.audiences.as_deref(),
        &mut errors,
    );
    check_ttl(app, input.access_token_ttl, &mut errors);
    check_redirect_uris(
        "/redirect_uris",
        input.redirect_uris.as_deref(),
        &mut errors,
    );
    check_redirect_uris(
        "/post_logout_redirect_uris",
        input.post_logout_redirect_uris.as_deref(),
        &mut errors,
    );
    let grant_types = input.grant_types.as_ref().unwrap_or(&client.grant_types);
    let redirect_uris = input
        .redirect_uris
        .as_ref()
        .unwrap_or(&client.redirect_uris);
    check_grants(grant_types, !redirect_uris.is_empty(), &mut errors);
    let jwks = match (&input.jwks, client.auth_method) {
        (Some(jwks), TokenEndpointAuthMethod::PrivateKeyJwt) => check_jwks(jwks, &mut errors),
        (Some(_), _) => {
            errors.push(field("/jwks", "keys are only for private_key_jwt clients"));
            None
        }
        (None, _) => None,
    };
    if client.client_type == ClientType::Public
        && input
            .grant_types
            .as_ref()
            .is_some_and(|g| g.contains(&GrantType::ClientCredentials))
    {
        errors.push(field(
            "/grant_types",
            "client_credentials needs a confidential client (RFC 6749 §4.4)",
        ));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if let Some(name) = input.name {
        client.record.name = name.trim().to_owned();
    }
    if let Some(grant_types) = input.grant_types {
        client.record.grant_types = json_list(&grant_types);
    }
    if let Some(scopes) = input.scopes {
        client.record.scopes = json_list(&scopes);
    }
    if let Some(audiences) = input.audiences {
        client.record.audiences = json_list(&audiences);
    }
    if let Some(ttl) = input.access_token_ttl {
        client.record.access_token_ttl = Some(i64::from(ttl));
    }
    if let Some(uris) = input.redirect_uris {
        client.record.redirect_uris = json_list(&uris);
    }
    if let Some(uris) = input.post_logout_redirect_uris {
        client.record.post_logout_redirect_uris = json_list(&uris);
    }
    if let Some(skip) = input.skip_consent {
        client.record.skip_consent = skip;
    }
    client.record.updated_at = app.clock.unix();
    if !app.db.update_client(&client.record).await? {
        return Err(not_found(id));
    }
    if let Some(jwks) = &jwks {
        app.db.set_client_jwks(&tenant.id, id, Some(jwks)).await?;
    }
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: id.to_owned(),
        },
    )
    .await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "client.updated",
        Some(("client", id)),
        Value::Null,
    )
    .await?;
    to_wire(app, &view(client.record)?).await
}

pub async fn delete(app: &App, ctx: &Context, slug: &str, id: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    if !app.db.delete_client(&tenant.id, id).await? {
        return Err(not_found(id));
    }
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: id.to_owned(),
        },
    )
    .await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "client.deleted",
        Some(("client", id)),
        Value::Null,
    )
    .await?;
    Ok(())
}

/// Adds a new secret; the client's current secrets keep working for the overlap window.
pub async fn rotate_secret(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    input: RotateClientSecret,
) -> Result<ClientWithSecret> {
    let tenant = tenants::find(app, slug).await?;
    let client = find(app, &tenant, id).await?;
    if client.client_type != ClientType::Confidential {
        return Err(ServiceError::Conflict(
            "a public client has no secrets".into(),
        ));
    }
    if client.auth_method == TokenEndpointAuthMethod::PrivateKeyJwt {
        return Err(ServiceError::Conflict(
            "this client authenticates with private_key_jwt: rotate its keys by updating jwks"
                .into(),
        ));
    }
    let overlap = input
        .previous_secrets_expire_in
        .unwrap_or(DEFAULT_SECRET_OVERLAP);
    if overlap > MAX_SECRET_OVERLAP {
        return Err(ServiceError::invalid(
            "/previous_secrets_expire_in",
            format!("must be at most {MAX_SECRET_OVERLAP} seconds"),
        ));
    }
    let now = app.clock.unix();
    let until = now + i64::from(overlap);
    for secret in app.db.client_secrets(&client.record.id, now).await? {
        if secret.expires_at.is_none_or(|at| at > until) {
            app.db
                .expire_client_secret(&client.record.id, &secret.id, until)
                .await?;
        }
    }
    let (secret, record) = new_secret(&client.record.id, now);
    app.db.insert_client_secret(&record).await?;
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: id.to_owned(),
        },
    )
    .await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "client.secret_rotated",
        Some(("client", id)),
        serde_json::json!({ "secret_id": record.id, "previous_expire_in": overlap }),
    )
    .await?;
    Ok(ClientWithSecret {
        client: to_wire(app, &client).await?,
        client_secret: Some(secret),
    })
}

/// Ends one secret now.
pub async fn revoke_secret(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    secret_id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let client = find(app, &tenant, id).await?;
    let now = app.clock.unix();
    let live = app.db.client_secrets(&client.record.id, now).await?;
    if !live.iter().any(|s| s.id == secret_id) {
        return Err(ServiceError::NotFound(format!(
            "the client has no live secret {secret_id:?}"
        )));
    }
    app.db
        .expire_client_secret(&client.record.id, secret_id, now)
        .await?;
    crate::cache::publish(
        app,
        crate::cache::Change::Client {
            tenant_id: tenant.id.clone(),
            client_id: id.to_owned(),
        },
    )
    .await;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "client.secret_revoked",
        Some(("client", id)),
        serde_json::json!({ "secret_id": secret_id }),
    )
    .await?;
    Ok(())
}
