//! Command-line interface. Every setting is a flag with a `TESSERA_*` environment variable
//! and a key of the TOML config file; flags override the environment, which overrides the file.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde::Deserialize;

#[derive(Debug, Parser)]
#[command(
    name = "tessera",
    version,
    about = "Tessera: a self-hosted, multi-tenant identity platform"
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (migrates the database first).
    ///
    /// On a database without admin keys, the first start installs TESSERA_BOOTSTRAP_ADMIN_KEY
    /// (`tsk_` followed by 32-256 printable characters) as the first admin key, or generates
    /// one and prints it once.
    // Boxed: the settings outweigh every other command (clippy::large_enum_variant).
    Serve(Box<ServeArgs>),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage admin keys for the management API.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Manage tenants directly in the database.
    #[command(subcommand)]
    Tenant(TenantCommand),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a new admin key and print it once (it is stored only as a hash).
    Bootstrap {
        /// A label to recognise the key by.
        #[arg(long, default_value = "bootstrap")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant with its signing keys.
    Create {
        /// Lowercase letters, digits and inner hyphens, 1-63 characters.
        #[arg(long)]
        slug: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Primary signing algorithm.
        #[arg(long, value_enum, default_value_t = AlgArg::ES256)]
        signing_alg: AlgArg,
    },
    /// List tenants.
    List {
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
#[allow(clippy::upper_case_acronyms)]
pub enum AlgArg {
    #[value(name = "ES256")]
    ES256,
    #[value(name = "RS256")]
    RS256,
    #[value(name = "EdDSA")]
    EdDSA,
}

/// Settings every subcommand uses.
#[derive(Debug, Args, Default)]
pub struct CommonArgs {
    /// TOML config file; its keys are the long flag names with `_` for `-`.
    #[arg(long, env = "TESSERA_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Directory for the SQLite database and the generated development master key
    /// [default: ./tessera-data]
    #[arg(long, env = "TESSERA_DATA_DIR", global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST/DB` [default: SQLite in the data dir]
    #[arg(
        long,
        env = "TESSERA_DATABASE_URL",
        global = true,
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Base64 of 32 random bytes that encrypts signing keys at rest; every replica needs the
    /// same one. Generated into the data dir when unset (development, SQLite only).
    #[arg(
        long,
        env = "TESSERA_MASTER_KEY",
        global = true,
        value_name = "BASE64",
        hide_env_values = true
    )]
    pub master_key: Option<String>,
    /// External base URL of this deployment; tenant issuers are `{public_url}/t/{slug}`
    /// [default: http://{listen}]
    #[arg(long, env = "TESSERA_PUBLIC_URL", global = true, value_name = "URL")]
    pub public_url: Option<String>,
    /// Address the server listens on; also the default public URL [default: 127.0.0.1:8080]
    #[arg(long, env = "TESSERA_LISTEN", global = true, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Log output format [default: text]
    #[arg(long, env = "TESSERA_LOG_FORMAT", global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    /// Log filter in `tracing` syntax, such as `info` or `tessera_server=debug` [default: info,sqlx=warn]
    #[arg(long, env = "TESSERA_LOG_LEVEL", global = true, value_name = "FILTER")]
    pub log_level: Option<String>,
    /// Maximum database connections per process [default: 10]
    #[arg(
        long,
        env = "TESSERA_DB_MAX_CONNECTIONS",
        global = true,
        value_name = "N"
    )]
    pub db_max_connections: Option<u32>,
    /// Upper bound, in seconds, on the lifetime of any token the server signs; a rotated key
    /// stays in the JWKS this long (plus one minute of clock skew) [default: 86400]
    #[arg(
        long,
        env = "TESSERA_MAX_TOKEN_LIFETIME",
        global = true,
        value_name = "SECONDS"
    )]
    pub max_token_lifetime: Option<u64>,
}

/// Settings of `tessera serve`.
#[derive(Debug, Args, Default)]
pub struct ServeArgs {
    /// Largest accepted request body, in bytes [default: 1048576]
    #[arg(long, env = "TESSERA_MAX_BODY_BYTES", value_name = "BYTES")]
    pub max_body_bytes: Option<usize>,
    /// Seconds a request may take before it is answered 503 [default: 30]
    #[arg(long, env = "TESSERA_REQUEST_TIMEOUT", value_name = "SECONDS")]
    pub request_timeout: Option<u64>,
    /// Seconds to let in-flight requests finish after SIGTERM or Ctrl-C [default: 30]
    #[arg(long, env = "TESSERA_SHUTDOWN_GRACE", value_name = "SECONDS")]
    pub shutdown_grace: Option<u64>,
    /// Requests per minute that one client IP may make to one tenant's sign-in API (`POST
    /// /t/{tenant}/auth/…`: login, MFA, refresh, signup, password reset, magic links, email
    /// codes); counted in the database (or Redis, see --redis-url), so shared by every
    /// replica. 0 turns the limit off [default: 60]
    #[arg(long, env = "TESSERA_AUTH_RATE_LIMIT", value_name = "PER_MINUTE")]
    pub auth_rate_limit: Option<u32>,
    /// Redis for the brute-force counters (rate limits, failed sign-ins and locks) that every
    /// replica shares, such as `redis://:password@redis:6379/0` (`rediss://` for TLS). While
    /// Redis does not answer, the counters fall back to the database [default: none: the
    /// database]
    #[arg(long, env = "TESSERA_REDIS_URL", value_name = "URL")]
    pub redis_url: Option<String>,
    /// Comma-separated CIDRs of reverse proxies whose `X-Forwarded-For` is believed, such as
    /// `10.0.0.0/8,fd00::/8`; the client is the right-most address not in them. Without it the
    /// TCP peer is the client [default: none]
    #[arg(long, env = "TESSERA_TRUSTED_PROXIES", value_name = "CIDRS")]
    pub trusted_proxies: Option<String>,
    /// argon2id memory cost of new password hashes, in KiB [default: 19456]
    #[arg(long, env = "TESSERA_PASSWORD_MEMORY_KIB", value_name = "KIB")]
    pub password_memory_kib: Option<u32>,
    /// argon2id iterations of new password hashes [default: 2]
    #[arg(long, env = "TESSERA_PASSWORD_ITERATIONS", value_name = "N")]
    pub password_iterations: Option<u32>,
    /// argon2id lanes of new password hashes [default: 1]
    #[arg(long, env = "TESSERA_PASSWORD_PARALLELISM", value_name = "N")]
    pub password_parallelism: Option<u32>,
    /// Refuse new passwords on the shipped list of 20,000 common passwords (compared trimmed
    /// and lowercased) [default: true]
    #[arg(long, env = "TESSERA_REJECT_COMMON_PASSWORDS", value_name = "BOOL")]
    pub reject_common_passwords: Option<bool>,
    /// Base URL of a Pwned Passwords range API, such as `https://api.pwnedpasswords.com`, to
    /// refuse new passwords found in known breaches. Only the first 5 hex characters of the
    /// password's SHA-1 are sent (`GET {url}/range/{prefix}`); when the API does not answer
    /// within 2 s the password is accepted and a warning logged [default: none: no check]
    #[arg(long, env = "TESSERA_PWNED_PASSWORDS_URL", value_name = "URL")]
    pub pwned_passwords_url: Option<String>,
    /// Lifetime of session access tokens, in seconds [default: 900]
    #[arg(long, env = "TESSERA_ACCESS_TOKEN_TTL", value_name = "SECONDS")]
    pub access_token_ttl: Option<u32>,
    /// Absolute lifetime of a sign-in session and its refresh tokens, in seconds [default: 2592000]
    #[arg(long, env = "TESSERA_SESSION_LIFETIME", value_name = "SECONDS")]
    pub session_lifetime: Option<i64>,
    /// SMTP relay for outgoing email: `smtp://USER:PASSWORD@HOST:587` (STARTTLS required),
    /// `smtps://USER:PASSWORD@HOST:465` (TLS), `smtp://HOST:25?tls=opportunistic`, or
    /// `smtp://127.0.0.1:25?tls=none` (no encryption, local relays only) [default: none: emails
    /// go to the development outbox, readable at GET /v1/tenants/{tenant}/outbox]
    #[arg(
        long,
        env = "TESSERA_SMTP_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// `From` of outgoing email, `address` or `Name <address>`; without a name, the tenant's
    /// name is shown. Required with --smtp-url [default: no-reply@localhost]
    #[arg(long, env = "TESSERA_EMAIL_FROM", value_name = "ADDRESS")]
    pub email_from: Option<String>,
    /// The DNS resolver (`IP:PORT`, UDP) that verifies organization domains
    /// [default: the system's, from /etc/resolv.conf]
    #[arg(long, env = "TESSERA_DNS_RESOLVER", value_name = "IP:PORT")]
    pub dns_resolver: Option<std::net::SocketAddr>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}
