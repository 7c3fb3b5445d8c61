//! JWS and JWT verification, synchronous and on the libuv thread pool.

use std::sync::Arc;

use napi::bindgen_prelude::{AsyncTask, Buffer};
use napi::{Env, Task};
use napi_derive::napi;
use serde_json::Value;

use crate::keys::{Jwk, JwkSet};
use crate::options::{JsJwsOptions, JsVerifyOptions};
use crate::{Result, core, now_or_clock};

/// `{"header":…,"claims":…}`: one string the wrapper hands to `JSON.parse`, which builds
/// the objects faster than N-API calls setting one property at a time (about 1 µs a call
/// saved; docs/benchmarks.md).
fn verified_json(verified: &tessera_core::VerifiedJwt) -> String {
    let header = verified.header.to_json();
    let claims = verified.claims.to_json();
    let mut text = String::with_capacity(header.len() + claims.len() + 22);
    text.push_str("{\"header\":");
    text.push_str(&header);
    text.push_str(",\"claims\":");
    text.push_str(&claims);
    text.push('}');
    text
}

/// A verified JWS: its protected header and raw payload bytes.
#[napi(object)]
pub struct VerifiedJws {
    pub header: Value,
    pub payload: Buffer,
}

impl From<tessera_core::VerifiedJws> for VerifiedJws {
    fn from(verified: tessera_core::VerifiedJws) -> Self {
        VerifiedJws {
            header: Value::Object(verified.header.raw().clone()),
            payload: verified.payload.into(),
        }
    }
}

/// Verifies a compact JWS with one key (no claim checks).
#[napi]
pub fn verify_jws(token: String, key: &Jwk, options: JsJwsOptions) -> Result<VerifiedJws> {
    let options = options.into_core()?;
    core(tessera_core::verify_jws(&token, &key.inner, &options)).map(Into::into)
}

/// Verifies a compact JWS with the key a JWK Set selects for its header (no claim checks).
#[napi]
pub fn verify_jws_with_jwks(
    token: String,
    keys: &JwkSet,
    options: JsJwsOptions,
) -> Result<VerifiedJws> {
    let options = options.into_core()?;
    core(tessera_core::verify_jws_with_jwks(
        &token,
        &keys.inner,
        &options,
    ))
    .map(Into::into)
}

/// The protected header of a compact JWS, decoded but NOT verified.
#[napi]
pub fn decode_header(token: String) -> Result<Value> {
    let header = core(tessera_core::decode_header(&token))?;
    Ok(Value::Object(header.raw().clone()))
}

/// Verifies JWTs against fixed options; create once, share freely.
#[napi]
pub struct JwtVerifier {
    inner: Arc<tessera_core::JwtVerifier>,
}

#[napi]
impl JwtVerifier {
    #[napi(constructor)]
    pub fn new(options: JsVerifyOptions) -> Result<Self> {
        let options = options.into_core()?;
        Ok(JwtVerifier {
            inner: Arc::new(core(tessera_core::JwtVerifier::new(options))?),
        })
    }

    /// Verifies `token` with one key at `now` (Unix seconds; default: the clock); answers
    /// `{"header":…,"claims":…}` as JSON text, which `index.js` parses.
    #[napi]
    pub fn verify_json(&self, token: String, key: &Jwk, now: Option<i64>) -> Result<String> {
        core(self.inner.verify(&token, &key.inner, now_or_clock(now))).map(|v| verified_json(&v))
    }

    /// Verifies `token` with the key `keys` selects for its `kid` and `alg`; answers as
    /// `verifyJson`.
    #[napi]
    pub fn verify_with_jwks_json(
        &self,
        token: String,
        keys: &JwkSet,
        now: Option<i64>,
    ) -> Result<String> {
        core(
            self.inner
                .verify_with_jwks(&token, &keys.inner, now_or_clock(now)),
        )
        .map(|v| verified_json(&v))
    }

    /// As `verify`, on the libuv thread pool.
    #[napi]
    pub fn verify_async(&self, token: String, key: &Jwk, now: Option<i64>) -> AsyncTask<Verify> {
        AsyncTask::new(Verify {
            verifier: self.inner.clone(),
            keys: Keys::One(key.inner.clone()),
            token,
            now: now_or_clock(now),
        })
    }

    /// As `verifyWithJwks`, on the libuv thread pool.
    #[napi]
    pub fn verify_with_jwks_async(
        &self,
        token: String,
        keys: &JwkSet,
        now: Option<i64>,
    ) -> AsyncTask<Verify> {
        AsyncTask::new(Verify {
            verifier: self.inner.clone(),
            keys: Keys::Set(keys.inner.clone()),
            token,
            now: now_or_clock(now),
        })
    }

    /// The token's `kid`, after the checks this verifier makes on form and header (size,
    /// allow-list, `crit`) but before any key is needed: the first step of a cached
    /// verification, which must know the `kid` to consult the cache.
    #[napi]
    pub fn header_kid(&self, token: String) -> Result<Option<String>> {
        Ok(core(self.inner.check_header(&token))?.kid)
    }
}

enum Keys {
    One(Arc<tessera_core::Jwk>),
    Set(Arc<tessera_core::JwkSet>),
}

/// The outcome of an asynchronous verification. A task can only reject with napi's own
/// status codes, so a core error travels as data and `index.js` throws it as a
/// `TesseraError`, exactly like the synchronous path.
#[napi(object)]
pub struct VerifyOutcome {
    /// `{"header":…,"claims":…}` as JSON text, as the synchronous calls answer.
    pub verified_json: Option<String>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
}

pub struct Verify {
    verifier: Arc<tessera_core::JwtVerifier>,
    keys: Keys,
    token: String,
    now: i64,
}

impl Task for Verify {
    type Output = tessera_core::Result<String>;
    type JsValue = VerifyOutcome;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        let verified = match &self.keys {
            Keys::One(key) => self.verifier.verify(&self.token, key, self.now),
            Keys::Set(set) => self.verifier.verify_with_jwks(&self.token, set, self.now),
        };
        // Serialised here, on the pool thread, so the main thread only parses.
        Ok(verified.map(|v| verified_json(&v)))
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<VerifyOutcome> {
        Ok(match output {
            Ok(verified) => VerifyOutcome {
                verified_json: Some(verified),
                error_code: None,
                error_message: None,
            },
            Err(error) => VerifyOutcome {
                verified_json: None,
                error_code: Some(error.code().to_owned()),
                error_message: Some(error.message().to_owned()),
            },
        })
    }
}
