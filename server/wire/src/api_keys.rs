//! API keys of organizations and users.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

/// An API key (its secret is shown only once, when created or rotated).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ApiKey {
    /// Server-assigned identifier (`key_…`).
    pub id: String,
    /// The owning organization, for an organization's key.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// The owning user, for a user's key.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    pub name: String,
    /// The `resource:action` patterns the key is limited to.
    pub permissions: Vec<String>,
    /// The secret's last four characters, to tell keys apart.
    pub hint: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_at: Option<OffsetDateTime>,
    /// When introspection last saw the key.
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_used_at: Option<OffsetDateTime>,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub revoked_at: Option<OffsetDateTime>,
    /// The key that replaced this one by rotation.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotated_to: Option<String>,
    /// Whether the key works now (not revoked, not expired).
    pub active: bool,
}

/// A key with its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ApiKeyWithSecret {
    pub key: ApiKey,
    /// `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
    /// cannot be shown again.
    pub secret: String,
}

/// Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiKey {
    /// The owning organization (id or slug).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The owning user's id.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[schema(example = "CI deploys")]
    pub name: String,
    /// 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
    #[schema(example = json!(["deployments:create"]))]
    pub permissions: Vec<String>,
    /// Seconds until the key expires (60 to 63,072,000); absent: never.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_secs: Option<u32>,
}

/// Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotateApiKey {
    /// How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlap_secs: Option<u32>,
}

/// Filters and pagination of `GET /v1/tenants/{tenant}/api-keys`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ApiKeyListParams {
    /// Only this organization's keys (id or slug).
    pub organization: Option<String>,
    /// Only this user's keys.
    pub user: Option<String>,
    /// Items per page, 1-100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// One page of API keys, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ApiKeyList {
    pub data: Vec<ApiKey>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
