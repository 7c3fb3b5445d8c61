use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// Whether a client can keep a secret (RFC 6749 §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClientType {
    /// A server-side application or service account that authenticates with a secret.
    Confidential,
    /// A browser or native app that cannot keep a secret; it uses PKCE instead.
    Public,
}

/// How a client authenticates at the token endpoint (RFC 7591 §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenEndpointAuthMethod {
    /// HTTP Basic with the client id and secret (RFC 6749 §2.3.1).
    ClientSecretBasic,
    /// `client_id` and `client_secret` in the form body.
    ClientSecretPost,
    /// A public client: no authentication.
    None,
    /// A JWT signed with one of the client's registered keys (RFC 7523 §2.2, OpenID
    /// Connect Core §9): no shared secret.
    PrivateKeyJwt,
}

/// OAuth grant types a client may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GrantType {
    /// Machine-to-machine: the client acts on its own behalf (RFC 6749 §4.4).
    ClientCredentials,
    /// A user signs in through the authorization endpoint; the code is exchanged with PKCE
    /// (RFC 6749 §4.1, RFC 7636).
    AuthorizationCode,
    /// Rotating refresh tokens for clients that also use `authorization_code` (RFC 6749 §6).
    RefreshToken,
}

/// An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Client {
    /// The `client_id` (`cli_…`).
    pub id: String,
    pub name: String,
    pub client_type: ClientType,
    pub token_endpoint_auth_method: TokenEndpointAuthMethod,
    pub grant_types: Vec<GrantType>,
    /// Scopes the client may request; tokens carry the granted subset.
    pub scopes: Vec<String>,
    /// Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
    pub audiences: Vec<String>,
    /// Access-token lifetime in seconds for this client.
    pub access_token_ttl: u32,
    /// Where the authorization endpoint may send users back; matched exactly.
    pub redirect_uris: Vec<String>,
    /// Where RP-initiated logout may send users back; matched exactly.
    pub post_logout_redirect_uris: Vec<String>,
    /// A first-party application: users are not asked for consent.
    pub skip_consent: bool,
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    #[schema(nullable = false, value_type = Option<Object>)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks: Option<serde_json::Value>,
    /// Live secrets, newest first (hints only; a secret is shown once, when created).
    pub secrets: Vec<ClientSecretInfo>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// What may be shown of a client secret after its creation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClientSecretInfo {
    pub id: String,
    /// The secret's last four characters.
    pub hint: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_at: Option<OffsetDateTime>,
}

/// Body of `POST /v1/tenants/{tenant}/clients`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateClient {
    #[schema(example = "Billing service")]
    pub name: String,
    /// `confidential` (the default) or `public`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<ClientType>,
    /// Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<TokenEndpointAuthMethod>,
    /// Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
    /// and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<GrantType>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audiences: Option<Vec<String>>,
    /// 60 to the server's `max_token_lifetime` seconds (default 3600).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_ttl: Option<u32>,
    /// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    /// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// Where RP-initiated logout may return users; same rules as `redirect_uris`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
    /// `true` for first-party applications whose users are never asked for consent.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent: Option<bool>,
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    #[schema(nullable = false, value_type = Option<Object>)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks: Option<serde_json::Value>,
}

/// Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateClient {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<GrantType>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audiences: Option<Vec<String>>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_ttl: Option<u32>,
    /// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    /// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// Where RP-initiated logout may return users; same rules as `redirect_uris`.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
    /// `true` for first-party applications whose users are never asked for consent.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent: Option<bool>,
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    #[schema(nullable = false, value_type = Option<Object>)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks: Option<serde_json::Value>,
}

/// A client with its new secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClientWithSecret {
    #[serde(flatten)]
    pub client: Client,
    /// The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

/// Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotateClientSecret {
    /// Seconds the client's current secrets keep working (0-2592000, default 86400), so
    /// deployments can switch over without downtime.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_secrets_expire_in: Option<u32>,
}

/// One page of clients.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClientList {
    pub data: Vec<Client>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
