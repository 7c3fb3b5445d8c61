//! `/t/{tenant}/me/consents`: the applications the signed-in user has allowed.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{ConsentList, Problem};

use super::HttpState;
use super::error::ApiResult;
use super::extract::ApiPath;
use super::me::Me;
use crate::services::consents;

/// List my connected applications
///
/// Applications I allowed at the consent page, with the scopes granted.
#[utoipa::path(
    get, path = "/t/{tenant}/me/consents", operation_id = "listMyConsents", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "My consents", body = ConsentList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn list_my_consents(
    State(state): State<HttpState>,
    Me(me, _): Me,
) -> ApiResult<Json<ConsentList>> {
    Ok(Json(consents::list(&state.app, &me).await?))
}

/// Disconnect an application
///
/// Withdraws my consent: the application must ask again, and its refresh tokens stop working.
#[utoipa::path(
    delete, path = "/t/{tenant}/me/consents/{client}", operation_id = "revokeMyConsent", tag = "Self-service",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("client" = String, Path, description = "The application's client_id"),
    ),
    responses(
        (status = 204, description = "Consent withdrawn"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, or no consent for this application", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn revoke_my_consent(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_slug, client_id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    consents::revoke(&state.app, &ctx, &me, &client_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
