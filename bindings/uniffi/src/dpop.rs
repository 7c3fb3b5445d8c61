//! DPoP proof verification (RFC 9449 §4.3) and its helpers.

use std::sync::Arc;

use tessera_core::Claims;

use crate::TesseraError;
use crate::jws::JwsHeader;
use crate::options::{algorithms, now_or_clock, size};

/// Options of a [`DpopVerifier`]. Absent values take the core's defaults: every supported
/// algorithm, proofs up to 60 s old, 5 s of client clock skew, 65 536 remembered `jti`s.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct DpopOptions {
    #[uniffi(default = None)]
    pub algorithms: Option<Vec<String>>,
    #[uniffi(default = None)]
    pub max_age_secs: Option<u32>,
    #[uniffi(default = None)]
    pub leeway_secs: Option<u32>,
    #[uniffi(default = None)]
    pub replay_cache_capacity: Option<u64>,
    #[uniffi(default = None)]
    pub max_proof_bytes: Option<u64>,
}

impl DpopOptions {
    fn to_core(&self) -> Result<tessera_core::DpopOptions, TesseraError> {
        let mut o = tessera_core::DpopOptions::default();
        if let Some(names) = &self.algorithms {
            o.algorithms = algorithms(names)?;
        }
        if let Some(v) = self.max_age_secs {
            o.max_age_secs = v;
        }
        if let Some(v) = self.leeway_secs {
            o.leeway_secs = v;
        }
        if let Some(v) = self.replay_cache_capacity {
            o.replay_cache_capacity = size(v);
        }
        if let Some(v) = self.max_proof_bytes {
            o.max_proof_bytes = size(v);
        }
        Ok(o)
    }
}

/// The HTTP request a proof must match.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DpopRequest {
    /// The request method, e.g. `GET` (case-sensitive).
    pub method: String,
    /// The request URL as the server sees it (the query is ignored).
    pub url: String,
    /// The access token sent with the proof; its hash must be the proof's `ath`.
    #[uniffi(default = None)]
    pub access_token: Option<String>,
    /// The DPoP nonce the server issued, if it uses nonces.
    #[uniffi(default = None)]
    pub nonce: Option<String>,
}

impl DpopRequest {
    fn to_core(&self) -> tessera_core::DpopRequest {
        tessera_core::DpopRequest {
            method: self.method.clone(),
            url: self.url.clone(),
            access_token: self.access_token.clone(),
            nonce: self.nonce.clone(),
        }
    }
}

/// A verified proof.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DpopProof {
    /// The RFC 7638 thumbprint of the proof's key (the `jkt` to bind tokens to).
    pub jkt: String,
    pub jti: String,
    pub htm: String,
    pub htu: String,
    pub iat: i64,
    pub header: JwsHeader,
    /// The proof's public key as JSON.
    pub jwk_json: String,
    pub claims_json: String,
}

impl From<tessera_core::DpopProof> for DpopProof {
    fn from(p: tessera_core::DpopProof) -> Self {
        DpopProof {
            jkt: p.thumbprint().to_owned(),
            header: JwsHeader::from(&p.header),
            jwk_json: p.jwk.to_json(),
            claims_json: p.claims.to_json(),
            jti: p.jti,
            htm: p.htm,
            htu: p.htu,
            iat: p.iat,
        }
    }
}

/// Verifies DPoP proofs and remembers their `jti`s to refuse replays. Share one per
/// resource server. `now` is Unix seconds; null/nil uses the system clock.
#[derive(Debug, uniffi::Object)]
pub struct DpopVerifier(tessera_core::DpopVerifier);

#[uniffi::export]
impl DpopVerifier {
    #[uniffi::constructor]
    pub fn new(options: DpopOptions) -> Result<Arc<Self>, TesseraError> {
        Ok(Arc::new(DpopVerifier(tessera_core::DpopVerifier::new(
            options.to_core()?,
        )?)))
    }

    /// Verifies a proof for a request and records its `jti`.
    pub fn verify(
        &self,
        proof: String,
        request: DpopRequest,
        now: Option<i64>,
    ) -> Result<DpopProof, TesseraError> {
        Ok(self
            .0
            .verify(&proof, &request.to_core(), now_or_clock(now))?
            .into())
    }

    /// Verifies a proof sent with a DPoP-bound access token whose verified claims are
    /// `token_claims_json` (`VerifiedJwt.claims_json`): also checks `ath` and `cnf.jkt`.
    pub fn verify_for_token(
        &self,
        proof: String,
        request: DpopRequest,
        token_claims_json: String,
        now: Option<i64>,
    ) -> Result<DpopProof, TesseraError> {
        let claims = Claims::from_json(&token_claims_json)?;
        Ok(self
            .0
            .verify_for_token(&proof, &request.to_core(), &claims, now_or_clock(now))?
            .into())
    }
}

/// `ath`: base64url(SHA-256(access token)) (RFC 9449 §4.2).
#[uniffi::export]
pub fn access_token_hash(access_token: String) -> String {
    tessera_core::access_token_hash(&access_token)
}

/// The form in which `htu` and request URLs are compared (RFC 9449 §4.3).
#[uniffi::export]
pub fn normalize_htu(url: String) -> Result<String, TesseraError> {
    Ok(tessera_core::normalize_htu(&url)?)
}
