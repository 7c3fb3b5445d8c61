//! Roles, permissions and authorization checks.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
/// `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Role {
    /// Unique within its scope; lowercase letters, digits, `-` and `_`.
    pub key: String,
    pub name: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `resource:action` patterns; `resource:*` grants every action on a resource, `*`
    /// everything.
    pub permissions: Vec<String>,
    pub built_in: bool,
    /// The organization a custom role belongs to; absent for tenant-wide roles.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Absent for a built-in role whose permissions were never changed.
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<OffsetDateTime>,
}

/// Body of `POST …/roles`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRole {
    #[schema(example = "billing-admin")]
    pub key: String,
    #[schema(example = "Billing admin")]
    pub name: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[schema(example = json!(["invoices:read", "invoices:refund"]))]
    pub permissions: Vec<String>,
}

/// Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
/// permissions may be changed (except `owner`'s), not its name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRole {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

/// The roles of a scope: built-in roles first, then custom roles by key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RoleList {
    pub data: Vec<Role>,
}

/// Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthzCheck {
    /// A user id (`usr_…`) or a service account's client id (`cli_…`).
    #[schema(example = "usr_0193…")]
    pub subject: String,
    /// A concrete `resource:action` (no wildcard).
    #[schema(example = "invoices:read")]
    pub permission: String,
    /// The organization (id or slug) the subject acts in. Roles come from memberships,
    /// so without one nothing is allowed.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The resource acted on (`document:123`): the organization-wide role applies to every
    /// resource, and a role granted on this resource (resource grants) adds to it.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

/// Why a check was decided as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthzReason {
    /// The subject's role in the organization grants the permission.
    RoleGrantsPermission,
    /// The subject is a member, but their role does not grant the permission.
    RoleLacksPermission,
    /// The subject is not a member of the organization.
    NotAMember,
    /// No organization was given, and permissions come only from memberships.
    NoOrganization,
    /// The organization does not exist in this tenant.
    OrganizationNotFound,
    /// The subject is not a user of this tenant.
    SubjectNotFound,
    /// The subject's account is disabled.
    SubjectDisabled,
    /// The member's role no longer exists (it was deleted), so it grants nothing.
    RoleNotFound,
    /// The organization-wide role does not grant the permission, but a role granted on
    /// the checked resource does.
    ResourceGrantGrantsPermission,
}

/// The answer to one check, with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AuthzDecision {
    pub allowed: bool,
    pub reason: AuthzReason,
    /// The decision in a sentence a person can read.
    pub explanation: String,
    pub subject: String,
    pub permission: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The subject's role in the organization, when a member.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_permission: Option<String>,
    /// The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
    /// the role granted on the resource.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_grant: Option<String>,
}

/// Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthzCheckBatch {
    pub checks: Vec<AuthzCheck>,
}

/// The decisions, in the order of the checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AuthzDecisionList {
    pub results: Vec<AuthzDecision>,
}
