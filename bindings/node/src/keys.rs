//! Keys: one public JWK, a JWK Set, and the JWK Set cache.
//!
//! The cache does no I/O (the core's design): JavaScript asks [`JwksCache::plan`] whether
//! it must fetch, fetches with its own HTTP client, and reports the outcome with
//! [`JwksCache::complete_fetch`]. `index.js` wires those steps into
//! `JwtVerifier.verifyWithCache`.

use std::sync::Arc;

use napi_derive::napi;
use tessera_core::CachePlan;

use crate::options::JsJwksCacheOptions;
use crate::{Result, core, now_or_clock};

/// A validated public JWK.
#[napi]
pub struct Jwk {
    pub(crate) inner: Arc<tessera_core::Jwk>,
}

#[napi]
impl Jwk {
    /// Parses one public JWK from its JSON text.
    #[napi(factory)]
    pub fn from_json(text: String) -> Result<Jwk> {
        Ok(Jwk {
            inner: Arc::new(core(tessera_core::Jwk::from_json(&text))?),
        })
    }

    #[napi(getter)]
    pub fn kid(&self) -> Option<String> {
        self.inner.kid().map(str::to_owned)
    }

    #[napi(getter)]
    pub fn kty(&self) -> String {
        self.inner.kty().to_owned()
    }

    #[napi(getter)]
    pub fn alg(&self) -> Option<String> {
        self.inner.alg().map(str::to_owned)
    }

    #[napi(getter)]
    pub fn curve(&self) -> Option<String> {
        self.inner.curve().map(str::to_owned)
    }

    #[napi(getter)]
    pub fn rsa_bits(&self) -> Option<u32> {
        self.inner
            .rsa_bits()
            .map(|bits| u32::try_from(bits).unwrap_or(u32::MAX))
    }

    /// The RFC 7638 SHA-256 thumbprint, base64url.
    #[napi(getter)]
    pub fn thumbprint(&self) -> String {
        self.inner.thumbprint().to_owned()
    }

    /// The public key as JSON text.
    #[napi]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }
}

/// A key the set left out, and why.
#[napi(object)]
pub struct SkippedKey {
    pub index: u32,
    pub kid: Option<String>,
    pub code: String,
    pub message: String,
}

/// A JWK Set: its usable keys and the ones it skipped.
#[napi]
pub struct JwkSet {
    pub(crate) inner: Arc<tessera_core::JwkSet>,
}

#[napi]
impl JwkSet {
    /// Parses a JWK Set document; unusable keys are skipped, not fatal.
    #[napi(factory)]
    pub fn from_json(text: String) -> Result<JwkSet> {
        Ok(JwkSet {
            inner: Arc::new(core(tessera_core::JwkSet::from_json(&text))?),
        })
    }

    /// The number of usable keys.
    #[napi(getter)]
    pub fn length(&self) -> u32 {
        u32::try_from(self.inner.len()).unwrap_or(u32::MAX)
    }

    #[napi]
    pub fn keys(&self) -> Vec<Jwk> {
        self.inner
            .keys()
            .iter()
            .map(|key| Jwk {
                inner: Arc::new(key.clone()),
            })
            .collect()
    }

    #[napi]
    pub fn skipped(&self) -> Vec<SkippedKey> {
        self.inner
            .skipped()
            .iter()
            .map(|s| SkippedKey {
                index: u32::try_from(s.index).unwrap_or(u32::MAX),
                kid: s.kid.clone(),
                code: s.error.code().to_owned(),
                message: s.error.message().to_owned(),
            })
            .collect()
    }

    /// The key the core would pick for a header's `kid` and `alg`.
    #[napi]
    pub fn select(&self, kid: Option<String>, alg: String) -> Result<Jwk> {
        let alg = core(tessera_core::Algorithm::parse(&alg))?;
        let key = core(self.inner.select(kid.as_deref(), alg))?;
        Ok(Jwk {
            inner: Arc::new(key.clone()),
        })
    }
}

/// What a JWK Set fetch produced: the body text, or why it failed.
#[napi(object)]
pub struct FetchOutcome {
    pub body: Option<String>,
    pub error: Option<String>,
}

/// A cache for one issuer's JWK Set (TTL, refetch on unknown `kid` after a cooldown,
/// stale-while-error), driven step by step.
#[napi]
pub struct JwksCache {
    inner: tessera_core::JwksCache,
}

#[napi]
impl JwksCache {
    #[napi(constructor)]
    pub fn new(options: Option<JsJwksCacheOptions>) -> Result<Self> {
        let options = options
            .map(JsJwksCacheOptions::into_core)
            .unwrap_or_default();
        Ok(JwksCache {
            inner: core(tessera_core::JwksCache::new(options))?,
        })
    }

    /// Seeds or replaces the keys, as if fetched at `now`.
    #[napi]
    pub fn insert(&self, keys: &JwkSet, now: Option<i64>) {
        self.inner.insert((*keys.inner).clone(), now_or_clock(now));
    }

    /// The keys to use for a token with this `kid`, or `null` when the caller must fetch
    /// and then call `completeFetch`.
    #[napi]
    pub fn plan(&self, kid: Option<String>, now: Option<i64>) -> Result<Option<JwkSet>> {
        Ok(
            match core(self.inner.plan(kid.as_deref(), now_or_clock(now)))? {
                CachePlan::Use(keys) => Some(JwkSet { inner: keys }),
                CachePlan::Fetch => None,
            },
        )
    }

    /// Records a fetch made at `now` and returns the keys to use (the new ones, or on
    /// failure the stale ones within `maxStaleSecs`).
    #[napi]
    pub fn complete_fetch(&self, outcome: FetchOutcome, now: Option<i64>) -> Result<JwkSet> {
        let result = match (&outcome.body, &outcome.error) {
            (Some(body), None) => Ok(body.as_str()),
            (_, Some(error)) => Err(error.as_str()),
            (None, None) => Err("the fetch returned neither a body nor an error"),
        };
        let keys = core(self.inner.complete_fetch(result, now_or_clock(now)))?;
        Ok(JwkSet { inner: keys })
    }

    /// The keys held now, fresh or not.
    #[napi]
    pub fn current(&self) -> Option<JwkSet> {
        self.inner.current().map(|inner| JwkSet { inner })
    }
}
