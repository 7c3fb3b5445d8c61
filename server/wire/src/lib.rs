//! Wire types of the Tessera HTTP API.
//!
//! Every request and response body that `spec/openapi.yaml` names lives here, with its
//! `ToSchema` derive, so the server, the conformance suite and the Rust SDK agree on one
//! definition. Request types deny unknown fields: a typo in a field name is an error a
//! client hears about, not a silently ignored setting.

pub mod audit;
pub mod auth;
pub mod clients;
pub mod discovery;
pub mod email;
pub mod health;
pub mod keys;
pub mod mfa;
pub mod oauth;
pub mod page;
pub mod problem;
pub mod resources;
pub mod tenants;
pub mod tokens;
pub mod users;

pub use audit::{
    AuditEvent, AuditEventList, AuditExportFormat, AuditExportParams, AuditQueryParams,
    AuditVerification,
};
pub use auth::{
    LoginRequest, RefreshRequest, Session, SessionList, SessionTokens, SignupRequest, SignupVerify,
    TokenDelivery,
};
pub use clients::{
    Client, ClientList, ClientSecretInfo, ClientType, ClientWithSecret, CreateClient, GrantType,
    RotateClientSecret, TokenEndpointAuthMethod, UpdateClient,
};
pub use discovery::{Jwk, JwkSet, OpenIdConfiguration};
pub use email::{
    EmailCodeVerify, EmailRequest, EmailRequestAccepted, EmailTemplate, EmailTemplateList,
    EmailVerified, MagicLinkVerify, OutboxMessage, OutboxMessageList, OutboxQueryParams,
    PasswordResetConfirm, PutEmailTemplate, VerificationEmailSent, VerifyEmailRequest,
};
pub use health::HealthStatus;
pub use keys::{KeyStatus, RotateKeysRequest, SigningAlg, SigningKey, SigningKeyList};
pub use mfa::{
    ConfirmTotp, LoginResponse, MfaChallenge, MfaFactor, MfaVerifyRequest, RecoveryCodes,
    TotpEnrolment, TotpState, TotpStatus,
};
pub use oauth::{
    AuthorizeQuery, IntrospectionResponse, LogoutQuery, OAuthError, TokenQuery, TokenRequest,
    TokenResponse, UserInfo,
};
pub use page::PageParams;
pub use problem::{ErrorCode, FieldError, Problem};
pub use resources::{
    Branding, ClientRegistrationRequest, ClientRegistrationResponse, CreateResource, OAuthSettings,
    ProtectedResourceMetadata, RegistrationError, Resource, ResourceList, UpdateOAuthSettings,
    UpdateResource,
};
pub use tenants::{CreateTenant, SignupMode, Tenant, TenantList, UpdateTenant};
pub use tokens::{TestToken, TestTokenRequest};
pub use users::{
    ChangePassword, CreateUser, Reauthenticate, UpdateProfile, UpdateUser, User, UserList,
    UserSearchParams,
};
