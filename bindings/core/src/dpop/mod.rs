//! DPoP proof verification (RFC 9449).
//!
//! A DPoP proof is a JWS signed by a key the client holds, carried in the `DPoP` header,
//! whose public half travels inside the proof (`jwk` header). [`DpopVerifier::verify`] runs
//! the checks of RFC 9449 §4.3 in a fixed order:
//!
//! 1. the JWS shape and header: size, three parts, `alg` asymmetric and allowed (`none` and
//!    HMAC have their own error kinds), `crit`;
//! 2. `typ` is `dpop+jwt`;
//! 3. `jwk` is present, a supported *public* key (a proof carrying `d` is refused as
//!    [`ErrorKind::PrivateKeyInJwk`]) that fits `alg`, and the signature verifies with it;
//! 4. claims: `jti`, `htm`, `htu`, `iat` present and typed; `htm` equals the request method;
//!    `htu` equals the request URI after [normalisation](normalize_htu); `nonce` equals the
//!    server's when the caller supplies one (§8); `iat` lies within
//!    `[now - max_age, now + leeway]`; `ath` is the hash of the access token when one is
//!    presented (§4.2);
//! 5. for a bound token ([`DpopVerifier::verify_for_token`]), the token's `cnf.jkt` equals
//!    the RFC 7638 thumbprint of the proof's key (§6.1);
//! 6. last, the replay check: the (thumbprint, `jti`) pair must be new. It comes last so a
//!    proof that fails any other check does not consume its `jti`.

mod htu;
mod replay;

use std::sync::Arc;

use serde_json::Value;

pub use htu::normalize_htu;
pub use replay::{MemoryReplayCache, ReplayCache};

use crate::alg::Algorithm;
use crate::encoding::{parse_object, sha256_b64url};
use crate::error::{ErrorKind, Result, err};
use crate::jwk::Jwk;
use crate::jws::{Header, JwsOptions, parse_compact};
use crate::jwt::{Claims, MAX_LEEWAY_SECS, media_type_matches};

/// The `typ` of a DPoP proof (RFC 9449 §4.2).
pub const DPOP_TYPE: &str = "dpop+jwt";
/// Largest accepted `max_age_secs`.
pub const MAX_PROOF_AGE_SECS: u32 = 3600;
/// Longest accepted `jti`, in bytes.
pub const MAX_JTI_BYTES: usize = 256;

/// Options for [`DpopVerifier`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DpopOptions {
    /// The algorithm allow-list; must not be empty. Default: every supported algorithm.
    pub algorithms: Vec<Algorithm>,
    /// How old a proof's `iat` may be, in seconds. Default 60, at most 3600.
    pub max_age_secs: u32,
    /// How far in the future `iat` may be (client clock skew), in seconds. Default 5, at
    /// most 300.
    pub leeway_secs: u32,
    /// Capacity of the default in-memory replay cache. Default 65 536.
    pub replay_cache_capacity: usize,
    /// Proofs longer than this are refused before parsing. Default 8 KiB.
    pub max_proof_bytes: usize,
}

impl Default for DpopOptions {
    fn default() -> Self {
        DpopOptions {
            algorithms: Algorithm::ALL.to_vec(),
            max_age_secs: 60,
            leeway_secs: 5,
            replay_cache_capacity: 65_536,
            max_proof_bytes: 8 * 1024,
        }
    }
}

impl DpopOptions {
    pub fn validate(&self) -> Result<()> {
        if self.algorithms.is_empty() {
            return err(
                ErrorKind::InvalidConfiguration,
                "the DPoP algorithm allow-list is empty",
            );
        }
        if self.max_age_secs == 0 || self.max_age_secs > MAX_PROOF_AGE_SECS {
            return err(
                ErrorKind::InvalidConfiguration,
                format!("max_age_secs must be between 1 and {MAX_PROOF_AGE_SECS}"),
            );
        }
        if self.leeway_secs > MAX_LEEWAY_SECS {
            return err(
                ErrorKind::InvalidConfiguration,
                format!("leeway_secs must be at most {MAX_LEEWAY_SECS}"),
            );
        }
        if self.max_proof_bytes == 0 {
            return err(
                ErrorKind::InvalidConfiguration,
                "max_proof_bytes must be positive",
            );
        }
        Ok(())
    }
}

/// The HTTP request a proof must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DpopRequest {
    /// The request method, compared case-sensitively with `htm` (methods are
    /// case-sensitive, RFC 9110 §9.1).
    pub method: String,
    /// The request URI as the server sees it (scheme, host, port, path; query ignored).
    pub url: String,
    /// The access token presented with the proof, if any; its hash must be in `ath`.
    pub access_token: Option<String>,
    /// The DPoP nonce the server issued, if it uses nonces (RFC 9449 §8).
    pub nonce: Option<String>,
}

impl DpopRequest {
    pub fn new(method: impl Into<String>, url: impl Into<String>) -> Self {
        DpopRequest {
            method: method.into(),
            url: url.into(),
            access_token: None,
            nonce: None,
        }
    }

    pub fn with_access_token(mut self, token: impl Into<String>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    pub fn with_nonce(mut self, nonce: impl Into<String>) -> Self {
        self.nonce = Some(nonce.into());
        self
    }
}

/// A verified DPoP proof.
#[derive(Debug, Clone, PartialEq)]
pub struct DpopProof {
    pub header: Header,
    /// The proof's public key.
    pub jwk: Jwk,
    pub claims: Claims,
    pub jti: String,
    pub htm: String,
    pub htu: String,
    pub iat: i64,
}

impl DpopProof {
    /// The RFC 7638 thumbprint of the proof's key: the `jkt` to bind tokens to.
    pub fn thumbprint(&self) -> &str {
        self.jwk.thumbprint()
    }
}

/// `ath`: base64url(SHA-256(ASCII(access token))) (RFC 9449 §4.2).
pub fn access_token_hash(access_token: &str) -> String {
    sha256_b64url(access_token.as_bytes())
}

/// Checks that an access token's `cnf.jkt` is `thumbprint` (RFC 9449 §6.1).
pub fn check_jkt_binding(token_claims: &Claims, thumbprint: &str) -> Result<()> {
    match token_claims.confirmation_jkt() {
        Some(jkt) if jkt == thumbprint => Ok(()),
        Some(_) => err(
            ErrorKind::DpopJktMismatch,
            "the access token is bound to a different key (cnf.jkt)",
        ),
        None => err(
            ErrorKind::DpopJktMismatch,
            "the access token is not DPoP-bound (no cnf.jkt)",
        ),
    }
}

/// Verifies DPoP proofs and remembers their `jti`s. Share one instance per resource server.
pub struct DpopVerifier {
    options: DpopOptions,
    jws: JwsOptions,
    replay: Arc<dyn ReplayCache>,
}

impl std::fmt::Debug for DpopVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DpopVerifier")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl DpopVerifier {
    /// A verifier with an in-memory replay cache of `options.replay_cache_capacity`.
    pub fn new(options: DpopOptions) -> Result<Self> {
        let replay = Arc::new(MemoryReplayCache::new(options.replay_cache_capacity));
        DpopVerifier::with_replay_cache(options, replay)
    }

    /// A verifier with a caller-provided replay store (e.g. shared between instances).
    pub fn with_replay_cache(options: DpopOptions, replay: Arc<dyn ReplayCache>) -> Result<Self> {
        options.validate()?;
        let jws = JwsOptions {
            algorithms: options.algorithms.clone(),
            critical_headers: Vec::new(),
            max_token_bytes: options.max_proof_bytes,
        };
        Ok(DpopVerifier {
            options,
            jws,
            replay,
        })
    }

    pub fn options(&self) -> &DpopOptions {
        &self.options
    }

    /// Verifies a proof for `request` at `now` (Unix seconds) and records its `jti`.
    pub fn verify(&self, proof: &str, request: &DpopRequest, now: i64) -> Result<DpopProof> {
        let verified = self.check(proof, request, now)?;
        self.record(&verified, now)?;
        Ok(verified)
    }

    /// Verifies a proof presented with a DPoP-bound access token whose (already verified)
    /// claims are `token_claims`: as [`DpopVerifier::verify`], with `request.access_token`
    /// required (for `ath`) and the token's `cnf.jkt` checked against the proof's key.
    pub fn verify_for_token(
        &self,
        proof: &str,
        request: &DpopRequest,
        token_claims: &Claims,
        now: i64,
    ) -> Result<DpopProof> {
        if request.access_token.is_none() {
            return err(
                ErrorKind::InvalidConfiguration,
                "verify_for_token needs request.access_token",
            );
        }
        let verified = self.check(proof, request, now)?;
        check_jkt_binding(token_claims, verified.thumbprint())?;
        self.record(&verified, now)?;
        Ok(verified)
    }

    fn record(&self, proof: &DpopProof, now: i64) -> Result<()> {
        let mut material = Vec::with_capacity(proof.thumbprint().len() + 1 + proof.jti.len());
        material.extend_from_slice(proof.thumbprint().as_bytes());
        material.push(b' ');
        material.extend_from_slice(proof.jti.as_bytes());
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &material);
        let mut key = [0u8; 32];
        key.copy_from_slice(digest.as_ref());
        let expires_at = proof
            .iat
            .saturating_add(i64::from(self.options.max_age_secs))
            .saturating_add(1);
        if self.replay.check_and_insert(&key, expires_at, now) {
            Ok(())
        } else {
            err(
                ErrorKind::DpopReplayed,
                "this proof's jti was already used with this key",
            )
        }
    }

    fn check(&self, proof: &str, request: &DpopRequest, now: i64) -> Result<DpopProof> {
        let expected_htu = normalize_htu(&request.url)?;
        let parsed = parse_compact(proof, &self.jws)?;
        match &parsed.header.typ {
            Some(typ) if media_type_matches(typ, DPOP_TYPE) => {}
            Some(typ) => {
                return err(
                    ErrorKind::DpopInvalidType,
                    format!("typ {typ:?} is not \"dpop+jwt\""),
                );
            }
            None => return err(ErrorKind::DpopInvalidType, "the proof has no typ"),
        }
        let jwk = match parsed.header.get("jwk") {
            Some(Value::Object(map)) => Jwk::from_map(map)?,
            Some(_) => return err(ErrorKind::DpopMissingJwk, "the jwk header is not an object"),
            None => return err(ErrorKind::DpopMissingJwk, "the proof has no jwk header"),
        };
        parsed.verify_with(&jwk)?;
        let claims = Claims::from_map(parse_object(
            &parsed.payload,
            ErrorKind::InvalidPayload,
            "payload",
        )?);
        let required = |name: &str| -> Result<String> {
            match claims.string(name)? {
                Some(v) => Ok(v.to_owned()),
                None => err(
                    ErrorKind::MissingClaim,
                    format!("the proof has no {name:?}"),
                ),
            }
        };
        let jti = required("jti")?;
        if jti.is_empty() || jti.len() > MAX_JTI_BYTES {
            return err(
                ErrorKind::InvalidClaim,
                format!("jti must be 1 to {MAX_JTI_BYTES} bytes"),
            );
        }
        let htm = required("htm")?;
        let htu = required("htu")?;
        let Some(iat) = claims.numeric_date("iat")? else {
            return err(ErrorKind::MissingClaim, "the proof has no \"iat\"");
        };
        if htm != request.method {
            return err(
                ErrorKind::DpopHtmMismatch,
                format!("htm {htm:?} is not the request method {:?}", request.method),
            );
        }
        match normalize_htu(&htu) {
            Ok(normalised) if normalised == expected_htu => {}
            Ok(_) => {
                return err(
                    ErrorKind::DpopHtuMismatch,
                    "htu does not match the request URI",
                );
            }
            Err(e) => {
                return err(
                    ErrorKind::DpopHtuMismatch,
                    format!("htu is not a usable URI: {}", e.message()),
                );
            }
        }
        if let Some(expected) = &request.nonce
            && claims.string("nonce")? != Some(expected.as_str())
        {
            return err(
                ErrorKind::DpopNonceMismatch,
                "the proof's nonce is missing or not the one issued",
            );
        }
        let oldest = now.saturating_sub(i64::from(self.options.max_age_secs));
        let newest = now.saturating_add(i64::from(self.options.leeway_secs));
        if iat < oldest || iat > newest {
            return err(
                ErrorKind::DpopIatOutOfWindow,
                format!("iat {iat} is outside [{oldest}, {newest}]"),
            );
        }
        if let Some(token) = &request.access_token {
            match claims.string("ath")? {
                Some(ath) if ath == access_token_hash(token) => {}
                Some(_) => {
                    return err(
                        ErrorKind::DpopAthMismatch,
                        "ath is not the hash of the presented access token",
                    );
                }
                None => {
                    return err(
                        ErrorKind::DpopAthMismatch,
                        "the proof has no ath but an access token was presented",
                    );
                }
            }
        }
        Ok(DpopProof {
            header: parsed.header,
            jwk,
            claims,
            jti,
            htm,
            htu,
            iat,
        })
    }
}
