//! Memberships: which users belong to an organization, and with which role.

use serde_json::json;
use tessera_store::{MembershipRecord, OrganizationRecord, StoreError, TenantRecord};
use tessera_wire::{AddMember, Membership, MembershipList, PageParams, UpdateMember};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, pagination, tenants};
use super::roles;
use crate::clock::from_unix;

pub fn to_wire(record: &MembershipRecord) -> Membership {
    Membership {
        organization_id: record.organization_id.clone(),
        user_id: record.user_id.clone(),
        role: record.role.clone(),
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
    }
}

fn not_member(user_id: &str) -> ServiceError {
    ServiceError::NotFound(format!(
        "the user {user_id:?} is not a member of this organization"
    ))
}

pub async fn find(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
) -> Result<MembershipRecord> {
    app.db
        .membership(&tenant.id, &organization.id, user_id)
        .await?
        .ok_or_else(|| not_member(user_id))
}

pub async fn add(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    input: AddMember,
) -> Result<Membership> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    let role = input.role.unwrap_or_else(|| roles::MEMBER.to_owned());
    roles::require_assignable(app, &tenant, &organization, &role, "/role").await?;
    let user = app
        .db
        .user_by_id(&tenant.id, &input.user_id)
        .await?
        .ok_or_else(|| {
            ServiceError::invalid(
                "/user_id",
                format!("the tenant has no user with id {:?}", input.user_id),
            )
        })?;
    let now = app.clock.unix();
    let record = MembershipRecord {
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        user_id: user.id.clone(),
        role,
        created_at: now,
        updated_at: now,
    };
    insert(app, ctx, &tenant, &record, "admin").await?;
    Ok(to_wire(&record))
}

/// Stores a new membership and audits it; `via` says how it came about.
pub async fn insert(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    record: &MembershipRecord,
    via: &str,
) -> Result<()> {
    app.db
        .insert_membership(record)
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation => ServiceError::AlreadyExists(format!(
                "the user {:?} is already a member of this organization; change their role with PATCH",
                record.user_id
            )),
            other => other.into(),
        })?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.member_added",
        Some(("organization", &record.organization_id)),
        json!({ "user_id": record.user_id, "role": record.role, "via": via }),
    )
    .await
}

pub async fn list(
    app: &App,
    slug: &str,
    organization: &str,
    params: PageParams,
) -> Result<MembershipList> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    list_of(app, &tenant, &organization, params).await
}

pub async fn list_of(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    params: PageParams,
) -> Result<MembershipList> {
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "usr_"))
        .transpose()?;
    let mut records = app
        .db
        .list_memberships(&tenant.id, &organization.id, after.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.user_id.clone());
    Ok(MembershipList {
        data: records.iter().map(to_wire).collect(),
        next_cursor,
    })
}

pub async fn get(app: &App, slug: &str, organization: &str, user_id: &str) -> Result<Membership> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    Ok(to_wire(&find(app, &tenant, &organization, user_id).await?))
}

/// Refuses to take the last owner away: an organization always keeps one.
async fn keep_an_owner(
    app: &App,
    tenant: &TenantRecord,
    membership: &MembershipRecord,
) -> Result<()> {
    if membership.role == roles::OWNER
        && app
            .db
            .count_members_with_role(&tenant.id, &membership.organization_id, roles::OWNER)
            .await?
            <= 1
    {
        return Err(ServiceError::Conflict(
            "this is the organization's last owner; make another member owner first".into(),
        ));
    }
    Ok(())
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    user_id: &str,
    input: UpdateMember,
) -> Result<Membership> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    update_in(app, ctx, &tenant, &organization, user_id, input).await
}

pub async fn update_in(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
    input: UpdateMember,
) -> Result<Membership> {
    let mut membership = find(app, tenant, organization, user_id).await?;
    roles::require_assignable(app, tenant, organization, &input.role, "/role").await?;
    if membership.role == input.role {
        return Ok(to_wire(&membership));
    }
    keep_an_owner(app, tenant, &membership).await?;
    let previous = std::mem::replace(&mut membership.role, input.role);
    membership.updated_at = app.clock.unix();
    if !app
        .db
        .update_membership_role(
            &tenant.id,
            &organization.id,
            user_id,
            &membership.role,
            membership.updated_at,
        )
        .await?
    {
        return Err(not_member(user_id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.member_role_changed",
        Some(("organization", &organization.id)),
        json!({ "user_id": user_id, "from": previous, "to": membership.role }),
    )
    .await?;
    Ok(to_wire(&membership))
}

pub async fn remove(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    user_id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let organization = super::find(app, &tenant, organization).await?;
    remove_from(app, ctx, &tenant, &organization, user_id, "removed").await
}

/// Ends a membership (`how`: `removed` or `left`); the user's sessions switched into the
/// organization fall back to none, so their next tokens carry no organization.
pub async fn remove_from(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
    how: &str,
) -> Result<()> {
    let membership = find(app, tenant, organization, user_id).await?;
    keep_an_owner(app, tenant, &membership).await?;
    if !app
        .db
        .delete_membership(&tenant.id, &organization.id, user_id)
        .await?
    {
        return Err(not_member(user_id));
    }
    app.db
        .clear_user_session_organization(&tenant.id, user_id, &organization.id)
        .await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        if how == "left" {
            "organization.member_left"
        } else {
            "organization.member_removed"
        },
        Some(("organization", &organization.id)),
        json!({ "user_id": user_id, "role": membership.role }),
    )
    .await
}
