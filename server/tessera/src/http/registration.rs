//! `{issuer}/oauth/register`: Dynamic Client Registration (RFC 7591) and registration
//! management (RFC 7592). Errors are RFC 7591 §3.2.2 JSON (`error`, `error_description`).

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    ClientRegistrationRequest, ClientRegistrationResponse, OAuthError as OAuthErrorBody, Problem,
};

use super::HttpState;
use super::error::ApiError;
use super::extract::{ApiPath, Caller, bearer_token};
use crate::services::oauth::rfc7591_registration::{self as registration, RegistrationFailure};
use crate::services::tenants;

impl IntoResponse for RegistrationFailure {
    fn into_response(self) -> Response {
        let (status, error, description) = match self {
            RegistrationFailure::Service(e) => return ApiError::from(e).into_response(),
            RegistrationFailure::Refused {
                status,
                error,
                description,
            } => (
                StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
                error,
                description,
            ),
            RegistrationFailure::InvalidToken => (
                StatusCode::UNAUTHORIZED,
                "invalid_token",
                "the registration access token is missing or does not belong to this client".into(),
            ),
        };
        let body = OAuthErrorBody {
            error: error.to_owned(),
            error_description: Some(description),
        };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer error=\"invalid_token\""),
            );
        }
        response
    }
}

fn metadata(
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<ClientRegistrationRequest, RegistrationFailure> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(RegistrationFailure::Refused {
            status: 400,
            error: "invalid_client_metadata",
            description: "send the client metadata as application/json (RFC 7591 §3.1)".into(),
        });
    }
    serde_json::from_slice(body).map_err(|e| RegistrationFailure::Refused {
        status: 400,
        error: "invalid_client_metadata",
        description: format!("the client metadata is not valid: {e}"),
    })
}

fn no_store(body: impl IntoResponse) -> Response {
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Register a client dynamically
///
/// RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
/// need. Registered clients get the authorization code flow (with `refresh_token` when
/// asked); `token_endpoint_auth_method: none` makes a public client. The response carries
/// the client secret and the registration access token, once.
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/register", operation_id = "oauthRegister", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = ClientRegistrationRequest,
    responses(
        (status = 201, description = "The registered client", body = ClientRegistrationResponse),
        (status = 400, description = "invalid_redirect_uri or invalid_client_metadata", body = OAuthErrorBody),
        (status = 403, description = "access_denied: the tenant does not allow dynamic registration", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_register(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, RegistrationFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let input = metadata(&headers, &body)?;
    let registered = registration::register(&state.app, &ctx, &tenant, input).await?;
    Ok(no_store((StatusCode::CREATED, Json(registered))))
}

/// Read a registration
///
/// RFC 7592 §2.1, with the registration access token as a Bearer token.
#[utoipa::path(
    get, path = "/t/{tenant}/oauth/register/{client}", operation_id = "oauthReadRegistration", tag = "OAuth",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("client" = String, Path, description = "The client_id"),
    ),
    security(("registration_token" = [])),
    responses(
        (status = 200, description = "The client's metadata", body = ClientRegistrationResponse),
        (status = 401, description = "invalid_token", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_read_registration(
    State(state): State<HttpState>,
    ApiPath((slug, client_id)): ApiPath<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, RegistrationFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let found = registration::read(&state.app, &tenant, &client_id, bearer_token(&headers)).await?;
    Ok(no_store(Json(found)))
}

/// Update a registration
///
/// RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
/// cannot change).
#[utoipa::path(
    put, path = "/t/{tenant}/oauth/register/{client}", operation_id = "oauthUpdateRegistration", tag = "OAuth",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("client" = String, Path, description = "The client_id"),
    ),
    request_body = ClientRegistrationRequest,
    security(("registration_token" = [])),
    responses(
        (status = 200, description = "The client's metadata", body = ClientRegistrationResponse),
        (status = 400, description = "invalid_redirect_uri or invalid_client_metadata", body = OAuthErrorBody),
        (status = 401, description = "invalid_token", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_update_registration(
    State(state): State<HttpState>,
    ApiPath((slug, client_id)): ApiPath<(String, String)>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, RegistrationFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let token = bearer_token(&headers);
    let input = metadata(&headers, &body)?;
    let updated =
        registration::replace(&state.app, &ctx, &tenant, &client_id, token, input).await?;
    Ok(no_store(Json(updated)))
}

/// Delete a registration
///
/// RFC 7592 §2.3: the client stops working at once.
#[utoipa::path(
    delete, path = "/t/{tenant}/oauth/register/{client}", operation_id = "oauthDeleteRegistration", tag = "OAuth",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("client" = String, Path, description = "The client_id"),
    ),
    security(("registration_token" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "invalid_token", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_delete_registration(
    State(state): State<HttpState>,
    ApiPath((slug, client_id)): ApiPath<(String, String)>,
    Caller(ctx): Caller,
    headers: HeaderMap,
) -> Result<StatusCode, RegistrationFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    registration::delete(
        &state.app,
        &ctx,
        &tenant,
        &client_id,
        bearer_token(&headers),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
