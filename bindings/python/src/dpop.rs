//! DPoP proofs (RFC 9449): verification with the core's in-memory `jti` replay cache,
//! `ath`, `htu` normalisation and the `cnf.jkt` binding.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use tessera_core::{Claims, DpopOptions, DpopRequest};

use crate::errors::CoreResult;
use crate::json::{dict_from_py, object_to_py};
use crate::jwt::algorithm_list;
use crate::now_or_clock;

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<DpopVerifier>()?;
    m.add_class::<DpopProof>()?;
    m.add_function(wrap_pyfunction!(access_token_hash, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_htu, m)?)?;
    m.add_function(wrap_pyfunction!(check_jkt_binding, m)?)?;
    Ok(())
}

/// A verified DPoP proof.
#[pyclass(frozen, get_all, module = "tessera_core._native")]
pub struct DpopProof {
    header: Py<PyDict>,
    /// The proof's public key, as JSON text.
    jwk: String,
    claims: Py<PyDict>,
    jti: String,
    htm: String,
    htu: String,
    iat: i64,
    /// RFC 7638 thumbprint of the proof's key: the `jkt` a bound token carries.
    thumbprint: String,
}

impl DpopProof {
    fn new(py: Python<'_>, proof: tessera_core::DpopProof) -> PyResult<Self> {
        Ok(DpopProof {
            header: object_to_py(py, proof.header.raw())?.unbind(),
            jwk: proof.jwk.to_json(),
            claims: object_to_py(py, proof.claims.as_map())?.unbind(),
            thumbprint: proof.thumbprint().to_owned(),
            jti: proof.jti,
            htm: proof.htm,
            htu: proof.htu,
            iat: proof.iat,
        })
    }
}

fn request(
    method: String,
    url: String,
    access_token: Option<String>,
    nonce: Option<String>,
) -> DpopRequest {
    let mut request = DpopRequest::new(method, url);
    request.access_token = access_token;
    request.nonce = nonce;
    request
}

/// Verifies DPoP proofs and remembers their `jti`s; share one per resource server.
#[pyclass(frozen, module = "tessera_core._native")]
pub struct DpopVerifier {
    inner: tessera_core::DpopVerifier,
}

#[pymethods]
impl DpopVerifier {
    #[new]
    #[pyo3(signature = (
        *, algorithms=None, max_age_secs=None, leeway_secs=None, replay_cache_capacity=None,
        max_proof_bytes=None
    ))]
    fn new(
        py: Python<'_>,
        algorithms: Option<Vec<String>>,
        max_age_secs: Option<u32>,
        leeway_secs: Option<u32>,
        replay_cache_capacity: Option<usize>,
        max_proof_bytes: Option<usize>,
    ) -> PyResult<Self> {
        let mut options = DpopOptions::default();
        if let Some(names) = algorithms {
            options.algorithms = algorithm_list(py, &names)?;
        }
        if let Some(v) = max_age_secs {
            options.max_age_secs = v;
        }
        if let Some(v) = leeway_secs {
            options.leeway_secs = v;
        }
        if let Some(v) = replay_cache_capacity {
            options.replay_cache_capacity = v;
        }
        if let Some(v) = max_proof_bytes {
            options.max_proof_bytes = v;
        }
        Ok(DpopVerifier {
            inner: tessera_core::DpopVerifier::new(options).py(py)?,
        })
    }

    /// Verifies a proof for the request `method url` at `now` and records its `jti`.
    #[pyo3(signature = (proof, method, url, *, access_token=None, nonce=None, now=None))]
    #[allow(clippy::too_many_arguments)]
    fn verify(
        &self,
        py: Python<'_>,
        proof: &str,
        method: String,
        url: String,
        access_token: Option<String>,
        nonce: Option<String>,
        now: Option<i64>,
    ) -> PyResult<DpopProof> {
        let request = request(method, url, access_token, nonce);
        let now = now_or_clock(now);
        let verified = py
            .detach(|| self.inner.verify(proof, &request, now))
            .py(py)?;
        DpopProof::new(py, verified)
    }

    /// Verifies a proof sent with a DPoP-bound access token whose verified claims are
    /// `token_claims`: also checks `ath` against `access_token` and the token's `cnf.jkt`.
    #[pyo3(signature = (proof, method, url, *, access_token, token_claims, nonce=None, now=None))]
    #[allow(clippy::too_many_arguments)]
    fn verify_for_token(
        &self,
        py: Python<'_>,
        proof: &str,
        method: String,
        url: String,
        access_token: String,
        token_claims: &Bound<'_, PyDict>,
        nonce: Option<String>,
        now: Option<i64>,
    ) -> PyResult<DpopProof> {
        let claims = Claims::from_map(dict_from_py(token_claims)?);
        let request = request(method, url, Some(access_token), nonce);
        let now = now_or_clock(now);
        let verified = py
            .detach(|| self.inner.verify_for_token(proof, &request, &claims, now))
            .py(py)?;
        DpopProof::new(py, verified)
    }
}

/// `ath`: base64url(SHA-256(access token)) (RFC 9449 §4.2).
#[pyfunction]
fn access_token_hash(access_token: &str) -> String {
    tessera_core::access_token_hash(access_token)
}

/// The form of a URL that `htu` comparison uses (RFC 9449 §4.3).
#[pyfunction]
fn normalize_htu(py: Python<'_>, url: &str) -> PyResult<String> {
    tessera_core::normalize_htu(url).py(py)
}

/// Checks that verified token claims carry `cnf.jkt` equal to `thumbprint`.
#[pyfunction]
fn check_jkt_binding(
    py: Python<'_>,
    token_claims: &Bound<'_, PyDict>,
    thumbprint: &str,
) -> PyResult<()> {
    let claims = Claims::from_map(dict_from_py(token_claims)?);
    tessera_core::check_jkt_binding(&claims, thumbprint).py(py)
}
