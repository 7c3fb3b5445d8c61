//! A tenant's public OpenID Provider documents under its issuer, `/t/{slug}`.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{JwkSet, OpenIdConfiguration, Problem};

use super::HttpState;
use super::error::ApiResult;
use super::extract::ApiPath;
use crate::services::{ServiceError, keys, tenants};

/// Relying parties cache these briefly; a new `kid` makes them refetch the JWKS anyway.
const PUBLIC_CACHE: &str = "public, max-age=300";

pub(super) fn cached<T: serde::Serialize>(body: T) -> Response {
    let mut response = Json(body).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PUBLIC_CACHE),
    );
    response
}

/// The metadata of a tenant's issuer: only endpoints that exist are advertised.
fn metadata(issuer: &str, registration: bool) -> OpenIdConfiguration {
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let methods = || {
        strings(&[
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
        ])
    };
    OpenIdConfiguration {
        issuer: issuer.to_owned(),
        authorization_endpoint: format!("{issuer}/oauth/authorize"),
        jwks_uri: format!("{issuer}/.well-known/jwks.json"),
        token_endpoint: format!("{issuer}/oauth/token"),
        userinfo_endpoint: format!("{issuer}/oauth/userinfo"),
        end_session_endpoint: format!("{issuer}/oauth/logout"),
        registration_endpoint: registration.then(|| format!("{issuer}/oauth/register")),
        introspection_endpoint: format!("{issuer}/oauth/introspect"),
        revocation_endpoint: format!("{issuer}/oauth/revoke"),
        scopes_supported: strings(&crate::services::oauth::authorize::OIDC_SCOPES),
        // OAuth 2.1: the code flow only; no implicit or hybrid responses.
        response_types_supported: strings(&["code"]),
        response_modes_supported: strings(&["query"]),
        grant_types_supported: strings(&[
            "authorization_code",
            "refresh_token",
            "client_credentials",
        ]),
        subject_types_supported: strings(&["public"]),
        // OpenID Connect Core §15.1: RS256 is the default every relying party accepts.
        id_token_signing_alg_values_supported: strings(&["RS256"]),
        code_challenge_methods_supported: strings(&["S256"]),
        prompt_values_supported: strings(&["none", "login", "consent"]),
        claims_supported: strings(&[
            "sub",
            "iss",
            "aud",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "acr",
            "amr",
            "sid",
            "email",
            "email_verified",
            "name",
            "picture",
            "locale",
            "updated_at",
        ]),
        authorization_response_iss_parameter_supported: true,
        request_parameter_supported: false,
        request_uri_parameter_supported: false,
        token_endpoint_auth_methods_supported: strings(&[
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
            "none",
        ]),
        token_endpoint_auth_signing_alg_values_supported: strings(&[
            "ES256", "ES384", "RS256", "PS256", "EdDSA",
        ]),
        introspection_endpoint_auth_methods_supported: methods(),
        revocation_endpoint_auth_methods_supported: methods(),
    }
}

/// OpenID Provider configuration
///
/// The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
#[utoipa::path(
    get, path = "/t/{tenant}/.well-known/openid-configuration", operation_id = "getOpenIdConfiguration", tag = "Discovery",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "Provider metadata", body = OpenIdConfiguration),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_openid_configuration(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Response> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let issuer = state.app.issuer(&tenant.slug);
    let registration = state
        .app
        .db
        .dynamic_registration_open(&tenant.id)
        .await
        .map_err(ServiceError::from)?;
    Ok(cached(metadata(&issuer, registration)))
}

/// JSON Web Key Set
///
/// The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
/// they signed has expired.
#[utoipa::path(
    get, path = "/t/{tenant}/.well-known/jwks.json", operation_id = "getJwks", tag = "Discovery",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The key set", body = JwkSet, content_type = "application/json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_jwks(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Response> {
    let tenant = tenants::find(&state.app, &slug).await?;
    Ok(cached(keys::jwks(&state.app, &tenant).await?))
}

/// OAuth authorization server metadata
///
/// RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
/// path appended; clients such as the MCP SDK look here first.
#[utoipa::path(
    get, path = "/.well-known/oauth-authorization-server/t/{tenant}", operation_id = "getAuthorizationServerMetadata", tag = "Discovery",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "Authorization server metadata", body = OpenIdConfiguration),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_authorization_server_metadata(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Response> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let registration = state
        .app
        .db
        .dynamic_registration_open(&tenant.id)
        .await
        .map_err(ServiceError::from)?;
    Ok(cached(metadata(
        &state.app.issuer(&tenant.slug),
        registration,
    )))
}
