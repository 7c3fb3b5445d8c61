//! A typed async client for the Tessera API.
//!
//! [`Client`] and the [`types`] are generated at build time by progenitor from
//! `openapi.json` (the OpenAPI 3.0 rendering of `spec/openapi.yaml`). This crate's
//! hand-written modules add what every Tessera SDK offers: [settings](Settings) with
//! credentials per security scheme, timeouts and retries (applied by progenitor hooks, so
//! every operation has them), typed [errors](Error) read from problem documents
//! (`send().typed()`, trait [`Typed`]), a `stream()` ([`pagination::ItemStream`]) over every
//! cursor-paginated list, and a [client-credentials](ClientCredentials) token cache.
//!
//! ```no_run
//! use tessera_sdk::{Client, Typed};
//! # async fn run() -> Result<(), tessera_sdk::Error> {
//! let client = Client::builder("http://127.0.0.1:8080").admin_key("tsk_…").build()?;
//! let tenant = client.get_tenant().tenant("acme").send().typed().await?;
//! println!("{}", tenant.issuer);
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

// Only when the spec has a token endpoint the helper can drive (see build.rs).
#[cfg(tessera_token_endpoint)]
mod credentials;
mod error;
mod generated;
mod hooks;
pub mod pagination;
mod settings;

#[cfg(tessera_token_endpoint)]
pub use credentials::{
    ClientAuth, ClientCredentials, ClientCredentialsOptions, DEFAULT_REFRESH_BEFORE,
};
pub use error::{ApiError, Error, ErrorKind, Typed};
pub use generated::{
    ByteStream, Client, ClientInfo, ERROR_CODES, Problem, ResponseValue, builder, types,
};
pub use settings::{ClientBuilder, RetryEvent, Settings, TokenSource};

/// This SDK's version, the API version it was generated from.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The system clock: the default of every clock this crate takes (tests pass their own).
#[allow(clippy::disallowed_methods)] // the one place that reads it
pub(crate) fn system_now() -> std::time::SystemTime {
    std::time::SystemTime::now()
}

/// The user agent every call sends.
pub const USER_AGENT: &str = concat!("tessera-rust/", env!("CARGO_PKG_VERSION"));

/// The README's quick start, compiled as a doctest so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeQuickStart;
