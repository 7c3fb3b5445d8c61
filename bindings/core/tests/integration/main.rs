//! The crate's one integration-test binary: shared vectors, interop, Wycheproof, and the
//! stateful pieces (JWKS cache, DPoP replay) through the public API.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod dpop;
mod interop;
mod jwks_cache;
mod vectors;
mod wycheproof_vectors;
