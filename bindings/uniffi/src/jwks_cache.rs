//! The core's JWK Set cache with the fetch left to the host language: Kotlin or Swift
//! implements [`JwksFetcher`] (a foreign trait) with its own HTTP client, and the core
//! decides when to call it (TTL, refetch on an unknown `kid` with a cooldown,
//! stale-while-error). The cache itself does no I/O, as in every binding.

use std::sync::Arc;

use crate::TesseraError;
use crate::jwk::JwkSet;
use crate::jwt::{JwtVerifier, VerifiedJwt};
use crate::options::now_or_clock;

/// Cache timing in seconds; absent values take the core's defaults (TTL 600, cooldown 30,
/// stale limit 86 400).
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct JwksCacheOptions {
    #[uniffi(default = None)]
    pub ttl_secs: Option<u32>,
    /// Minimum time between fetches caused by an unknown `kid` or after a failure.
    #[uniffi(default = None)]
    pub refetch_cooldown_secs: Option<u32>,
    /// How long past the TTL stale keys are served while fetching fails.
    #[uniffi(default = None)]
    pub max_stale_secs: Option<u32>,
}

/// A fetched JWK Set document and, if its source said so (HTTP `Cache-Control: max-age`),
/// how many seconds it stays fresh.
#[derive(Debug, Clone, uniffi::Record)]
pub struct JwksDocument {
    pub body: String,
    #[uniffi(default = None)]
    pub max_age_secs: Option<u32>,
}

/// Why a fetch failed. A fetcher throws `Failed` with a reason for logs; the cache reports
/// it as `JwksFetchFailed` (or serves stale keys within the limit).
#[derive(Debug, Clone, thiserror::Error, uniffi::Error)]
pub enum JwksFetchError {
    #[error("{reason}")]
    Failed { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for JwksFetchError {
    // Any other exception a foreign fetcher throws arrives here.
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        JwksFetchError::Failed { reason: e.reason }
    }
}

/// Fetches the issuer's JWK Set; implemented in Kotlin or Swift. Called on the verifying
/// thread, without the cache's lock held.
#[uniffi::export(with_foreign)]
pub trait JwksFetcher: Send + Sync {
    fn fetch(&self) -> Result<JwksDocument, JwksFetchError>;
}

/// Adapts a foreign fetcher to the core's trait.
struct ForeignFetcher(Arc<dyn JwksFetcher>);

impl tessera_core::JwksFetcher for ForeignFetcher {
    fn fetch(&self) -> Result<String, String> {
        self.fetch_document().map(|doc| doc.body)
    }

    fn fetch_document(&self) -> Result<tessera_core::JwksDocument, String> {
        match self.0.fetch() {
            Ok(doc) => Ok(tessera_core::JwksDocument {
                body: doc.body,
                max_age_secs: doc.max_age_secs,
            }),
            Err(JwksFetchError::Failed { reason }) => Err(reason),
        }
    }
}

/// One issuer's JWK Set cache. Create once, share across threads.
#[derive(Debug, uniffi::Object)]
pub struct JwksCache(tessera_core::JwksCache);

#[uniffi::export]
impl JwksCache {
    /// Fails with `InvalidConfiguration` for a zero TTL.
    #[uniffi::constructor]
    pub fn new(options: JwksCacheOptions) -> Result<Arc<Self>, TesseraError> {
        let defaults = tessera_core::JwksCacheOptions::default();
        let options = tessera_core::JwksCacheOptions {
            ttl_secs: options.ttl_secs.unwrap_or(defaults.ttl_secs),
            refetch_cooldown_secs: options
                .refetch_cooldown_secs
                .unwrap_or(defaults.refetch_cooldown_secs),
            max_stale_secs: options.max_stale_secs.unwrap_or(defaults.max_stale_secs),
        };
        Ok(Arc::new(JwksCache(tessera_core::JwksCache::new(options)?)))
    }

    /// Seeds or replaces the keys as if fetched at `now` (e.g. from configuration).
    pub fn insert(&self, keys: Arc<JwkSet>, now: Option<i64>) {
        self.0.insert(keys.0.as_ref().clone(), now_or_clock(now));
    }

    /// The keys held now, fresh or not; none before the first fetch.
    pub fn current(&self) -> Option<Arc<JwkSet>> {
        self.0.current().map(|keys| Arc::new(JwkSet(keys)))
    }

    /// The keys for a token with this `kid` at `now`, calling `fetcher` when the cache
    /// decides to (missing, expired, or unknown `kid` outside the cooldown).
    pub fn keys_for(
        &self,
        kid: Option<String>,
        fetcher: Arc<dyn JwksFetcher>,
        now: Option<i64>,
    ) -> Result<Arc<JwkSet>, TesseraError> {
        let keys = self
            .0
            .keys_for(kid.as_deref(), now_or_clock(now), &ForeignFetcher(fetcher))?;
        Ok(Arc::new(JwkSet(keys)))
    }
}

#[uniffi::export]
impl JwtVerifier {
    /// Verifies with keys from `cache`, which calls `fetcher` when its copy is missing,
    /// expired, or lacks the token's `kid` (subject to the refetch cooldown).
    pub fn verify_with_cache(
        &self,
        token: String,
        cache: Arc<JwksCache>,
        fetcher: Arc<dyn JwksFetcher>,
        now: Option<i64>,
    ) -> Result<VerifiedJwt, TesseraError> {
        Ok(self
            .0
            .verify_with_cache(
                &token,
                &cache.0,
                &ForeignFetcher(fetcher),
                now_or_clock(now),
            )?
            .into())
    }
}
