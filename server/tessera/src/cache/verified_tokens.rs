//! Access tokens whose signature this process has already checked, by the SHA-256 of the
//! exact token text. A resource server introspects the same bearer token on every call it
//! receives; re-running an ES256 verification each time costs more than everything else
//! introspection does together (docs/benchmarks.md).
//!
//! Only the signature and header check is remembered, and only against the key set that
//! made it: an entry is used when the tenant's current verification keys are the very set
//! ([`Arc::ptr_eq`]) that verified it, so a rotation, a retired key leaving the JWKS or a
//! tenant change (which replace that set) make every entry miss. The claim checks (`exp`,
//! `nbf`, `iat`, issuer, `typ`, required claims), revocation and the session check are
//! run again on every use by the caller.

use std::sync::Arc;

use tessera_core::Claims;

use super::verification_keys::VerificationKeys;
use crate::services::App;

/// How many tokens a process remembers (each entry holds its claims, well under 2 KiB).
pub const CAPACITY: usize = 10_000;

pub struct VerifiedToken {
    pub claims: Claims,
    keys: Arc<VerificationKeys>,
}

/// The SHA-256 of a token: a different token cannot share it (collision resistance), and
/// the cache holds no bearer token.
pub fn fingerprint(token: &str) -> [u8; 32] {
    tessera_crypto::hash_secret(token)
}

/// The claims of a token verified earlier against `keys`, if it was.
pub fn get(
    app: &App,
    tenant_id: &str,
    fingerprint: [u8; 32],
    keys: &Arc<VerificationKeys>,
) -> Option<Arc<VerifiedToken>> {
    let entry = app
        .cache
        .verified_tokens
        .get(&(tenant_id.to_owned(), fingerprint))?;
    Arc::ptr_eq(&entry.keys, keys).then_some(entry)
}

/// Remembers that the token with this fingerprint verified against `keys`.
pub fn insert(
    app: &App,
    tenant_id: &str,
    fingerprint: [u8; 32],
    keys: Arc<VerificationKeys>,
    claims: Claims,
) {
    let cache = &app.cache.verified_tokens;
    cache.insert(
        cache.generation(),
        (tenant_id.to_owned(), fingerprint),
        Arc::new(VerifiedToken { claims, keys }),
    );
}
