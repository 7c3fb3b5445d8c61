//! Operational endpoints: liveness, readiness, metrics and the API description.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{ErrorCode, HealthStatus, Problem};

use super::HttpState;
use super::error::{ApiError, ApiResult};

/// Liveness
///
/// Answers while the process can serve HTTP; it does not touch the database.
#[utoipa::path(
    get, path = "/healthz", operation_id = "getHealth", tag = "Operations",
    responses((status = 200, description = "The process is alive", body = HealthStatus))
)]
pub async fn get_health() -> Json<HealthStatus> {
    Json(HealthStatus {
        status: "ok".into(),
    })
}

/// Readiness
///
/// Ready when the database answers within two seconds; recovers by itself when it returns.
#[utoipa::path(
    get, path = "/readyz", operation_id = "getReadiness", tag = "Operations",
    responses(
        (status = 200, description = "Ready to serve", body = HealthStatus),
        (status = 503, description = "The database is unreachable", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_readiness(State(state): State<HttpState>) -> ApiResult<Json<HealthStatus>> {
    match tokio::time::timeout(Duration::from_secs(2), state.app.db.ping()).await {
        Ok(Ok(())) => Ok(Json(HealthStatus {
            status: "ready".into(),
        })),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness check failed");
            Err(ApiError::new(
                ErrorCode::ServiceUnavailable,
                "the database is unreachable",
            ))
        }
        Err(_) => {
            tracing::warn!("readiness check timed out");
            Err(ApiError::new(
                ErrorCode::ServiceUnavailable,
                "the database did not answer within 2 s",
            ))
        }
    }
}

/// Prometheus metrics
///
/// Requests by route and status, latency histograms and database pool gauges, in the
/// Prometheus text format.
#[utoipa::path(
    get, path = "/metrics", operation_id = "getMetrics", tag = "Operations",
    responses((status = 200, description = "Metrics", body = String, content_type = "text/plain; version=0.0.4"))
)]
pub async fn get_metrics(State(state): State<HttpState>) -> Response {
    let mut response = state.metrics.render(&state.app.db).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// OpenAPI document
///
/// This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
#[utoipa::path(
    get, path = "/openapi.json", operation_id = "getOpenApi", tag = "Operations",
    responses((status = 200, description = "The OpenAPI document", body = Object, content_type = "application/json"))
)]
pub async fn get_openapi(State(state): State<HttpState>) -> Response {
    let mut response = state.openapi_json.to_string().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
