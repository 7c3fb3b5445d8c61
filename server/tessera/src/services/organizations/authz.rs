//! Authorization checks: may this subject do this, in this organization? Every answer
//! says why, naming the role and the pattern that matched, or what was missing.
//!
//! Checks read the live memberships and roles (never a token's claims), so a role change
//! or a removal applies at once.

use std::collections::HashMap;

use tessera_store::{OrganizationRecord, TenantRecord};
use tessera_wire::{
    AuthzCheck, AuthzCheckBatch, AuthzDecision, AuthzDecisionList, AuthzReason, FieldError,
};

use super::super::{App, Result, ServiceError, tenants, validate};
use super::permissions;
use super::roles::{self, ResolvedRole};

/// At most this many checks per batch.
pub const MAX_BATCH: usize = 100;

fn check_input(check: &AuthzCheck, prefix: &str, errors: &mut Vec<FieldError>) {
    let mut push = |field: &str, message: String| {
        errors.push(FieldError {
            pointer: format!("{prefix}/{field}"),
            message,
        })
    };
    if check.subject.is_empty() || check.subject.len() > 128 {
        push(
            "subject",
            "must be a user id (`usr_…`) of at most 128 characters".into(),
        );
    }
    if let Err(message) = permissions::check_permission(&check.permission) {
        push("permission", message);
    }
    if let Some(organization) = &check.organization
        && !(organization.starts_with("org_") && organization.len() <= 64
            || validate::is_valid_slug(organization))
    {
        push(
            "organization",
            format!("{organization:?} is neither an organization id (`org_…`) nor a slug"),
        );
    }
    if let Some(resource) = &check.resource
        && (resource.is_empty() || resource.len() > 256 || resource.chars().any(char::is_control))
    {
        push(
            "resource",
            "must be 1-256 characters without control characters".into(),
        );
    }
}

/// Lookups shared by the checks of one batch.
#[derive(Default)]
struct Memo {
    organizations: HashMap<String, Option<OrganizationRecord>>,
    roles: HashMap<(String, String), Option<ResolvedRole>>,
}

fn decision(
    check: &AuthzCheck,
    allowed: bool,
    reason: AuthzReason,
    explanation: String,
) -> AuthzDecision {
    AuthzDecision {
        allowed,
        reason,
        explanation,
        subject: check.subject.clone(),
        permission: check.permission.clone(),
        organization_id: None,
        resource: check.resource.clone(),
        role: None,
        matched_permission: None,
    }
}

fn summarise(patterns: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut listed = patterns
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if patterns.len() > SHOWN {
        listed.push_str(&format!(" and {} more", patterns.len() - SHOWN));
    }
    if listed.is_empty() {
        "no permissions".into()
    } else {
        listed
    }
}

async fn decide(
    app: &App,
    tenant: &TenantRecord,
    check: &AuthzCheck,
    memo: &mut Memo,
) -> Result<AuthzDecision> {
    let Some(user) = app.db.user_by_id(&tenant.id, &check.subject).await? else {
        return Ok(decision(
            check,
            false,
            AuthzReason::SubjectNotFound,
            format!("denied: {:?} is not a user of this tenant", check.subject),
        ));
    };
    if user.disabled {
        return Ok(decision(
            check,
            false,
            AuthzReason::SubjectDisabled,
            format!("denied: the account of {} is disabled", user.id),
        ));
    }
    let Some(org_key) = &check.organization else {
        return Ok(decision(
            check,
            false,
            AuthzReason::NoOrganization,
            "denied: permissions come from a role in an organization; name the organization".into(),
        ));
    };
    if !memo.organizations.contains_key(org_key) {
        let found = super::find(app, tenant, org_key).await;
        let found = match found {
            Ok(org) => Some(org),
            Err(ServiceError::NotFound(_)) => None,
            Err(other) => return Err(other),
        };
        memo.organizations.insert(org_key.clone(), found);
    }
    let Some(organization) = memo.organizations.get(org_key).cloned().flatten() else {
        return Ok(decision(
            check,
            false,
            AuthzReason::OrganizationNotFound,
            format!("denied: the tenant has no organization {org_key:?}"),
        ));
    };
    let base = |allowed, reason, explanation| AuthzDecision {
        organization_id: Some(organization.id.clone()),
        ..decision(check, allowed, reason, explanation)
    };
    let Some(membership) = app
        .db
        .membership(&tenant.id, &organization.id, &user.id)
        .await?
    else {
        return Ok(base(
            false,
            AuthzReason::NotAMember,
            format!(
                "denied: {} is not a member of the organization {}",
                user.id, organization.slug
            ),
        ));
    };
    let memo_key = (organization.id.clone(), membership.role.clone());
    if !memo.roles.contains_key(&memo_key) {
        let resolved = roles::resolve(app, &tenant.id, &organization.id, &membership.role).await?;
        memo.roles.insert(memo_key.clone(), resolved);
    }
    let Some(role) = memo.roles.get(&memo_key).cloned().flatten() else {
        return Ok(AuthzDecision {
            role: Some(membership.role.clone()),
            ..base(
                false,
                AuthzReason::RoleNotFound,
                format!(
                    "denied: {}'s role {:?} no longer exists, so it grants nothing",
                    user.id, membership.role
                ),
            )
        });
    };
    let matched = permissions::first_match(&role.permissions, &check.permission);
    let on = check
        .resource
        .as_deref()
        .map(|r| format!(" on {r}"))
        .unwrap_or_default();
    Ok(match matched {
        Some(pattern) => AuthzDecision {
            role: Some(role.key.clone()),
            matched_permission: Some(pattern.to_owned()),
            ..base(
                true,
                AuthzReason::RoleGrantsPermission,
                format!(
                    "allowed: {} is {} of {}, and the role grants {pattern:?}, which covers {}{on}",
                    user.id, role.key, organization.slug, check.permission
                ),
            )
        },
        None => AuthzDecision {
            role: Some(role.key.clone()),
            ..base(
                false,
                AuthzReason::RoleLacksPermission,
                format!(
                    "denied: {} is {} of {}, and that role grants {}, none of which covers {}",
                    user.id,
                    role.key,
                    organization.slug,
                    summarise(&role.permissions),
                    check.permission
                ),
            )
        },
    })
}

pub async fn check(app: &App, slug: &str, input: AuthzCheck) -> Result<AuthzDecision> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    check_input(&input, "", &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    decide(app, &tenant, &input, &mut Memo::default()).await
}

pub async fn check_batch(
    app: &App,
    slug: &str,
    input: AuthzCheckBatch,
) -> Result<AuthzDecisionList> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    if input.checks.is_empty() || input.checks.len() > MAX_BATCH {
        errors.push(FieldError {
            pointer: "/checks".into(),
            message: format!("must hold 1 to {MAX_BATCH} checks"),
        });
    }
    for (i, check) in input.checks.iter().enumerate().take(MAX_BATCH) {
        check_input(check, &format!("/checks/{i}"), &mut errors);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut memo = Memo::default();
    let mut results = Vec::with_capacity(input.checks.len());
    for check in &input.checks {
        results.push(decide(app, &tenant, check, &mut memo).await?);
    }
    Ok(AuthzDecisionList { results })
}

/// The permissions `user_id` holds in `organization` through their role, or `None` when
/// they are not a member (for token claims and the member-facing API).
pub async fn member_role(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
) -> Result<Option<ResolvedRole>> {
    let Some(membership) = app
        .db
        .membership(&tenant.id, &organization.id, user_id)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(
        roles::resolve(app, &tenant.id, &organization.id, &membership.role)
            .await?
            .unwrap_or(ResolvedRole {
                key: membership.role,
                permissions: Vec::new(),
            }),
    ))
}

/// Refuses unless `user_id` holds `permission` in `organization` (member-facing API).
pub async fn require(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    user_id: &str,
    permission: &str,
) -> Result<ResolvedRole> {
    let Some(role) = member_role(app, tenant, organization, user_id).await? else {
        return Err(ServiceError::PermissionDenied(format!(
            "you are not a member of the organization {}",
            organization.slug
        )));
    };
    if permissions::first_match(&role.permissions, permission).is_none() {
        return Err(ServiceError::PermissionDenied(format!(
            "your role {:?} in {} does not grant {permission:?}",
            role.key, organization.slug
        )));
    }
    Ok(role)
}
