use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// JWS algorithms a tenant can sign with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum SigningAlg {
    /// ECDSA P-256 with SHA-256 (RFC 7518 §3.4), the default.
    ES256,
    /// RSASSA-PKCS1-v1_5 with SHA-256, 2048-bit keys; required for ID tokens by OIDC Core §15.1.
    RS256,
    /// Ed25519 (RFC 8037).
    EdDSA,
}

impl SigningAlg {
    pub const fn as_str(self) -> &'static str {
        match self {
            SigningAlg::ES256 => "ES256",
            SigningAlg::RS256 => "RS256",
            SigningAlg::EdDSA => "EdDSA",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ES256" => Some(SigningAlg::ES256),
            "RS256" => Some(SigningAlg::RS256),
            "EdDSA" => Some(SigningAlg::EdDSA),
            _ => None,
        }
    }
}

/// Lifecycle of a signing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KeyStatus {
    /// Signs new tokens and is published in the JWKS.
    Active,
    /// No longer signs; still published until `published_until` so live tokens verify.
    Retired,
}

/// A tenant signing key's public metadata (private keys never leave the server).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SigningKey {
    /// Key id: the RFC 7638 JWK thumbprint.
    pub kid: String,
    pub alg: SigningAlg,
    pub status: KeyStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub retired_at: Option<OffsetDateTime>,
    /// When a retired key leaves the JWKS: no token it signed is still valid by then.
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub published_until: Option<OffsetDateTime>,
}

/// The tenant's published keys: active ones first, then retired ones still in the JWKS.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SigningKeyList {
    pub data: Vec<SigningKey>,
}

/// Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotateKeysRequest {
    /// Rotate only the key of this algorithm; all active keys when omitted.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<SigningAlg>,
}
