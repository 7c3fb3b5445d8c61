//! Integration tests of the optional features: the HTTP JWKS fetcher against a real local
//! HTTP server, and WebAuthn ceremonies against a software passkey.
//! `cargo test -p tessera-core --features http-fetch,webauthn --test features`

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod http_fetch;
mod webauthn;
