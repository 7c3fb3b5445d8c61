//! APIs a tenant protects ("resources"), their RFC 9728 metadata, the tenant's
//! authorization-server settings, and Dynamic Client Registration (RFC 7591, 7592).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// An API protected by the tenant, such as an MCP server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Resource {
    /// `res_…`.
    pub id: String,
    /// The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
    /// the MCP server's URL.
    pub identifier: String,
    pub name: String,
    /// Scopes clients may request for this API (e.g. one per MCP tool).
    pub scopes: Vec<String>,
    /// Where its RFC 9728 protected-resource metadata is served.
    pub metadata_url: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Body of `POST /v1/tenants/{tenant}/resources`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateResource {
    /// An absolute URI without a fragment; unique in the tenant.
    #[schema(example = "https://mcp.example.com/mcp")]
    pub identifier: String,
    pub name: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}

/// Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateResource {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ResourceList {
    pub data: Vec<Resource>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedResourceMetadata {
    pub resource: String,
    pub authorization_servers: Vec<String>,
    pub scopes_supported: Vec<String>,
    pub bearer_methods_supported: Vec<String>,
    pub resource_name: String,
}

/// A tenant's authorization-server policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OAuthSettings {
    /// Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
    /// clients do. Off by default.
    pub dynamic_client_registration: bool,
}

/// Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOAuthSettings {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_client_registration: Option<bool>,
}

/// Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
/// as §2 requires.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClientRegistrationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
    /// public client (PKCE, no secret), as MCP clients register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<String>,
    /// `authorization_code` and `refresh_token` (the default is `authorization_code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<String>>,
    /// `code` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_types: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// Space-separated scopes the client will use (informational).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
}

/// A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClientRegistrationResponse {
    pub client_id: String,
    /// Only in the registration response and only for confidential clients.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    pub client_id_issued_at: i64,
    /// 0: the secret does not expire (present with a secret).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_expires_at: Option<i64>,
    /// Bearer token for the registration management endpoint (RFC 7592), shown once.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_access_token: Option<String>,
    pub registration_client_uri: String,
    pub client_name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub token_endpoint_auth_method: String,
    pub grant_types: Vec<String>,
    pub response_types: Vec<String>,
}

/// An error of the registration endpoint (RFC 7591 §3.2.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RegistrationError {
    /// `invalid_redirect_uri`, `invalid_client_metadata`, or `access_denied` when the tenant
    /// does not allow dynamic registration.
    pub error: String,
    pub error_description: String,
}

/// How the tenant's hosted pages look. Their title is the tenant's name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Branding {
    /// An `https` URL of the logo shown above the forms.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// The accent colour of buttons and focus rings, `#rrggbb`.
    #[schema(nullable = false, example = "#3b5bdb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color: Option<String>,
    /// A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
    /// served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
    #[schema(nullable = false, example = "main { border-radius: 0; }")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_css: Option<String>,
    /// An `https` URL of the tenant's help page, linked at the foot of every page.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_url: Option<String>,
    /// Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
    /// `frame-ancestors`; empty or absent means none may (`'none'`).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_ancestors: Option<Vec<String>>,
    /// The pages' language when neither `ui_locales` nor the browser names a supported
    /// one: `en`, `de`, `fr` or `ar`.
    #[schema(nullable = false, example = "en")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_locale: Option<String>,
}

/// An application the user allowed to access their account ("connected app").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Consent {
    pub client_id: String,
    pub client_name: String,
    /// The scopes granted so far.
    pub scopes: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub granted_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConsentList {
    pub data: Vec<Consent>,
}
