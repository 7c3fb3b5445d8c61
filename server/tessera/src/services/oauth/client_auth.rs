//! Client authentication at the token, introspection and revocation endpoints: HTTP Basic
//! or credentials in the form body (RFC 6749 §2.3.1), or a JWT signed with the client's key
//! (`private_key_jwt`, RFC 7523 §2.2); exactly one of them, and the one the client registered.

use base64::Engine;
use tessera_core::{Algorithm, JwtVerifier, VerifyOptions};
use tessera_crypto::{constant_time_eq, hash_secret};
use tessera_store::TenantRecord;
use tessera_wire::{ClientType, TokenEndpointAuthMethod};

use super::{OAuthError, OAuthResult};
use std::sync::Arc;

use crate::cache::clients::{self as cached_clients, CachedClient};
use crate::services::App;

/// Credentials as presented.
#[derive(Debug, Default, Clone)]
pub struct Presented {
    /// The `Authorization` header value, if any.
    pub authorization: Option<String>,
    pub form_client_id: Option<String>,
    pub form_client_secret: Option<String>,
    pub client_assertion_type: Option<String>,
    pub client_assertion: Option<String>,
}

const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// RFC 6749 §2.3.1: the Basic credentials are form-urlencoded before base64.
fn decode_basic(header: &str) -> Option<(String, String)> {
    let encoded = header
        .strip_prefix("Basic ")
        .or_else(|| header.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    let unescape = |s: &str| -> Option<String> {
        let plus = s.replace('+', " ");
        let mut bytes = Vec::with_capacity(plus.len());
        let mut iter = plus.bytes();
        while let Some(b) = iter.next() {
            if b == b'%' {
                let hi = (iter.next()? as char).to_digit(16)?;
                let lo = (iter.next()? as char).to_digit(16)?;
                bytes.push(u8::try_from(hi * 16 + lo).ok()?);
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).ok()
    };
    Some((unescape(id)?, unescape(secret)?))
}

fn invalid_client(basic: bool) -> OAuthError {
    OAuthError {
        basic_challenge: basic,
        ..OAuthError::new(
            "invalid_client",
            "client authentication failed: unknown client, wrong secret or wrong method",
        )
    }
}

/// Authenticates a confidential client, or identifies a public one (`none`, a `client_id`
/// in the form and nothing else) where `allow_public`.
pub async fn authenticate(
    app: &App,
    tenant: &TenantRecord,
    presented: &Presented,
    allow_public: bool,
) -> OAuthResult<Arc<CachedClient>> {
    let basic = presented
        .authorization
        .as_deref()
        .filter(|h| h.to_ascii_lowercase().starts_with("basic "));
    if presented.client_assertion_type.is_some() || presented.client_assertion.is_some() {
        if basic.is_some() || presented.form_client_secret.is_some() {
            return Err(OAuthError::invalid_request(
                "use one client authentication method, not a client assertion and a secret together",
            )
            .into());
        }
        return private_key_jwt(app, tenant, presented).await;
    }
    let (method, client_id, secret) = match (
        basic,
        &presented.form_client_id,
        &presented.form_client_secret,
    ) {
        (Some(_), _, Some(_)) => {
            return Err(OAuthError::invalid_request(
                "use one client authentication method, not Basic and client_secret together",
            )
            .into());
        }
        (Some(header), _, None) => {
            let (id, secret) = decode_basic(header).ok_or_else(|| invalid_client(true))?;
            (TokenEndpointAuthMethod::ClientSecretBasic, id, secret)
        }
        (None, Some(id), Some(secret)) => (
            TokenEndpointAuthMethod::ClientSecretPost,
            id.clone(),
            secret.clone(),
        ),
        (None, Some(id), None) if allow_public => {
            let Some(cached) = cached_clients::by_id(app, tenant, id).await? else {
                return Err(invalid_client(false).into());
            };
            if cached.view.client_type != ClientType::Public
                || cached.view.auth_method != TokenEndpointAuthMethod::None
            {
                return Err(invalid_client(false).into());
            }
            return Ok(cached);
        }
        (None, _, _) => {
            return Err(OAuthError {
                basic_challenge: true,
                ..OAuthError::new("invalid_client", "client authentication is required: use HTTP Basic or client_id and client_secret")
            }
            .into());
        }
    };
    let is_basic = method == TokenEndpointAuthMethod::ClientSecretBasic;
    let Some(cached) = cached_clients::by_id(app, tenant, &client_id).await? else {
        // Hash anyway, so an unknown client costs the same as a wrong secret.
        let _ = hash_secret(&secret);
        return Err(invalid_client(is_basic).into());
    };
    let client = &cached.view;
    if client.client_type != ClientType::Confidential || client.auth_method != method {
        return Err(invalid_client(is_basic).into());
    }
    // The secret is checked on every request: only its stored hashes are cached.
    let presented_hash = hash_secret(&secret);
    // Compare with every live secret, without stopping at the first match.
    let matched = cached
        .live_secret_hashes(app.clock.unix())
        .fold(false, |found, hash| {
            constant_time_eq(hash, &presented_hash) | found
        });
    if !matched {
        return Err(invalid_client(is_basic).into());
    }
    Ok(cached)
}

/// RFC 7523 §3: the assertion's `iss` and `sub` are the client, `aud` names this
/// authorization server (its issuer or token endpoint), `exp` bounds it, and its `jti` is
/// accepted once.
async fn private_key_jwt(
    app: &App,
    tenant: &TenantRecord,
    presented: &Presented,
) -> OAuthResult<Arc<CachedClient>> {
    if presented.client_assertion_type.as_deref() != Some(JWT_BEARER) {
        return Err(OAuthError::invalid_request(format!(
            "client_assertion_type must be {JWT_BEARER}"
        ))
        .into());
    }
    let Some(assertion) = presented.client_assertion.as_deref() else {
        return Err(OAuthError::invalid_request("client_assertion is missing").into());
    };
    let unverified_issuer = || {
        super::unverified_claims(assertion)?
            .get("iss")?
            .as_str()
            .map(str::to_owned)
    };
    // The client is named by `client_id` or, failing that, by the assertion's `iss`; the
    // signature check below proves it either way.
    let Some(client_id) = presented.form_client_id.clone().or_else(unverified_issuer) else {
        return Err(invalid_client(false).into());
    };
    let Some(cached) = cached_clients::by_id(app, tenant, &client_id).await? else {
        return Err(invalid_client(false).into());
    };
    if cached.view.auth_method != TokenEndpointAuthMethod::PrivateKeyJwt {
        return Err(invalid_client(false).into());
    }
    let Some(keys) = &cached.keys else {
        return Err(invalid_client(false).into());
    };
    let issuer = app.issuer(&tenant.slug);
    let mut options = VerifyOptions::new([
        Algorithm::ES256,
        Algorithm::ES384,
        Algorithm::RS256,
        Algorithm::PS256,
        Algorithm::EdDSA,
    ]);
    options.issuer = Some(client_id.clone());
    options.audiences = vec![issuer.clone(), format!("{issuer}/oauth/token")];
    options.required_claims = vec!["sub".into(), "jti".into()];
    let verifier = JwtVerifier::new(options)
        .map_err(|e| crate::services::ServiceError::Internal(e.to_string()))?;
    let now = app.clock.unix();
    let verified = verifier
        .verify_with_jwks(assertion, keys, now)
        .map_err(|_| invalid_client(false))?;
    let claims = &verified.claims;
    let (Some(subject), Some(jti), Some(exp)) = (
        claims.subject(),
        claims.jwt_id(),
        claims.get("exp").and_then(serde_json::Value::as_i64),
    ) else {
        return Err(invalid_client(false).into());
    };
    if subject != client_id || exp > now + MAX_ASSERTION_LIFETIME_SECS || jti.len() > 256 {
        return Err(invalid_client(false).into());
    }
    if !app
        .db
        .record_client_assertion(&tenant.id, &client_id, jti, exp, now)
        .await?
    {
        return Err(OAuthError::new(
            "invalid_client",
            "this client assertion was already used; sign a new one with a fresh jti",
        )
        .into());
    }
    Ok(cached)
}

/// Assertions valid for longer are refused, so the replay cache stays small.
const MAX_ASSERTION_LIFETIME_SECS: i64 = 600;

#[cfg(test)]
mod tests {
    #[test]
    fn basic_credentials_are_form_decoded() {
        use base64::Engine;
        let header = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode("cli%3A1:s+e%2Bc")
        );
        assert_eq!(
            super::decode_basic(&header),
            Some(("cli:1".into(), "s e+c".into()))
        );
        assert_eq!(super::decode_basic("Basic !!!"), None);
        assert_eq!(super::decode_basic("Bearer x"), None);
    }
}
