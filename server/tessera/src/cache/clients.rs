//! OAuth clients by id, with what authenticating them and minting their tokens needs: the
//! hashes of their live secrets, their parsed `private_key_jwt` keys, and the organization
//! and role key of a service account.

use std::sync::Arc;

use tessera_core::JwkSet;
use tessera_store::{ClientSecretRecord, ServiceAccountRecord, TenantRecord};
use tessera_wire::TokenEndpointAuthMethod;

use crate::services::clients::{self, ClientView};
use crate::services::{App, Result, ServiceError};

pub struct CachedClient {
    pub view: ClientView,
    /// Unexpired when loaded; [`CachedClient::live_secret_hashes`] filters again by time.
    secrets: Vec<ClientSecretRecord>,
    /// The registered keys of a `private_key_jwt` client (RFC 7523).
    pub keys: Option<JwkSet>,
    /// Set when the client is an organization's service account. Its organization and role
    /// are resolved live at each token, so only this row (changed by role updates and
    /// deletion, which publish `Change::Client`) is cached.
    pub service_account: Option<ServiceAccountRecord>,
}

impl CachedClient {
    /// SHA-256 hashes of the secrets that work at `now`.
    pub fn live_secret_hashes(&self, now: i64) -> impl Iterator<Item = &[u8]> {
        self.secrets
            .iter()
            .filter(move |s| s.expires_at.is_none_or(|at| at > now))
            .map(|s| s.secret_hash.as_slice())
    }
}

/// The tenant's client with this id, if there is one.
pub async fn by_id(
    app: &App,
    tenant: &TenantRecord,
    client_id: &str,
) -> Result<Option<Arc<CachedClient>>> {
    let cache = &app.cache.clients;
    let key = (tenant.id.clone(), client_id.to_owned());
    if let Some(client) = cache.get(&key) {
        return Ok(Some(client));
    }
    let loaded_at = cache.generation();
    let Some(record) = app.db.client_by_id(&tenant.id, client_id).await? else {
        return Ok(None);
    };
    let view = clients::view(record)?;
    let secrets = app
        .db
        .client_secrets(&view.record.id, app.clock.unix())
        .await?;
    let keys = match view.auth_method {
        TokenEndpointAuthMethod::PrivateKeyJwt => app
            .db
            .client_jwks(&tenant.id, client_id)
            .await?
            .map(|text| {
                JwkSet::from_json(&text)
                    .map_err(|e| ServiceError::Internal(format!("client {client_id} keys: {e}")))
            })
            .transpose()?,
        _ => None,
    };
    let service_account = app.db.service_account(&tenant.id, client_id).await?;
    let client = Arc::new(CachedClient {
        view,
        secrets,
        keys,
        service_account,
    });
    cache.insert(loaded_at, key, client.clone());
    Ok(Some(client))
}
