//! Verified domains: an organization claims a domain, publishes a TXT record with a random
//! value at `_tessera-verification.{domain}`, and asks Tessera to look. A verified domain
//! belongs to one organization of the tenant; with `auto_join`, users whose verified email
//! is at the domain join as `member` when they sign in.

use serde_json::json;
use tessera_store::{
    DomainRecord, MembershipRecord, OrganizationRecord, StoreError, TenantRecord, UserRecord,
};
use tessera_wire::{
    CreateOrganizationDomain, OrganizationDomain, OrganizationDomainList, UpdateOrganizationDomain,
};

use super::super::audit::{self, Actor, Context};
use super::super::{App, Result, ServiceError, tenants};
use super::{dns, roles};
use crate::clock::from_unix;

pub const TXT_LABEL: &str = "_tessera-verification";
const LIST_LIMIT: u32 = 100;

pub fn txt_name(domain: &str) -> String {
    format!("{TXT_LABEL}.{domain}")
}

pub fn to_wire(record: &DomainRecord) -> OrganizationDomain {
    OrganizationDomain {
        id: record.id.clone(),
        organization_id: record.organization_id.clone(),
        domain: record.domain.clone(),
        txt_name: txt_name(&record.domain),
        txt_value: record.challenge.clone(),
        verified: record.verified_at.is_some(),
        auto_join: record.auto_join,
        created_at: from_unix(record.created_at),
        verified_at: record.verified_at.map(from_unix),
    }
}

/// A host name of at least two labels (RFC 1123 §2.1), lowercase, without a trailing dot.
fn normalise_domain(domain: &str) -> Option<String> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    let ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            (1..=63).contains(&l.len())
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        });
    ok.then_some(domain)
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

async fn find(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    id: &str,
) -> Result<DomainRecord> {
    app.db
        .domain_by_id(&tenant.id, &organization.id, id)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("the organization has no domain {id:?}")))
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    input: CreateOrganizationDomain,
) -> Result<OrganizationDomain> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let domain = normalise_domain(&input.domain).ok_or_else(|| {
        ServiceError::invalid(
            "/domain",
            format!(
                "{:?} is not a domain name such as `example.com`",
                input.domain
            ),
        )
    })?;
    let mut token = [0u8; 24];
    tessera_crypto::secret::fill_random(&mut token);
    let record = DomainRecord {
        id: format!("dom_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        organization_id: organization.id.clone(),
        domain,
        challenge: format!("tessera-verification={}", tessera_crypto::b64url(&token)),
        auto_join: input.auto_join,
        created_at: app.clock.unix(),
        verified_at: None,
    };
    app.db.insert_domain(&record).await.map_err(|e| match e {
        StoreError::UniqueViolation => ServiceError::AlreadyExists(format!(
            "the organization already claims {}",
            record.domain
        )),
        other => other.into(),
    })?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.domain_added",
        Some(("organization", &organization.id)),
        json!({ "domain": record.domain, "auto_join": record.auto_join }),
    )
    .await?;
    Ok(to_wire(&record))
}

pub async fn list(app: &App, slug: &str, organization: &str) -> Result<OrganizationDomainList> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let records = app
        .db
        .list_domains(&tenant.id, &organization.id, LIST_LIMIT)
        .await?;
    Ok(OrganizationDomainList {
        data: records.iter().map(to_wire).collect(),
    })
}

/// Looks up the TXT record through the configured resolver and marks the domain verified
/// when its value is there.
pub async fn verify(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<OrganizationDomain> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let mut record = find(app, &tenant, &organization, id).await?;
    if record.verified_at.is_some() {
        return Ok(to_wire(&record));
    }
    let name = txt_name(&record.domain);
    let found = dns::txt_records(app.dns_resolver, &name)
        .await
        .map_err(|e| {
            ServiceError::Conflict(format!(
                "the DNS lookup of {name} failed ({e}); retry shortly"
            ))
        })?;
    if !found.contains(&record.challenge) {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "organization.domain_verification_failed",
            Some(("organization", &organization.id)),
            json!({ "domain": record.domain, "found": found.len() }),
        )
        .await?;
        return Err(ServiceError::Conflict(format!(
            "no TXT record at {name} holds {:?} ({} other TXT value(s) found); publish it, wait for DNS to update, and retry",
            record.challenge,
            found.len()
        )));
    }
    let now = app.clock.unix();
    app.db
        .mark_domain_verified(&tenant.id, &record.id, now)
        .await
        .map_err(|e| match e {
            StoreError::UniqueViolation => ServiceError::AlreadyExists(format!(
                "{} is already verified by another organization of this tenant",
                record.domain
            )),
            other => other.into(),
        })?;
    record.verified_at = Some(now);
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.domain_verified",
        Some(("organization", &organization.id)),
        json!({ "domain": record.domain }),
    )
    .await?;
    Ok(to_wire(&record))
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
    input: UpdateOrganizationDomain,
) -> Result<OrganizationDomain> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let mut record = find(app, &tenant, &organization, id).await?;
    app.db
        .set_domain_auto_join(&tenant.id, &record.id, input.auto_join)
        .await?;
    record.auto_join = input.auto_join;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.domain_updated",
        Some(("organization", &organization.id)),
        json!({ "domain": record.domain, "auto_join": record.auto_join }),
    )
    .await?;
    Ok(to_wire(&record))
}

pub async fn delete(
    app: &App,
    ctx: &Context,
    slug: &str,
    organization: &str,
    id: &str,
) -> Result<()> {
    let (tenant, organization) = scope(app, slug, organization).await?;
    let record = find(app, &tenant, &organization, id).await?;
    app.db.delete_domain(&tenant.id, &record.id).await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "organization.domain_removed",
        Some(("organization", &organization.id)),
        json!({ "domain": record.domain }),
    )
    .await
}

/// Adds a user with a verified email to every organization whose verified domain is the
/// email's and allows auto-join (called at sign-in).
pub async fn auto_join(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
) -> Result<()> {
    if !user.email_verified {
        return Ok(());
    }
    let Some((_, domain)) = user.email.rsplit_once('@') else {
        return Ok(());
    };
    let now = app.clock.unix();
    for organization_id in app.db.auto_join_organizations(&tenant.id, domain).await? {
        let membership = MembershipRecord {
            tenant_id: tenant.id.clone(),
            organization_id,
            user_id: user.id.clone(),
            role: roles::MEMBER.to_owned(),
            created_at: now,
            updated_at: now,
        };
        if app.db.insert_membership_if_absent(&membership).await? {
            audit::record(
                app,
                &tenant.id,
                &ctx.as_actor(Actor::User(user.id.clone())),
                "organization.member_added",
                Some(("organization", &membership.organization_id)),
                json!({ "user_id": user.id, "role": membership.role, "via": "domain" }),
            )
            .await?;
        }
    }
    Ok(())
}
