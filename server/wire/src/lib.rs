//! Wire types of the Tessera HTTP API.
//!
//! Every request and response body that `spec/openapi.yaml` names lives here, with its
//! `ToSchema` derive, so the server, the conformance suite and the Rust SDK agree on one
//! definition. Request types deny unknown fields: a typo in a field name is an error a
//! client hears about, not a silently ignored setting.

pub mod api_keys;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod clients;
pub mod discovery;
pub mod email;
pub mod health;
pub mod keys;
pub mod mfa;
pub mod oauth;
pub mod organizations;
pub mod page;
pub mod passkeys;
pub mod password_policy;
pub mod problem;
pub mod resources;
pub mod service_accounts;
pub mod tenants;
pub mod tokens;
pub mod users;

pub use api_keys::{
    ApiKey, ApiKeyList, ApiKeyListParams, ApiKeyWithSecret, CreateApiKey, RotateApiKey,
};
pub use audit::{
    AuditEvent, AuditEventList, AuditExportFormat, AuditExportParams, AuditQueryParams,
    AuditVerification,
};
pub use auth::{
    LoginRequest, RefreshRequest, Session, SessionList, SessionTokens, SignupRequest, SignupVerify,
    TokenDelivery,
};
pub use authz::{
    AuthzCheck, AuthzCheckBatch, AuthzDecision, AuthzDecisionList, AuthzReason, CreateRole, Role,
    RoleList, UpdateRole,
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
pub use organizations::{
    AcceptInvitation, AddMember, CreateInvitation, CreateOrganization, Invitation,
    InvitationAccepted, InvitationList, InvitationState, Membership, MembershipList,
    MyOrganization, MyOrganizationList, Organization, OrganizationList, OrganizationPolicies,
    OrganizationSearchParams, UpdateMember, UpdateOrganization,
};
pub use organizations::{
    CreateOrganizationDomain, OrganizationDomain, OrganizationDomainList, UpdateOrganizationDomain,
};
pub use page::PageParams;
pub use passkeys::{
    AttestationConveyance, Passkey, PasskeyCeremony, PasskeyList, PasskeyRegistrationFinish,
    PasskeySecondFactorFinish, PasskeySecondFactorStart, PasskeySignInFinish, PasskeySignInStart,
    RenamePasskey, UpdateWebauthnSettings, WebauthnSettings,
};
pub use password_policy::{PasswordPolicy, SetPasswordPolicy};
pub use problem::{ErrorCode, FieldError, Problem};
pub use resources::{
    Branding, ClientRegistrationRequest, ClientRegistrationResponse, Consent, ConsentList,
    CreateResource, OAuthSettings, ProtectedResourceMetadata, RegistrationError, Resource,
    ResourceList, UpdateOAuthSettings, UpdateResource,
};
pub use service_accounts::{
    CreateResourceGrant, CreateServiceAccount, ResourceGrant, ResourceGrantList,
    ResourceGrantListParams, ServiceAccount, ServiceAccountList, ServiceAccountWithSecret,
    UpdateServiceAccount,
};
pub use tenants::{CreateTenant, SignupMode, Tenant, TenantList, UpdateTenant};
pub use tokens::{TestToken, TestTokenRequest};
pub use users::{
    ChangePassword, CreateUser, Reauthenticate, UpdateProfile, UpdateUser, User, UserList,
    UserSearchParams,
};
