//! JWS-level verification (signature and algorithm policy, no claims).

use std::sync::Arc;

use crate::TesseraError;
use crate::jwk::{Jwk, JwkSet};
use crate::options::{algorithms, size};

/// What [`verify_jws`] accepts.
#[derive(Debug, Clone, uniffi::Record)]
pub struct JwsOptions {
    /// The algorithm allow-list (`ES256`, `ES384`, `RS256`, `PS256`, `EdDSA`); not empty.
    pub algorithms: Vec<String>,
    /// `crit` extensions the caller processes itself.
    #[uniffi(default)]
    pub critical_headers: Vec<String>,
    /// Longer tokens are refused before parsing; default 16 KiB.
    #[uniffi(default = None)]
    pub max_token_bytes: Option<u64>,
}

impl JwsOptions {
    fn to_core(&self) -> Result<tessera_core::JwsOptions, TesseraError> {
        let mut options = tessera_core::JwsOptions::new(algorithms(&self.algorithms)?);
        options.critical_headers = self.critical_headers.clone();
        if let Some(max) = self.max_token_bytes {
            options.max_token_bytes = size(max);
        }
        Ok(options)
    }
}

/// A JWS protected header.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JwsHeader {
    pub alg: String,
    pub kid: Option<String>,
    pub typ: Option<String>,
    pub cty: Option<String>,
    pub crit: Vec<String>,
    /// The whole header as JSON, for members not listed here.
    pub json: String,
}

impl From<&tessera_core::Header> for JwsHeader {
    fn from(h: &tessera_core::Header) -> Self {
        JwsHeader {
            alg: h.alg.to_string(),
            kid: h.kid.clone(),
            typ: h.typ.clone(),
            cty: h.cty.clone(),
            crit: h.crit.clone(),
            json: h.to_json(),
        }
    }
}

/// A JWS whose signature verified.
#[derive(Debug, Clone, uniffi::Record)]
pub struct VerifiedJws {
    pub header: JwsHeader,
    pub payload: Vec<u8>,
}

impl From<tessera_core::VerifiedJws> for VerifiedJws {
    fn from(v: tessera_core::VerifiedJws) -> Self {
        VerifiedJws {
            header: JwsHeader::from(&v.header),
            payload: v.payload,
        }
    }
}

/// Verifies a compact JWS with one key.
#[uniffi::export]
pub fn verify_jws(
    token: String,
    key: Arc<Jwk>,
    options: JwsOptions,
) -> Result<VerifiedJws, TesseraError> {
    Ok(tessera_core::verify_jws(&token, &key.0, &options.to_core()?)?.into())
}

/// Verifies a compact JWS with the key a JWK Set selects for its `kid` and `alg`.
#[uniffi::export]
pub fn verify_jws_with_jwks(
    token: String,
    keys: Arc<JwkSet>,
    options: JwsOptions,
) -> Result<VerifiedJws, TesseraError> {
    Ok(tessera_core::verify_jws_with_jwks(&token, &keys.0, &options.to_core()?)?.into())
}

/// Decodes a token's protected header without verifying anything.
#[uniffi::export]
pub fn decode_header(token: String) -> Result<JwsHeader, TesseraError> {
    Ok(JwsHeader::from(&tessera_core::decode_header(&token)?))
}
