//! Keys: one public JWK, a JWK Set, and the JWK Set cache.

use std::sync::Arc;

use pyo3::prelude::*;
use tessera_core::CachePlan;

use crate::errors::CoreResult;
use crate::now_or_clock;

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Jwk>()?;
    m.add_class::<JwkSet>()?;
    m.add_class::<SkippedKey>()?;
    m.add_class::<JwksCache>()?;
    Ok(())
}

/// A validated public JWK.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct Jwk {
    pub(crate) inner: Arc<tessera_core::Jwk>,
}

#[pymethods]
impl Jwk {
    /// Parses one public JWK from its JSON text.
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<Jwk> {
        let jwk = tessera_core::Jwk::from_json(text).py(py)?;
        Ok(Jwk {
            inner: Arc::new(jwk),
        })
    }

    #[getter]
    fn kid(&self) -> Option<&str> {
        self.inner.kid()
    }

    #[getter]
    fn kty(&self) -> &'static str {
        self.inner.kty()
    }

    #[getter]
    fn alg(&self) -> Option<&str> {
        self.inner.alg()
    }

    #[getter]
    fn curve(&self) -> Option<&'static str> {
        self.inner.curve()
    }

    #[getter]
    fn rsa_bits(&self) -> Option<usize> {
        self.inner.rsa_bits()
    }

    /// The RFC 7638 SHA-256 thumbprint, base64url.
    #[getter]
    fn thumbprint(&self) -> &str {
        self.inner.thumbprint()
    }

    /// The public key as JSON text.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __repr__(&self) -> String {
        format!(
            "Jwk(kty={:?}, kid={:?}, thumbprint={:?})",
            self.inner.kty(),
            self.inner.kid(),
            self.inner.thumbprint()
        )
    }
}

/// A key a JWK Set left out, and why.
#[pyclass(frozen, get_all, module = "tessera_core._native")]
pub struct SkippedKey {
    index: usize,
    kid: Option<String>,
    code: &'static str,
    message: String,
}

/// A JWK Set: its usable keys and the ones it skipped.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct JwkSet {
    pub(crate) inner: Arc<tessera_core::JwkSet>,
}

#[pymethods]
impl JwkSet {
    /// Parses a JWK Set document; unusable keys are skipped, not fatal.
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<JwkSet> {
        let set = tessera_core::JwkSet::from_json(text).py(py)?;
        Ok(JwkSet {
            inner: Arc::new(set),
        })
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn keys(&self) -> Vec<Jwk> {
        self.inner
            .keys()
            .iter()
            .map(|key| Jwk {
                inner: Arc::new(key.clone()),
            })
            .collect()
    }

    fn skipped(&self) -> Vec<SkippedKey> {
        self.inner
            .skipped()
            .iter()
            .map(|s| SkippedKey {
                index: s.index,
                kid: s.kid.clone(),
                code: s.error.code(),
                message: s.error.message().to_owned(),
            })
            .collect()
    }

    /// The key the core picks for a header's `kid` and `alg`.
    #[pyo3(signature = (kid, alg))]
    fn select(&self, py: Python<'_>, kid: Option<&str>, alg: &str) -> PyResult<Jwk> {
        let alg = tessera_core::Algorithm::parse(alg).py(py)?;
        let key = self.inner.select(kid, alg).py(py)?;
        Ok(Jwk {
            inner: Arc::new(key.clone()),
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "JwkSet(keys={}, skipped={})",
            self.inner.len(),
            self.inner.skipped().len()
        )
    }
}

/// A cache for one issuer's JWK Set: TTL, refetch on an unknown `kid` after a cooldown,
/// stale-while-error. `JwtVerifier.verify_with_cache` drives it with a fetch callable.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct JwksCache {
    pub(crate) inner: tessera_core::JwksCache,
}

#[pymethods]
impl JwksCache {
    #[new]
    #[pyo3(signature = (*, ttl_secs=None, refetch_cooldown_secs=None, max_stale_secs=None))]
    fn new(
        py: Python<'_>,
        ttl_secs: Option<u32>,
        refetch_cooldown_secs: Option<u32>,
        max_stale_secs: Option<u32>,
    ) -> PyResult<Self> {
        let mut options = tessera_core::JwksCacheOptions::default();
        if let Some(v) = ttl_secs {
            options.ttl_secs = v;
        }
        if let Some(v) = refetch_cooldown_secs {
            options.refetch_cooldown_secs = v;
        }
        if let Some(v) = max_stale_secs {
            options.max_stale_secs = v;
        }
        Ok(JwksCache {
            inner: tessera_core::JwksCache::new(options).py(py)?,
        })
    }

    /// Seeds or replaces the keys, as if fetched at `now`.
    #[pyo3(signature = (keys, now=None))]
    fn insert(&self, keys: &JwkSet, now: Option<i64>) {
        self.inner.insert((*keys.inner).clone(), now_or_clock(now));
    }

    /// The keys to use for a token with this `kid`, or None when the caller must fetch
    /// and then call `complete_fetch` (for callers that fetch asynchronously).
    #[pyo3(signature = (kid, now=None))]
    fn plan(
        &self,
        py: Python<'_>,
        kid: Option<&str>,
        now: Option<i64>,
    ) -> PyResult<Option<JwkSet>> {
        Ok(match self.inner.plan(kid, now_or_clock(now)).py(py)? {
            CachePlan::Use(inner) => Some(JwkSet { inner }),
            CachePlan::Fetch => None,
        })
    }

    /// Records a fetch made at `now`: the body text, or `error` describing the failure.
    /// Returns the keys to use (new, or stale within `max_stale_secs`).
    #[pyo3(signature = (body=None, *, error=None, now=None))]
    fn complete_fetch(
        &self,
        py: Python<'_>,
        body: Option<&str>,
        error: Option<&str>,
        now: Option<i64>,
    ) -> PyResult<JwkSet> {
        let outcome = match (body, error) {
            (Some(body), None) => Ok(body),
            (_, Some(error)) => Err(error),
            (None, None) => Err("the fetch returned neither a body nor an error"),
        };
        let inner = self
            .inner
            .complete_fetch(outcome, now_or_clock(now))
            .py(py)?;
        Ok(JwkSet { inner })
    }

    /// The keys held now, fresh or not.
    fn current(&self) -> Option<JwkSet> {
        self.inner.current().map(|inner| JwkSet { inner })
    }
}
