//! Authorization checks: may this subject do this, in this organization? Every answer
//! says why, naming the role and the pattern that matched, or what was missing.
//!
//! Checks read the live memberships and roles (never a token's claims), so a role change
//! or a removal applies at once.

use std::collections::{HashMap, HashSet};

use tessera_store::{OrganizationRecord, TenantRecord, UserRecord};
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
            "must be a user id (`usr_…`) or a service account's client id (`cli_…`) of at most 128 characters".into(),
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
        && let Err(message) = super::resource_grants::check_resource(resource)
    {
        push("resource", message);
    }
}

/// Lookups shared by the checks of one batch. A batch fills it up front ([`prefetch`]), so
/// its users, organizations and memberships cost three queries, not three per check.
#[derive(Default)]
struct Memo {
    /// By the key a check names (id or slug).
    organizations: HashMap<String, Option<OrganizationRecord>>,
    roles: HashMap<(String, String), Option<ResolvedRole>>,
    users: HashMap<String, Option<UserRecord>>,
    /// (organization id, user id) → the member's role.
    memberships: HashMap<(String, String), Option<String>>,
}

/// Reads the users, organizations and memberships that `checks` name, three queries in all,
/// into `memo`; what a check names and does not exist is remembered as absent. Reads the
/// same rows as the checks one by one would, only together.
async fn prefetch(
    app: &App,
    tenant: &TenantRecord,
    checks: &[AuthzCheck],
    memo: &mut Memo,
) -> Result<()> {
    let user_ids: Vec<String> = checks
        .iter()
        .map(|c| &c.subject)
        .filter(|s| !s.starts_with("cli_"))
        .collect::<HashSet<_>>()
        .into_iter()
        .cloned()
        .collect();
    let org_keys: HashSet<&String> = checks
        .iter()
        .filter_map(|c| c.organization.as_ref())
        .collect();
    let (org_ids, org_slugs): (Vec<String>, Vec<String>) = org_keys
        .iter()
        .map(|k| (*k).clone())
        .partition(|k| k.starts_with("org_"));
    let org_slugs: Vec<String> = org_slugs
        .into_iter()
        .filter(|k| validate::is_valid_slug(k))
        .collect();
    if !user_ids.is_empty() {
        let found = app.db.users_by_ids(&tenant.id, &user_ids).await?;
        let mut by_id: HashMap<String, UserRecord> =
            found.into_iter().map(|u| (u.id.clone(), u)).collect();
        for id in user_ids {
            let user = by_id.remove(&id);
            memo.users.insert(id, user);
        }
    }
    if !org_keys.is_empty() {
        let found = if org_ids.is_empty() && org_slugs.is_empty() {
            Vec::new()
        } else {
            app.db
                .organizations_by_keys(&tenant.id, &org_ids, &org_slugs)
                .await?
        };
        for key in org_keys {
            let organization = found
                .iter()
                .find(|o| {
                    if key.starts_with("org_") {
                        o.id == *key
                    } else {
                        o.slug == *key
                    }
                })
                .cloned();
            memo.organizations.insert(key.clone(), organization);
        }
    }
    // The (organization, user) pairs of the checks whose user and organization exist.
    let pairs: HashSet<(String, String)> = checks
        .iter()
        .filter_map(|c| {
            let organization = memo.organizations.get(c.organization.as_ref()?)?.as_ref()?;
            memo.users.get(&c.subject)?.as_ref()?;
            Some((organization.id.clone(), c.subject.clone()))
        })
        .collect();
    if !pairs.is_empty() {
        let org_ids: Vec<String> = pairs
            .iter()
            .map(|(o, _)| o.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let user_ids: Vec<String> = pairs
            .iter()
            .map(|(_, u)| u.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let found = app
            .db
            .memberships_among(&tenant.id, &org_ids, &user_ids)
            .await?;
        let mut roles: HashMap<(String, String), String> = found
            .into_iter()
            .map(|m| ((m.organization_id, m.user_id), m.role))
            .collect();
        for pair in pairs {
            let role = roles.remove(&pair);
            memo.memberships.insert(pair, role);
        }
    }
    Ok(())
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
        resource_grant: None,
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

/// Who a check is about: a user, or a service account (a client owned by an organization).
enum Subject {
    User(String),
    ServiceAccount {
        id: String,
        organization_id: String,
        role: String,
    },
}

/// Finds the subject, or the decision that it cannot act.
async fn subject_of(
    app: &App,
    tenant: &TenantRecord,
    check: &AuthzCheck,
    memo: &Memo,
) -> Result<std::result::Result<Subject, AuthzDecision>> {
    if check.subject.starts_with("cli_") {
        return Ok(
            match app.db.service_account(&tenant.id, &check.subject).await? {
                Some(account) => Ok(Subject::ServiceAccount {
                    id: account.client_id,
                    organization_id: account.organization_id,
                    role: account.role,
                }),
                None => Err(decision(
                    check,
                    false,
                    AuthzReason::SubjectNotFound,
                    format!(
                        "denied: {:?} is not a service account of this tenant (only clients owned by an organization have roles)",
                        check.subject
                    ),
                )),
            },
        );
    }
    let user = match memo.users.get(&check.subject) {
        Some(user) => user.clone(),
        None => app.db.user_by_id(&tenant.id, &check.subject).await?,
    };
    let Some(user) = user else {
        return Ok(Err(decision(
            check,
            false,
            AuthzReason::SubjectNotFound,
            format!("denied: {:?} is not a user of this tenant", check.subject),
        )));
    };
    if user.disabled {
        return Ok(Err(decision(
            check,
            false,
            AuthzReason::SubjectDisabled,
            format!("denied: the account of {} is disabled", user.id),
        )));
    }
    Ok(Ok(Subject::User(user.id)))
}

/// The role `key` in `organization`, memoised for the batch.
async fn role_in(
    app: &App,
    tenant: &TenantRecord,
    organization: &OrganizationRecord,
    key: &str,
    memo: &mut Memo,
) -> Result<Option<ResolvedRole>> {
    let memo_key = (organization.id.clone(), key.to_owned());
    if !memo.roles.contains_key(&memo_key) {
        let resolved = roles::resolve(app, &tenant.id, &organization.id, key).await?;
        memo.roles.insert(memo_key.clone(), resolved);
    }
    Ok(memo.roles.get(&memo_key).cloned().flatten())
}

async fn decide(
    app: &App,
    tenant: &TenantRecord,
    check: &AuthzCheck,
    memo: &mut Memo,
) -> Result<AuthzDecision> {
    let subject = match subject_of(app, tenant, check, memo).await? {
        Ok(subject) => subject,
        Err(denied) => return Ok(denied),
    };
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
    let (subject_id, role_key) = match subject {
        Subject::User(user_id) => {
            let pair = (organization.id.clone(), user_id.clone());
            let role = match memo.memberships.get(&pair) {
                Some(role) => role.clone(),
                None => app
                    .db
                    .membership(&tenant.id, &organization.id, &user_id)
                    .await?
                    .map(|m| m.role),
            };
            match role {
                Some(role) => (user_id, role),
                None => {
                    return Ok(base(
                        false,
                        AuthzReason::NotAMember,
                        format!(
                            "denied: {user_id} is not a member of the organization {}",
                            organization.slug
                        ),
                    ));
                }
            }
        }
        Subject::ServiceAccount {
            id,
            organization_id,
            role,
        } => {
            if organization_id != organization.id {
                return Ok(base(
                    false,
                    AuthzReason::NotAMember,
                    format!(
                        "denied: the service account {id} belongs to another organization than {}",
                        organization.slug
                    ),
                ));
            }
            (id, role)
        }
    };
    let Some(role) = role_in(app, tenant, &organization, &role_key, memo).await? else {
        return Ok(AuthzDecision {
            role: Some(role_key.clone()),
            ..base(
                false,
                AuthzReason::RoleNotFound,
                format!(
                    "denied: {subject_id}'s role {role_key:?} no longer exists, so it grants nothing"
                ),
            )
        });
    };
    let on = check
        .resource
        .as_deref()
        .map(|r| format!(" on {r}"))
        .unwrap_or_default();
    if let Some(pattern) = permissions::first_match(&role.permissions, &check.permission) {
        return Ok(AuthzDecision {
            role: Some(role.key.clone()),
            matched_permission: Some(pattern.to_owned()),
            ..base(
                true,
                AuthzReason::RoleGrantsPermission,
                format!(
                    "allowed: {subject_id} is {} of {}, and the role grants {pattern:?}, which covers {}{on}",
                    role.key, organization.slug, check.permission
                ),
            )
        });
    }
    let denied_by_role = format!(
        "{subject_id} is {} of {}, and that role grants {}, none of which covers {}",
        role.key,
        organization.slug,
        summarise(&role.permissions),
        check.permission
    );
    // A role held on this very resource may grant what the organization-wide role does not.
    let grant = match &check.resource {
        Some(resource) => {
            app.db
                .resource_grant_of(&tenant.id, &organization.id, &subject_id, resource)
                .await?
        }
        None => None,
    };
    if let Some(grant) = grant {
        let granted = role_in(app, tenant, &organization, &grant.role, memo).await?;
        let permissions = granted.map(|r| r.permissions).unwrap_or_default();
        if let Some(pattern) = permissions::first_match(&permissions, &check.permission) {
            return Ok(AuthzDecision {
                role: Some(grant.role.clone()),
                matched_permission: Some(pattern.to_owned()),
                resource_grant: Some(grant.id.clone()),
                ..base(
                    true,
                    AuthzReason::ResourceGrantGrantsPermission,
                    format!(
                        "allowed: {denied_by_role}, but {subject_id} holds the role {} on {} (grant {}), which grants {pattern:?}, covering {}",
                        grant.role, grant.resource, grant.id, check.permission
                    ),
                )
            });
        }
        return Ok(AuthzDecision {
            role: Some(role.key.clone()),
            ..base(
                false,
                AuthzReason::RoleLacksPermission,
                format!(
                    "denied: {denied_by_role}; the role {} held on {} grants {}, none of which covers it either",
                    grant.role,
                    grant.resource,
                    summarise(&permissions)
                ),
            )
        });
    }
    Ok(AuthzDecision {
        role: Some(role.key.clone()),
        ..base(
            false,
            AuthzReason::RoleLacksPermission,
            format!("denied: {denied_by_role}{on}"),
        )
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
    prefetch(app, &tenant, &input.checks, &mut memo).await?;
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
