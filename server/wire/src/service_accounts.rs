//! Service accounts owned by an organization, and roles granted on one resource.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A confidential OAuth client (`client_credentials`) owned by an organization and acting
/// with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
/// `permissions`, and `authz/check` takes its client id as the subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ServiceAccount {
    /// The client id (`cli_…`): the `sub` and `client_id` of its tokens.
    pub id: String,
    pub organization_id: String,
    pub name: String,
    /// Its role in the organization.
    pub role: String,
    /// Scopes it may request.
    pub scopes: Vec<String>,
    /// Resources (`aud` values) it may request tokens for.
    pub audiences: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A new service account and its client secret, shown once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ServiceAccountWithSecret {
    #[serde(flatten)]
    pub service_account: ServiceAccount,
    /// The client secret (`tss_…`); store it now, it cannot be shown again.
    pub client_secret: String,
}

/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateServiceAccount {
    #[schema(example = "Billing sync")]
    pub name: String,
    /// A role of the organization (built-in, tenant-wide or its own); `member` by default.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audiences: Option<Vec<String>>,
}

/// Body of `PATCH …/service-accounts/{service_account}`: its new role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateServiceAccount {
    #[schema(example = "admin")]
    pub role: String,
}

/// One page of an organization's service accounts, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ServiceAccountList {
    pub data: Vec<ServiceAccount>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// A role held on one resource of an organization by one of its members or service
/// accounts, on top of their organization-wide role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ResourceGrant {
    /// `rgr_…`
    pub id: String,
    pub organization_id: String,
    /// A member's user id (`usr_…`) or a service account's client id (`cli_…`).
    pub subject: String,
    /// The resource, as checks name it (`document:123`).
    pub resource: String,
    pub role: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateResourceGrant {
    #[schema(example = "usr_0193…")]
    pub subject: String,
    #[schema(example = "document:123")]
    pub resource: String,
    #[schema(example = "editor")]
    pub role: String,
}

/// Filters of `GET …/resource-grants`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ResourceGrantListParams {
    /// Only this subject's grants.
    pub subject: Option<String>,
    /// Only grants on this resource.
    pub resource: Option<String>,
    /// Items per page, 1-100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// One page of resource grants, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ResourceGrantList {
    pub data: Vec<ResourceGrant>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
