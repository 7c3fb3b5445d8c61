//! The OAuth 2.0 authorization server endpoints of a tenant. Errors here take the RFC 6749
//! §5.2 shape (`error`, `error_description`), not problem+json.

pub mod authorization_code;
pub mod authorize;
pub mod client_auth;
pub mod end_session;
pub mod id_token;
pub mod interaction;
pub mod rfc7009_revocation;
pub mod rfc7591_registration;
pub mod rfc7662_introspection;
pub mod token;
pub mod userinfo;

use super::ServiceError;

/// The claims a compact JWT states, before any verification: only to find which key or
/// moment to verify it with, never to trust.
pub(crate) fn unverified_claims(token: &str) -> Option<serde_json::Value> {
    use base64::Engine;
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// An OAuth error code with its description for the developer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub error: &'static str,
    pub description: String,
    /// For `invalid_client` after HTTP Basic authentication: answer 401 with a challenge.
    pub basic_challenge: bool,
}

impl OAuthError {
    pub fn new(error: &'static str, description: impl Into<String>) -> Self {
        Self {
            error,
            description: description.into(),
            basic_challenge: false,
        }
    }

    pub fn invalid_request(description: impl Into<String>) -> Self {
        Self::new("invalid_request", description)
    }

    /// HTTP status per RFC 6749 §5.2: 401 for a failed client authentication, else 400.
    pub fn status(&self) -> u16 {
        if self.error == "invalid_client" {
            401
        } else {
            400
        }
    }
}

/// Infrastructure failures keep their problem+json form (5xx); domain errors map to OAuth codes.
#[derive(Debug)]
pub enum OAuthFailure {
    OAuth(OAuthError),
    Service(ServiceError),
}

impl From<OAuthError> for OAuthFailure {
    fn from(e: OAuthError) -> Self {
        OAuthFailure::OAuth(e)
    }
}

impl From<ServiceError> for OAuthFailure {
    fn from(e: ServiceError) -> Self {
        OAuthFailure::Service(e)
    }
}

impl From<tessera_store::StoreError> for OAuthFailure {
    fn from(e: tessera_store::StoreError) -> Self {
        OAuthFailure::Service(e.into())
    }
}

pub type OAuthResult<T> = std::result::Result<T, OAuthFailure>;
