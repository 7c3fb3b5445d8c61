//! Use cases, free of HTTP: each takes typed input, applies the rules, and calls the store.

pub mod access_tokens;
pub mod admin_keys;
pub mod audit;
pub mod breached_passwords;
pub mod browser_sessions;
pub mod clients;
pub mod consents;
pub mod counters;
pub mod email;
pub mod keys;
pub mod me;
pub mod mfa;
pub mod oauth;
pub mod organizations;
pub mod pagination;
pub mod passkeys;
pub mod password_policy;
pub mod passwords;
pub mod rate_limits;
pub mod resources;
pub mod sessions;
pub mod signup;
pub mod tenants;
pub mod test_tokens;
pub mod users;
pub mod validate;

use std::sync::Arc;
use std::time::Duration;

use tessera_crypto::MasterKey;
use tessera_store::{Db, StoreError};
use tessera_wire::FieldError;

use crate::clock::SharedClock;

/// What every use case needs; cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub clock: SharedClock,
    pub master_key: Arc<MasterKey>,
    /// Without a trailing slash.
    pub public_url: Arc<str>,
    /// No signed token outlives this; retired keys stay published this long.
    pub max_token_lifetime: Duration,
    pub password_params: passwords::PasswordParams,
    /// Server-wide password policy: the common-password list and the leaked-password check.
    pub password_policy: passwords::PasswordPolicy,
    pub session_settings: sessions::SessionSettings,
    /// Brute-force counters (rate limits, failed sign-ins): the database, or Redis.
    pub counters: counters::Counters,
    /// Where emails go: SMTP, or the development outbox.
    pub email: email::Mailer,
    /// The DNS resolver that domain verification asks; `None`: the system's.
    pub dns_resolver: Option<std::net::SocketAddr>,
    /// Tenants, clients and keys held in memory; see [`crate::cache`].
    pub cache: Arc<crate::cache::Caches>,
}

impl App {
    pub fn issuer(&self, slug: &str) -> String {
        format!("{}/t/{slug}", self.public_url)
    }
}

/// Domain errors. The HTTP layer maps each to a status and a stable code.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    AlreadyExists(String),
    #[error("{}", summarise(.0))]
    Invalid(Vec<FieldError>),
    /// A path or query parameter is malformed.
    #[error("{0}")]
    InvalidParameter(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the database is unavailable")]
    Unavailable(#[source] StoreError),
    /// Sign-in failed; deliberately silent about which part was wrong.
    #[error("the email or password is not correct")]
    InvalidCredentials,
    #[error("{0}")]
    InvalidToken(String),
    /// A second-factor code is wrong or already used; the challenge stays open.
    #[error("{0}")]
    InvalidCode(String),
    #[error("too many failed sign-ins; retry in {retry_after_secs} s")]
    AccountLocked { retry_after_secs: u64 },
    #[error("this account is disabled; contact the application's administrator")]
    AccountDisabled,
    /// Too many requests from one client; `Retry-After` tells when the window ends.
    #[error("too many requests; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// The tenant does not take self-service signups.
    #[error("{0}")]
    SignupDisabled(String),
    /// The tenant does not take signups from this email domain.
    #[error("{0}")]
    EmailDomainNotAllowed(String),
    /// The email could not be handed to the SMTP relay (detail for the logs).
    #[error("the email could not be sent: {0}")]
    DeliveryFailed(String),
    /// Detail for the logs only; clients get a generic message and the request id.
    #[error("internal error: {0}")]
    Internal(String),
    /// The caller lacks a permission or organization the operation needs.
    #[error("{0}")]
    PermissionDenied(String),
    /// An organization's policy refuses the session; the message names the policy.
    #[error("{0}")]
    PolicyViolation(String),
    /// A new password the tenant's policy refuses: answered like [`ServiceError::Invalid`]
    /// with one field, but typed, so the hosted pages can say it in the person's language.
    #[error("{pointer}: {}", problem.message())]
    PasswordRejected {
        pointer: String,
        problem: password_policy::PasswordProblem,
    },
}

fn summarise(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.pointer, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl ServiceError {
    pub fn invalid(pointer: &str, message: impl Into<String>) -> Self {
        ServiceError::Invalid(vec![FieldError {
            pointer: pointer.to_owned(),
            message: message.into(),
        }])
    }
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable(_) => ServiceError::Unavailable(e),
            StoreError::ConcurrentUpdate => ServiceError::Conflict(
                "the resource was changed concurrently; retry the request".to_owned(),
            ),
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

pub type Result<T, E = ServiceError> = std::result::Result<T, E>;
