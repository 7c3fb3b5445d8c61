//! Password hashing (argon2id) and the password policy.
//!
//! Hashing is deliberately slow, so it runs on Tokio's blocking pool and never on the async
//! executor, where it would stall every other request on that worker.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use tessera_wire::FieldError;

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
        if argon2
            .verify_password(password.as_bytes(), stored.as_str())
            .is_err()
        {
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

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 256;

/// The password policy: length (in characters; NIST SP 800-63B §3.1.1.2), and no password
/// that contains the account's email, its local part or the user's name.
pub fn check_policy(
    pointer: &str,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Option<FieldError> {
    let length = password.chars().count();
    let problem = if length < MIN_LENGTH {
        Some(format!("must be at least {MIN_LENGTH} characters"))
    } else if length > MAX_LENGTH {
        Some(format!("must be at most {MAX_LENGTH} characters"))
    } else {
        let lower = password.to_lowercase();
        let local = email.split('@').next().unwrap_or_default();
        let contains =
            |part: &str| part.chars().count() >= 3 && lower.contains(&part.to_lowercase());
        if contains(email) || contains(local) {
            Some("must not contain the email address".to_owned())
        } else if name.is_some_and(|n| n.split_whitespace().any(contains)) {
            Some("must not contain the user's name".to_owned())
        } else {
            None
        }
    };
    problem.map(|message| FieldError {
        pointer: pointer.to_owned(),
        message,
    })
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
    fn policy() {
        let check =
            |p: &str| check_policy("/password", p, "jane.doe@example.com", Some("Jane Doe"));
        assert!(check("short").is_some());
        assert!(check(&"x".repeat(257)).is_some());
        assert!(check("my jane.doe password").is_some());
        assert!(check("Doe-family-2024!").is_some());
        assert!(check("correct horse battery").is_none());
    }
}
