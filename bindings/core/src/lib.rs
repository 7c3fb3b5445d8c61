//! # tessera-core
//!
//! The verification core that every Tessera language binding wraps: JWS and JWT access
//! tokens, JWK Sets with a cache, and DPoP proofs. Resource servers in Rust, Node, Python,
//! Kotlin and Swift run this same code, so they accept and reject exactly the same tokens;
//! the shared vectors in `spec/test-vectors/` hold every binding to that.
//!
//! ## Design choices
//!
//! * **No I/O in verification.** Nothing here opens a socket, reads a file or a clock.
//!   Time is a parameter (`now`, Unix seconds) of every check; fetching JWK Sets is the
//!   caller's job, behind [`JwksFetcher`] or the step-by-step [`JwksCache::plan`] /
//!   [`JwksCache::complete_fetch`] pair that async bindings use. [`clock::unix_now`] is the
//!   only clock read, for callers without their own.
//! * **Explicit algorithm allow-lists**, and only asymmetric algorithms (ES256, ES384, RS256,
//!   PS256, EdDSA). `none`, HMAC-with-a-public-key confusion (RFC 8725 §2.1), unknown `crit`
//!   extensions, malformed serialisations and mismatched keys each fail with their own
//!   [`ErrorKind`], in a fixed order documented in [`jws`].
//! * **Strict parsing.** base64url without padding or stray bits; JSON without duplicate
//!   member names; JWK coordinates of exact length; ECDSA signatures only in JWS's fixed
//!   `r || s` form, never DER; RSA keys of at least 2048 bits.
//! * **Binding-friendly surface.** Plain owned types (`String`, `Vec`, `i64`), options as
//!   structs with public fields and defaults, one [`Error`] type carrying a stable
//!   [`ErrorKind`] code (see [`ErrorKind::ALL`]), `Send + Sync` stateful objects
//!   ([`JwksCache`], [`DpopVerifier`]) so a binding can share them across threads. No
//!   panics: the workspace lints forbid `unwrap`, `expect` and `panic!` in library code.
//! * **aws-lc-rs** for all cryptography; keys are parsed once into aws-lc objects when a
//!   [`Jwk`] is built, so a verification does no key parsing.
//!
//! ## Example
//!
//! ```
//! use tessera_core::{Algorithm, ErrorKind, JwkSet, JwtVerifier, VerifyOptions};
//!
//! let jwks = JwkSet::from_json(r#"{"keys":[{"kty":"EC","crv":"P-256","kid":"k1",
//!     "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
//!     "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}"#)?;
//! let mut options = VerifyOptions::new([Algorithm::ES256]);
//! options.issuer = Some("joe".into());
//! let verifier = JwtVerifier::new(options)?;
//!
//! // RFC 7515 appendix A.3: an ES256 token whose `exp` is 1300819380.
//! let token = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
//! let verified = verifier.verify_with_jwks(token, &jwks, 1_300_819_000)?;
//! assert_eq!(verified.claims.issuer(), Some("joe"));
//!
//! let expired = verifier.verify_with_jwks(token, &jwks, 1_400_000_000).unwrap_err();
//! assert_eq!(expired.kind(), ErrorKind::TokenExpired);
//! assert_eq!(expired.code(), "token_expired");
//! # Ok::<(), tessera_core::Error>(())
//! ```

pub mod alg;
pub mod clock;
pub mod dpop;
mod encoding;
pub mod error;
#[cfg(feature = "http-fetch")]
pub mod http_fetch;
pub mod jwk;
pub mod jwks_cache;
pub mod jws;
pub mod jwt;
#[cfg(feature = "webauthn")]
pub mod webauthn;

pub use alg::Algorithm;
pub use dpop::{
    DpopOptions, DpopProof, DpopRequest, DpopVerifier, MemoryReplayCache, ReplayCache,
    access_token_hash, check_jkt_binding, normalize_htu,
};
pub use encoding::b64url;
pub use error::{Error, ErrorKind, Result};
#[cfg(feature = "http-fetch")]
pub use http_fetch::{HttpFetchOptions, HttpJwksFetcher};
pub use jwk::{EcCurve, Jwk, JwkSet, KeyMaterial, SkippedKey};
pub use jwks_cache::{CachePlan, JwksCache, JwksCacheOptions, JwksDocument, JwksFetcher};
pub use jws::{Header, JwsOptions, VerifiedJws, decode_header, verify_jws, verify_jws_with_jwks};
pub use jwt::{
    ACCESS_TOKEN_TYPE, Claims, DEFAULT_LEEWAY_SECS, JwtVerifier, MAX_LEEWAY_SECS, VerifiedJwt,
    VerifyOptions,
};

/// Compile-time proof that the stateful types can be shared across threads by bindings.
#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Jwk>();
    is::<JwkSet>();
    is::<JwtVerifier>();
    is::<JwksCache>();
    is::<DpopVerifier>();
    is::<Error>();
}

/// The README's example, compiled and run as a doctest so it cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
