//! # tessera-core-python
//!
//! The pyo3 face of `tessera-core`, imported as `tessera_core._native` by the Python
//! package `tessera_core` (`bindings/python/python/tessera_core/`). It converts Python
//! values to the core's types and back and adds no verification logic: every accept or
//! reject decision is the core's, and the shared vectors in `spec/test-vectors/` hold
//! Python to the same outcomes as Rust.
//!
//! Verification runs with the GIL released (`Python::detach`), so threads of one process
//! verify in parallel. A core error is raised as the `tessera_core.errors` class of its
//! kind, each a subclass of `TesseraError` carrying `.code`.

mod dpop;
mod errors;
mod json;
mod jwt;
mod keys;

use pyo3::prelude::*;

/// `now` if the caller gave one, else the core's clock.
pub(crate) fn now_or_clock(now: Option<i64>) -> i64 {
    now.unwrap_or_else(tessera_core::clock::unix_now)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let codes: Vec<&str> = tessera_core::ErrorKind::ALL
        .iter()
        .map(|kind| kind.as_str())
        .collect();
    m.add("ERROR_CODES", codes)?;
    let client: Vec<&str> = tessera_core::ErrorKind::ALL
        .iter()
        .filter(|kind| kind.is_client_error())
        .map(|kind| kind.as_str())
        .collect();
    m.add("CLIENT_ERROR_CODES", client)?;
    let algorithms: Vec<&str> = tessera_core::Algorithm::ALL
        .iter()
        .map(|alg| alg.as_str())
        .collect();
    m.add("ALGORITHMS", algorithms)?;
    m.add("ACCESS_TOKEN_TYPE", tessera_core::ACCESS_TOKEN_TYPE)?;
    m.add_function(wrap_pyfunction!(unix_now, m)?)?;
    keys::register(m)?;
    jwt::register(m)?;
    dpop::register(m)?;
    Ok(())
}

/// The current time in Unix seconds, as the core reads it.
#[pyfunction]
fn unix_now() -> i64 {
    tessera_core::clock::unix_now()
}
