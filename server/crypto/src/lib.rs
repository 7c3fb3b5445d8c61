//! Cryptography for the Tessera server, on aws-lc-rs only.
//!
//! - [`secret`]: high-entropy secrets (`tsk_…`) and their SHA-256 storage hashes.
//! - [`master_key`]: AES-256-GCM envelope encryption of private keys at rest.
//! - [`signing`]: tenant key pairs, public JWKs with RFC 7638 thumbprints, compact JWS signing.

pub mod master_key;
pub mod secret;
pub mod signing;

pub use master_key::{MasterKey, MasterKeyError};
pub use secret::{constant_time_eq, generate_secret, hash_secret};
pub use signing::{GeneratedKey, Signer, SigningError};

use base64::Engine;

/// base64url without padding, as JOSE uses everywhere (RFC 7515 §2).
pub fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
