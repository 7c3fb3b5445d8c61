//! Cross-cutting request handling: request ids, the request timeout, access logs, metrics
//! and security headers.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tessera_wire::ErrorCode;
use tracing::Instrument;

use super::HttpState;
use super::error::{ApiError, REQUEST_ID};

pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// An incoming id is kept when it is short and plain, so ids from a proxy line up with ours.
fn incoming_request_id(req: &Request) -> Option<String> {
    let value = req.headers().get(&X_REQUEST_ID)?.to_str().ok()?;
    let plain = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    plain.then(|| value.to_owned())
}

pub async fn request_context(State(state): State<HttpState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id =
        incoming_request_id(&req).unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let method = req.method().as_str().to_owned();
    let span = tracing::info_span!("request", request_id = %request_id, method = %method, path = %req.uri().path());
    let timeout = state.request_timeout;

    let mut response = REQUEST_ID
        .scope(request_id.clone(), async move {
            match tokio::time::timeout(timeout, next.run(req)).await {
                Ok(response) => response,
                Err(_) => ApiError::new(
                    ErrorCode::RequestTimeout,
                    format!(
                        "the request did not finish within {} s; retry it",
                        timeout.as_secs()
                    ),
                )
                .into_response(),
            }
        })
        .instrument(span.clone())
        .await;

    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(X_REQUEST_ID, value);
    }
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state.metrics.observe(&method, &route, status, elapsed);
    // The access log is at debug level: at info it costs a quarter of the token endpoint's
    // throughput. Server errors are always logged; Prometheus counts everything.
    let elapsed_ms = elapsed.as_secs_f64() * 1000.0;
    span.in_scope(|| {
        if status >= 500 {
            tracing::warn!(status, route = %route, elapsed_ms, "request completed");
        } else {
            tracing::debug!(status, route = %route, elapsed_ms, "request completed");
        }
    });
    response
}

/// Headers that make API responses inert in a browser: nothing here is meant to be framed,
/// sniffed as HTML, or cached by shared caches unless a handler says otherwise.
pub async fn security_headers(
    State(state): State<HttpState>,
    req: Request,
    next: Next,
) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    let defaults = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        ),
        (header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    if state.https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        );
    }
    response
}
