//! Client authentication at the token, introspection and revocation endpoints
//! (RFC 6749 §2.3.1): HTTP Basic or credentials in the form body, exactly one of them, and
//! the one the client registered.

use base64::Engine;
use tessera_crypto::{constant_time_eq, hash_secret};
use tessera_store::TenantRecord;
use tessera_wire::{ClientType, TokenEndpointAuthMethod};

use super::{OAuthError, OAuthResult};
use crate::services::App;
use crate::services::clients::{self, ClientView};

/// Credentials as presented.
#[derive(Debug, Default, Clone)]
pub struct Presented {
    /// The `Authorization` header value, if any.
    pub authorization: Option<String>,
    pub form_client_id: Option<String>,
    pub form_client_secret: Option<String>,
}

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
) -> OAuthResult<ClientView> {
    let basic = presented
        .authorization
        .as_deref()
        .filter(|h| h.to_ascii_lowercase().starts_with("basic "));
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
            let client = match app.db.client_by_id(&tenant.id, id).await? {
                Some(record) => clients::view(record)?,
                None => return Err(invalid_client(false).into()),
            };
            if client.client_type != ClientType::Public
                || client.auth_method != TokenEndpointAuthMethod::None
            {
                return Err(invalid_client(false).into());
            }
            return Ok(client);
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
    let Some(record) = app.db.client_by_id(&tenant.id, &client_id).await? else {
        // Hash anyway, so an unknown client costs the same as a wrong secret.
        let _ = hash_secret(&secret);
        return Err(invalid_client(is_basic).into());
    };
    let client = clients::view(record)?;
    if client.client_type != ClientType::Confidential || client.auth_method != method {
        return Err(invalid_client(is_basic).into());
    }
    let presented_hash = hash_secret(&secret);
    let secrets = app
        .db
        .client_secrets(&client.record.id, app.clock.unix())
        .await?;
    // Compare with every live secret, without stopping at the first match.
    let matched = secrets.iter().fold(false, |found, s| {
        constant_time_eq(&s.secret_hash, &presented_hash) | found
    });
    if !matched {
        return Err(invalid_client(is_basic).into());
    }
    Ok(client)
}

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
