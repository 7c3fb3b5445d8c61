//! The ids of a tenant's revoked, unexpired access tokens, so that introspection answers
//! from memory. Revocations are rare and live only as long as the token would have, so the
//! set is small; a tenant with more than [`MAX_IDS`] is asked about token by token.

use std::collections::HashSet;
use std::sync::Arc;

use crate::services::{App, Result};

/// Tenants whose sets are held at once.
pub const MAX_TENANTS: usize = 1_000;
/// Ids held per tenant (about 40 bytes each).
const MAX_IDS: usize = 1_000;
/// Revoked ids are kept this long past their token's `exp`, to cover any verifier leeway
/// (tessera-core accepts at most 300 s).
const EXPIRY_MARGIN_SECS: i64 = 300;

pub enum RevokedIds {
    All(HashSet<String>),
    TooMany,
}

/// Whether the tenant's access token `jti` was revoked.
pub async fn is_revoked(app: &App, tenant_id: &str, jti: &str) -> Result<bool> {
    let cache = &app.cache.revocations;
    let ids = match cache.get(tenant_id) {
        Some(ids) => ids,
        None => {
            let loaded_at = cache.generation();
            let limit = i64::try_from(MAX_IDS + 1).unwrap_or(i64::MAX);
            let loaded = app
                .db
                .unexpired_revoked_token_ids(
                    tenant_id,
                    app.clock.unix() - EXPIRY_MARGIN_SECS,
                    limit,
                )
                .await?;
            let ids = Arc::new(if loaded.len() > MAX_IDS {
                RevokedIds::TooMany
            } else {
                RevokedIds::All(loaded.into_iter().collect())
            });
            cache.insert(loaded_at, tenant_id.to_owned(), ids.clone());
            ids
        }
    };
    match &*ids {
        RevokedIds::All(ids) => Ok(ids.contains(jti)),
        RevokedIds::TooMany => Ok(app.db.is_token_id_revoked(tenant_id, jti).await?),
    }
}
