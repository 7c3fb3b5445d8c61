//! The signed-in user's organizations (`/t/{tenant}/me/organizations`), and the
//! member-facing organization API (`/t/{tenant}/organizations/{organization}`), which takes
//! an access token switched into that very organization.

use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use base64::Engine;
use std::collections::HashMap;
use tessera_store::OrganizationRecord;
use tessera_wire::{
    ErrorCode, MembershipList, MyOrganizationList, Organization, PageParams, Problem, SessionTokens,
};

use super::HttpState;
use super::error::{ApiError, ApiResult};
use super::extract::{ApiPath, ApiQuery};
use super::me::Me;
use crate::services::ServiceError;
use crate::services::access_tokens::SessionUser;
use crate::services::organizations::{self, authz, memberships, switch};

/// A member acting in an organization: the access token must be switched into the
/// organization of the path (its `org_id` claim), so a token for one organization is
/// refused by every other organization's endpoints.
pub struct OrgMember {
    pub me: SessionUser,
    pub organization: OrganizationRecord,
}

/// The `org_id` claim of a JWT whose signature `Me` has already verified.
fn org_claim(parts: &Parts) -> Option<String> {
    let token = parts
        .headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .split_whitespace()
        .nth(1)?;
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims["org_id"].as_str().map(str::to_owned)
}

impl FromRequestParts<HttpState> for OrgMember {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &HttpState,
    ) -> Result<Self, Self::Rejection> {
        let Me(me, _) = Me::from_request_parts(parts, state).await?;
        let params = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| {
                ApiError::new(ErrorCode::InvalidParameter, rejection.body_text())
            })?;
        let key = params.0.get("organization").cloned().unwrap_or_default();
        let organization = organizations::find(&state.app, &me.tenant, &key).await?;
        if org_claim(parts).as_deref() != Some(organization.id.as_str()) {
            return Err(ServiceError::PermissionDenied(format!(
                "this access token is not switched into the organization {}; call POST /t/{}/me/organizations/{}/switch and use the token it returns",
                organization.slug, me.tenant.slug, organization.slug
            ))
            .into());
        }
        Ok(OrgMember { me, organization })
    }
}

/// List my organizations
///
/// The organizations I belong to, with my role; `current` marks the one this session is
/// switched into.
#[utoipa::path(
    get, path = "/t/{tenant}/me/organizations", operation_id = "listMyOrganizations", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), PageParams),
    responses(
        (status = 200, description = "One page of my organizations", body = MyOrganizationList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn list_my_organizations(
    State(state): State<HttpState>,
    Me(me, _): Me,
    ApiQuery(params): ApiQuery<PageParams>,
) -> ApiResult<Json<MyOrganizationList>> {
    Ok(Json(
        switch::my_organizations(&state.app, &me, params).await?,
    ))
}

/// Switch into an organization
///
/// Checks the organization's policies (allowed sign-in methods, MFA required, session
/// age) against this session, then returns an access token carrying `org_id`, `org_slug`,
/// `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
/// organization.
#[utoipa::path(
    post, path = "/t/{tenant}/me/organizations/{organization}/switch", operation_id = "switchOrganization", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 200, description = "A new access token for the organization (no new refresh token)", body = SessionTokens),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn switch_organization(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_, organization)): ApiPath<(String, String)>,
) -> ApiResult<Json<SessionTokens>> {
    Ok(Json(
        switch::switch(&state.app, &ctx, &me, &organization).await?,
    ))
}

/// Leave an organization
///
/// Ends my membership; my sessions switched into it carry no organization from their next
/// token on. The last owner cannot leave.
#[utoipa::path(
    delete, path = "/t/{tenant}/me/organizations/{organization}", operation_id = "leaveOrganization", tag = "Self-service",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 204, description = "Left"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account is disabled", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "I am the last owner", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn leave_organization(
    State(state): State<HttpState>,
    Me(me, ctx): Me,
    ApiPath((_, organization)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    switch::leave(&state.app, &ctx, &me, &organization).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Get my organization
///
/// Needs an access token switched into this organization and the `organization:read`
/// permission.
#[utoipa::path(
    get, path = "/t/{tenant}/organizations/{organization}", operation_id = "getMemberOrganization", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 200, description = "The organization", body = Organization),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token is for another organization, or the role lacks the permission", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn get_member_organization(
    State(state): State<HttpState>,
    member: OrgMember,
) -> ApiResult<Json<Organization>> {
    authz::require(
        &state.app,
        &member.me.tenant,
        &member.organization,
        &member.me.user.id,
        "organization:read",
    )
    .await?;
    Ok(Json(organizations::to_wire(&member.organization)?))
}

/// List my organization's members
///
/// Needs an access token switched into this organization and the `members:read` permission.
#[utoipa::path(
    get, path = "/t/{tenant}/organizations/{organization}/members", operation_id = "listMemberOrganizationMembers", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), PageParams),
    responses(
        (status = 200, description = "One page of members", body = MembershipList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token is for another organization, or the role lacks the permission", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn list_member_organization_members(
    State(state): State<HttpState>,
    member: OrgMember,
    ApiQuery(params): ApiQuery<PageParams>,
) -> ApiResult<Json<MembershipList>> {
    authz::require(
        &state.app,
        &member.me.tenant,
        &member.organization,
        &member.me.user.id,
        "members:read",
    )
    .await?;
    Ok(Json(
        memberships::list_of(&state.app, &member.me.tenant, &member.organization, params).await?,
    ))
}
