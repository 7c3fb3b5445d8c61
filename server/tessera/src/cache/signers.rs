//! Unsealed signing keys: opening a sealed key (AES-256-GCM) and parsing its PKCS#8 costs
//! more than the signature it is used for.

use std::sync::Arc;

use tessera_crypto::signing::Signer;
use tessera_store::TenantRecord;
use tessera_wire::SigningAlg;

use crate::services::{App, Result, keys};

/// A signer for the tenant's active key of `alg`.
pub async fn active(app: &App, tenant: &TenantRecord, alg: SigningAlg) -> Result<Arc<Signer>> {
    let cache = &app.cache.signers;
    let key = (tenant.id.clone(), alg);
    if let Some(signer) = cache.get(&key) {
        return Ok(signer);
    }
    let loaded_at = cache.generation();
    let signer = Arc::new(keys::unseal_active(app, tenant, alg).await?);
    cache.insert(loaded_at, key, signer.clone());
    Ok(signer)
}
