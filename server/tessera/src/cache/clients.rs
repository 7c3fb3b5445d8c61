//! OAuth clients by id, with the hashes of their live secrets, for client authentication at
//! the token, introspection and revocation endpoints.

use std::sync::Arc;

use tessera_store::{ClientSecretRecord, TenantRecord};

use crate::services::clients::{self, ClientView};
use crate::services::{App, Result};

pub struct CachedClient {
    pub view: ClientView,
    /// Unexpired when loaded; [`CachedClient::live_secret_hashes`] filters again by time.
    secrets: Vec<ClientSecretRecord>,
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
    let client = Arc::new(CachedClient { view, secrets });
    cache.insert(loaded_at, key, client.clone());
    Ok(Some(client))
}
