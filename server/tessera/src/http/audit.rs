//! `/v1/tenants/{tenant}/audit-events`: query, export and verify the audit log.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    AuditEvent, AuditEventList, AuditExportFormat, AuditExportParams, AuditQueryParams,
    AuditVerification, Problem,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiPath, ApiQuery};
use crate::services::audit::{self, Query};

/// Exports beyond this many events must be narrowed with `since`/`until`.
const EXPORT_LIMIT: usize = 100_000;

/// List audit events
///
/// The tenant's audit log, oldest first, filtered and paginated by cursor.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/audit-events", operation_id = "listAuditEvents", tag = "Audit",
    params(("tenant" = String, Path, description = "The tenant's slug"), AuditQueryParams),
    responses(
        (status = 200, description = "One page of events", body = AuditEventList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad time, limit or cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_audit_events(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<AuditQueryParams>,
) -> ApiResult<Json<AuditEventList>> {
    let query = Query {
        action: params.action,
        actor_id: params.actor_id,
        target_id: params.target_id,
        since: params.since,
        until: params.until,
    };
    Ok(Json(
        audit::list(
            &state.app,
            &slug,
            query,
            params.limit,
            params.cursor.as_deref(),
        )
        .await?,
    ))
}

/// Export audit events
///
/// Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/audit-events/export", operation_id = "exportAuditEvents", tag = "Audit",
    params(("tenant" = String, Path, description = "The tenant's slug"), AuditExportParams),
    responses(
        (status = 200, description = "The events", content(
            (String = "application/x-ndjson"),
            (String = "text/csv"),
        )),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad time, or too many events to export at once", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn export_audit_events(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(params): ApiQuery<AuditExportParams>,
) -> ApiResult<Response> {
    let query = Query {
        action: params.action,
        actor_id: params.actor_id,
        target_id: params.target_id,
        since: params.since,
        until: params.until,
    };
    let events = audit::export(&state.app, &slug, query, EXPORT_LIMIT).await?;
    let (content_type, body) = match params.format.unwrap_or_default() {
        AuditExportFormat::Ndjson => ("application/x-ndjson", ndjson(&events)),
        AuditExportFormat::Csv => ("text/csv; charset=utf-8", csv(&events)),
    };
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Ok(response)
}

fn ndjson(events: &[AuditEvent]) -> String {
    let mut out = String::new();
    for event in events {
        out.push_str(&serde_json::to_string(event).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. Cells
/// that a spreadsheet would run as a formula are prefixed with a quote (OWASP CSV injection).
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn csv(events: &[AuditEvent]) -> String {
    let mut out = String::from(
        "seq,id,occurred_at,action,actor_type,actor_id,target_type,target_id,ip,user_agent,request_id,details,prev_hash,hash\r\n",
    );
    for e in events {
        let occurred = e
            .occurred_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let details = serde_json::to_string(&e.details).unwrap_or_default();
        let cells = [
            e.seq.to_string(),
            e.id.clone(),
            occurred,
            e.action.clone(),
            e.actor_type.clone(),
            e.actor_id.clone().unwrap_or_default(),
            e.target_type.clone().unwrap_or_default(),
            e.target_id.clone().unwrap_or_default(),
            e.ip.clone().unwrap_or_default(),
            e.user_agent.clone().unwrap_or_default(),
            e.request_id.clone().unwrap_or_default(),
            details,
            e.prev_hash.clone(),
            e.hash.clone(),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// Verify the audit chain
///
/// Recomputes every event's hash and link, and reports the first broken one.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/audit-events/verify", operation_id = "verifyAuditEvents", tag = "Audit",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The verdict", body = AuditVerification),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn verify_audit_events(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
) -> ApiResult<Json<AuditVerification>> {
    Ok(Json(audit::verify(&state.app, &slug).await?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_are_quoted_and_defused() {
        use super::csv_cell;
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
