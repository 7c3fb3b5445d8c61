//! `/t/{tenant}/oauth/…`: the token, introspection and revocation endpoints. Bodies are
//! `application/x-www-form-urlencoded` and errors follow RFC 6749 §5.2.

use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use tessera_wire::{
    IntrospectionResponse, OAuthError as OAuthErrorBody, Problem, TokenQuery, TokenRequest,
    TokenResponse,
};

use super::HttpState;
use super::error::ApiError;
use super::extract::{ApiPath, Caller};
use crate::services::oauth::{
    OAuthError, OAuthFailure, rfc7009_revocation, rfc7662_introspection, token,
};
use crate::services::tenants;

/// RFC 6749 §5.1: token responses must not be cached.
fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

impl IntoResponse for OAuthFailure {
    fn into_response(self) -> Response {
        match self {
            OAuthFailure::Service(e) => ApiError::from(e).into_response(),
            OAuthFailure::OAuth(e) => {
                let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
                let body = OAuthErrorBody {
                    error: e.error.to_owned(),
                    error_description: Some(e.description),
                };
                let mut response = no_store((status, Json(body)).into_response());
                if e.basic_challenge {
                    response.headers_mut().insert(
                        header::WWW_AUTHENTICATE,
                        HeaderValue::from_static("Basic realm=\"tessera\""),
                    );
                }
                response
            }
        }
    }
}

/// A form body; anything else is `invalid_request`. Unknown parameters are ignored and
/// repeated ones refused (RFC 6749 §3.1, §3.2).
pub struct OAuthForm<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for OAuthForm<T> {
    type Rejection = OAuthFailure;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';').next().is_some_and(|m| {
                    m.trim()
                        .eq_ignore_ascii_case("application/x-www-form-urlencoded")
                })
            });
        if !is_form {
            return Err(OAuthError::invalid_request(
                "send the parameters as application/x-www-form-urlencoded",
            )
            .into());
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| OAuthError::invalid_request("the request body could not be read"))?;
        serde_urlencoded::from_bytes(&bytes)
            .map(OAuthForm)
            .map_err(|e| OAuthError::invalid_request(format!("malformed parameters: {e}")).into())
    }
}

fn authorization(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Token endpoint
///
/// Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
/// returns an ID token for `openid` and a rotating refresh token when the client may use
/// `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
/// `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
/// `client_secret_post` as registered; public clients send only `client_id`.
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/token", operation_id = "oauthToken", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "An access token", body = TokenResponse),
        (status = 400, description = "An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type", body = OAuthErrorBody),
        (status = 401, description = "invalid_client", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_token(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    OAuthForm(request): OAuthForm<TokenRequest>,
) -> Result<Response, OAuthFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let response =
        token::token(&state.app, &ctx, &tenant, request, authorization(&headers)).await?;
    Ok(no_store(Json(response).into_response()))
}

/// Token introspection
///
/// RFC 7662: whether an access token of this tenant is active, with its claims. Callers
/// authenticate as a confidential client of the tenant.
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/introspect", operation_id = "oauthIntrospect", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body(content = TokenQuery, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The token's state", body = IntrospectionResponse),
        (status = 400, description = "invalid_request", body = OAuthErrorBody),
        (status = 401, description = "invalid_client", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_introspect(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    OAuthForm(query): OAuthForm<TokenQuery>,
) -> Result<Response, OAuthFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    let response =
        rfc7662_introspection::introspect(&state.app, &tenant, query, authorization(&headers))
            .await?;
    Ok(no_store(Json(response).into_response()))
}

/// Token revocation
///
/// RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
/// foreign tokens also answer 200, as the RFC requires.
#[utoipa::path(
    post, path = "/t/{tenant}/oauth/revoke", operation_id = "oauthRevoke", tag = "OAuth",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body(content = TokenQuery, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "Revoked, or nothing to revoke"),
        (status = 400, description = "invalid_request", body = OAuthErrorBody),
        (status = 401, description = "invalid_client", body = OAuthErrorBody),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn oauth_revoke(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    OAuthForm(query): OAuthForm<TokenQuery>,
) -> Result<Response, OAuthFailure> {
    let tenant = tenants::find(&state.app, &slug).await?;
    rfc7009_revocation::revoke(&state.app, &tenant, query, authorization(&headers)).await?;
    Ok(no_store(StatusCode::OK.into_response()))
}
