//! Secrets shown once to their owner and stored only as SHA-256 hashes.
//!
//! They carry 256 bits of entropy, so a fast hash is the right storage form (a slow KDF
//! protects low-entropy passwords, not random keys), and a recognisable prefix lets secret
//! scanners spot a leaked one.

use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};

/// A new secret: `prefix` followed by 32 random bytes in base64url.
pub fn generate_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    fill_random(&mut bytes);
    format!("{prefix}{}", crate::b64url(&bytes))
}

/// The storage form of a secret.
pub fn hash_secret(secret: &str) -> [u8; 32] {
    let d = digest::digest(&digest::SHA256, secret.as_bytes());
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// Compares two byte strings without an early exit on the first difference.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    aws_lc_rs::constant_time::verify_slices_are_equal(a, b).is_ok()
}

/// Fills `buf` from the operating system's CSPRNG.
pub fn fill_random(buf: &mut [u8]) {
    // The system RNG only fails when the OS has no entropy source at all; nothing secure
    // can continue then, so this is the one place a crypto failure aborts.
    #[allow(clippy::expect_used)]
    SystemRandom::new()
        .fill(buf)
        .expect("the operating system's random source failed");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_have_prefix_and_differ() {
        let a = generate_secret("tsk_");
        let b = generate_secret("tsk_");
        assert!(a.starts_with("tsk_"));
        assert_eq!(a.len(), 4 + 43);
        assert_ne!(a, b);
    }

    #[test]
    fn hash_is_sha256() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        let h = hash_secret("abc");
        assert_eq!(
            crate::b64url(&h),
            "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
        );
        assert!(constant_time_eq(&h, &hash_secret("abc")));
        assert!(!constant_time_eq(&h, &hash_secret("abd")));
    }
}
