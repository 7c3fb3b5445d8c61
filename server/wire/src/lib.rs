//! Wire types of the Tessera HTTP API.
//!
//! Every request and response body that `spec/openapi.yaml` names lives here, with its
//! `ToSchema` derive, so the server, the conformance suite and the Rust SDK agree on one
//! definition. Request types deny unknown fields: a typo in a field name is an error a
//! client hears about, not a silently ignored setting.

pub mod audit;
pub mod auth;
pub mod discovery;
pub mod health;
pub mod keys;
pub mod page;
pub mod problem;
pub mod tenants;
pub mod tokens;
pub mod users;

pub use audit::{
    AuditEvent, AuditEventList, AuditExportFormat, AuditExportParams, AuditQueryParams,
    AuditVerification,
};
pub use auth::{LoginRequest, RefreshRequest, Session, SessionList, SessionTokens, TokenDelivery};
pub use discovery::{Jwk, JwkSet, OpenIdConfiguration};
pub use health::HealthStatus;
pub use keys::{KeyStatus, RotateKeysRequest, SigningAlg, SigningKey, SigningKeyList};
pub use page::PageParams;
pub use problem::{ErrorCode, FieldError, Problem};
pub use tenants::{CreateTenant, Tenant, TenantList, UpdateTenant};
pub use tokens::{TestToken, TestTokenRequest};
pub use users::{CreateUser, UpdateUser, User, UserList, UserSearchParams};
