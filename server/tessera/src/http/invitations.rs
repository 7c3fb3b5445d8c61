//! Invitations: managed with an admin key or by a member with `members:invite`, accepted
//! at `POST /t/{tenant}/invitations/accept`.

use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use tessera_wire::{
    AcceptInvitation, CreateInvitation, Invitation, InvitationAccepted, InvitationList, PageParams,
    Problem,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery, Caller};
use super::me::Me;
use super::my_organizations::OrgMember;
use crate::services::audit::{Actor, Context};
use crate::services::organizations::{authz, invitations};

/// Invite someone by email
///
/// Sends a single-use link (7 days by default) to the address; the email is sent before the
/// answer, and if it cannot be, no invitation is kept.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/invitations", operation_id = "createInvitation", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateInvitation,
    responses(
        (status = 201, description = "The invitation (its token is only in the email)", body = Invitation),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already a member, or a pending invitation exists", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email, role, locale or lifetime", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The email could not be sent", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_invitation(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<CreateInvitation>,
) -> ApiResult<(StatusCode, Json<Invitation>)> {
    let invitation = invitations::create(&state.app, &ctx, &slug, &organization, body).await?;
    Ok((StatusCode::CREATED, Json(invitation)))
}

/// List invitations
///
/// Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/invitations", operation_id = "listInvitations", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), PageParams),
    responses(
        (status = 200, description = "One page of invitations", body = InvitationList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_invitations(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiQuery(params): ApiQuery<PageParams>,
) -> ApiResult<Json<InvitationList>> {
    Ok(Json(
        invitations::list(&state.app, &slug, &organization, params).await?,
    ))
}

/// Get an invitation
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}", operation_id = "getInvitation", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("invitation" = String, Path, description = "The invitation's id")),
    responses(
        (status = 200, description = "The invitation", body = Invitation),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or invitation", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_invitation(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<Invitation>> {
    Ok(Json(
        invitations::get(&state.app, &slug, &organization, &id).await?,
    ))
}

/// Revoke an invitation
///
/// Its link stops working at once.
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}", operation_id = "revokeInvitation", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("invitation" = String, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or invitation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already accepted or revoked", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn revoke_invitation(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    invitations::revoke(&state.app, &ctx, &slug, &organization, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Resend an invitation
///
/// Sends a new link with a fresh expiry (the same lifetime as before); the previous link
/// stops working.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}/resend", operation_id = "resendInvitation", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("invitation" = String, Path, description = "The invitation's id")),
    responses(
        (status = 200, description = "The invitation", body = Invitation),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or invitation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already accepted or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The email could not be sent", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn resend_invitation(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<Invitation>> {
    Ok(Json(
        invitations::resend(&state.app, &ctx, &slug, &organization, &id).await?,
    ))
}

/// Invite a teammate
///
/// A member with `members:invite` (an `admin` or `owner` by default) invites someone into
/// the organization their access token is switched into.
#[utoipa::path(
    post, path = "/t/{tenant}/organizations/{organization}/invitations", operation_id = "inviteMember", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateInvitation,
    responses(
        (status = 201, description = "The invitation", body = Invitation),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing, invalid or expired access token, or an ended session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token is for another organization, or the role lacks `members:invite`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already a member, or a pending invitation exists", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email, role, locale or lifetime", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The email could not be sent", body = Problem, content_type = "application/problem+json"),
    ),
    security(("session_token" = []))
)]
pub async fn invite_member(
    State(state): State<HttpState>,
    Caller(ctx): Caller,
    member: OrgMember,
    ApiJson(body): ApiJson<CreateInvitation>,
) -> ApiResult<(StatusCode, Json<Invitation>)> {
    let tenant = &member.me.tenant;
    authz::require(
        &state.app,
        tenant,
        &member.organization,
        &member.me.user.id,
        "members:invite",
    )
    .await?;
    let ctx = ctx.as_actor(Actor::User(member.me.user.id.clone()));
    let invitation =
        invitations::create_in(&state.app, &ctx, tenant, &member.organization, body).await?;
    Ok((StatusCode::CREATED, Json(invitation)))
}

/// The signed-in user, when the request carries an access token.
pub struct MaybeMe(Option<Me>);

impl FromRequestParts<HttpState> for MaybeMe {
    type Rejection = super::error::ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &HttpState,
    ) -> Result<Self, Self::Rejection> {
        if parts
            .headers
            .contains_key(axum::http::header::AUTHORIZATION)
        {
            Ok(MaybeMe(Some(Me::from_request_parts(parts, state).await?)))
        } else {
            Ok(MaybeMe(None))
        }
    }
}

/// Accept an invitation
///
/// With the `tin_…` token from the email. An invitee with an account signs in first and
/// sends the access token (`Authorization: Bearer …`); one without an account sends a
/// password, which creates the account (its email verified) and returns session tokens,
/// switched into the organization when its policies allow.
#[utoipa::path(
    post, path = "/t/{tenant}/invitations/accept", operation_id = "acceptInvitation", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = AcceptInvitation,
    responses(
        (status = 200, description = "Accepted: the membership, and a session for a new account", body = InvitationAccepted),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "The invitation token is unknown, used, revoked or expired, or the access token is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Signed in as another address than the invited one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The invited address has an account: sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A password is missing or breaks the policy", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("session_token" = []))
)]
pub async fn accept_invitation(
    State(state): State<HttpState>,
    Caller(ctx): Caller,
    MaybeMe(me): MaybeMe,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<AcceptInvitation>,
) -> ApiResult<Json<InvitationAccepted>> {
    let (me, ctx): (_, Context) = match me {
        Some(Me(me, ctx)) => (Some(me), ctx),
        None => (None, ctx),
    };
    Ok(Json(
        invitations::accept(&state.app, &ctx, &slug, me, body).await?,
    ))
}
