//! Tessera's storage layer.
//!
//! Two typed sqlx pools behind one [`Db`] handle: SQLite (embedded default) and PostgreSQL.
//! The SQL is written once in the dialect both accept (`$1` placeholders, `RETURNING`,
//! partial indexes) over portable column types (TEXT, BIGINT, BLOB/BYTEA), and [`on_pool!`]
//! runs it on whichever pool is configured; each backend has its own migrations folder.
//! Modules hold one aggregate each and no business rules: callers decide, the store persists.

pub mod admin_keys;
pub mod api_keys;
pub mod audit;
pub mod authorization;
pub mod change_feed;
pub mod clients;
pub mod domains;
pub mod email;
pub mod invitations;
pub mod mfa;
pub mod organizations;
pub mod passkeys;
pub mod password_policies;
pub mod rate_limits;
pub mod resources;
pub mod roles;
pub mod service_accounts;
pub mod session_contexts;
pub mod sessions;
pub mod signing_keys;
pub mod signups;
pub mod tenants;
#[cfg(feature = "testing")]
pub mod testing;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

pub use admin_keys::AdminKeyRecord;
pub use api_keys::ApiKeyRecord;
pub use audit::{AuditEventRecord, AuditFilter};
pub use authorization::{
    AuthorizationCodeRecord, AuthorizationRequestRecord, BrowserSessionRecord, CodeRedemption,
    ConsentRecord, OAuthGrantRecord,
};
pub use clients::{ClientRecord, ClientSecretRecord};
pub use domains::DomainRecord;
pub use email::{EmailTemplateRecord, OneTimeTokenRecord, OutboxRecord};
pub use invitations::{AcceptOutcome, InvitationRecord};
pub use mfa::{MfaChallengeRecord, MfaCompletion, TotpFactorRecord};
pub use organizations::{MembershipRecord, OrganizationRecord, UserOrganizationRecord};
pub use passkeys::{CeremonyRecord, PasskeyRecord, WebauthnSettingsRecord};
pub use password_policies::PasswordPolicyRecord;
pub use resources::{BrandingRecord, ResourceRecord};
pub use roles::RoleRecord;
pub use service_accounts::{ResourceGrantRecord, ServiceAccountRecord};
pub use session_contexts::SessionContextRecord;
pub use sessions::{NewRefreshToken, RefreshOutcome, SessionRecord};
pub use signing_keys::{KeyRotation, NewSigningKey, SigningKeyRecord};
pub use signups::PendingSignupRecord;
pub use tenants::{TenantPatch, TenantRecord};
pub use users::{UserFilter, UserRecord};

/// Runs `$body` with `$pool` bound to the concrete pool of either backend.
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` in a write transaction bound to `$tx`; commits when it finishes, rolls back
/// when it returns early with `?`. SQLite takes the write lock up front (`BEGIN IMMEDIATE`)
/// so concurrent writers queue on the busy timeout instead of failing to upgrade.
macro_rules! in_tx {
    ($db:expr, $tx:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite(pool) => {
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::Db::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}
pub(crate) use {in_tx, on_pool};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("a row with the same unique key already exists")]
    UniqueViolation,
    #[error("the row changed concurrently")]
    ConcurrentUpdate,
    #[error("the database is unreachable: {0}")]
    Unavailable(#[source] sqlx::Error),
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL (expected sqlite:… or postgres://…)")]
    UnsupportedUrl,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::UniqueViolation,
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::WorkerCrashed => StoreError::Unavailable(e),
            _ => StoreError::Database(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Pool settings.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

/// A handle on the configured database; cheap to clone.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Which backend a database URL selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }
}

impl Db {
    /// Connects, creating the SQLite file when missing. Fails when the database cannot be
    /// reached now; once connected, the pool reconnects by itself after an outage.
    pub async fn connect(url: &str, options: &PoolOptions) -> Result<Self> {
        match Backend::of_url(url)? {
            Backend::Sqlite => {
                let connect = SqliteConnectOptions::from_str(url)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(5))
                    .foreign_keys(true);
                let pool = SqlitePoolOptions::new()
                    .max_connections(options.max_connections)
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(connect)
                    .await?;
                Ok(Db::Sqlite(pool))
            }
            Backend::Postgres => {
                let connect = PgConnectOptions::from_str(url)?.application_name("tessera");
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections)
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(connect)
                    .await?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies pending migrations. Safe to run from several replicas at once: sqlx takes an
    /// advisory lock on PostgreSQL, and SQLite serialises writers.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// A round trip to the database, for readiness checks.
    pub async fn ping(&self) -> Result<()> {
        on_pool!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    /// `(open connections, idle connections)`, for metrics.
    pub fn pool_stats(&self) -> (u32, u32) {
        on_pool!(self, pool => (pool.size(), pool.num_idle() as u32))
    }

    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
    }
}

/// A JSON array of strings: how a list is bound for SQLite (`IN (SELECT value FROM
/// json_each($n))`) where PostgreSQL takes an array (`= ANY($n)`).
pub(crate) fn json_list(items: &[String]) -> String {
    serde_json::Value::from(items.to_vec()).to_string()
}
