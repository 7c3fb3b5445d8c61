//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): ends the browser session
//! and the client grants made through it, then returns to a registered post-logout URI.
//!
//! With a valid `id_token_hint` the request proves which client sent the user, and logout
//! happens at once; without one the user confirms (§2: the OP should ask), so a link on
//! another site cannot sign anyone out.

use tessera_core::{Algorithm, JwtVerifier, VerifyOptions};
use tessera_store::TenantRecord;
use tessera_wire::LogoutQuery;

use super::authorize::with_query;
use crate::services::clients;
use crate::services::{App, Result, ServiceError, keys};

/// A checked logout request.
#[derive(Debug)]
pub struct LogoutRequest {
    /// Where to send the user afterwards, with `state`.
    pub redirect: Option<String>,
    /// Whether an ID token hint vouches for the request.
    pub hinted: bool,
}

fn invalid(message: &str) -> ServiceError {
    ServiceError::InvalidParameter(message.to_owned())
}

pub async fn check(app: &App, tenant: &TenantRecord, query: &LogoutQuery) -> Result<LogoutRequest> {
    let issuer = app.issuer(&tenant.slug);
    let mut hinted_client: Option<String> = None;
    if let Some(hint) = query.id_token_hint.as_deref().filter(|h| !h.is_empty()) {
        let keys = keys::verification_keys(app, tenant).await?;
        let mut options = VerifyOptions::new([Algorithm::RS256]);
        options.issuer = Some(issuer.clone());
        let verifier =
            JwtVerifier::new(options).map_err(|e| ServiceError::Internal(e.to_string()))?;
        // §2: the hint may have expired; it still shows who the user was and for which
        // client, so it is checked as of a moment it was valid.
        let at = super::unverified_claims(hint)
            .and_then(|c| c.get("exp")?.as_i64())
            .map_or(app.clock.unix(), |exp| app.clock.unix().min(exp - 1));
        let verified = verifier
            .verify_with_jwks(hint, &keys.jwks, at)
            .map_err(|_| invalid("id_token_hint is not an ID token issued by this tenant"))?;
        let audience = match verified.claims.get("aud") {
            Some(serde_json::Value::String(aud)) => aud.clone(),
            Some(serde_json::Value::Array(list)) if list.len() == 1 => {
                list[0].as_str().unwrap_or_default().to_owned()
            }
            _ => return Err(invalid("id_token_hint has no single audience")),
        };
        hinted_client = Some(audience);
    }
    let client_id = match (&hinted_client, query.client_id.as_deref()) {
        (Some(hinted), Some(given)) if hinted != given => {
            return Err(invalid(
                "client_id differs from the audience of id_token_hint",
            ));
        }
        (Some(hinted), _) => Some(hinted.clone()),
        (None, given) => given.map(str::to_owned),
    };
    let client = match &client_id {
        Some(id) => Some(match app.db.client_by_id(&tenant.id, id).await? {
            Some(record) => clients::view(record)?,
            None => return Err(invalid("client_id names no client of this tenant")),
        }),
        None => None,
    };
    let redirect = match query
        .post_logout_redirect_uri
        .as_deref()
        .filter(|u| !u.is_empty())
    {
        None => None,
        Some(uri) => {
            let Some(client) = &client else {
                return Err(invalid(
                    "post_logout_redirect_uri needs id_token_hint or client_id to say whose it is",
                ));
            };
            if !client.post_logout_redirect_uris.iter().any(|r| r == uri) {
                return Err(invalid(
                    "post_logout_redirect_uri is not registered for this client",
                ));
            }
            let mut params = Vec::new();
            if let Some(state) = query.state.as_deref() {
                params.push(("state", state));
            }
            Some(with_query(uri, &params))
        }
    };
    Ok(LogoutRequest {
        redirect,
        hinted: hinted_client.is_some(),
    })
}
