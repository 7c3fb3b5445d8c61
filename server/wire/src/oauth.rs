//! OAuth 2.0 wire types: form requests and RFC-shaped responses.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
/// §4.4.2 and §6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// `authorization_code`, `refresh_token` or `client_credentials`.
    pub grant_type: String,
    /// With `authorization_code`: the code the authorization endpoint returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// With `authorization_code`: the `redirect_uri` of the authorization request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verifier: Option<String>,
    /// With `refresh_token`: the refresh token to spend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Space-separated scopes; all the client's scopes when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// RFC 8707 resource indicator: the API the token is for (becomes `aud`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Auth0-style synonym of `resource`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// With `client_secret_post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// With `client_secret_post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_assertion_type: Option<String>,
    /// With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_assertion: Option<String>,
}

/// A successful token response (RFC 6749 §5.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    pub expires_in: u32,
    /// The granted scopes, when any.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The OpenID Connect ID token, when the `openid` scope was granted.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
}

/// The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UserInfo {
    pub sub: String,
    /// With the `email` scope.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// With the `profile` scope.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Seconds since the epoch.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}

/// An error of an OAuth endpoint (RFC 6749 §5.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OAuthError {
    /// `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
    /// `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
    /// `unsupported_token_type` (RFC 7009).
    pub error: String,
    /// What went wrong, for the developer.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

/// Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TokenQuery {
    pub token: String,
    /// `access_token` or `refresh_token`; a hint only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_assertion_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_assertion: Option<String>,
}

/// An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IntrospectionResponse {
    pub active: bool,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// A string or an array of strings, as in the token.
    #[schema(nullable = false, value_type = Option<Value>)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<serde_json::Value>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
    /// The organization the token (or API key) acts in.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_slug: Option<String>,
    /// The member's role in the organization (session tokens switched into one).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_role: Option<String>,
    /// The `resource:action` patterns the token or API key carries.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

/// Parameters of the authorization endpoint (RFC 6749 §4.1.1, OpenID Connect Core
/// §3.1.2.1, RFC 7636 §4.3, RFC 8707 §2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuthorizeQuery {
    /// `code`: the only response type.
    pub response_type: Option<String>,
    pub client_id: Option<String>,
    /// One of the client's registered redirect URIs, exactly.
    pub redirect_uri: Option<String>,
    /// Space-separated: `openid`, `profile`, `email`, `offline_access` and the client's scopes.
    pub scope: Option<String>,
    /// Returned unchanged with the response.
    pub state: Option<String>,
    /// Copied into the ID token.
    pub nonce: Option<String>,
    /// BASE64URL(SHA-256(code_verifier)).
    pub code_challenge: Option<String>,
    /// `S256` (`plain` is refused).
    pub code_challenge_method: Option<String>,
    /// `none`, `login` or `consent`.
    pub prompt: Option<String>,
    /// Seconds since the last sign-in beyond which the user signs in again.
    pub max_age: Option<String>,
    /// Pre-fills the sign-in form's email.
    pub login_hint: Option<String>,
    /// Accepted; every sign-in here is reported as it happened (`amr`).
    pub acr_values: Option<String>,
    /// RFC 8707: the API the access token is for.
    pub resource: Option<String>,
    /// `query` (the default and the only mode).
    pub response_mode: Option<String>,
    /// Preferred languages of the sign-in pages.
    pub ui_locales: Option<String>,
    /// Not supported: answered with `request_not_supported`.
    pub request: Option<String>,
    /// Not supported: answered with `request_uri_not_supported`.
    pub request_uri: Option<String>,
    /// Signs the user in *into* an organization (its id `org_…` or slug, as Auth0's
    /// `organization` parameter): the user must be a member and the sign-in must meet the
    /// organization's policies, or the client gets `access_denied` naming the policy; the
    /// tokens then carry `org_id` (and, with the `organization` scope, `org_slug`,
    /// `org_name` and `org_role` in the ID token).
    pub organization: Option<String>,
}

/// Parameters of RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LogoutQuery {
    /// An ID token this provider issued to the client (expired ones are accepted).
    pub id_token_hint: Option<String>,
    /// One of the client's registered post-logout redirect URIs, exactly.
    pub post_logout_redirect_uri: Option<String>,
    pub client_id: Option<String>,
    /// Returned unchanged to the post-logout redirect URI.
    pub state: Option<String>,
    pub ui_locales: Option<String>,
}
