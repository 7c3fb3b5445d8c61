//! # tessera-core-node
//!
//! The N-API face of `tessera-core`, loaded by the npm package `@tessera/core`
//! (`bindings/node/index.js`). It converts JavaScript values to the core's types and the
//! core's results back, and adds no verification logic of its own: every accept or reject
//! decision is the core's, so Node accepts and rejects exactly the tokens Rust does (the
//! shared vectors in `spec/test-vectors/` hold it to that).
//!
//! Errors: a core [`tessera_core::Error`] becomes a JS `Error` whose `code` is the stable
//! error-kind code (`"token_expired"`…); `index.js` turns those into `TesseraError`.
//! Conversion failures raised by napi itself keep napi's own codes (`InvalidArg`…), which
//! are CamelCase and so can never be mistaken for a core code.
//!
//! `now` is optional everywhere: when JavaScript passes none, the core's clock is read.

// napi-derive registers exports only outside `cfg(test)`, so `clippy --all-targets` would
// call every free export dead in the (never built) unit-test target.
#![cfg_attr(test, allow(dead_code))]

mod dpop;
mod jwt;
mod keys;
mod options;

use napi_derive::napi;

/// A core error as a napi error whose status (the JS `code`) is the error kind's code.
pub(crate) fn to_js_error(error: tessera_core::Error) -> napi::Error<String> {
    napi::Error::new(error.code().to_owned(), error.message().to_owned())
}

/// Result type of every fallible export.
pub(crate) type Result<T> = napi::Result<T, String>;

pub(crate) fn core<T>(result: tessera_core::Result<T>) -> Result<T> {
    result.map_err(to_js_error)
}

pub(crate) fn now_or_clock(now: Option<i64>) -> i64 {
    now.unwrap_or_else(tessera_core::clock::unix_now)
}

/// One entry of the error catalogue.
#[napi(object)]
pub struct ErrorKindInfo {
    /// The stable snake_case code, e.g. `"token_expired"`.
    pub code: String,
    /// True when the token or proof presented is at fault (answer 401/403), false for the
    /// caller's configuration or infrastructure.
    pub client_error: bool,
}

/// Every error kind of the core, in the core's order (`ErrorKind::ALL`).
#[napi]
pub fn error_kinds() -> Vec<ErrorKindInfo> {
    tessera_core::ErrorKind::ALL
        .iter()
        .map(|kind| ErrorKindInfo {
            code: kind.as_str().to_owned(),
            client_error: kind.is_client_error(),
        })
        .collect()
}

/// Every algorithm the core implements (`Algorithm::ALL`).
#[napi]
pub fn algorithms() -> Vec<String> {
    tessera_core::Algorithm::ALL
        .iter()
        .map(|alg| alg.as_str().to_owned())
        .collect()
}

/// The current time in Unix seconds, as the core reads it.
#[napi]
pub fn unix_now() -> i64 {
    tessera_core::clock::unix_now()
}
