//! JWS and JWT verification, with the GIL released while the core works.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict};
use tessera_core::{Algorithm, JwsOptions, VerifyOptions};

use crate::errors::CoreResult;
use crate::json::object_to_py;
use crate::keys::{Jwk, JwkSet, JwksCache};
use crate::now_or_clock;

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<JwtVerifier>()?;
    m.add_class::<VerifiedJwt>()?;
    m.add_class::<VerifiedJws>()?;
    m.add_function(wrap_pyfunction!(verify_jws, m)?)?;
    m.add_function(wrap_pyfunction!(verify_jws_with_jwks, m)?)?;
    m.add_function(wrap_pyfunction!(decode_header, m)?)?;
    Ok(())
}

/// Parses an allow-list with the core's rules (`none` → `alg_none`, `HS256` →
/// `alg_confusion`, anything else unknown → `unsupported_algorithm`).
pub(crate) fn algorithm_list(py: Python<'_>, names: &[String]) -> PyResult<Vec<Algorithm>> {
    names
        .iter()
        .map(|name| Algorithm::parse(name).py(py))
        .collect()
}

/// A sequence of strings; a bare `str` is refused rather than read as its characters.
fn string_list(value: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Vec<String>> {
    match value {
        None => Ok(Vec::new()),
        Some(v) if v.is_instance_of::<pyo3::types::PyString>() => Err(PyTypeError::new_err(
            format!("{name} must be a list of str, not a str"),
        )),
        Some(v) => v.extract(),
    }
}

/// A verified JWT: its protected header and claims as dicts.
///
/// The claims dict is built with the result; the header's only when first read, since few
/// callers look at it once the signature is checked.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct VerifiedJwt {
    header_members: serde_json::Map<String, serde_json::Value>,
    header: PyOnceLock<Py<PyDict>>,
    #[pyo3(get)]
    claims: Py<PyDict>,
}

impl VerifiedJwt {
    fn new(py: Python<'_>, verified: tessera_core::VerifiedJwt) -> PyResult<Self> {
        Ok(VerifiedJwt {
            claims: object_to_py(py, verified.claims.as_map())?.unbind(),
            header_members: verified.header.into_raw(),
            header: PyOnceLock::new(),
        })
    }
}

#[pymethods]
impl VerifiedJwt {
    #[getter]
    fn header<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.header
            .get_or_try_init(py, || {
                object_to_py(py, &self.header_members).map(Bound::unbind)
            })
            .map(|dict| dict.bind(py).clone())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "VerifiedJwt(header={}, claims={})",
            self.header(py)?,
            self.claims.bind(py)
        ))
    }
}

/// A verified JWS: its protected header and raw payload bytes.
#[pyclass(frozen, get_all, module = "tessera_core._native")]
pub struct VerifiedJws {
    header: Py<PyDict>,
    payload: Py<PyBytes>,
}

impl VerifiedJws {
    fn new(py: Python<'_>, verified: &tessera_core::VerifiedJws) -> PyResult<Self> {
        Ok(VerifiedJws {
            header: object_to_py(py, verified.header.raw())?.unbind(),
            payload: PyBytes::new(py, &verified.payload).unbind(),
        })
    }
}

fn jws_options(
    py: Python<'_>,
    algorithms: Vec<String>,
    critical_headers: Option<&Bound<'_, PyAny>>,
    max_token_bytes: Option<usize>,
) -> PyResult<JwsOptions> {
    let mut options = JwsOptions::new(algorithm_list(py, &algorithms)?);
    options.critical_headers = string_list(critical_headers, "critical_headers")?;
    if let Some(limit) = max_token_bytes {
        options.max_token_bytes = limit;
    }
    Ok(options)
}

/// Verifies a compact JWS with one key (no claim checks).
#[pyfunction]
#[pyo3(signature = (token, key, algorithms, *, critical_headers=None, max_token_bytes=None))]
fn verify_jws(
    py: Python<'_>,
    token: &str,
    key: &Jwk,
    algorithms: Vec<String>,
    critical_headers: Option<&Bound<'_, PyAny>>,
    max_token_bytes: Option<usize>,
) -> PyResult<VerifiedJws> {
    let options = jws_options(py, algorithms, critical_headers, max_token_bytes)?;
    let key = &*key.inner;
    let verified = py
        .detach(|| tessera_core::verify_jws(token, key, &options))
        .py(py)?;
    VerifiedJws::new(py, &verified)
}

/// Verifies a compact JWS with the key a JWK Set selects for its header (no claim checks).
#[pyfunction]
#[pyo3(signature = (token, keys, algorithms, *, critical_headers=None, max_token_bytes=None))]
fn verify_jws_with_jwks(
    py: Python<'_>,
    token: &str,
    keys: &JwkSet,
    algorithms: Vec<String>,
    critical_headers: Option<&Bound<'_, PyAny>>,
    max_token_bytes: Option<usize>,
) -> PyResult<VerifiedJws> {
    let options = jws_options(py, algorithms, critical_headers, max_token_bytes)?;
    let keys = &*keys.inner;
    let verified = py
        .detach(|| tessera_core::verify_jws_with_jwks(token, keys, &options))
        .py(py)?;
    VerifiedJws::new(py, &verified)
}

/// The protected header of a compact JWS, decoded but NOT verified.
#[pyfunction]
fn decode_header<'py>(py: Python<'py>, token: &str) -> PyResult<Bound<'py, PyDict>> {
    let header = tessera_core::decode_header(token).py(py)?;
    object_to_py(py, header.raw())
}

/// Verifies JWTs against fixed options; create once, share between threads.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct JwtVerifier {
    inner: tessera_core::JwtVerifier,
}

#[pymethods]
impl JwtVerifier {
    #[new]
    #[pyo3(signature = (
        algorithms, *, issuer=None, audiences=None, leeway_secs=None, expected_type=None,
        require_exp=None, required_claims=None, required_scopes=None,
        required_permissions=None, critical_headers=None, max_token_bytes=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        algorithms: Vec<String>,
        issuer: Option<String>,
        audiences: Option<&Bound<'_, PyAny>>,
        leeway_secs: Option<u32>,
        expected_type: Option<String>,
        require_exp: Option<bool>,
        required_claims: Option<&Bound<'_, PyAny>>,
        required_scopes: Option<&Bound<'_, PyAny>>,
        required_permissions: Option<&Bound<'_, PyAny>>,
        critical_headers: Option<&Bound<'_, PyAny>>,
        max_token_bytes: Option<usize>,
    ) -> PyResult<Self> {
        let mut options = VerifyOptions::new(algorithm_list(py, &algorithms)?);
        options.issuer = issuer;
        options.audiences = string_list(audiences, "audiences")?;
        if let Some(v) = leeway_secs {
            options.leeway_secs = v;
        }
        options.expected_type = expected_type;
        if let Some(v) = require_exp {
            options.require_exp = v;
        }
        options.required_claims = string_list(required_claims, "required_claims")?;
        options.required_scopes = string_list(required_scopes, "required_scopes")?;
        options.required_permissions = string_list(required_permissions, "required_permissions")?;
        options.critical_headers = string_list(critical_headers, "critical_headers")?;
        if let Some(v) = max_token_bytes {
            options.max_token_bytes = v;
        }
        Ok(JwtVerifier {
            inner: tessera_core::JwtVerifier::new(options).py(py)?,
        })
    }

    /// Verifies `token` with one key at `now` (Unix seconds; default: the clock).
    #[pyo3(signature = (token, key, now=None))]
    fn verify(
        &self,
        py: Python<'_>,
        token: &str,
        key: &Jwk,
        now: Option<i64>,
    ) -> PyResult<VerifiedJwt> {
        let now = now_or_clock(now);
        let key = &*key.inner;
        let verified = py.detach(|| self.inner.verify(token, key, now)).py(py)?;
        VerifiedJwt::new(py, verified)
    }

    /// Verifies `token` with the key `keys` selects for its `kid` and `alg`.
    #[pyo3(signature = (token, keys, now=None))]
    fn verify_with_jwks(
        &self,
        py: Python<'_>,
        token: &str,
        keys: &JwkSet,
        now: Option<i64>,
    ) -> PyResult<VerifiedJwt> {
        let now = now_or_clock(now);
        let keys = &*keys.inner;
        let verified = py
            .detach(|| self.inner.verify_with_jwks(token, keys, now))
            .py(py)?;
        VerifiedJwt::new(py, verified)
    }

    /// Verifies `token` with keys from `cache`, which calls `fetch()` (returning the JWK
    /// Set document as `str`) when its copy is missing, expired, or lacks the token's
    /// `kid`. An exception from `fetch` counts as a failed fetch (`jwks_fetch_failed`,
    /// unless stale keys may still be served).
    #[pyo3(signature = (token, cache, fetch, now=None))]
    fn verify_with_cache(
        &self,
        py: Python<'_>,
        token: &str,
        cache: &JwksCache,
        fetch: Py<PyAny>,
        now: Option<i64>,
    ) -> PyResult<VerifiedJwt> {
        let now = now_or_clock(now);
        let fetcher = move || -> Result<String, String> {
            Python::attach(|py| {
                fetch
                    .call0(py)
                    .and_then(|body| body.extract::<String>(py))
                    .map_err(|e| format!("the fetch callable raised {e}"))
            })
        };
        let cache = &cache.inner;
        let verified = py
            .detach(|| self.inner.verify_with_cache(token, cache, &fetcher, now))
            .py(py)?;
        VerifiedJwt::new(py, verified)
    }

    /// The token's `kid` after this verifier's checks on form and header (size,
    /// allow-list, `crit`), before any key is needed: for asynchronous cache lookups.
    fn header_kid(&self, py: Python<'_>, token: &str) -> PyResult<Option<String>> {
        Ok(self.inner.check_header(token).py(py)?.kid)
    }
}
