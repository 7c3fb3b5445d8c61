//! Organization-scoped sessions: switching a session into an organization, the policies
//! checked at the switch, and the claims its access tokens then carry.
//!
//! The session remembers its organization (`session_contexts`), so every access token it
//! mints afterwards, at the switch and at each refresh, carries `org_id`, `org_slug`,
//! `org_role` and `permissions`, read from the live membership: a member removed or given
//! another role gets tokens that say so at the next refresh.

use serde_json::{Map, Value, json};
use tessera_store::{OrganizationRecord, SessionContextRecord, TenantRecord, UserRecord};
use tessera_wire::{MyOrganization, MyOrganizationList, PageParams, SessionTokens};

use super::super::access_tokens::SessionUser;
use super::super::audit::{self, Actor, Context};
use super::super::{App, Result, ServiceError, pagination, sessions};
use super::policies::{self, SignIn};
use super::roles::ResolvedRole;
use super::{authz, memberships};
use crate::clock::from_unix;

/// A token lists at most this many permission patterns; a role with more sets
/// `permissions_truncated`, and resource servers must ask `authz/check` instead.
pub const MAX_TOKEN_PERMISSIONS: usize = 50;

/// Records how a new session was opened, and the organization it opens into when the
/// sign-in named one (`organization` on the first-party login; the caller has admitted it
/// with [`admit_sign_in`]). Called by `sessions::start_session_into`, after
/// `domains::auto_join`.
pub async fn record_sign_in(
    app: &App,
    tenant: &TenantRecord,
    session_id: &str,
    first_factor: &str,
    second_factor: Option<&str>,
    organization: Option<&OrganizationRecord>,
    now: i64,
) -> Result<()> {
    app.db
        .insert_session_context(&SessionContextRecord {
            session_id: session_id.to_owned(),
            tenant_id: tenant.id.clone(),
            sign_in_method: first_factor.to_owned(),
            second_factor: second_factor.map(str::to_owned),
            organization_id: organization.map(|o| o.id.clone()),
            switched_at: organization.map(|_| now),
        })
        .await?;
    Ok(())
}

/// Whether a user may enter an organization with a sign-in.
pub(crate) enum Admission {
    Admitted,
    NotMember,
    /// A policy the sign-in does not meet (`ServiceError::PolicyViolation`, naming it).
    Refused(ServiceError),
}

/// Judges whether `user_id` may enter `organization` with `sign_in`: a member, whose
/// sign-in meets every policy. Shared by the switch, the authorization endpoint's
/// `organization` and the first-party login's; each answers and audits in its own way.
pub(crate) async fn admission(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
    sign_in: &SignIn,
    retry: &str,
) -> Result<Admission> {
    if app
        .db
        .membership(&tenant.id, &organization.id, user_id)
        .await?
        .is_none()
    {
        return Ok(Admission::NotMember);
    }
    Ok(
        match policies::check(organization, sign_in, app.clock.unix(), retry) {
            Ok(()) => Admission::Admitted,
            Err(refusal) => Admission::Refused(refusal),
        },
    )
}

fn not_a_member(organization: &OrganizationRecord) -> ServiceError {
    ServiceError::PermissionDenied(format!(
        "you are not a member of the organization {}; ask one of its admins for an invitation",
        organization.slug
    ))
}

/// The organization a first-party sign-in asks to open into (`organization`: its id or
/// slug). Unknown in the tenant: `422` on `/organization`, before any credential is looked at.
pub(crate) async fn requested(
    app: &App,
    tenant: &TenantRecord,
    key: &str,
) -> Result<OrganizationRecord> {
    super::find(app, tenant, key).await.map_err(|e| match e {
        ServiceError::NotFound(_) => ServiceError::invalid(
            "/organization",
            format!("the tenant has no organization {key:?}; send its id (org_…) or slug"),
        ),
        other => other,
    })
}

/// The organization a second-factor challenge remembers, if any. One deleted since the
/// first factor refuses the sign-in.
pub(crate) async fn remembered(
    app: &App,
    tenant: &TenantRecord,
    organization_id: Option<&str>,
) -> Result<Option<OrganizationRecord>> {
    let Some(organization_id) = organization_id else {
        return Ok(None);
    };
    match app
        .db
        .organization_by_id(&tenant.id, organization_id)
        .await?
    {
        Some(organization) => Ok(Some(organization)),
        None => Err(ServiceError::PermissionDenied(
            "the organization this sign-in asked for no longer exists; sign in again".into(),
        )),
    }
}

/// Admits a first-party sign-in (a user who has just proven who they are, every factor
/// included) into the organization it named, before any session is opened: a non-member is
/// `permission_denied`, a policy not met `organization_policy_violation` naming it. A
/// refusal is audited as `organization.sign_in_refused`, like the authorization
/// endpoint's; it is not a failed sign-in (the credentials were right), so it counts
/// nothing towards the lockout.
pub(crate) async fn admit_sign_in(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user: &UserRecord,
    sign_in: &SignIn,
) -> Result<()> {
    let refusal = match admission(
        app,
        tenant,
        organization,
        &user.id,
        sign_in,
        "ask for the organization again",
    )
    .await?
    {
        Admission::Admitted => return Ok(()),
        Admission::NotMember => not_a_member(organization),
        Admission::Refused(refusal) => refusal,
    };
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "organization.sign_in_refused",
        Some(("organization", &organization.id)),
        json!({
            "client_id": sessions::SESSION_CLIENT_ID,
            "first_factor": sign_in.first_factor,
            "second_factor": sign_in.second_factor,
            "reason": refusal.to_string(),
        }),
    )
    .await?;
    Err(refusal)
}

/// The organization claims of a session's next access token: none unless the session is
/// switched into an organization the user still belongs to.
pub async fn token_claims(
    app: &App,
    tenant: &TenantRecord,
    user_id: &str,
    session_id: &str,
) -> Result<Map<String, Value>> {
    let claims = Map::new();
    let Some(org_id) = app
        .db
        .session_context(&tenant.id, session_id)
        .await?
        .and_then(|c| c.organization_id)
    else {
        return Ok(claims);
    };
    let Some(organization) = app.db.organization_by_id(&tenant.id, &org_id).await? else {
        return Ok(claims);
    };
    let Some(role) = authz::member_role(app, tenant, &organization, user_id).await? else {
        return Ok(claims);
    };
    Ok(role_claims(&organization, role))
}

/// The organization claims of an access token for a subject holding `role` in
/// `organization`: `org_id`, `org_slug`, `org_role` and at most
/// [`MAX_TOKEN_PERMISSIONS`] permission patterns.
pub fn role_claims(organization: &OrganizationRecord, role: ResolvedRole) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("org_id".into(), Value::from(organization.id.clone()));
    claims.insert("org_slug".into(), Value::from(organization.slug.clone()));
    claims.insert("org_role".into(), Value::from(role.key));
    let truncated = role.permissions.len() > MAX_TOKEN_PERMISSIONS;
    let permissions: Vec<String> = role
        .permissions
        .into_iter()
        .take(MAX_TOKEN_PERMISSIONS)
        .collect();
    claims.insert("permissions".into(), Value::from(permissions));
    if truncated {
        claims.insert("permissions_truncated".into(), Value::Bool(true));
    }
    claims
}

/// Switches the caller's session into an organization they belong to and returns a new
/// access token carrying it. The refresh token stays the same and keeps minting tokens
/// for the organization.
pub async fn switch(
    app: &App,
    ctx: &Context,
    me: &SessionUser,
    organization: &str,
) -> Result<SessionTokens> {
    let tenant = &me.tenant;
    let organization = super::find(app, tenant, organization).await?;
    let context = app.db.session_context(&tenant.id, &me.session.id).await?;
    let sign_in = SignIn::of_session(context.as_ref(), me.session.created_at);
    let verdict = admission(
        app,
        tenant,
        &organization,
        &me.user.id,
        &sign_in,
        "switch again",
    )
    .await?;
    if let Admission::NotMember = verdict {
        return Err(not_a_member(&organization));
    }
    if let Admission::Refused(refusal) = verdict {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "organization.switch_refused",
            Some(("organization", &organization.id)),
            json!({ "session_id": me.session.id, "reason": refusal.to_string() }),
        )
        .await?;
        return Err(refusal);
    }
    let now = app.clock.unix();
    if context.is_some() {
        app.db
            .set_session_organization(&tenant.id, &me.session.id, Some(&organization.id), now)
            .await?;
    } else {
        // A session from before organizations existed: its method is unknown.
        app.db
            .insert_session_context(&SessionContextRecord {
                session_id: me.session.id.clone(),
                tenant_id: tenant.id.clone(),
                sign_in_method: "unknown".into(),
                second_factor: None,
                organization_id: Some(organization.id.clone()),
                switched_at: Some(now),
            })
            .await?;
    }
    let (access_token, expires_in) =
        sessions::access_token(app, tenant, &me.user, &me.session.id).await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.switched",
        Some(("organization", &organization.id)),
        json!({ "session_id": me.session.id }),
    )
    .await?;
    Ok(SessionTokens {
        access_token,
        token_type: "Bearer".into(),
        expires_in,
        refresh_token: None,
        session_id: me.session.id.clone(),
    })
}

/// The organizations the signed-in user belongs to, marking the one the session is in.
pub async fn my_organizations(
    app: &App,
    me: &SessionUser,
    params: PageParams,
) -> Result<MyOrganizationList> {
    let tenant = &me.tenant;
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "org_"))
        .transpose()?;
    let current = app
        .db
        .session_context(&tenant.id, &me.session.id)
        .await?
        .and_then(|c| c.organization_id);
    let mut records = app
        .db
        .user_organizations(&tenant.id, &me.user.id, after.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.organization_id.clone());
    Ok(MyOrganizationList {
        data: records
            .into_iter()
            .map(|r| MyOrganization {
                current: current.as_deref() == Some(r.organization_id.as_str()),
                id: r.organization_id,
                slug: r.slug,
                name: r.name,
                logo_url: r.logo_url,
                role: r.role,
                joined_at: from_unix(r.created_at),
            })
            .collect(),
        next_cursor,
    })
}

/// Leaves an organization (the last owner cannot).
pub async fn leave(app: &App, ctx: &Context, me: &SessionUser, organization: &str) -> Result<()> {
    let organization = super::find(app, &me.tenant, organization).await?;
    memberships::remove_from(app, ctx, &me.tenant, &organization, &me.user.id, "left").await
}
