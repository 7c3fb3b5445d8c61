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
use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, pagination, sessions};
use super::{authz, memberships};
use crate::clock::from_unix;

/// A token lists at most this many permission patterns; a role with more sets
/// `permissions_truncated`, and resource servers must ask `authz/check` instead.
pub const MAX_TOKEN_PERMISSIONS: usize = 50;
/// A passkey counts: it is asserted with user verification, two factors in one.
const MFA_METHODS: [&str; 3] = ["totp", "recovery_code", "passkey"];

/// Records how a new session was opened, and lets the user join the organizations whose
/// verified domain admits them (called by `sessions::start_session`).
pub async fn record_sign_in(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
    session_id: &str,
    method: &str,
) -> Result<()> {
    super::domains::auto_join(app, ctx, tenant, user).await?;
    app.db
        .insert_session_context(&SessionContextRecord {
            session_id: session_id.to_owned(),
            tenant_id: tenant.id.clone(),
            sign_in_method: method.to_owned(),
            organization_id: None,
            switched_at: None,
        })
        .await?;
    Ok(())
}

/// The organization claims of a session's next access token: none unless the session is
/// switched into an organization the user still belongs to.
pub async fn token_claims(
    app: &App,
    tenant: &TenantRecord,
    user_id: &str,
    session_id: &str,
) -> Result<Map<String, Value>> {
    let mut claims = Map::new();
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
    claims.insert("org_id".into(), Value::from(organization.id));
    claims.insert("org_slug".into(), Value::from(organization.slug));
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
    Ok(claims)
}

fn violation(organization: &OrganizationRecord, policy: &str, detail: String) -> ServiceError {
    ServiceError::PolicyViolation(format!(
        "the organization {} refuses this session by its policy `{policy}`: {detail}",
        organization.slug
    ))
}

/// Checks the organization's policies against a session.
fn check_policies(
    app: &App,
    organization: &OrganizationRecord,
    me: &SessionUser,
    context: Option<&SessionContextRecord>,
) -> Result<()> {
    let method = context.map_or("unknown", |c| c.sign_in_method.as_str());
    if let Some(allowed) = &organization.allowed_sign_in_methods {
        let allowed: Vec<String> = serde_json::from_str(allowed).map_err(|e| {
            ServiceError::Internal(format!(
                "allowed_sign_in_methods of {} is not a JSON array: {e}",
                organization.id
            ))
        })?;
        if !allowed.iter().any(|m| m == method) {
            return Err(violation(
                organization,
                "allowed_sign_in_methods",
                format!(
                    "this session was opened with `{method}`, and the organization accepts only {}; sign in with one of those, then switch again",
                    allowed.join(", ")
                ),
            ));
        }
    }
    if organization.mfa_required && !MFA_METHODS.contains(&method) {
        return Err(violation(
            organization,
            "mfa_required",
            "it needs a sign-in completed with a second factor; enrol an authenticator (TOTP), sign in again, then switch".into(),
        ));
    }
    if let Some(max_age) = organization.max_session_age_secs {
        let age = app.clock.unix() - me.session.created_at;
        if age > max_age {
            return Err(violation(
                organization,
                "max_session_age_secs",
                format!(
                    "sessions must be at most {max_age} s old and this one is {age} s old; sign in again, then switch"
                ),
            ));
        }
    }
    Ok(())
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
    if app
        .db
        .membership(&tenant.id, &organization.id, &me.user.id)
        .await?
        .is_none()
    {
        return Err(ServiceError::PermissionDenied(format!(
            "you are not a member of the organization {}; ask one of its admins for an invitation",
            organization.slug
        )));
    }
    let context = app.db.session_context(&tenant.id, &me.session.id).await?;
    if let Err(refusal) = check_policies(app, &organization, me, context.as_ref()) {
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
