//! The HTTP layer: routes, extractors and problem responses. Handlers only translate HTTP to
//! service calls; the OpenAPI document is derived from the same route table that serves.

mod api_keys;
mod audit;
mod auth;
mod authz;
mod clients;
mod consents;
mod cors;
mod discovery;
mod domains;
mod email;
pub mod error;
mod extract;
mod hosted;
mod hosted_account;
mod hosted_email;
mod hosted_i18n;
mod hosted_passkeys;
mod invitations;
mod keys;
mod me;
mod metrics;
mod mfa;
mod middleware;
mod my_organizations;
mod oauth;
mod ops;
mod organizations;
mod passkeys;
mod password_policy;
pub mod rate_limit;
mod registration;
mod resources;
mod service_accounts;
mod signup;
mod tenants;
mod users;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use tessera_wire::ErrorCode;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use metrics::Metrics;

use crate::services::App;
use crate::services::rate_limits::RateLimit;
use error::ApiError;
use rate_limit::TrustedProxies;

/// What every handler gets. Axum clones the state for each extractor and middleware layer
/// of every request, so it is one `Arc` (one reference-count increment) rather than the
/// dozen fields of [`App`] (a measurable share of a token request, docs/benchmarks.md).
#[derive(Clone)]
pub struct HttpState(Arc<HttpStateInner>);

impl std::ops::Deref for HttpState {
    type Target = HttpStateInner;

    fn deref(&self) -> &HttpStateInner {
        &self.0
    }
}

pub struct HttpStateInner {
    pub app: App,
    pub metrics: Arc<Metrics>,
    pub openapi_json: Arc<str>,
    pub request_timeout: Duration,
    /// Whether the public URL is https (then HSTS is sent).
    pub https: bool,
    /// Per client IP and tenant, on `POST /t/{tenant}/auth/…` (logout aside).
    pub auth_rate_limit: RateLimit,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<TrustedProxies>,
}

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    pub db_max_connections: u32,
    /// Per client IP and tenant, on the sign-in API; `max_requests: 0` turns it off.
    pub auth_rate_limit: RateLimit,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: TrustedProxies,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tessera API",
        description = "The management and protocol API of Tessera, a self-hosted multi-tenant identity platform. \
Errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    components(schemas(tessera_wire::ErrorCode, tessera_wire::FieldError, tessera_wire::AuditExportFormat)),
    modifiers(&AdminKeyScheme),
    tags(
        (name = "Tenants", description = "Isolated environments, each its own issuer"),
        (name = "Keys", description = "Tenant signing keys and their rotation"),
        (name = "Users", description = "A tenant's end users, managed with an admin key"),
        (name = "Sessions", description = "First-party sign-in for a tenant's users"),
        (name = "Self-service", description = "What a signed-in user may do to their own account"),
        (name = "Email", description = "Email verification, password reset, magic links, email codes, the development outbox and email templates"),
        (name = "Clients", description = "OAuth clients and service accounts of a tenant"),
        (name = "Resources", description = "APIs a tenant protects (MCP servers among them), their RFC 9728 metadata, and the tenant's OAuth policy"),
        (name = "OAuth", description = "The tenant's OAuth 2.0 authorization server endpoints"),
        (name = "Audit", description = "A tenant's append-only, hash-chained audit log"),
        (name = "Discovery", description = "Public OpenID Provider documents of a tenant"),
        (name = "Operations", description = "Health, readiness, metrics and this document"),
        (name = "Organizations", description = "A tenant's organizations and their members"),
        (name = "Authorization", description = "Roles, permissions and authorization checks"),
        (name = "Passkeys", description = "A tenant's WebAuthn relying-party settings and its users' passkeys"),
    )
)]
struct ApiDoc;

struct AdminKeyScheme;

impl Modify for AdminKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.description = Some(
            "An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.".into(),
        );
        components.add_security_scheme("admin_key", SecurityScheme::Http(scheme));
        let mut session = Http::new(HttpAuthScheme::Bearer);
        session.bearer_format = Some("JWT".into());
        session.description =
            Some("A session access token from `POST /t/{tenant}/auth/login`.".into());
        components.add_security_scheme("session_token", SecurityScheme::Http(session));
        let mut bearer = Http::new(HttpAuthScheme::Bearer);
        bearer.bearer_format = Some("JWT".into());
        bearer.description = Some(
            "An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`)."
                .into(),
        );
        components.add_security_scheme("bearer_token", SecurityScheme::Http(bearer));
        let mut registration = Http::new(HttpAuthScheme::Bearer);
        registration.description = Some(
            "The registration access token (`trt_…`) from dynamic client registration (RFC 7592)."
                .into(),
        );
        components.add_security_scheme("registration_token", SecurityScheme::Http(registration));
    }
}

fn api_routes() -> OpenApiRouter<HttpState> {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    let tenant_public = OpenApiRouter::new()
        .routes(routes!(discovery::get_openid_configuration))
        .routes(routes!(discovery::get_jwks))
        .routes(routes!(discovery::get_authorization_server_metadata))
        .routes(routes!(auth::login))
        .routes(routes!(auth::refresh_session))
        .routes(routes!(auth::logout))
        .routes(routes!(oauth::oauth_token))
        .routes(routes!(oauth::oauth_introspect))
        .routes(routes!(oauth::oauth_revoke))
        .routes(routes!(hosted::oauth_authorize))
        .routes(routes!(hosted::oauth_userinfo, hosted::oauth_userinfo_post))
        .routes(routes!(hosted::oauth_logout, hosted::oauth_logout_confirm))
        .routes(routes!(registration::oauth_register))
        .routes(routes!(
            registration::oauth_read_registration,
            registration::oauth_update_registration,
            registration::oauth_delete_registration
        ))
        .routes(routes!(resources::get_protected_resource_metadata))
        .routes(routes!(auth::verify_mfa))
        .routes(routes!(signup::signup))
        .routes(routes!(signup::verify_signup))
        .routes(routes!(email::verify_email))
        .routes(routes!(email::request_password_reset))
        .routes(routes!(email::confirm_password_reset))
        .routes(routes!(email::request_magic_link))
        .routes(routes!(email::verify_magic_link))
        .routes(routes!(email::request_email_code))
        .routes(routes!(email::verify_email_code))
        .routes(routes!(me::get_me, me::update_me, me::delete_me))
        .routes(routes!(me::change_my_password))
        .routes(routes!(me::list_my_sessions))
        .routes(routes!(me::revoke_my_session))
        .routes(routes!(
            me::get_my_totp,
            me::start_my_totp_enrolment,
            me::disable_my_totp
        ))
        .routes(routes!(me::confirm_my_totp))
        .routes(routes!(me::regenerate_my_recovery_codes))
        .routes(routes!(consents::list_my_consents))
        .routes(routes!(consents::revoke_my_consent));
    OpenApiRouter::with_openapi(doc)
        .routes(routes!(tenants::create_tenant, tenants::list_tenants))
        .routes(routes!(
            tenants::get_tenant,
            tenants::update_tenant,
            tenants::delete_tenant
        ))
        .routes(routes!(keys::list_signing_keys))
        .routes(routes!(keys::rotate_signing_keys))
        .routes(routes!(keys::create_test_token))
        .routes(routes!(users::create_user, users::list_users))
        .routes(routes!(
            users::get_user,
            users::update_user,
            users::delete_user
        ))
        .routes(routes!(users::disable_user))
        .routes(routes!(users::enable_user))
        .routes(routes!(users::unlock_user))
        .routes(routes!(users::list_user_sessions))
        .routes(routes!(users::revoke_user_session))
        .routes(routes!(
            mfa::get_user_totp,
            mfa::start_user_totp_enrolment,
            mfa::disable_user_totp
        ))
        .routes(routes!(mfa::confirm_user_totp))
        .routes(routes!(mfa::regenerate_user_recovery_codes))
        .routes(routes!(email::send_verification_email))
        .routes(routes!(email::list_outbox_messages))
        .routes(routes!(email::list_email_templates))
        .routes(routes!(
            email::put_email_template,
            email::delete_email_template
        ))
        .routes(routes!(clients::create_client, clients::list_clients))
        .routes(routes!(
            clients::get_client,
            clients::update_client,
            clients::delete_client
        ))
        .routes(routes!(clients::rotate_client_secret))
        .routes(routes!(clients::revoke_client_secret))
        .routes(routes!(
            resources::create_resource,
            resources::list_resources
        ))
        .routes(routes!(
            resources::get_resource,
            resources::update_resource,
            resources::delete_resource
        ))
        .routes(routes!(
            resources::get_oauth_settings,
            resources::update_oauth_settings
        ))
        .routes(routes!(resources::get_branding, resources::set_branding))
        .routes(routes!(
            password_policy::get_password_policy,
            password_policy::set_password_policy
        ))
        .routes(routes!(audit::list_audit_events))
        .routes(routes!(audit::export_audit_events))
        .routes(routes!(audit::verify_audit_events))
        .merge(organization_routes())
        .merge(passkey_routes())
        .merge(tenant_public)
        .routes(routes!(ops::get_health))
        .routes(routes!(ops::get_readiness))
        .routes(routes!(ops::get_metrics))
        .routes(routes!(ops::get_openapi))
}

/// Organizations, memberships, roles and authorization checks.
fn organization_routes() -> OpenApiRouter<HttpState> {
    OpenApiRouter::new()
        .routes(routes!(
            organizations::create_organization,
            organizations::list_organizations
        ))
        .routes(routes!(
            organizations::get_organization,
            organizations::update_organization,
            organizations::delete_organization
        ))
        .routes(routes!(
            organizations::add_organization_member,
            organizations::list_organization_members
        ))
        .routes(routes!(
            organizations::get_organization_member,
            organizations::update_organization_member,
            organizations::remove_organization_member
        ))
        .routes(routes!(authz::list_roles, authz::create_role))
        .routes(routes!(
            authz::get_role,
            authz::update_role,
            authz::delete_role
        ))
        .routes(routes!(
            authz::list_organization_roles,
            authz::create_organization_role
        ))
        .routes(routes!(
            authz::get_organization_role,
            authz::update_organization_role,
            authz::delete_organization_role
        ))
        .routes(routes!(authz::check_permission))
        .routes(routes!(authz::check_permissions))
        .routes(routes!(my_organizations::list_my_organizations))
        .routes(routes!(my_organizations::switch_organization))
        .routes(routes!(my_organizations::leave_organization))
        .routes(routes!(my_organizations::get_member_organization))
        .routes(routes!(my_organizations::list_member_organization_members))
        .routes(routes!(
            invitations::create_invitation,
            invitations::list_invitations
        ))
        .routes(routes!(
            invitations::get_invitation,
            invitations::revoke_invitation
        ))
        .routes(routes!(invitations::resend_invitation))
        .routes(routes!(invitations::invite_member))
        .routes(routes!(invitations::accept_invitation))
        .routes(routes!(api_keys::create_api_key, api_keys::list_api_keys))
        .routes(routes!(api_keys::get_api_key, api_keys::revoke_api_key))
        .routes(routes!(api_keys::rotate_api_key))
        .routes(routes!(
            domains::add_organization_domain,
            domains::list_organization_domains
        ))
        .routes(routes!(
            domains::update_organization_domain,
            domains::remove_organization_domain
        ))
        .routes(routes!(domains::verify_organization_domain))
        .routes(routes!(
            service_accounts::create_service_account,
            service_accounts::list_service_accounts
        ))
        .routes(routes!(
            service_accounts::get_service_account,
            service_accounts::update_service_account,
            service_accounts::delete_service_account
        ))
        .routes(routes!(
            service_accounts::create_resource_grant,
            service_accounts::list_resource_grants
        ))
        .routes(routes!(service_accounts::delete_resource_grant))
}

/// Passkeys: settings and users' passkeys (admin), self-service, and passkey sign-in.
fn passkey_routes() -> OpenApiRouter<HttpState> {
    OpenApiRouter::new()
        .routes(routes!(
            passkeys::get_webauthn_settings,
            passkeys::set_webauthn_settings
        ))
        .routes(routes!(passkeys::list_user_passkeys))
        .routes(routes!(passkeys::delete_user_passkey))
        .routes(routes!(
            passkeys::list_my_passkeys,
            passkeys::register_passkey
        ))
        .routes(routes!(passkeys::start_passkey_registration))
        .routes(routes!(
            passkeys::rename_my_passkey,
            passkeys::delete_my_passkey
        ))
        .routes(routes!(passkeys::start_passkey_sign_in))
        .routes(routes!(passkeys::verify_passkey_sign_in))
        .routes(routes!(passkeys::start_passkey_second_factor))
        .routes(routes!(passkeys::verify_passkey_second_factor))
}

/// The API description this server serves at `/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api_routes().split_for_parts().1
}

/// The complete application router.
pub fn router(app: App, settings: &HttpSettings) -> Router {
    let (routes, openapi) = api_routes().split_for_parts();
    let openapi_json = openapi.to_json().unwrap_or_default();
    let state = HttpState(Arc::new(HttpStateInner {
        https: app.public_url.starts_with("https://"),
        app,
        metrics: Arc::new(Metrics::new(settings.db_max_connections)),
        openapi_json: openapi_json.into(),
        request_timeout: settings.request_timeout,
        auth_rate_limit: settings.auth_rate_limit,
        trusted_proxies: Arc::new(settings.trusted_proxies.clone()),
    }));
    routes
        .merge(hosted::page_routes())
        .fallback(|| async {
            ApiError::new(
                ErrorCode::NotFound,
                "no such endpoint; GET /openapi.json lists them",
            )
            .into_response()
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                ErrorCode::MethodNotAllowed,
                "this endpoint does not support that HTTP method",
            )
            .into_response()
        })
        // Inside CORS, so a 429 carries the CORS headers a browser needs to read it.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit::client_and_limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cors::tenant_cors,
        ))
        .layer(DefaultBodyLimit::max(settings.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_context,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .with_state(state)
}
