//! Organizations (the B2B model): organizations, memberships, invitations, and the
//! signed-in user's own organizations.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

/// Rules an organization sets for sessions switched into it; checked at the switch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganizationPolicies {
    /// The sign-in methods a session must have been opened with: `password`, `magic_link`,
    /// `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
    /// method is the second factor's). Absent: any method.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_sign_in_methods: Option<Vec<String>>,
    /// The session must have been completed with a second factor (TOTP or a recovery code).
    #[serde(default)]
    pub mfa_required: bool,
    /// The session must have been opened at most this many seconds ago (60 to 31,536,000).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_session_age_secs: Option<u32>,
}

/// An organization of a tenant: a customer company, a team, a workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Organization {
    /// Server-assigned identifier (`org_…`).
    pub id: String,
    /// Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
    /// or the slug.
    pub slug: String,
    pub name: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Free-form JSON object for the application's own data (at most 16 KiB).
    pub metadata: serde_json::Map<String, serde_json::Value>,
    pub policies: OrganizationPolicies,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Body of `POST /v1/tenants/{tenant}/organizations`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganization {
    #[schema(example = "acme-corp")]
    pub slug: String,
    #[schema(example = "Acme Corp")]
    pub name: String,
    /// An https URL of at most 2048 characters.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<OrganizationPolicies>,
}

/// Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
/// present change; the slug cannot.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganization {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An empty string removes the logo.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Replaces the whole metadata object.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Replaces every policy.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<OrganizationPolicies>,
}

/// One page of organizations, in creation order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrganizationList {
    pub data: Vec<Organization>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Search and pagination of `GET /v1/tenants/{tenant}/organizations`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrganizationSearchParams {
    /// Case-insensitive substring of the slug or name.
    pub q: Option<String>,
    /// Items per page, 1-100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A user's membership of an organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Membership {
    pub organization_id: String,
    pub user_id: String,
    /// The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
    pub role: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddMember {
    /// The user's id (`usr_…`), of the same tenant.
    pub user_id: String,
    /// A role key; `member` when absent.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMember {
    pub role: String,
}

/// One page of members, ordered by user id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MembershipList {
    pub data: Vec<Membership>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// An organization the signed-in user belongs to, with their role in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MyOrganization {
    pub id: String,
    pub slug: String,
    pub name: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    pub role: String,
    /// Whether the session making the request is switched into this organization.
    pub current: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub joined_at: OffsetDateTime,
}

/// One page of the signed-in user's organizations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MyOrganizationList {
    pub data: Vec<MyOrganization>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// An invitation to join an organization, sent by email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Invitation {
    /// Server-assigned identifier (`inv_…`).
    pub id: String,
    pub organization_id: String,
    pub email: String,
    /// The role the invitee gets on accepting.
    pub role: String,
    pub state: InvitationState,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the latest email went out (a resend moves it).
    #[serde(with = "time::serde::rfc3339")]
    pub sent_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub accepted_at: Option<OffsetDateTime>,
    /// The user who accepted.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_by: Option<String>,
}

/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateInvitation {
    #[schema(example = "sam@example.com")]
    pub email: String,
    /// A role key; `member` when absent.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_secs: Option<u32>,
}

/// One page of invitations, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InvitationList {
    pub data: Vec<Invitation>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Body of `POST /t/{tenant}/invitations/accept`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitation {
    /// The `tin_…` token from the invitation email's link.
    pub token: String,
    /// For an invitee without an account: the password of the account created on accepting.
    /// An invitee who has an account signs in and sends their access token instead.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The new account's display name.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What accepting an invitation did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InvitationAccepted {
    pub organization_id: String,
    pub organization_slug: String,
    pub user_id: String,
    pub role: String,
    /// Whether a new account was created for the invitee.
    pub user_created: bool,
    /// Session tokens for a newly created account, switched into the organization.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<crate::SessionTokens>,
}

/// A domain an organization claims, proven by a DNS TXT record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrganizationDomain {
    /// Server-assigned identifier (`dom_…`).
    pub id: String,
    pub organization_id: String,
    #[schema(example = "globex.com")]
    pub domain: String,
    /// Publish a TXT record with this name…
    #[schema(example = "_tessera-verification.globex.com")]
    pub txt_name: String,
    /// …and this value, then call `verify`.
    pub txt_value: String,
    pub verified: bool,
    /// Users with a verified email at this domain join the organization (as `member`) when
    /// they sign in, once the domain is verified.
    pub auto_join: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verified_at: Option<OffsetDateTime>,
}

/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganizationDomain {
    #[schema(example = "globex.com")]
    pub domain: String,
    #[serde(default)]
    pub auto_join: bool,
}

/// Body of `PATCH …/domains/{domain}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganizationDomain {
    pub auto_join: bool,
}

/// An organization's domains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrganizationDomainList {
    pub data: Vec<OrganizationDomain>,
}
