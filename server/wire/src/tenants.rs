use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::SigningAlg;

/// Who may create an account with `POST /t/{tenant}/auth/signup`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignupMode {
    /// Anyone with an email address they can prove is theirs.
    Open,
    /// Nobody: users are created by administrators (the default).
    #[default]
    InviteOnly,
    /// Addresses of the domains in `signup_allowed_domains` (and their subdomains).
    DomainAllowlist,
}

impl SignupMode {
    pub const fn as_str(self) -> &'static str {
        match self {
            SignupMode::Open => "open",
            SignupMode::InviteOnly => "invite_only",
            SignupMode::DomainAllowlist => "domain_allowlist",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            SignupMode::Open,
            SignupMode::InviteOnly,
            SignupMode::DomainAllowlist,
        ]
        .into_iter()
        .find(|m| m.as_str() == value)
    }
}

/// A tenant: an isolated application environment with its own issuer, keys and users
/// (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Tenant {
    /// Server-assigned identifier (`ten_…`).
    pub id: String,
    /// URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// The tenant's OpenID issuer: `{public_url}/t/{slug}`.
    pub issuer: String,
    /// Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
    pub signing_alg: SigningAlg,
    /// Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
    pub allowed_origins: Vec<String>,
    /// Who may sign up by themselves.
    pub signup_mode: SignupMode,
    /// Email domains that may sign up when `signup_mode` is `domain_allowlist`.
    pub signup_allowed_domains: Vec<String>,
    /// Whether signups from disposable-address services (a shipped list) are refused.
    pub block_disposable_emails: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Body of `POST /v1/tenants`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateTenant {
    /// Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
    #[schema(example = "acme")]
    pub slug: String,
    /// Display name, 1-200 characters.
    #[schema(example = "Acme")]
    pub name: String,
    /// Primary signing algorithm; ES256 when omitted.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_alg: Option<SigningAlg>,
    /// Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
}

/// Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateTenant {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Changing it creates a key for the new algorithm and retires the old primary key
    /// with the usual overlap window.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_alg: Option<SigningAlg>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup_mode: Option<SignupMode>,
    /// Lowercase domains such as `example.com`, at most 100; subdomains are included.
    /// Required (non-empty) for `domain_allowlist`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup_allowed_domains: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_disposable_emails: Option<bool>,
}

/// One page of tenants, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TenantList {
    pub data: Vec<Tenant>,
    /// Pass as `cursor` to fetch the next page; absent on the last page.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
