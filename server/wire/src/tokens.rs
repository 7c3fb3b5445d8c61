use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
/// testing resource servers (as Keycloak's "generate example access token").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TestTokenRequest {
    /// The token's `sub`.
    #[schema(example = "user_123")]
    pub subject: String,
    /// The token's `aud`, such as an API identifier.
    #[schema(example = "https://api.example.com")]
    pub audience: String,
    /// Space-separated scopes for the `scope` claim.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u32>,
}

/// A signed RFC 9068 access token (`typ: at+jwt`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestToken {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until `exp`.
    pub expires_in: u32,
    /// The signing key's id, also in the JWS header.
    pub kid: String,
}
