//! DPoP proofs (RFC 9449): verification with the core's in-memory `jti` replay cache,
//! the `ath` hash, `htu` normalisation and the `cnf.jkt` binding check.

use napi_derive::napi;
use serde_json::Value;
use tessera_core::{Claims, DpopRequest};

use crate::options::JsDpopOptions;
use crate::{Result, core, now_or_clock};

/// The HTTP request a proof must match.
#[napi(object)]
pub struct JsDpopRequest {
    pub method: String,
    pub url: String,
    /// The access token sent with the proof; its hash must be the proof's `ath`.
    pub access_token: Option<String>,
    /// The DPoP nonce the server issued, if it uses nonces.
    pub nonce: Option<String>,
}

impl JsDpopRequest {
    fn into_core(self) -> DpopRequest {
        let mut request = DpopRequest::new(self.method, self.url);
        request.access_token = self.access_token;
        request.nonce = self.nonce;
        request
    }
}

/// A verified DPoP proof.
#[napi(object)]
pub struct DpopProof {
    pub header: Value,
    /// The proof's public key as a JWK object.
    pub jwk: Value,
    pub claims: Value,
    pub jti: String,
    pub htm: String,
    pub htu: String,
    pub iat: i64,
    /// RFC 7638 thumbprint of the proof's key: the `jkt` a bound token carries.
    pub thumbprint: String,
}

impl TryFrom<tessera_core::DpopProof> for DpopProof {
    type Error = napi::Error<String>;

    fn try_from(proof: tessera_core::DpopProof) -> Result<Self> {
        let jwk = serde_json::from_str(&proof.jwk.to_json())
            .map_err(|e| napi::Error::new("InvalidJwkJson".to_owned(), e.to_string()))?;
        Ok(DpopProof {
            header: Value::Object(proof.header.raw().clone()),
            jwk,
            thumbprint: proof.thumbprint().to_owned(),
            claims: Value::Object(proof.claims.into_map()),
            jti: proof.jti,
            htm: proof.htm,
            htu: proof.htu,
            iat: proof.iat,
        })
    }
}

/// Verifies DPoP proofs and remembers their `jti`s; share one per resource server.
#[napi]
pub struct DpopVerifier {
    inner: tessera_core::DpopVerifier,
}

#[napi]
impl DpopVerifier {
    #[napi(constructor)]
    pub fn new(options: Option<JsDpopOptions>) -> Result<Self> {
        let options = match options {
            Some(options) => options.into_core()?,
            None => tessera_core::DpopOptions::default(),
        };
        Ok(DpopVerifier {
            inner: core(tessera_core::DpopVerifier::new(options))?,
        })
    }

    /// Verifies a proof for `request` at `now` and records its `jti`.
    #[napi]
    pub fn verify(
        &self,
        proof: String,
        request: JsDpopRequest,
        now: Option<i64>,
    ) -> Result<DpopProof> {
        let verified = core(
            self.inner
                .verify(&proof, &request.into_core(), now_or_clock(now)),
        )?;
        verified.try_into()
    }

    /// Verifies a proof sent with a DPoP-bound access token whose verified claims are
    /// `tokenClaims`: also checks `ath` and the token's `cnf.jkt`.
    #[napi]
    pub fn verify_for_token(
        &self,
        proof: String,
        request: JsDpopRequest,
        token_claims: serde_json::Map<String, Value>,
        now: Option<i64>,
    ) -> Result<DpopProof> {
        let claims = Claims::from_map(token_claims);
        let verified = core(self.inner.verify_for_token(
            &proof,
            &request.into_core(),
            &claims,
            now_or_clock(now),
        ))?;
        verified.try_into()
    }
}

/// `ath`: base64url(SHA-256(access token)) (RFC 9449 §4.2).
#[napi]
pub fn access_token_hash(access_token: String) -> String {
    tessera_core::access_token_hash(&access_token)
}

/// The form of a URL that `htu` comparison uses (RFC 9449 §4.3).
#[napi]
pub fn normalize_htu(url: String) -> Result<String> {
    core(tessera_core::normalize_htu(&url))
}

/// Checks that verified token claims carry `cnf.jkt` equal to `thumbprint`.
#[napi]
pub fn check_jkt_binding(
    token_claims: serde_json::Map<String, Value>,
    thumbprint: String,
) -> Result<()> {
    core(tessera_core::check_jkt_binding(
        &Claims::from_map(token_claims),
        &thumbprint,
    ))
}
