//! CORS for a tenant's public endpoints (`/t/{slug}/…`), from the tenant's `allowed_origins`.
//!
//! Fail-closed: an origin that is not listed gets no CORS headers (so the browser withholds
//! the response) and its preflight is refused; there is no wildcard.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tessera_wire::ErrorCode;

use super::HttpState;
use super::error::ApiError;
use crate::services::tenants;

const ALLOWED_METHODS: &str = "GET, POST, PATCH, DELETE, OPTIONS";
const ALLOWED_HEADERS: &str = "authorization, content-type, dpop";

/// The tenant a public path belongs to: `/t/{slug}/…`, or its RFC 8414 metadata at
/// `/.well-known/oauth-authorization-server/t/{slug}`.
fn tenant_slug(path: &str) -> Option<&str> {
    let path = path
        .strip_prefix("/.well-known/oauth-authorization-server")
        .unwrap_or(path);
    path.strip_prefix("/t/")?
        .split('/')
        .next()
        .filter(|s| !s.is_empty())
}

pub async fn tenant_cors(State(state): State<HttpState>, req: Request, next: Next) -> Response {
    let Some(origin) = req.headers().get(header::ORIGIN).cloned() else {
        let tenant_path = tenant_slug(req.uri().path()).is_some();
        let mut response = next.run(req).await;
        if tenant_path {
            // Cacheable public documents vary by Origin even when this request had none,
            // or a shared cache could hand a header-less copy to a browser.
            response
                .headers_mut()
                .append(header::VARY, HeaderValue::from_static("origin"));
        }
        return response;
    };
    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let allowed = match (origin.to_str(), tenant_slug(req.uri().path())) {
        (Ok(origin), Some(slug)) => match tenants::find(&state.app, slug).await {
            Ok(tenant) => tenant.allowed_origins.iter().any(|o| o == origin),
            Err(_) => false,
        },
        _ => false,
    };

    if preflight {
        if !allowed {
            return ApiError::new(
                ErrorCode::OriginNotAllowed,
                "this origin is not in the tenant's allowed_origins; add it with PATCH /v1/tenants/{tenant}",
            )
            .into_response();
        }
        let mut response = StatusCode::NO_CONTENT.into_response();
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(ALLOWED_METHODS),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(ALLOWED_HEADERS),
        );
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        );
        headers.insert(
            header::VARY,
            HeaderValue::from_static(
                "origin, access-control-request-method, access-control-request-headers",
            ),
        );
        return response;
    }

    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("origin"));
    if allowed {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
    response
}
