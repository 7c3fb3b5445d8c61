//! Access-token (JWT) verification: signature, then claims (RFC 7519, RFC 9068).

use std::sync::Arc;

use crate::TesseraError;
use crate::jwk::{Jwk, JwkSet};
use crate::jws::JwsHeader;
use crate::options::{algorithms, now_or_clock, size};

/// What a [`JwtVerifier`] checks. Absent values take the core's defaults.
#[derive(Debug, Clone, uniffi::Record)]
pub struct VerifyOptions {
    /// The algorithm allow-list (`ES256`, `ES384`, `RS256`, `PS256`, `EdDSA`); not empty.
    pub algorithms: Vec<String>,
    /// If set, `iss` must equal it exactly.
    #[uniffi(default = None)]
    pub issuer: Option<String>,
    /// If not empty, `aud` must contain one of these.
    #[uniffi(default)]
    pub audiences: Vec<String>,
    /// Clock-skew allowance for `exp`/`nbf`/`iat`; default 60 s, at most 300 s.
    #[uniffi(default = None)]
    pub leeway_secs: Option<u32>,
    /// If set, the header `typ` must match it; `at+jwt` for RFC 9068 access tokens.
    #[uniffi(default = None)]
    pub expected_type: Option<String>,
    /// Refuse tokens without `exp`.
    #[uniffi(default = true)]
    pub require_exp: bool,
    #[uniffi(default)]
    pub required_claims: Vec<String>,
    #[uniffi(default)]
    pub required_scopes: Vec<String>,
    #[uniffi(default)]
    pub required_permissions: Vec<String>,
    #[uniffi(default)]
    pub critical_headers: Vec<String>,
    /// Longer tokens are refused before parsing; default 16 KiB.
    #[uniffi(default = None)]
    pub max_token_bytes: Option<u64>,
}

impl VerifyOptions {
    fn to_core(&self) -> Result<tessera_core::VerifyOptions, TesseraError> {
        let mut o = tessera_core::VerifyOptions::new(algorithms(&self.algorithms)?);
        o.issuer = self.issuer.clone();
        o.audiences = self.audiences.clone();
        if let Some(leeway) = self.leeway_secs {
            o.leeway_secs = leeway;
        }
        o.expected_type = self.expected_type.clone();
        o.require_exp = self.require_exp;
        o.required_claims = self.required_claims.clone();
        o.required_scopes = self.required_scopes.clone();
        o.required_permissions = self.required_permissions.clone();
        o.critical_headers = self.critical_headers.clone();
        if let Some(max) = self.max_token_bytes {
            o.max_token_bytes = size(max);
        }
        Ok(o)
    }
}

/// A verified token: its header and claims.
#[derive(Debug, Clone, uniffi::Record)]
pub struct VerifiedJwt {
    pub header: JwsHeader,
    /// Every claim, as a JSON object.
    pub claims_json: String,
    pub issuer: Option<String>,
    pub subject: Option<String>,
    pub client_id: Option<String>,
    pub jwt_id: Option<String>,
    /// `cnf.jkt` of a DPoP-bound token (RFC 9449 §6.1).
    pub confirmation_jkt: Option<String>,
}

impl From<tessera_core::VerifiedJwt> for VerifiedJwt {
    fn from(v: tessera_core::VerifiedJwt) -> Self {
        let c = &v.claims;
        VerifiedJwt {
            header: JwsHeader::from(&v.header),
            claims_json: c.to_json(),
            issuer: c.issuer().map(str::to_owned),
            subject: c.subject().map(str::to_owned),
            client_id: c.client_id().map(str::to_owned),
            jwt_id: c.jwt_id().map(str::to_owned),
            confirmation_jkt: c.confirmation_jkt().map(str::to_owned),
        }
    }
}

/// Verifies access tokens against fixed options. Create once, share across threads.
/// `now` is Unix seconds; pass null/nil to use the system clock.
#[derive(Debug, uniffi::Object)]
pub struct JwtVerifier(pub(crate) tessera_core::JwtVerifier);

#[uniffi::export]
impl JwtVerifier {
    /// Fails with `InvalidConfiguration` (or an algorithm error) on bad options.
    #[uniffi::constructor]
    pub fn new(options: VerifyOptions) -> Result<Arc<Self>, TesseraError> {
        Ok(Arc::new(JwtVerifier(tessera_core::JwtVerifier::new(
            options.to_core()?,
        )?)))
    }

    /// Verifies with one key.
    pub fn verify(
        &self,
        token: String,
        key: Arc<Jwk>,
        now: Option<i64>,
    ) -> Result<VerifiedJwt, TesseraError> {
        Ok(self.0.verify(&token, &key.0, now_or_clock(now))?.into())
    }

    /// Verifies with the key a parsed JWK Set selects for the token's `kid` and `alg`.
    pub fn verify_with_jwks(
        &self,
        token: String,
        keys: Arc<JwkSet>,
        now: Option<i64>,
    ) -> Result<VerifiedJwt, TesseraError> {
        Ok(self
            .0
            .verify_with_jwks(&token, &keys.0, now_or_clock(now))?
            .into())
    }

    /// Verifies with a JWK Set given as its JSON document (parsed on every call: keep a
    /// [`JwkSet`] and use `verify_with_jwks` on hot paths).
    pub fn verify_with_jwks_json(
        &self,
        token: String,
        jwks_json: String,
        now: Option<i64>,
    ) -> Result<VerifiedJwt, TesseraError> {
        let keys = tessera_core::JwkSet::from_json(&jwks_json)?;
        Ok(self
            .0
            .verify_with_jwks(&token, &keys, now_or_clock(now))?
            .into())
    }
}
