//! Password hashing (argon2id) and the password policy.
//!
//! Hashing is deliberately slow, so it runs on Tokio's blocking pool and never on the async
//! executor, where it would stall every other request on that worker.
//!
//! New passwords are always hashed with argon2id under the server's parameters. Hashes
//! imported from another system (bcrypt, scrypt, or argon2 with other parameters or
//! variants) are verified as they are and replaced by an argon2id hash at the first
//! successful sign-in ([`Verified::YesRehashed`]), so they fade out of the database.
//!
//! The shipped list of common passwords (Django's, see `data/NOTICE`) lives here; the
//! per-tenant policy that uses it is [`super::password_policy`].

use std::collections::HashSet;
use std::io::Read;
use std::sync::{Arc, LazyLock};

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use super::breached_passwords::RangeClient;
use super::{Result, ServiceError};

/// argon2id cost parameters. The defaults are OWASP's first recommendation
/// (m = 19 MiB, t = 2, p = 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for PasswordParams {
    fn default() -> Self {
        Self {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

impl PasswordParams {
    fn argon2(&self) -> Result<Argon2<'static>> {
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, None)
            .map_err(|e| ServiceError::Internal(format!("invalid argon2 parameters: {e}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    /// The PHC parameter segment these parameters produce, to spot hashes made with others.
    fn phc_segment(&self) -> String {
        format!(
            "m={},t={},p={}",
            self.memory_kib, self.iterations, self.parallelism
        )
    }
}

/// The PHC string of `password` under `params`, computed on the blocking pool.
pub async fn hash(params: PasswordParams, password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        tessera_crypto::secret::fill_random(&mut salt);
        params
            .argon2()?
            .hash_password_with_salt(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| ServiceError::Internal(format!("password hashing failed: {e}")))
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("password hashing task failed: {e}")))?
}

/// Outcome of checking a password against a stored hash.
#[derive(Debug, PartialEq, Eq)]
pub enum Verified {
    No,
    Yes,
    /// Correct, but hashed with other parameters: store the new hash.
    YesRehashed(String),
}

/// Checks `password` against `stored` (a PHC string) on the blocking pool. With no stored
/// hash, a dummy hash is checked instead so the answer takes as long as a real one and
/// timing does not reveal whether an account exists.
pub async fn verify(
    params: PasswordParams,
    password: String,
    stored: Option<String>,
) -> Result<Verified> {
    tokio::task::spawn_blocking(move || {
        let argon2 = params.argon2()?;
        let Some(stored) = stored else {
            let mut salt = [0u8; 16];
            tessera_crypto::secret::fill_random(&mut salt);
            let _ = argon2.hash_password_with_salt(password.as_bytes(), &salt);
            return Ok(Verified::No);
        };
        if !verify_any(&argon2, password.as_bytes(), &stored) {
            return Ok(Verified::No);
        }
        let current = stored.starts_with("$argon2id$v=19$")
            && stored.contains(&format!("${}$", params.phc_segment()));
        if current {
            return Ok(Verified::Yes);
        }
        let mut salt = [0u8; 16];
        tessera_crypto::secret::fill_random(&mut salt);
        let rehashed = argon2
            .hash_password_with_salt(password.as_bytes(), &salt)
            .map_err(|e| ServiceError::Internal(format!("password rehash failed: {e}")))?;
        Ok(Verified::YesRehashed(rehashed.to_string()))
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("password verification task failed: {e}")))?
}

/// The schemes a stored (or imported) hash may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `$argon2id$`, `$argon2i$`, `$argon2d$` (PHC strings).
    Argon2,
    /// `$2a$`, `$2b$`, `$2y$` (modular crypt format, 60 characters).
    Bcrypt,
    /// `$scrypt$ln=…,r=…,p=…$salt$hash` (PHC string).
    Scrypt,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Argon2 => "argon2",
            Scheme::Bcrypt => "bcrypt",
            Scheme::Scrypt => "scrypt",
        }
    }

    /// The scheme a hash string announces by its prefix.
    pub fn of(hash: &str) -> Option<Scheme> {
        const ARGON2: [&str; 3] = ["$argon2id$", "$argon2i$", "$argon2d$"];
        const BCRYPT: [&str; 3] = ["$2a$", "$2b$", "$2y$"];
        if ARGON2.iter().any(|p| hash.starts_with(p)) {
            Some(Scheme::Argon2)
        } else if BCRYPT.iter().any(|p| hash.starts_with(p)) {
            Some(Scheme::Bcrypt)
        } else if hash.starts_with("$scrypt$") {
            Some(Scheme::Scrypt)
        } else {
            None
        }
    }
}

/// Checks `password` against a hash of any supported scheme (CPU-heavy: blocking pool only).
fn verify_any(argon2: &Argon2<'_>, password: &[u8], stored: &str) -> bool {
    match Scheme::of(stored) {
        // The hash's own variant, version and costs apply, not `argon2`'s.
        Some(Scheme::Argon2) => argon2.verify_password(password, stored).is_ok(),
        // Passwords longer than 72 bytes are truncated, as every bcrypt that made them did.
        Some(Scheme::Bcrypt) => bcrypt::verify(password, stored).unwrap_or(false),
        Some(Scheme::Scrypt) => PasswordHash::new(stored).is_ok_and(|hash| {
            scrypt::Scrypt::new()
                .verify_password(password, &hash)
                .is_ok()
        }),
        None => {
            tracing::error!("a stored password hash has an unknown format; the sign-in fails");
            false
        }
    }
}

/// Upper bounds on the cost of an imported hash, so one import cannot make every sign-in
/// of that user exhaust the server's memory (the first sign-in replaces the hash anyway).
const MAX_ARGON2_MEMORY_KIB: u32 = 2 * 1024 * 1024;
const MAX_ARGON2_ITERATIONS: u32 = 64;
const MAX_ARGON2_PARALLELISM: u32 = 64;
const MAX_BCRYPT_COST: u32 = 18;
const MAX_SCRYPT_MEMORY_BYTES: u64 = 1024 * 1024 * 1024;
const MAX_SCRYPT_PARALLELISM: u32 = 16;

/// Checks the format of an imported hash, returning its scheme or a message for the client.
pub fn check_imported(hash: &str) -> std::result::Result<Scheme, String> {
    const EXPECTED: &str = "expected a bcrypt ($2a$, $2b$, $2y$), scrypt ($scrypt$ln=…,r=…,p=…$…) \
        or argon2 ($argon2id$, $argon2i$, $argon2d$) hash";
    let Some(scheme) = Scheme::of(hash) else {
        return Err(format!("is not a supported password hash: {EXPECTED}"));
    };
    match scheme {
        Scheme::Argon2 => {
            let parsed = PasswordHash::new(hash)
                .map_err(|e| format!("is not a valid argon2 PHC string: {e}"))?;
            if parsed.salt.is_none() || parsed.hash.is_none() {
                return Err("is an argon2 PHC string without a salt or hash".to_owned());
            }
            let params = Params::try_from(&parsed)
                .map_err(|e| format!("has invalid argon2 parameters: {e}"))?;
            if let Some(version) = parsed.version
                && Version::try_from(version).is_err()
            {
                return Err(format!("has an unknown argon2 version v={version}"));
            }
            if params.m_cost() > MAX_ARGON2_MEMORY_KIB
                || params.t_cost() > MAX_ARGON2_ITERATIONS
                || params.p_cost() > MAX_ARGON2_PARALLELISM
            {
                return Err(format!(
                    "costs more than the server verifies: at most m={MAX_ARGON2_MEMORY_KIB}, \
                     t={MAX_ARGON2_ITERATIONS}, p={MAX_ARGON2_PARALLELISM}"
                ));
            }
        }
        Scheme::Bcrypt => {
            let parts: bcrypt::HashParts = hash
                .parse()
                .map_err(|e| format!("is not a valid bcrypt hash: {e}"))?;
            if !(4..=MAX_BCRYPT_COST).contains(&parts.get_cost()) {
                return Err(format!("has a bcrypt cost outside 4-{MAX_BCRYPT_COST}"));
            }
        }
        Scheme::Scrypt => {
            let parsed = PasswordHash::new(hash)
                .map_err(|e| format!("is not a valid scrypt PHC string: {e}"))?;
            if parsed.salt.is_none() || parsed.hash.is_none() || parsed.version.is_some() {
                return Err(
                    "must be `$scrypt$ln=N,r=R,p=P$SALT$HASH` (no version, salt and hash present)"
                        .to_owned(),
                );
            }
            let named = |n: &str| parsed.params.iter().any(|(name, _)| name.as_str() == n);
            if !["ln", "r", "p"].into_iter().all(named) {
                return Err("must name its scrypt parameters ln, r and p".to_owned());
            }
            let params = scrypt::Params::try_from(&parsed)
                .map_err(|e| format!("has invalid scrypt parameters: {e}"))?;
            let memory = 128u64
                .saturating_mul(u64::from(params.r()))
                .saturating_mul(params.n());
            if memory > MAX_SCRYPT_MEMORY_BYTES || params.p() > MAX_SCRYPT_PARALLELISM {
                return Err(format!(
                    "costs more than the server verifies: at most 1 GiB (128·r·2^ln bytes) \
                     and p={MAX_SCRYPT_PARALLELISM}"
                ));
            }
        }
    }
    Ok(scheme)
}

/// The server-wide password policy settings: the defaults of tenants that chose nothing.
#[derive(Clone)]
pub struct PasswordPolicy {
    /// Refuse passwords on the shipped list of common passwords (on by default).
    pub reject_common: bool,
    /// The leaked-password range API, when configured; tenants can turn its use off.
    pub breach_check: Option<Arc<RangeClient>>,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            reject_common: true,
            breach_check: None,
        }
    }
}

/// Django's list of 20,000 common passwords (lowercased, one a line), gzipped; see
/// `data/NOTICE` for its source and licence.
static COMMON_PASSWORDS_GZ: &[u8] = include_bytes!("../../data/common-passwords.txt.gz");

/// The common-password list, inflated on first use.
static COMMON_PASSWORDS: LazyLock<HashSet<Box<str>>> = LazyLock::new(|| {
    let mut text = String::new();
    if let Err(e) = flate2::read::GzDecoder::new(COMMON_PASSWORDS_GZ).read_to_string(&mut text) {
        // Cannot happen with the embedded file (a unit test inflates it); never panic here.
        tracing::error!(error = %e, "the embedded common-password list is unreadable");
        return HashSet::new();
    }
    text.lines()
        .map(|line| line.trim().to_lowercase().into_boxed_str())
        .filter(|line| !line.is_empty())
        .collect()
});

/// Whether `password`, trimmed and lowercased, is on the common-password list.
pub fn is_common(password: &str) -> bool {
    COMMON_PASSWORDS.contains(password.trim().to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> PasswordParams {
        PasswordParams {
            memory_kib: 256,
            iterations: 1,
            parallelism: 1,
        }
    }

    #[tokio::test]
    async fn hash_verify_and_upgrade() {
        let stored = hash(cheap(), "correct horse battery".into()).await.unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=256,t=1,p=1$"),
            "{stored}"
        );
        assert_eq!(
            verify(
                cheap(),
                "correct horse battery".into(),
                Some(stored.clone())
            )
            .await
            .unwrap(),
            Verified::Yes
        );
        assert_eq!(
            verify(cheap(), "wrong horse battery".into(), Some(stored.clone()))
                .await
                .unwrap(),
            Verified::No
        );
        assert_eq!(
            verify(cheap(), "anything".into(), None).await.unwrap(),
            Verified::No
        );
        let stronger = PasswordParams {
            memory_kib: 512,
            ..cheap()
        };
        match verify(stronger, "correct horse battery".into(), Some(stored))
            .await
            .unwrap()
        {
            Verified::YesRehashed(new) => {
                assert!(new.starts_with("$argon2id$v=19$m=512,t=1,p=1$"), "{new}")
            }
            other => panic!("expected a rehash, got {other:?}"),
        }
    }

    #[test]
    fn the_common_password_list_inflates_and_matches_loosely() {
        assert!(
            COMMON_PASSWORDS.len() > 19_000,
            "the embedded list inflates: {}",
            COMMON_PASSWORDS.len()
        );
        // On the list: matched after trimming and lowercasing.
        for p in ["qwertyuiop", "  QwertyUIOP ", "1234567890", "password123"] {
            assert!(is_common(p), "{p:?}");
        }
        assert!(!is_common("correct horse battery"));
    }

    /// Hashes made by other implementations (Python's passlib/bcrypt/argon2-cffi and the
    /// RustCrypto crates' own vectors) verify, and report an upgrade to argon2id.
    #[tokio::test]
    async fn imported_hashes_verify_and_upgrade() {
        let cases = [
            // bcrypt, OpenBSD test vector ("U*U", cost 5).
            (
                "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
                "U*U",
                Scheme::Bcrypt,
            ),
            // scrypt, passlib's documented example.
            (
                "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
                "password",
                Scheme::Scrypt,
            ),
        ];
        for (hash, password, scheme) in cases {
            assert_eq!(check_imported(hash), Ok(scheme), "{hash}");
            match verify(cheap(), password.into(), Some(hash.into()))
                .await
                .unwrap()
            {
                Verified::YesRehashed(new) => {
                    assert!(new.starts_with("$argon2id$v=19$m=256,t=1,p=1$"), "{new}")
                }
                other => panic!("{hash}: expected a rehash, got {other:?}"),
            }
            assert_eq!(
                verify(cheap(), "not it".into(), Some(hash.into()))
                    .await
                    .unwrap(),
                Verified::No
            );
        }
        // argon2i with the server's costs still upgrades to argon2id.
        let argon2i = Argon2::new(
            Algorithm::Argon2i,
            Version::V0x13,
            Params::new(256, 1, 1, None).unwrap(),
        )
        .hash_password_with_salt(b"open sesame!", b"0123456789abcdef")
        .unwrap()
        .to_string();
        assert_eq!(check_imported(&argon2i), Ok(Scheme::Argon2));
        assert!(matches!(
            verify(cheap(), "open sesame!".into(), Some(argon2i))
                .await
                .unwrap(),
            Verified::YesRehashed(_)
        ));
    }

    #[test]
    fn imported_hashes_are_checked() {
        for bad in [
            "",
            "plaintext",
            "$1$saltsalt$hash",
            "$2x$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
            "$2b$05$tooshort",
            "$2b$31$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
            "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q",
            "$scrypt$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
            "$scrypt$ln=30,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ",
            "$argon2id$v=19$m=4294967295,t=2,p=1$c2FsdHNhbHRzYWx0$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo",
            "$argon2id$v=19$m=19456,t=2,p=1,x=1$c2FsdHNhbHRzYWx0$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo",
        ] {
            assert!(check_imported(bad).is_err(), "accepted {bad:?}");
        }
    }
}
