//! A tenant's published keys, parsed once into the `tessera-core` key set that verifies its
//! own tokens.

use std::sync::Arc;

use tessera_store::TenantRecord;

use crate::services::{App, Result, keys};

pub struct VerificationKeys {
    pub jwks: tessera_core::JwkSet,
    /// When the first of these keys stops being published (retired keys are published for a
    /// while after rotation); from then on the set is loaded again.
    valid_until: Option<i64>,
}

/// The keys published at the app clock's now.
pub async fn published(app: &App, tenant: &TenantRecord) -> Result<Arc<VerificationKeys>> {
    let cache = &app.cache.verification_keys;
    let now = app.clock.unix();
    if let Some(keys) = cache.get(&tenant.id)
        && keys.valid_until.is_none_or(|until| now < until)
    {
        return Ok(keys);
    }
    let loaded_at = cache.generation();
    let (jwks, valid_until) = keys::load_verification_keys(app, tenant, now).await?;
    let keys = Arc::new(VerificationKeys { jwks, valid_until });
    cache.insert(loaded_at, tenant.id.clone(), keys.clone());
    Ok(keys)
}
