//! Extractors that turn every malformed input into a problem response a person can act on.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde::de::DeserializeOwned;
use tessera_wire::ErrorCode;

use super::HttpState;
use super::error::ApiError;
use crate::services::admin_keys;
use crate::services::audit::{Actor, Context};

/// A JSON body; syntax, type, missing and unknown-field errors become `invalid_body`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> ApiError {
    match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
            ErrorCode::PayloadTooLarge,
            "the request body exceeds the server's size limit",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send the body as JSON with `Content-Type: application/json`",
        ),
        _ => match rejection {
            JsonRejection::JsonSyntaxError(e) => ApiError::new(
                ErrorCode::InvalidBody,
                format!("the body is not valid JSON: {}", root_cause(&e)),
            ),
            JsonRejection::JsonDataError(e) => ApiError::new(
                ErrorCode::InvalidBody,
                format!("the body does not match the schema: {}", root_cause(&e)),
            ),
            other => ApiError::new(ErrorCode::InvalidBody, other.body_text()),
        },
    }
}

/// serde's message (with its path and position), without axum's generic prefix.
fn root_cause(e: &dyn std::error::Error) -> String {
    let mut current = e;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

/// Query parameters; errors become `invalid_parameter`.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => Err(ApiError::new(
                ErrorCode::InvalidParameter,
                format!("invalid query string: {}", root_cause(&e)),
            )),
            Err(other) => Err(ApiError::new(
                ErrorCode::InvalidParameter,
                other.body_text(),
            )),
        }
    }
}

/// A caller authenticated with an admin key (`Authorization: Bearer tsk_…`), with the
/// request's audit context.
pub struct AdminKey(pub Context);

impl FromRequestParts<HttpState> for AdminKey {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &HttpState,
    ) -> Result<Self, Self::Rejection> {
        if !parts.headers.contains_key(header::AUTHORIZATION) {
            return Err(ApiError::unauthorized(
                "this operation needs an admin key: send `Authorization: Bearer tsk_…` (`tessera admin bootstrap` prints a new one)",
            ));
        }
        let token = bearer_token(&parts.headers).ok_or_else(|| {
            ApiError::unauthorized(
                "the Authorization header must use the Bearer scheme: `Bearer tsk_…`",
            )
        })?;
        match admin_keys::authenticate(&state.app, token).await? {
            Some(record) => Ok(AdminKey(context(parts, Actor::Admin(record.id)))),
            None => Err(ApiError::unauthorized(
                "the admin key is not valid; it may have been revoked or mistyped",
            )),
        }
    }
}

/// A path parameter; a malformed percent-encoding becomes `invalid_parameter`.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(ApiError::new(
                ErrorCode::InvalidParameter,
                rejection.body_text(),
            )),
        }
    }
}

/// An optional JSON body: an empty body or `null` is `T::default()`, anything else must be JSON.
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let empty = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v == "0")
            || (req.headers().get(header::CONTENT_TYPE).is_none()
                && req.headers().get(header::TRANSFER_ENCODING).is_none()
                && req.headers().get(header::CONTENT_LENGTH).is_none());
        if empty {
            return Ok(OptionalJson(T::default()));
        }
        ApiJson::<Option<T>>::from_request(req, state)
            .await
            .map(|ApiJson(v)| OptionalJson(v.unwrap_or_default()))
    }
}

/// The request's audit context for a caller not (yet) authenticated.
pub struct Caller(pub Context);

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Caller(context(parts, Actor::Anonymous)))
    }
}

/// Who asks, from which address and with which user agent, under which request id.
fn context(parts: &Parts, actor: Actor) -> Context {
    // The client behind trusted proxies, as the rate-limit layer resolved it.
    let ip = parts
        .extensions
        .get::<super::rate_limit::ClientIp>()
        .map(|client| client.0)
        .or_else(|| {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip())
        })
        .map(|ip| ip.to_string());
    let user_agent = parts
        .headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(512).collect());
    let request_id = super::error::REQUEST_ID.try_with(Clone::clone).ok();
    Context {
        actor,
        ip,
        user_agent,
        request_id,
    }
}

/// The credentials of an `Authorization: Bearer …` header (the scheme is case-insensitive,
/// RFC 9110 §11.1).
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}
