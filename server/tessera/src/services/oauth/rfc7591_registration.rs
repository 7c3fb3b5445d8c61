//! Dynamic Client Registration (RFC 7591) and its management protocol (RFC 7592), open
//! only where the tenant's policy allows it (MCP clients register this way).
//!
//! Registered clients use the authorization code flow only: service accounts
//! (`client_credentials`) are made by administrators through the management API. The
//! registration access token (`trt_…`) is shown once and stored hashed.

use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::TenantRecord;
use tessera_wire::{
    ClientRegistrationRequest, ClientRegistrationResponse, ClientType, CreateClient, GrantType,
    TokenEndpointAuthMethod, UpdateClient,
};

use crate::services::audit::Context;
use crate::services::clients::{self, ClientView};
use crate::services::{App, ServiceError};

const TOKEN_PREFIX: &str = "trt_";

/// An RFC 7591 §3.2.2 error (or a refusal of the management protocol).
#[derive(Debug)]
pub enum RegistrationFailure {
    /// 400 `invalid_redirect_uri` / `invalid_client_metadata`; 403 `access_denied`.
    Refused {
        status: u16,
        error: &'static str,
        description: String,
    },
    /// 401: the registration access token is missing or not this client's (RFC 7592 §3).
    InvalidToken,
    Service(ServiceError),
}

impl From<ServiceError> for RegistrationFailure {
    fn from(e: ServiceError) -> Self {
        RegistrationFailure::Service(e)
    }
}

impl From<tessera_store::StoreError> for RegistrationFailure {
    fn from(e: tessera_store::StoreError) -> Self {
        RegistrationFailure::Service(e.into())
    }
}

type Outcome<T> = std::result::Result<T, RegistrationFailure>;

fn metadata_error(description: impl Into<String>) -> RegistrationFailure {
    RegistrationFailure::Refused {
        status: 400,
        error: "invalid_client_metadata",
        description: description.into(),
    }
}

/// The client settings a registration request asks for.
struct Requested {
    name: String,
    client_type: ClientType,
    auth_method: TokenEndpointAuthMethod,
    grant_types: Vec<GrantType>,
    redirect_uris: Vec<String>,
    post_logout_redirect_uris: Vec<String>,
}

fn requested(input: ClientRegistrationRequest) -> Outcome<Requested> {
    if let Some(types) = &input.response_types
        && types.iter().any(|t| t != "code")
    {
        return Err(metadata_error(
            "response_types may only contain code (OAuth 2.1: no implicit or hybrid flows)",
        ));
    }
    let mut grant_types = Vec::new();
    for grant in input
        .grant_types
        .unwrap_or_else(|| vec!["authorization_code".into()])
    {
        let parsed = match grant.as_str() {
            "authorization_code" => GrantType::AuthorizationCode,
            "refresh_token" => GrantType::RefreshToken,
            other => {
                return Err(metadata_error(format!(
                    "grant type {other:?} cannot be registered dynamically; use authorization_code and refresh_token"
                )));
            }
        };
        if !grant_types.contains(&parsed) {
            grant_types.push(parsed);
        }
    }
    let (client_type, auth_method) = match input.token_endpoint_auth_method.as_deref() {
        None | Some("client_secret_basic") => (
            ClientType::Confidential,
            TokenEndpointAuthMethod::ClientSecretBasic,
        ),
        Some("client_secret_post") => (
            ClientType::Confidential,
            TokenEndpointAuthMethod::ClientSecretPost,
        ),
        Some("none") => (ClientType::Public, TokenEndpointAuthMethod::None),
        Some(other) => {
            return Err(metadata_error(format!(
                "token_endpoint_auth_method {other:?} is not supported; use client_secret_basic, client_secret_post or none"
            )));
        }
    };
    let redirect_uris = input.redirect_uris.unwrap_or_default();
    if redirect_uris.is_empty() {
        return Err(RegistrationFailure::Refused {
            status: 400,
            error: "invalid_redirect_uri",
            description: "redirect_uris is required: at least one URI to return users to".into(),
        });
    }
    Ok(Requested {
        name: input
            .client_name
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "Unnamed client".into()),
        client_type,
        auth_method,
        grant_types,
        redirect_uris,
        post_logout_redirect_uris: input.post_logout_redirect_uris.unwrap_or_default(),
    })
}

/// Maps the client rules' field errors to RFC 7591 codes.
fn from_client_error(e: ServiceError) -> RegistrationFailure {
    match e {
        ServiceError::Invalid(fields) => {
            let redirect = fields.iter().any(|f| f.pointer.contains("redirect_uris"));
            let description = fields
                .iter()
                .map(|f| format!("{}: {}", f.pointer.trim_start_matches('/'), f.message))
                .collect::<Vec<_>>()
                .join("; ");
            RegistrationFailure::Refused {
                status: 400,
                error: if redirect {
                    "invalid_redirect_uri"
                } else {
                    "invalid_client_metadata"
                },
                description,
            }
        }
        other => RegistrationFailure::Service(other),
    }
}

fn grant_name(grant: GrantType) -> String {
    serde_json::to_value(grant)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn response(
    app: &App,
    tenant: &TenantRecord,
    client: &ClientView,
    secret: Option<String>,
    token: Option<String>,
) -> ClientRegistrationResponse {
    let method = serde_json::to_value(client.auth_method)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    ClientRegistrationResponse {
        client_id: client.record.id.clone(),
        client_secret_expires_at: secret.as_ref().map(|_| 0),
        client_secret: secret,
        client_id_issued_at: client.record.created_at,
        registration_access_token: token,
        registration_client_uri: format!(
            "{}/oauth/register/{}",
            app.issuer(&tenant.slug),
            client.record.id
        ),
        client_name: client.record.name.clone(),
        redirect_uris: client.redirect_uris.clone(),
        post_logout_redirect_uris: client.post_logout_redirect_uris.clone(),
        token_endpoint_auth_method: method,
        grant_types: client.grant_types.iter().map(|g| grant_name(*g)).collect(),
        response_types: vec!["code".into()],
    }
}

pub async fn register(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    input: ClientRegistrationRequest,
) -> Outcome<ClientRegistrationResponse> {
    if !app.db.dynamic_registration_open(&tenant.id).await? {
        return Err(RegistrationFailure::Refused {
            status: 403,
            error: "access_denied",
            description: "this tenant does not allow dynamic client registration; an administrator can turn it on (PATCH /v1/tenants/{tenant}/oauth-settings)".into(),
        });
    }
    let wanted = requested(input)?;
    let created = clients::create(
        app,
        ctx,
        &tenant.slug,
        CreateClient {
            name: wanted.name,
            client_type: Some(wanted.client_type),
            token_endpoint_auth_method: Some(wanted.auth_method),
            grant_types: Some(wanted.grant_types),
            scopes: None,
            audiences: None,
            access_token_ttl: None,
            redirect_uris: Some(wanted.redirect_uris),
            post_logout_redirect_uris: Some(wanted.post_logout_redirect_uris),
            skip_consent: Some(false),
            jwks: None,
        },
    )
    .await
    .map_err(from_client_error)?;
    let token = generate_secret(TOKEN_PREFIX);
    app.db
        .insert_client_registration(
            &tenant.id,
            &created.client.id,
            &hash_secret(&token),
            app.clock.unix(),
        )
        .await?;
    let client = clients::find(app, tenant, &created.client.id).await?;
    Ok(response(
        app,
        tenant,
        &client,
        created.client_secret,
        Some(token),
    ))
}

/// The client a registration access token manages (RFC 7592 §3: the token, not the id,
/// is the credential; a wrong pair answers 401 whether or not the client exists).
async fn managed(
    app: &App,
    tenant: &TenantRecord,
    client_id: &str,
    token: Option<&str>,
) -> Outcome<ClientView> {
    let Some(token) = token.filter(|t| t.starts_with(TOKEN_PREFIX) && t.len() < 256) else {
        return Err(RegistrationFailure::InvalidToken);
    };
    if !app
        .db
        .client_registration_matches(&tenant.id, client_id, &hash_secret(token))
        .await?
    {
        return Err(RegistrationFailure::InvalidToken);
    }
    clients::find(app, tenant, client_id)
        .await
        .map_err(|_| RegistrationFailure::InvalidToken)
}

pub async fn read(
    app: &App,
    tenant: &TenantRecord,
    client_id: &str,
    token: Option<&str>,
) -> Outcome<ClientRegistrationResponse> {
    let client = managed(app, tenant, client_id, token).await?;
    Ok(response(app, tenant, &client, None, None))
}

/// RFC 7592 §2.2: the request replaces the client's metadata.
pub async fn replace(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    client_id: &str,
    token: Option<&str>,
    input: ClientRegistrationRequest,
) -> Outcome<ClientRegistrationResponse> {
    let client = managed(app, tenant, client_id, token).await?;
    let wanted = requested(input)?;
    if wanted.auth_method != client.auth_method {
        return Err(metadata_error(
            "token_endpoint_auth_method cannot change; register a new client",
        ));
    }
    clients::update(
        app,
        ctx,
        &tenant.slug,
        client_id,
        UpdateClient {
            name: Some(wanted.name),
            grant_types: Some(wanted.grant_types),
            redirect_uris: Some(wanted.redirect_uris),
            post_logout_redirect_uris: Some(wanted.post_logout_redirect_uris),
            ..UpdateClient::default()
        },
    )
    .await
    .map_err(from_client_error)?;
    let client = clients::find(app, tenant, client_id).await?;
    Ok(response(app, tenant, &client, None, None))
}

pub async fn delete(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    client_id: &str,
    token: Option<&str>,
) -> Outcome<()> {
    managed(app, tenant, client_id, token).await?;
    clients::delete(app, ctx, &tenant.slug, client_id).await?;
    Ok(())
}
