use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
/// Authorization Server Metadata (RFC 8414).
///
/// Only what the server implements is advertised; endpoints appear as they land.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OpenIdConfiguration {
    /// The tenant's issuer identifier, `{public_url}/t/{slug}`.
    pub issuer: String,
    /// Where the tenant's public signing keys are published.
    pub jwks_uri: String,
    /// Where users sign in and grant access (code flow with PKCE only).
    pub authorization_endpoint: String,
    /// RFC 8414 §2.
    pub token_endpoint: String,
    /// OpenID Connect Core §5.3.
    pub userinfo_endpoint: String,
    /// OpenID Connect RP-Initiated Logout 1.0.
    pub end_session_endpoint: String,
    /// RFC 7591; present only when the tenant allows dynamic registration.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_endpoint: Option<String>,
    /// RFC 7662.
    pub introspection_endpoint: String,
    /// RFC 7009.
    pub revocation_endpoint: String,
    pub scopes_supported: Vec<String>,
    pub response_types_supported: Vec<String>,
    pub response_modes_supported: Vec<String>,
    pub grant_types_supported: Vec<String>,
    pub subject_types_supported: Vec<String>,
    pub id_token_signing_alg_values_supported: Vec<String>,
    pub code_challenge_methods_supported: Vec<String>,
    pub prompt_values_supported: Vec<String>,
    pub claims_supported: Vec<String>,
    /// RFC 9207: authorization responses carry `iss`.
    pub authorization_response_iss_parameter_supported: bool,
    pub request_parameter_supported: bool,
    pub request_uri_parameter_supported: bool,
    pub token_endpoint_auth_methods_supported: Vec<String>,
    /// Algorithms `private_key_jwt` assertions may be signed with.
    pub token_endpoint_auth_signing_alg_values_supported: Vec<String>,
    pub introspection_endpoint_auth_methods_supported: Vec<String>,
    pub revocation_endpoint_auth_methods_supported: Vec<String>,
}

/// A JSON Web Key Set (RFC 7517 §5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct JwkSet {
    pub keys: Vec<Jwk>,
}

/// A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Jwk {
    /// `EC`, `RSA` or `OKP`.
    pub kty: String,
    pub kid: String,
    /// Always `sig`.
    #[serde(rename = "use")]
    pub key_use: String,
    pub alg: String,
    /// Curve: `P-256` (EC) or `Ed25519` (OKP).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crv: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    /// RSA modulus, base64url.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    /// RSA public exponent, base64url.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
}
