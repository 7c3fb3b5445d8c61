//! Invitations: an email with a single-use link that makes its reader a member.
//!
//! The token (`tin_`, 256 random bits) is stored only as a SHA-256 hash and expires (7 days
//! by default). Resending gives it a new token, so the older link stops working; revoking
//! ends it. Accepting is a compare-and-set together with the membership insert, so a
//! token admits exactly one user. An invitee with an account accepts while signed in as
//! the invited address; one without an account creates it by accepting (the email is then
//! verified, since the link reached it).

use serde_json::json;
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{
    AcceptOutcome, InvitationRecord, MembershipRecord, OrganizationRecord, StoreError, TenantRecord,
};
use tessera_wire::{
    AcceptInvitation, CreateInvitation, CreateUser, Invitation, InvitationAccepted, InvitationList,
    InvitationState, PageParams,
};

use super::super::access_tokens::SessionUser;
use super::super::audit::{self, Actor, Context};
use super::super::email::templates::{self, Template, Vars};
use super::super::email::{DeliveryError, OutgoingEmail};
use super::super::{App, Result, ServiceError, pagination, sessions, tenants, users};
use super::roles;
use crate::clock::from_unix;

pub const TOKEN_PREFIX: &str = "tin_";
pub const DEFAULT_TTL_SECS: u32 = 7 * 24 * 3600;
const TTL_RANGE: std::ops::RangeInclusive<u32> = 3600..=30 * 24 * 3600;

pub fn state(record: &InvitationRecord, now: i64) -> InvitationState {
    if record.accepted_at.is_some() {
        InvitationState::Accepted
    } else if record.revoked_at.is_some() {
        InvitationState::Revoked
    } else if record.expires_at <= now {
        InvitationState::Expired
    } else {
        InvitationState::Pending
    }
}

pub fn to_wire(record: &InvitationRecord, now: i64) -> Invitation {
    Invitation {
        id: record.id.clone(),
        organization_id: record.organization_id.clone(),
        email: record.email.clone(),
        role: record.role.clone(),
        state: state(record, now),
        created_at: from_unix(record.created_at),
        sent_at: from_unix(record.sent_at),
        expires_at: from_unix(record.expires_at),
        accepted_at: record.accepted_at.map(from_unix),
        accepted_by: record.accepted_by.clone(),
    }
}

fn actor_label(ctx: &Context) -> Option<String> {
    match &ctx.actor {
        Actor::Admin(id) => Some(format!("admin:{id}")),
        Actor::User(id) => Some(format!("user:{id}")),
        Actor::Operator => Some("operator".into()),
        Actor::Anonymous => None,
    }
}

/// The link in the email; the token travels in the fragment, which browsers never send to
/// a server, and the landing page posts it to `POST /t/{tenant}/invitations/accept`.
fn link(app: &App, tenant: &TenantRecord, token: &str) -> String {
    format!(
        "{}/t/{}/accept-invitation#token={token}",
        app.public_url, tenant.slug
    )
}

async fn compose(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    invitation: &InvitationRecord,
    token: &str,
    locale: Option<&str>,
) -> Result<OutgoingEmail> {
    let invitee = app.db.user_by_email(&tenant.id, &invitation.email).await?;
    let locale = locale.or(invitee.as_ref().and_then(|u| u.locale.as_deref()));
    let url = link(app, tenant, token);
    let vars = Vars {
        tenant_name: &tenant.name,
        email: &invitation.email,
        name: invitee.as_ref().and_then(|u| u.name.as_deref()),
        link: Some(&url),
        code: None,
        expires_minutes: (invitation.expires_at - invitation.sent_at) / 60,
        organization: Some(&organization.name),
    };
    let template = Template::OrganizationInvitation;
    let rendered = templates::render(app, tenant, template, locale, &vars).await?;
    Ok(OutgoingEmail {
        tenant_id: tenant.id.clone(),
        from: app.email.from_for(&tenant.name),
        to: invitation.email.clone(),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        template: template.name(),
        locale: rendered.locale,
    })
}

async fn deliver(app: &App, message: &OutgoingEmail) -> std::result::Result<(), DeliveryError> {
    app.email.sender.send(message, app.clock.unix()).await
}

/// Invites `input.email` into the organization and sends the email, waiting for the
/// sender: if it fails, the invitation is removed and the caller hears it.
pub async fn create_in(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    input: CreateInvitation,
) -> Result<Invitation> {
    let mut errors = Vec::new();
    let email = users::normalise_email(&input.email)
        .map_err(|m| {
            errors.push(tessera_wire::FieldError {
                pointer: "/email".into(),
                message: m,
            })
        })
        .unwrap_or_default();
    let ttl = input.expires_in_secs.unwrap_or(DEFAULT_TTL_SECS);
    if !TTL_RANGE.contains(&ttl) {
        errors.push(tessera_wire::FieldError {
            pointer: "/expires_in_secs".into(),
            message: "must be between 3600 (one hour) and 2592000 (30 days)".into(),
        });
    }
    let mut locale_errors = Vec::new();
    users::check_profile(
        None,
        None,
        input.locale.as_deref(),
        None,
        &mut locale_errors,
    );
    errors.extend(locale_errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let role = input.role.unwrap_or_else(|| roles::MEMBER.to_owned());
    roles::require_assignable(app, tenant, organization, &role, "/role").await?;
    if let Some(user) = app.db.user_by_email(&tenant.id, &email).await?
        && app
            .db
            .membership(&tenant.id, &organization.id, &user.id)
            .await?
            .is_some()
    {
        return Err(ServiceError::AlreadyExists(format!(
            "{email} is already a member of {}",
            organization.slug
        )));
    }
    let now = app.clock.unix();
    let token = generate_secret(TOKEN_PREFIX);
    let record = InvitationRecord {
        id: format!("inv_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        email,
        role,
        token_hash: hash_secret(&token).to_vec(),
        invited_by: actor_label(ctx),
        created_at: now,
        sent_at: now,
        expires_at: now + i64::from(ttl),
        accepted_at: None,
        accepted_by: None,
        revoked_at: None,
    };
    app.db
        .insert_invitation(&record, now)
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation => ServiceError::AlreadyExists(format!(
                "{} already has a pending invitation to {}; resend or revoke it",
                record.email, organization.slug
            )),
            other => other.into(),
        })?;
    let message = compose(
        app,
        tenant,
        organization,
        &record,
        &token,
        input.locale.as_deref(),
    )
    .await?;
    if let Err(e) = deliver(app, &message).await {
        app.db.delete_invitation(&tenant.id, &record.id).await?;
        tracing::warn!(tenant_id = %tenant.id, error = %e, "invitation email failed");
        return Err(ServiceError::DeliveryFailed(e.to_string()));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.invitation_sent",
        Some(("organization", &organization.id)),
        json!({ "invitation_id": record.id, "email": record.email, "role": record.role, "expires_at": record.expires_at }),
    )
    .await?;
    Ok(to_wire(&record, now))
}

async fn scope(
    app: &App,
    slug: &str,
    organization: &str,
) -> Result<(TenantRecord, OrganizationRecord)> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    Ok((tenant, organization))
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    input: CreateInvitation,
) -> Result<Invitation> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    create_in(app, ctx, &tenant, &organization, input).await
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("the organization has no invitation {id:?}"))
}

async fn find(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    id: &str,
) -> Result<InvitationRecord> {
    app.db
        .invitation_by_id(&tenant.id, &organization.id, id)
        .await?
        .ok_or_else(|| not_found(id))
}

pub async fn get(app: &App, slug: &str, organization: &str, id: &str) -> Result<Invitation> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    Ok(to_wire(
        &find(app, &tenant, &organization, id).await?,
        app.clock.unix(),
    ))
}

/// Invitations of the organization, newest first.
pub async fn list(
    app: &App,
    slug: &str,
    organization: &str,
    params: PageParams,
) -> Result<InvitationList> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let limit = pagination::page_size(params.limit)?;
    let before = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "inv_"))
        .transpose()?;
    let mut records = app
        .db
        .list_invitations(&tenant.id, &organization.id, before.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    let now = app.clock.unix();
    Ok(InvitationList {
        data: records.iter().map(|r| to_wire(r, now)).collect(),
        next_cursor,
    })
}

fn not_pending(record: &InvitationRecord, now: i64) -> ServiceError {
    let state = match state(record, now) {
        InvitationState::Accepted => "was already accepted",
        InvitationState::Revoked => "was revoked",
        InvitationState::Expired => "has expired",
        InvitationState::Pending => "changed concurrently",
    };
    ServiceError::Conflict(format!(
        "the invitation {} {state}; create a new one",
        record.id
    ))
}

/// Sends a pending (or expired, not yet replaced) invitation again with a new token and a
/// fresh expiry; the old link stops working.
pub async fn resend(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<Invitation> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let mut record = find(app, &tenant, &organization, id).await?;
    let now = app.clock.unix();
    if record.accepted_at.is_some() || record.revoked_at.is_some() {
        return Err(not_pending(&record, now));
    }
    let ttl = record.expires_at - record.sent_at;
    let token = generate_secret(TOKEN_PREFIX);
    let message = {
        let mut preview = record.clone();
        preview.sent_at = now;
        preview.expires_at = now + ttl;
        compose(app, &tenant, &organization, &preview, &token, None).await?
    };
    deliver(app, &message)
        .await
        .map_err(|e| ServiceError::DeliveryFailed(e.to_string()))?;
    let token_hash = hash_secret(&token).to_vec();
    if !app
        .db
        .reissue_invitation(&tenant.id, &record.id, &token_hash, now, now + ttl)
        .await?
    {
        return Err(not_pending(&record, now));
    }
    record.token_hash = token_hash;
    record.sent_at = now;
    record.expires_at = now + ttl;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.invitation_resent",
        Some(("organization", &organization.id)),
        json!({ "invitation_id": record.id, "email": record.email, "expires_at": record.expires_at }),
    )
    .await?;
    Ok(to_wire(&record, now))
}

pub async fn revoke(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<()> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let record = find(app, &tenant, &organization, id).await?;
    let now = app.clock.unix();
    if !app
        .db
        .revoke_invitation(&tenant.id, &record.id, now)
        .await?
    {
        return Err(not_pending(&record, now));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.invitation_revoked",
        Some(("organization", &organization.id)),
        json!({ "invitation_id": record.id, "email": record.email }),
    )
    .await
}

fn invalid_link(detail: &str) -> ServiceError {
    ServiceError::InvalidToken(format!(
        "the invitation link is not valid: {detail}; ask the organization for a new invitation"
    ))
}

/// Accepts an invitation: as `me` (signed in as the invited address), or by creating the
/// invitee's account with `input.password`, which also signs them in, switched into the
/// organization when its policies allow.
pub async fn accept(
    app: &App,
    ctx: &Context,
    slug: &str,
    me: Option<SessionUser>,
    input: AcceptInvitation,
) -> Result<InvitationAccepted> {
    let tenant = tenants::find(app, slug).await?;
    if !input.token.starts_with(TOKEN_PREFIX) || input.token.len() > 256 {
        return Err(invalid_link("it is malformed"));
    }
    let Some(record) = app
        .db
        .invitation_by_token_hash(&tenant.id, &hash_secret(&input.token))
        .await?
    else {
        return Err(invalid_link("it is unknown, or a newer email replaced it"));
    };
    let now = app.clock.unix();
    match state(&record, now) {
        InvitationState::Pending => {}
        InvitationState::Accepted => return Err(invalid_link("it was already used")),
        InvitationState::Revoked => return Err(invalid_link("it was revoked")),
        InvitationState::Expired => return Err(invalid_link("it has expired")),
    }
    let organization = app
        .db
        .organization_by_id(&tenant.id, &record.organization_id)
        .await?
        .ok_or_else(|| invalid_link("its organization no longer exists"))?;
    let (user, created, ctx) = match me {
        Some(me) => {
            if me.user.email != record.email {
                return Err(ServiceError::PermissionDenied(format!(
                    "this invitation is for {}, and you are signed in as {}; sign in as the invited address",
                    record.email, me.user.email
                )));
            }
            if input.password.is_some() || input.name.is_some() {
                return Err(ServiceError::invalid(
                    "/password",
                    "send no password or name when accepting while signed in",
                ));
            }
            (me.user, false, ctx.clone())
        }
        None => {
            if app
                .db
                .user_by_email(&tenant.id, &record.email)
                .await?
                .is_some()
            {
                return Err(ServiceError::Conflict(format!(
                    "{} already has an account: sign in as it, then accept with its access token",
                    record.email
                )));
            }
            let Some(password) = input.password else {
                return Err(ServiceError::invalid(
                    "/password",
                    "choose a password for the new account (or sign in first if you have one)",
                ));
            };
            let created = users::create(
                app,
                ctx,
                slug,
                CreateUser {
                    email: record.email.clone(),
                    password: Some(password),
                    email_verified: Some(true),
                    name: input.name,
                    ..CreateUser::default()
                },
            )
            .await?;
            let user = users::find(app, &tenant, &created.id).await?;
            let ctx = ctx.as_actor(Actor::User(user.id.clone()));
            (user, true, ctx)
        }
    };
    let membership = MembershipRecord {
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        user_id: user.id.clone(),
        role: record.role.clone(),
        created_at: now,
        updated_at: now,
    };
    let already_member = match app.db.accept_invitation(&record, &membership, now).await? {
        AcceptOutcome::Accepted { already_member } => already_member,
        AcceptOutcome::Gone => {
            if created {
                // Undo the account this request created: a lost race changes nothing.
                app.db.delete_user(&tenant.id, &user.id).await?;
            }
            return Err(invalid_link(
                "it was used, revoked or replaced a moment ago",
            ));
        }
    };
    let role = if already_member {
        app.db
            .membership(&tenant.id, &organization.id, &user.id)
            .await?
            .map_or(record.role.clone(), |m| m.role)
    } else {
        record.role.clone()
    };
    audit::record(
        app,
        &tenant.id,
        &ctx,
        "organization.invitation_accepted",
        Some(("organization", &organization.id)),
        json!({ "invitation_id": record.id, "user_id": user.id, "role": role, "user_created": created, "already_member": already_member }),
    )
    .await?;
    let session = if created {
        let mut tokens =
            sessions::start_session(app, &ctx, &tenant, user.clone(), "password").await?;
        let me = app
            .db
            .session_by_id(&tenant.id, &tokens.session_id)
            .await?
            .map(|session| SessionUser {
                tenant: tenant.clone(),
                user: user.clone(),
                session,
            });
        if let Some(me) = me
            && let Ok(switched) = super::switch::switch(app, &ctx, &me, &organization.id).await
        {
            tokens.access_token = switched.access_token;
            tokens.expires_in = switched.expires_in;
        }
        Some(tokens)
    } else {
        None
    };
    Ok(InvitationAccepted {
        organization_id: organization.id,
        organization_slug: organization.slug,
        user_id: user.id,
        role,
        user_created: created,
        session,
    })
}
