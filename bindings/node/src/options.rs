//! Option objects as JavaScript passes them (camelCase, optional fields) and their
//! conversion to the core's option structs. An absent field keeps the core's default; the
//! core validates the values (`invalid_configuration`), not this module.

use napi_derive::napi;
use tessera_core::{Algorithm, DpopOptions, JwksCacheOptions, JwsOptions, VerifyOptions};

use crate::{Result, core};

/// Parses an allow-list with the core's own rules (`none` → `alg_none`, `HS256` →
/// `alg_confusion`, anything else unknown → `unsupported_algorithm`).
pub(crate) fn algorithm_list(names: &[String]) -> Result<Vec<Algorithm>> {
    names
        .iter()
        .map(|name| core(Algorithm::parse(name)))
        .collect()
}

fn byte_limit(value: Option<u32>, default: usize) -> usize {
    value.map_or(default, |v| v as usize)
}

/// Options of a JWT verifier (`VerifyOptions` in the core).
#[napi(object)]
pub struct JsVerifyOptions {
    pub algorithms: Vec<String>,
    pub issuer: Option<String>,
    pub audiences: Option<Vec<String>>,
    pub leeway_secs: Option<u32>,
    pub expected_type: Option<String>,
    pub require_exp: Option<bool>,
    pub required_claims: Option<Vec<String>>,
    pub required_scopes: Option<Vec<String>>,
    pub required_permissions: Option<Vec<String>>,
    pub critical_headers: Option<Vec<String>>,
    pub max_token_bytes: Option<u32>,
}

impl JsVerifyOptions {
    pub(crate) fn into_core(self) -> Result<VerifyOptions> {
        let mut options = VerifyOptions::new(algorithm_list(&self.algorithms)?);
        options.issuer = self.issuer;
        options.audiences = self.audiences.unwrap_or_default();
        if let Some(leeway) = self.leeway_secs {
            options.leeway_secs = leeway;
        }
        options.expected_type = self.expected_type;
        if let Some(require_exp) = self.require_exp {
            options.require_exp = require_exp;
        }
        options.required_claims = self.required_claims.unwrap_or_default();
        options.required_scopes = self.required_scopes.unwrap_or_default();
        options.required_permissions = self.required_permissions.unwrap_or_default();
        options.critical_headers = self.critical_headers.unwrap_or_default();
        options.max_token_bytes = byte_limit(self.max_token_bytes, options.max_token_bytes);
        Ok(options)
    }
}

/// Options of a bare JWS verification (`JwsOptions` in the core).
#[napi(object)]
pub struct JsJwsOptions {
    pub algorithms: Vec<String>,
    pub critical_headers: Option<Vec<String>>,
    pub max_token_bytes: Option<u32>,
}

impl JsJwsOptions {
    pub(crate) fn into_core(self) -> Result<JwsOptions> {
        let mut options = JwsOptions::new(algorithm_list(&self.algorithms)?);
        options.critical_headers = self.critical_headers.unwrap_or_default();
        options.max_token_bytes = byte_limit(self.max_token_bytes, options.max_token_bytes);
        Ok(options)
    }
}

/// Options of a DPoP verifier (`DpopOptions` in the core).
#[napi(object)]
pub struct JsDpopOptions {
    pub algorithms: Option<Vec<String>>,
    pub max_age_secs: Option<u32>,
    pub leeway_secs: Option<u32>,
    pub replay_cache_capacity: Option<u32>,
    pub max_proof_bytes: Option<u32>,
}

impl JsDpopOptions {
    pub(crate) fn into_core(self) -> Result<DpopOptions> {
        let mut options = DpopOptions::default();
        if let Some(names) = &self.algorithms {
            options.algorithms = algorithm_list(names)?;
        }
        if let Some(v) = self.max_age_secs {
            options.max_age_secs = v;
        }
        if let Some(v) = self.leeway_secs {
            options.leeway_secs = v;
        }
        if let Some(v) = self.replay_cache_capacity {
            options.replay_cache_capacity = v as usize;
        }
        options.max_proof_bytes = byte_limit(self.max_proof_bytes, options.max_proof_bytes);
        Ok(options)
    }
}

/// Timing of a JWK Set cache, in seconds (`JwksCacheOptions` in the core).
#[napi(object)]
pub struct JsJwksCacheOptions {
    pub ttl_secs: Option<u32>,
    pub refetch_cooldown_secs: Option<u32>,
    pub max_stale_secs: Option<u32>,
}

impl JsJwksCacheOptions {
    pub(crate) fn into_core(self) -> JwksCacheOptions {
        let mut options = JwksCacheOptions::default();
        if let Some(v) = self.ttl_secs {
            options.ttl_secs = v;
        }
        if let Some(v) = self.refetch_cooldown_secs {
            options.refetch_cooldown_secs = v;
        }
        if let Some(v) = self.max_stale_secs {
            options.max_stale_secs = v;
        }
        options
    }
}
