// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.Models;

/// <summary>
/// The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttestationConveyance>))]
public enum AttestationConveyance
{
    /// <summary>"none"</summary>
    [JsonStringEnumMemberName("none")]
    None,
    /// <summary>"indirect"</summary>
    [JsonStringEnumMemberName("indirect")]
    Indirect,
    /// <summary>"direct"</summary>
    [JsonStringEnumMemberName("direct")]
    Direct,
}

/// <summary>
/// Export formats.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditExportFormat>))]
public enum AuditExportFormat
{
    /// <summary>"ndjson"</summary>
    [JsonStringEnumMemberName("ndjson")]
    Ndjson,
    /// <summary>"csv"</summary>
    [JsonStringEnumMemberName("csv")]
    Csv,
}

/// <summary>
/// Why a check was decided as it was.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuthzReason>))]
public enum AuthzReason
{
    /// <summary>"role_grants_permission"</summary>
    [JsonStringEnumMemberName("role_grants_permission")]
    RoleGrantsPermission,
    /// <summary>"role_lacks_permission"</summary>
    [JsonStringEnumMemberName("role_lacks_permission")]
    RoleLacksPermission,
    /// <summary>"not_a_member"</summary>
    [JsonStringEnumMemberName("not_a_member")]
    NotAMember,
    /// <summary>"no_organization"</summary>
    [JsonStringEnumMemberName("no_organization")]
    NoOrganization,
    /// <summary>"organization_not_found"</summary>
    [JsonStringEnumMemberName("organization_not_found")]
    OrganizationNotFound,
    /// <summary>"subject_not_found"</summary>
    [JsonStringEnumMemberName("subject_not_found")]
    SubjectNotFound,
    /// <summary>"subject_disabled"</summary>
    [JsonStringEnumMemberName("subject_disabled")]
    SubjectDisabled,
    /// <summary>"role_not_found"</summary>
    [JsonStringEnumMemberName("role_not_found")]
    RoleNotFound,
    /// <summary>"resource_grant_grants_permission"</summary>
    [JsonStringEnumMemberName("resource_grant_grants_permission")]
    ResourceGrantGrantsPermission,
}

/// <summary>
/// Whether a client can keep a secret (RFC 6749 §2.1).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClientType>))]
public enum ClientType
{
    /// <summary>"confidential"</summary>
    [JsonStringEnumMemberName("confidential")]
    Confidential,
    /// <summary>"public"</summary>
    [JsonStringEnumMemberName("public")]
    Public,
}

/// <summary>
/// Stable machine-readable error codes carried in `code` of every problem response.
/// 
/// Clients branch on these, never on `title` or `detail`, which are for people.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ErrorCode>))]
public enum ErrorCode
{
    /// <summary>"invalid_body"</summary>
    [JsonStringEnumMemberName("invalid_body")]
    InvalidBody,
    /// <summary>"unsupported_media_type"</summary>
    [JsonStringEnumMemberName("unsupported_media_type")]
    UnsupportedMediaType,
    /// <summary>"payload_too_large"</summary>
    [JsonStringEnumMemberName("payload_too_large")]
    PayloadTooLarge,
    /// <summary>"invalid_parameter"</summary>
    [JsonStringEnumMemberName("invalid_parameter")]
    InvalidParameter,
    /// <summary>"validation_failed"</summary>
    [JsonStringEnumMemberName("validation_failed")]
    ValidationFailed,
    /// <summary>"unauthorized"</summary>
    [JsonStringEnumMemberName("unauthorized")]
    Unauthorized,
    /// <summary>"invalid_credentials"</summary>
    [JsonStringEnumMemberName("invalid_credentials")]
    InvalidCredentials,
    /// <summary>"invalid_token"</summary>
    [JsonStringEnumMemberName("invalid_token")]
    InvalidToken,
    /// <summary>"invalid_code"</summary>
    [JsonStringEnumMemberName("invalid_code")]
    InvalidCode,
    /// <summary>"account_locked"</summary>
    [JsonStringEnumMemberName("account_locked")]
    AccountLocked,
    /// <summary>"rate_limited"</summary>
    [JsonStringEnumMemberName("rate_limited")]
    RateLimited,
    /// <summary>"account_disabled"</summary>
    [JsonStringEnumMemberName("account_disabled")]
    AccountDisabled,
    /// <summary>"signup_disabled"</summary>
    [JsonStringEnumMemberName("signup_disabled")]
    SignupDisabled,
    /// <summary>"email_domain_not_allowed"</summary>
    [JsonStringEnumMemberName("email_domain_not_allowed")]
    EmailDomainNotAllowed,
    /// <summary>"origin_not_allowed"</summary>
    [JsonStringEnumMemberName("origin_not_allowed")]
    OriginNotAllowed,
    /// <summary>"not_found"</summary>
    [JsonStringEnumMemberName("not_found")]
    NotFound,
    /// <summary>"method_not_allowed"</summary>
    [JsonStringEnumMemberName("method_not_allowed")]
    MethodNotAllowed,
    /// <summary>"already_exists"</summary>
    [JsonStringEnumMemberName("already_exists")]
    AlreadyExists,
    /// <summary>"conflict"</summary>
    [JsonStringEnumMemberName("conflict")]
    Conflict,
    /// <summary>"request_timeout"</summary>
    [JsonStringEnumMemberName("request_timeout")]
    RequestTimeout,
    /// <summary>"service_unavailable"</summary>
    [JsonStringEnumMemberName("service_unavailable")]
    ServiceUnavailable,
    /// <summary>"internal_error"</summary>
    [JsonStringEnumMemberName("internal_error")]
    InternalError,
    /// <summary>"permission_denied"</summary>
    [JsonStringEnumMemberName("permission_denied")]
    PermissionDenied,
    /// <summary>"organization_policy_violation"</summary>
    [JsonStringEnumMemberName("organization_policy_violation")]
    OrganizationPolicyViolation,
}

/// <summary>
/// OAuth grant types a client may use.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrantType>))]
public enum GrantType
{
    /// <summary>"client_credentials"</summary>
    [JsonStringEnumMemberName("client_credentials")]
    ClientCredentials,
    /// <summary>"authorization_code"</summary>
    [JsonStringEnumMemberName("authorization_code")]
    AuthorizationCode,
    /// <summary>"refresh_token"</summary>
    [JsonStringEnumMemberName("refresh_token")]
    RefreshToken,
}

/// <summary>
/// Where an invitation stands.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvitationState>))]
public enum InvitationState
{
    /// <summary>"pending"</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,
    /// <summary>"accepted"</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,
    /// <summary>"revoked"</summary>
    [JsonStringEnumMemberName("revoked")]
    Revoked,
    /// <summary>"expired"</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,
}

/// <summary>
/// Lifecycle of a signing key.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<KeyStatus>))]
public enum KeyStatus
{
    /// <summary>"active"</summary>
    [JsonStringEnumMemberName("active")]
    Active,
    /// <summary>"retired"</summary>
    [JsonStringEnumMemberName("retired")]
    Retired,
}

/// <summary>
/// A second factor that completes a sign-in.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MfaFactor>))]
public enum MfaFactor
{
    /// <summary>"totp"</summary>
    [JsonStringEnumMemberName("totp")]
    Totp,
    /// <summary>"recovery_code"</summary>
    [JsonStringEnumMemberName("recovery_code")]
    RecoveryCode,
    /// <summary>"passkey"</summary>
    [JsonStringEnumMemberName("passkey")]
    Passkey,
}

/// <summary>
/// JWS algorithms a tenant can sign with.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SigningAlg>))]
public enum SigningAlg
{
    /// <summary>"ES256"</summary>
    [JsonStringEnumMemberName("ES256")]
    Es256,
    /// <summary>"RS256"</summary>
    [JsonStringEnumMemberName("RS256")]
    Rs256,
    /// <summary>"EdDSA"</summary>
    [JsonStringEnumMemberName("EdDSA")]
    EdDsa,
}

/// <summary>
/// Who may create an account with `POST /t/{tenant}/auth/signup`.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignupMode>))]
public enum SignupMode
{
    /// <summary>"open"</summary>
    [JsonStringEnumMemberName("open")]
    Open,
    /// <summary>"invite_only"</summary>
    [JsonStringEnumMemberName("invite_only")]
    InviteOnly,
    /// <summary>"domain_allowlist"</summary>
    [JsonStringEnumMemberName("domain_allowlist")]
    DomainAllowlist,
}

/// <summary>
/// How the refresh token travels.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenDelivery>))]
public enum TokenDelivery
{
    /// <summary>"token"</summary>
    [JsonStringEnumMemberName("token")]
    Token,
    /// <summary>"cookie"</summary>
    [JsonStringEnumMemberName("cookie")]
    Cookie,
}

/// <summary>
/// How a client authenticates at the token endpoint (RFC 7591 §2).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenEndpointAuthMethod>))]
public enum TokenEndpointAuthMethod
{
    /// <summary>"client_secret_basic"</summary>
    [JsonStringEnumMemberName("client_secret_basic")]
    ClientSecretBasic,
    /// <summary>"client_secret_post"</summary>
    [JsonStringEnumMemberName("client_secret_post")]
    ClientSecretPost,
    /// <summary>"none"</summary>
    [JsonStringEnumMemberName("none")]
    None,
    /// <summary>"private_key_jwt"</summary>
    [JsonStringEnumMemberName("private_key_jwt")]
    PrivateKeyJwt,
}

/// <summary>
/// Where a user's TOTP authenticator stands.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TotpState>))]
public enum TotpState
{
    /// <summary>"disabled"</summary>
    [JsonStringEnumMemberName("disabled")]
    Disabled,
    /// <summary>"pending"</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,
    /// <summary>"enabled"</summary>
    [JsonStringEnumMemberName("enabled")]
    Enabled,
}

/// <summary>
/// Body of `POST /t/{tenant}/invitations/accept`.
/// </summary>
public sealed record AcceptInvitation
{
    /// <summary>
    /// The `tin_…` token from the invitation email's link.
    /// </summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }
    /// <summary>
    /// For an invitee without an account: the password of the account created on accepting.
    /// An invitee who has an account signs in and sends their access token instead.
    /// </summary>
    [JsonPropertyName("password")]
    public string? Password { get; init; }
    /// <summary>
    /// The new account's display name.
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
/// </summary>
public sealed record AddMember
{
    /// <summary>
    /// The user's id (`usr_…`), of the same tenant.
    /// </summary>
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    /// <summary>
    /// A role key; `member` when absent.
    /// </summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
}

/// <summary>
/// An API key (its secret is shown only once, when created or rotated).
/// </summary>
public sealed record ApiKey
{
    /// <summary>
    /// Server-assigned identifier (`key_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// The owning organization, for an organization's key.
    /// </summary>
    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }
    /// <summary>
    /// The owning user, for a user's key.
    /// </summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// The `resource:action` patterns the key is limited to.
    /// </summary>
    [JsonPropertyName("permissions")]
    public required List<string> Permissions { get; init; }
    /// <summary>
    /// The secret's last four characters, to tell keys apart.
    /// </summary>
    [JsonPropertyName("hint")]
    public required string Hint { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>
    /// When introspection last saw the key.
    /// </summary>
    [JsonPropertyName("last_used_at")]
    public DateTimeOffset? LastUsedAt { get; init; }
    [JsonPropertyName("revoked_at")]
    public DateTimeOffset? RevokedAt { get; init; }
    /// <summary>
    /// The key that replaced this one by rotation.
    /// </summary>
    [JsonPropertyName("rotated_to")]
    public string? RotatedTo { get; init; }
    /// <summary>
    /// Whether the key works now (not revoked, not expired).
    /// </summary>
    [JsonPropertyName("active")]
    public required bool Active { get; init; }
}

/// <summary>
/// One page of API keys, oldest first.
/// </summary>
public sealed record ApiKeyList
{
    [JsonPropertyName("data")]
    public required List<ApiKey> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A key with its secret, shown this once.
/// </summary>
public sealed record ApiKeyWithSecret
{
    [JsonPropertyName("key")]
    public required ApiKey Key { get; init; }
    /// <summary>
    /// `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
    /// cannot be shown again.
    /// </summary>
    [JsonPropertyName("secret")]
    public required string Secret { get; init; }
}

/// <summary>
/// One entry of a tenant's audit log.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>
    /// `aud_…`
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// Position in the tenant's chain: 1, 2, 3 …
    /// </summary>
    [JsonPropertyName("seq")]
    public required long Seq { get; init; }
    [JsonPropertyName("occurred_at")]
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// What happened, such as `user.created` or `session.login_failed`.
    /// </summary>
    [JsonPropertyName("action")]
    public required string Action { get; init; }
    /// <summary>
    /// `admin`, `user`, `operator` (the CLI) or `anonymous`.
    /// </summary>
    [JsonPropertyName("actor_type")]
    public required string ActorType { get; init; }
    [JsonPropertyName("actor_id")]
    public string? ActorId { get; init; }
    [JsonPropertyName("target_type")]
    public string? TargetType { get; init; }
    [JsonPropertyName("target_id")]
    public string? TargetId { get; init; }
    [JsonPropertyName("ip")]
    public string? Ip { get; init; }
    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; init; }
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }
    /// <summary>
    /// Event-specific facts; never a secret.
    /// </summary>
    [JsonPropertyName("details")]
    public required Dictionary<string, JsonElement> Details { get; init; }
    /// <summary>
    /// Hex SHA-256 of the previous event (64 zeros for the first).
    /// </summary>
    [JsonPropertyName("prev_hash")]
    public required string PrevHash { get; init; }
    /// <summary>
    /// Hex SHA-256 over this event's fields and `prev_hash`.
    /// </summary>
    [JsonPropertyName("hash")]
    public required string Hash { get; init; }
}

/// <summary>
/// One page of audit events, oldest first.
/// </summary>
public sealed record AuditEventList
{
    [JsonPropertyName("data")]
    public required List<AuditEvent> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// Result of checking a tenant's audit chain.
/// </summary>
public sealed record AuditVerification
{
    /// <summary>
    /// Whether every link holds.
    /// </summary>
    [JsonPropertyName("valid")]
    public required bool Valid { get; init; }
    [JsonPropertyName("events_checked")]
    public required long EventsChecked { get; init; }
    /// <summary>
    /// The first event whose link is broken.
    /// </summary>
    [JsonPropertyName("first_broken_seq")]
    public long? FirstBrokenSeq { get; init; }
    /// <summary>
    /// Why that link is broken.
    /// </summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
/// </summary>
public sealed record AuthzCheck
{
    /// <summary>
    /// A user id (`usr_…`) or a service account's client id (`cli_…`).
    /// </summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    /// <summary>
    /// A concrete `resource:action` (no wildcard).
    /// </summary>
    [JsonPropertyName("permission")]
    public required string Permission { get; init; }
    /// <summary>
    /// The organization (id or slug) the subject acts in. Roles come from memberships,
    /// so without one nothing is allowed.
    /// </summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }
    /// <summary>
    /// The resource acted on (`document:123`): the organization-wide role applies to every
    /// resource, and a role granted on this resource (resource grants) adds to it.
    /// </summary>
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
/// </summary>
public sealed record AuthzCheckBatch
{
    [JsonPropertyName("checks")]
    public required List<AuthzCheck> Checks { get; init; }
}

/// <summary>
/// The answer to one check, with its explanation.
/// </summary>
public sealed record AuthzDecision
{
    [JsonPropertyName("allowed")]
    public required bool Allowed { get; init; }
    [JsonPropertyName("reason")]
    public required AuthzReason Reason { get; init; }
    /// <summary>
    /// The decision in a sentence a person can read.
    /// </summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    [JsonPropertyName("permission")]
    public required string Permission { get; init; }
    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }
    /// <summary>
    /// The subject's role in the organization, when a member.
    /// </summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
    /// <summary>
    /// The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
    /// </summary>
    [JsonPropertyName("matched_permission")]
    public string? MatchedPermission { get; init; }
    /// <summary>
    /// The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
    /// the role granted on the resource.
    /// </summary>
    [JsonPropertyName("resource_grant")]
    public string? ResourceGrant { get; init; }
}

/// <summary>
/// The decisions, in the order of the checks.
/// </summary>
public sealed record AuthzDecisionList
{
    [JsonPropertyName("results")]
    public required List<AuthzDecision> Results { get; init; }
}

/// <summary>
/// How the tenant's hosted pages look. Their title is the tenant's name.
/// </summary>
public sealed record Branding
{
    /// <summary>
    /// An `https` URL of the logo shown above the forms.
    /// </summary>
    [JsonPropertyName("logo_url")]
    public string? LogoUrl { get; init; }
    /// <summary>
    /// The accent colour of buttons and focus rings, `#rrggbb`.
    /// </summary>
    [JsonPropertyName("primary_color")]
    public string? PrimaryColor { get; init; }
    /// <summary>
    /// A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
    /// served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
    /// </summary>
    [JsonPropertyName("custom_css")]
    public string? CustomCss { get; init; }
    /// <summary>
    /// An `https` URL of the tenant's help page, linked at the foot of every page.
    /// </summary>
    [JsonPropertyName("support_url")]
    public string? SupportUrl { get; init; }
    /// <summary>
    /// Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
    /// `frame-ancestors`; empty or absent means none may (`'none'`).
    /// </summary>
    [JsonPropertyName("frame_ancestors")]
    public List<string>? FrameAncestors { get; init; }
    /// <summary>
    /// The pages' language when neither `ui_locales` nor the browser names a supported
    /// one: `en`, `de`, `fr` or `ar`.
    /// </summary>
    [JsonPropertyName("default_locale")]
    public string? DefaultLocale { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/me/password`.
/// </summary>
public sealed record ChangePassword
{
    /// <summary>
    /// Required when the account has a password.
    /// </summary>
    [JsonPropertyName("current_password")]
    public string? CurrentPassword { get; init; }
    [JsonPropertyName("new_password")]
    public required string NewPassword { get; init; }
}

/// <summary>
/// An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
/// </summary>
public sealed record Client
{
    /// <summary>
    /// The `client_id` (`cli_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("client_type")]
    public required ClientType ClientType { get; init; }
    [JsonPropertyName("token_endpoint_auth_method")]
    public required TokenEndpointAuthMethod TokenEndpointAuthMethod { get; init; }
    [JsonPropertyName("grant_types")]
    public required List<GrantType> GrantTypes { get; init; }
    /// <summary>
    /// Scopes the client may request; tokens carry the granted subset.
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    /// <summary>
    /// Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
    /// </summary>
    [JsonPropertyName("audiences")]
    public required List<string> Audiences { get; init; }
    /// <summary>
    /// Access-token lifetime in seconds for this client.
    /// </summary>
    [JsonPropertyName("access_token_ttl")]
    public required long AccessTokenTtl { get; init; }
    /// <summary>
    /// Where the authorization endpoint may send users back; matched exactly.
    /// </summary>
    [JsonPropertyName("redirect_uris")]
    public required List<string> RedirectUris { get; init; }
    /// <summary>
    /// Where RP-initiated logout may send users back; matched exactly.
    /// </summary>
    [JsonPropertyName("post_logout_redirect_uris")]
    public required List<string> PostLogoutRedirectUris { get; init; }
    /// <summary>
    /// A first-party application: users are not asked for consent.
    /// </summary>
    [JsonPropertyName("skip_consent")]
    public required bool SkipConsent { get; init; }
    /// <summary>
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    /// </summary>
    [JsonPropertyName("jwks")]
    public Dictionary<string, JsonElement>? Jwks { get; init; }
    /// <summary>
    /// Live secrets, newest first (hints only; a secret is shown once, when created).
    /// </summary>
    [JsonPropertyName("secrets")]
    public required List<ClientSecretInfo> Secrets { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// One page of clients.
/// </summary>
public sealed record ClientList
{
    [JsonPropertyName("data")]
    public required List<Client> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
/// as §2 requires.
/// </summary>
public sealed record ClientRegistrationRequest
{
    [JsonPropertyName("redirect_uris")]
    public List<string>? RedirectUris { get; init; }
    /// <summary>
    /// `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
    /// public client (PKCE, no secret), as MCP clients register.
    /// </summary>
    [JsonPropertyName("token_endpoint_auth_method")]
    public string? TokenEndpointAuthMethod { get; init; }
    /// <summary>
    /// `authorization_code` and `refresh_token` (the default is `authorization_code`).
    /// </summary>
    [JsonPropertyName("grant_types")]
    public List<string>? GrantTypes { get; init; }
    /// <summary>
    /// `code` only.
    /// </summary>
    [JsonPropertyName("response_types")]
    public List<string>? ResponseTypes { get; init; }
    [JsonPropertyName("client_name")]
    public string? ClientName { get; init; }
    /// <summary>
    /// Space-separated scopes the client will use (informational).
    /// </summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    [JsonPropertyName("post_logout_redirect_uris")]
    public List<string>? PostLogoutRedirectUris { get; init; }
}

/// <summary>
/// A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
/// </summary>
public sealed record ClientRegistrationResponse
{
    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }
    /// <summary>
    /// Only in the registration response and only for confidential clients.
    /// </summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }
    [JsonPropertyName("client_id_issued_at")]
    public required long ClientIdIssuedAt { get; init; }
    /// <summary>
    /// 0: the secret does not expire (present with a secret).
    /// </summary>
    [JsonPropertyName("client_secret_expires_at")]
    public long? ClientSecretExpiresAt { get; init; }
    /// <summary>
    /// Bearer token for the registration management endpoint (RFC 7592), shown once.
    /// </summary>
    [JsonPropertyName("registration_access_token")]
    public string? RegistrationAccessToken { get; init; }
    [JsonPropertyName("registration_client_uri")]
    public required string RegistrationClientUri { get; init; }
    [JsonPropertyName("client_name")]
    public required string ClientName { get; init; }
    [JsonPropertyName("redirect_uris")]
    public required List<string> RedirectUris { get; init; }
    [JsonPropertyName("post_logout_redirect_uris")]
    public required List<string> PostLogoutRedirectUris { get; init; }
    [JsonPropertyName("token_endpoint_auth_method")]
    public required string TokenEndpointAuthMethod { get; init; }
    [JsonPropertyName("grant_types")]
    public required List<string> GrantTypes { get; init; }
    [JsonPropertyName("response_types")]
    public required List<string> ResponseTypes { get; init; }
}

/// <summary>
/// What may be shown of a client secret after its creation.
/// </summary>
public sealed record ClientSecretInfo
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// The secret's last four characters.
    /// </summary>
    [JsonPropertyName("hint")]
    public required string Hint { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }
}

/// <summary>
/// A client with its new secret, shown this once.
/// </summary>
public sealed record ClientWithSecret
{
    /// <summary>
    /// The `client_id` (`cli_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("client_type")]
    public required ClientType ClientType { get; init; }
    [JsonPropertyName("token_endpoint_auth_method")]
    public required TokenEndpointAuthMethod TokenEndpointAuthMethod { get; init; }
    [JsonPropertyName("grant_types")]
    public required List<GrantType> GrantTypes { get; init; }
    /// <summary>
    /// Scopes the client may request; tokens carry the granted subset.
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    /// <summary>
    /// Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
    /// </summary>
    [JsonPropertyName("audiences")]
    public required List<string> Audiences { get; init; }
    /// <summary>
    /// Access-token lifetime in seconds for this client.
    /// </summary>
    [JsonPropertyName("access_token_ttl")]
    public required long AccessTokenTtl { get; init; }
    /// <summary>
    /// Where the authorization endpoint may send users back; matched exactly.
    /// </summary>
    [JsonPropertyName("redirect_uris")]
    public required List<string> RedirectUris { get; init; }
    /// <summary>
    /// Where RP-initiated logout may send users back; matched exactly.
    /// </summary>
    [JsonPropertyName("post_logout_redirect_uris")]
    public required List<string> PostLogoutRedirectUris { get; init; }
    /// <summary>
    /// A first-party application: users are not asked for consent.
    /// </summary>
    [JsonPropertyName("skip_consent")]
    public required bool SkipConsent { get; init; }
    /// <summary>
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    /// </summary>
    [JsonPropertyName("jwks")]
    public Dictionary<string, JsonElement>? Jwks { get; init; }
    /// <summary>
    /// Live secrets, newest first (hints only; a secret is shown once, when created).
    /// </summary>
    [JsonPropertyName("secrets")]
    public required List<ClientSecretInfo> Secrets { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>
    /// The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
    /// </summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }
}

/// <summary>
/// Body of the TOTP confirmation: a code the authenticator shows now.
/// </summary>
public sealed record ConfirmTotp
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }
}

/// <summary>
/// An application the user allowed to access their account ("connected app").
/// </summary>
public sealed record Consent
{
    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }
    [JsonPropertyName("client_name")]
    public required string ClientName { get; init; }
    /// <summary>
    /// The scopes granted so far.
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    [JsonPropertyName("granted_at")]
    public required DateTimeOffset GrantedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record ConsentList
{
    [JsonPropertyName("data")]
    public required List<Consent> Data { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
/// </summary>
public sealed record CreateApiKey
{
    /// <summary>
    /// The owning organization (id or slug).
    /// </summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }
    /// <summary>
    /// The owning user's id.
    /// </summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
    /// </summary>
    [JsonPropertyName("permissions")]
    public required List<string> Permissions { get; init; }
    /// <summary>
    /// Seconds until the key expires (60 to 63,072,000); absent: never.
    /// </summary>
    [JsonPropertyName("expires_in_secs")]
    public long? ExpiresInSecs { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/clients`.
/// </summary>
public sealed record CreateClient
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// `confidential` (the default) or `public`.
    /// </summary>
    [JsonPropertyName("client_type")]
    public ClientType? ClientType { get; init; }
    /// <summary>
    /// Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
    /// </summary>
    [JsonPropertyName("token_endpoint_auth_method")]
    public TokenEndpointAuthMethod? TokenEndpointAuthMethod { get; init; }
    /// <summary>
    /// Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
    /// and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
    /// </summary>
    [JsonPropertyName("grant_types")]
    public List<GrantType>? GrantTypes { get; init; }
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; init; }
    /// <summary>
    /// 60 to the server's `max_token_lifetime` seconds (default 3600).
    /// </summary>
    [JsonPropertyName("access_token_ttl")]
    public long? AccessTokenTtl { get; init; }
    /// <summary>
    /// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    /// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    /// </summary>
    [JsonPropertyName("redirect_uris")]
    public List<string>? RedirectUris { get; init; }
    /// <summary>
    /// Where RP-initiated logout may return users; same rules as `redirect_uris`.
    /// </summary>
    [JsonPropertyName("post_logout_redirect_uris")]
    public List<string>? PostLogoutRedirectUris { get; init; }
    /// <summary>
    /// `true` for first-party applications whose users are never asked for consent.
    /// </summary>
    [JsonPropertyName("skip_consent")]
    public bool? SkipConsent { get; init; }
    /// <summary>
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    /// </summary>
    [JsonPropertyName("jwks")]
    public Dictionary<string, JsonElement>? Jwks { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
/// </summary>
public sealed record CreateInvitation
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// A role key; `member` when absent.
    /// </summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
    /// <summary>
    /// Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
    /// </summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
    /// <summary>
    /// Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
    /// </summary>
    [JsonPropertyName("expires_in_secs")]
    public long? ExpiresInSecs { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations`.
/// </summary>
public sealed record CreateOrganization
{
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// An https URL of at most 2048 characters.
    /// </summary>
    [JsonPropertyName("logo_url")]
    public string? LogoUrl { get; init; }
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
    [JsonPropertyName("policies")]
    public OrganizationPolicies? Policies { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
/// </summary>
public sealed record CreateOrganizationDomain
{
    [JsonPropertyName("domain")]
    public required string Domain { get; init; }
    [JsonPropertyName("auto_join")]
    public bool? AutoJoin { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/resources`.
/// </summary>
public sealed record CreateResource
{
    /// <summary>
    /// An absolute URI without a fragment; unique in the tenant.
    /// </summary>
    [JsonPropertyName("identifier")]
    public required string Identifier { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
/// </summary>
public sealed record CreateResourceGrant
{
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    [JsonPropertyName("resource")]
    public required string Resource { get; init; }
    [JsonPropertyName("role")]
    public required string Role { get; init; }
}

/// <summary>
/// Body of `POST …/roles`.
/// </summary>
public sealed record CreateRole
{
    [JsonPropertyName("key")]
    public required string Key { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("description")]
    public string? Description { get; init; }
    [JsonPropertyName("permissions")]
    public required List<string> Permissions { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
/// </summary>
public sealed record CreateServiceAccount
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// A role of the organization (built-in, tenant-wide or its own); `member` by default.
    /// </summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants`.
/// </summary>
public sealed record CreateTenant
{
    /// <summary>
    /// Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
    /// </summary>
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }
    /// <summary>
    /// Display name, 1-200 characters.
    /// </summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// Primary signing algorithm; ES256 when omitted.
    /// </summary>
    [JsonPropertyName("signing_alg")]
    public SigningAlg? SigningAlg { get; init; }
    /// <summary>
    /// Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
    /// </summary>
    [JsonPropertyName("allowed_origins")]
    public List<string>? AllowedOrigins { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/users`.
/// </summary>
public sealed record CreateUser
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// Checked against the password policy; omit for a user who signs in another way.
    /// </summary>
    [JsonPropertyName("password")]
    public string? Password { get; init; }
    /// <summary>
    /// An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
    /// `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in
    /// unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC
    /// strings). It is replaced by an argon2id hash with the server's parameters at the
    /// user's first successful sign-in.
    /// </summary>
    [JsonPropertyName("password_hash")]
    public string? PasswordHash { get; init; }
    [JsonPropertyName("email_verified")]
    public bool? EmailVerified { get; init; }
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/email-code/verify`.
/// </summary>
public sealed record EmailCodeVerify
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// The six-digit code from the email.
    /// </summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
/// </summary>
public sealed record EmailRequest
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
}

/// <summary>
/// The answer to a request that may send an email. It is the same whether or not the
/// address belongs to an account, so it reveals nothing about which accounts exist.
/// </summary>
public sealed record EmailRequestAccepted
{
    /// <summary>
    /// A sentence to show the person who asked.
    /// </summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}

/// <summary>
/// A tenant's override of a built-in email template in one locale.
/// </summary>
public sealed record EmailTemplate
{
    /// <summary>
    /// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    /// `signup_existing_account`, `organization_invitation`, `email_change` or
    /// `email_change_notice`.
    /// </summary>
    [JsonPropertyName("template")]
    public required string Template { get; init; }
    /// <summary>
    /// Lowercase BCP 47 tag, such as `de` or `pt-br`.
    /// </summary>
    [JsonPropertyName("locale")]
    public required string Locale { get; init; }
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    [JsonPropertyName("text")]
    public required string Text { get; init; }
    [JsonPropertyName("html")]
    public required string Html { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// A tenant's template overrides.
/// </summary>
public sealed record EmailTemplateList
{
    [JsonPropertyName("data")]
    public required List<EmailTemplate> Data { get; init; }
}

/// <summary>
/// The answer to a successful email verification.
/// </summary>
public sealed record EmailVerified
{
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    /// <summary>
    /// The address that is now verified.
    /// </summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// Always `true`.
    /// </summary>
    [JsonPropertyName("email_verified")]
    public required bool EmailVerifiedValue { get; init; }
}

/// <summary>
/// One invalid field of a request body.
/// </summary>
public sealed record FieldError
{
    /// <summary>
    /// The field's name, as a JSON pointer into the request body (`/slug`).
    /// </summary>
    [JsonPropertyName("pointer")]
    public required string Pointer { get; init; }
    /// <summary>
    /// What is wrong with it and what would be accepted.
    /// </summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}

/// <summary>
/// Body of the health endpoints.
/// </summary>
public sealed record HealthStatus
{
    /// <summary>
    /// `ok` for liveness, `ready` for readiness.
    /// </summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }
}

/// <summary>
/// An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
/// </summary>
public sealed record IntrospectionResponse
{
    [JsonPropertyName("active")]
    public required bool Active { get; init; }
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }
    [JsonPropertyName("exp")]
    public long? Exp { get; init; }
    [JsonPropertyName("iat")]
    public long? Iat { get; init; }
    [JsonPropertyName("sub")]
    public string? Sub { get; init; }
    /// <summary>
    /// A string or an array of strings, as in the token.
    /// </summary>
    [JsonPropertyName("aud")]
    public JsonElement? Aud { get; init; }
    [JsonPropertyName("iss")]
    public string? Iss { get; init; }
    [JsonPropertyName("jti")]
    public string? Jti { get; init; }
    /// <summary>
    /// The organization the token (or API key) acts in.
    /// </summary>
    [JsonPropertyName("org_id")]
    public string? OrgId { get; init; }
    [JsonPropertyName("org_slug")]
    public string? OrgSlug { get; init; }
    /// <summary>
    /// The member's role in the organization (session tokens switched into one).
    /// </summary>
    [JsonPropertyName("org_role")]
    public string? OrgRole { get; init; }
    /// <summary>
    /// The `resource:action` patterns the token or API key carries.
    /// </summary>
    [JsonPropertyName("permissions")]
    public List<string>? Permissions { get; init; }
}

/// <summary>
/// An invitation to join an organization, sent by email.
/// </summary>
public sealed record Invitation
{
    /// <summary>
    /// Server-assigned identifier (`inv_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// The role the invitee gets on accepting.
    /// </summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    [JsonPropertyName("state")]
    public required InvitationState State { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>
    /// When the latest email went out (a resend moves it).
    /// </summary>
    [JsonPropertyName("sent_at")]
    public required DateTimeOffset SentAt { get; init; }
    [JsonPropertyName("expires_at")]
    public required DateTimeOffset ExpiresAt { get; init; }
    [JsonPropertyName("accepted_at")]
    public DateTimeOffset? AcceptedAt { get; init; }
    /// <summary>
    /// The user who accepted.
    /// </summary>
    [JsonPropertyName("accepted_by")]
    public string? AcceptedBy { get; init; }
}

/// <summary>
/// What accepting an invitation did.
/// </summary>
public sealed record InvitationAccepted
{
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("organization_slug")]
    public required string OrganizationSlug { get; init; }
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    /// <summary>
    /// Whether a new account was created for the invitee.
    /// </summary>
    [JsonPropertyName("user_created")]
    public required bool UserCreated { get; init; }
    /// <summary>
    /// Session tokens for a newly created account, switched into the organization.
    /// </summary>
    [JsonPropertyName("session")]
    public SessionTokens? Session { get; init; }
}

/// <summary>
/// One page of invitations, newest first.
/// </summary>
public sealed record InvitationList
{
    [JsonPropertyName("data")]
    public required List<Invitation> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
/// </summary>
public sealed record Jwk
{
    /// <summary>
    /// `EC`, `RSA` or `OKP`.
    /// </summary>
    [JsonPropertyName("kty")]
    public required string Kty { get; init; }
    [JsonPropertyName("kid")]
    public required string Kid { get; init; }
    /// <summary>
    /// Always `sig`.
    /// </summary>
    [JsonPropertyName("use")]
    public required string Use { get; init; }
    [JsonPropertyName("alg")]
    public required string Alg { get; init; }
    /// <summary>
    /// Curve: `P-256` (EC) or `Ed25519` (OKP).
    /// </summary>
    [JsonPropertyName("crv")]
    public string? Crv { get; init; }
    [JsonPropertyName("x")]
    public string? X { get; init; }
    [JsonPropertyName("y")]
    public string? Y { get; init; }
    /// <summary>
    /// RSA modulus, base64url.
    /// </summary>
    [JsonPropertyName("n")]
    public string? N { get; init; }
    /// <summary>
    /// RSA public exponent, base64url.
    /// </summary>
    [JsonPropertyName("e")]
    public string? E { get; init; }
}

/// <summary>
/// A JSON Web Key Set (RFC 7517 §5).
/// </summary>
public sealed record JwkSet
{
    [JsonPropertyName("keys")]
    public required List<Jwk> Keys { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/login`.
/// </summary>
public sealed record LoginRequest
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    [JsonPropertyName("password")]
    public required string Password { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
    /// <summary>
    /// Sign in into this organization (its id, `org_…`, or its slug), as with
    /// `organization` on the authorization request: the session opens switched into it, and
    /// its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user
    /// must be a member and the sign-in must meet the organization's policies.
    /// </summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/magic-link/verify`.
/// </summary>
public sealed record MagicLinkVerify
{
    /// <summary>
    /// The token from the magic link (`tml_…`).
    /// </summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// A user's membership of an organization.
/// </summary>
public sealed record Membership
{
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    /// <summary>
    /// The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
    /// </summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// One page of members, ordered by user id.
/// </summary>
public sealed record MembershipList
{
    [JsonPropertyName("data")]
    public required List<Membership> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// The answer to a correct password when the account has a second factor: no session yet,
/// but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
/// </summary>
public sealed record MfaChallenge
{
    /// <summary>
    /// Always `true`; tells this answer apart from session tokens.
    /// </summary>
    [JsonPropertyName("mfa_required")]
    public required bool MfaRequired { get; init; }
    /// <summary>
    /// `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
    /// verification. Wrong codes do not spend it, but count towards the account's lockout.
    /// </summary>
    [JsonPropertyName("mfa_token")]
    public required string MfaToken { get; init; }
    /// <summary>
    /// The factors the user can complete the sign-in with.
    /// </summary>
    [JsonPropertyName("factors")]
    public required List<MfaFactor> Factors { get; init; }
    /// <summary>
    /// Seconds until `mfa_token` expires.
    /// </summary>
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
/// `code` and `recovery_code`.
/// </summary>
public sealed record MfaVerifyRequest
{
    /// <summary>
    /// The `mfa_token` of the login answer.
    /// </summary>
    [JsonPropertyName("mfa_token")]
    public required string MfaToken { get; init; }
    /// <summary>
    /// The current six-digit code of the user's authenticator app.
    /// </summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }
    /// <summary>
    /// One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
    /// spaces and case are optional).
    /// </summary>
    [JsonPropertyName("recovery_code")]
    public string? RecoveryCode { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// An organization the signed-in user belongs to, with their role in it.
/// </summary>
public sealed record MyOrganization
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("logo_url")]
    public string? LogoUrl { get; init; }
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    /// <summary>
    /// Whether the session making the request is switched into this organization.
    /// </summary>
    [JsonPropertyName("current")]
    public required bool Current { get; init; }
    [JsonPropertyName("joined_at")]
    public required DateTimeOffset JoinedAt { get; init; }
}

/// <summary>
/// One page of the signed-in user's organizations.
/// </summary>
public sealed record MyOrganizationList
{
    [JsonPropertyName("data")]
    public required List<MyOrganization> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// An error of an OAuth endpoint (RFC 6749 §5.2).
/// </summary>
public sealed record OAuthError
{
    /// <summary>
    /// `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
    /// `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
    /// `unsupported_token_type` (RFC 7009).
    /// </summary>
    [JsonPropertyName("error")]
    public required string Error { get; init; }
    /// <summary>
    /// What went wrong, for the developer.
    /// </summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}

/// <summary>
/// A tenant's authorization-server policy.
/// </summary>
public sealed record OAuthSettings
{
    /// <summary>
    /// Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
    /// clients do. Off by default.
    /// </summary>
    [JsonPropertyName("dynamic_client_registration")]
    public required bool DynamicClientRegistration { get; init; }
}

/// <summary>
/// OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
/// Authorization Server Metadata (RFC 8414).
/// 
/// Only what the server implements is advertised; endpoints appear as they land.
/// </summary>
public sealed record OpenIdConfiguration
{
    /// <summary>
    /// The tenant's issuer identifier, `{public_url}/t/{slug}`.
    /// </summary>
    [JsonPropertyName("issuer")]
    public required string Issuer { get; init; }
    /// <summary>
    /// Where the tenant's public signing keys are published.
    /// </summary>
    [JsonPropertyName("jwks_uri")]
    public required string JwksUri { get; init; }
    /// <summary>
    /// Where users sign in and grant access (code flow with PKCE only).
    /// </summary>
    [JsonPropertyName("authorization_endpoint")]
    public required string AuthorizationEndpoint { get; init; }
    /// <summary>
    /// RFC 8414 §2.
    /// </summary>
    [JsonPropertyName("token_endpoint")]
    public required string TokenEndpoint { get; init; }
    /// <summary>
    /// OpenID Connect Core §5.3.
    /// </summary>
    [JsonPropertyName("userinfo_endpoint")]
    public required string UserinfoEndpoint { get; init; }
    /// <summary>
    /// OpenID Connect RP-Initiated Logout 1.0.
    /// </summary>
    [JsonPropertyName("end_session_endpoint")]
    public required string EndSessionEndpoint { get; init; }
    /// <summary>
    /// RFC 7591; present only when the tenant allows dynamic registration.
    /// </summary>
    [JsonPropertyName("registration_endpoint")]
    public string? RegistrationEndpoint { get; init; }
    /// <summary>
    /// RFC 7662.
    /// </summary>
    [JsonPropertyName("introspection_endpoint")]
    public required string IntrospectionEndpoint { get; init; }
    /// <summary>
    /// RFC 7009.
    /// </summary>
    [JsonPropertyName("revocation_endpoint")]
    public required string RevocationEndpoint { get; init; }
    [JsonPropertyName("scopes_supported")]
    public required List<string> ScopesSupported { get; init; }
    [JsonPropertyName("response_types_supported")]
    public required List<string> ResponseTypesSupported { get; init; }
    [JsonPropertyName("response_modes_supported")]
    public required List<string> ResponseModesSupported { get; init; }
    [JsonPropertyName("grant_types_supported")]
    public required List<string> GrantTypesSupported { get; init; }
    [JsonPropertyName("subject_types_supported")]
    public required List<string> SubjectTypesSupported { get; init; }
    [JsonPropertyName("id_token_signing_alg_values_supported")]
    public required List<string> IdTokenSigningAlgValuesSupported { get; init; }
    [JsonPropertyName("code_challenge_methods_supported")]
    public required List<string> CodeChallengeMethodsSupported { get; init; }
    [JsonPropertyName("prompt_values_supported")]
    public required List<string> PromptValuesSupported { get; init; }
    [JsonPropertyName("claims_supported")]
    public required List<string> ClaimsSupported { get; init; }
    /// <summary>
    /// RFC 9207: authorization responses carry `iss`.
    /// </summary>
    [JsonPropertyName("authorization_response_iss_parameter_supported")]
    public required bool AuthorizationResponseIssParameterSupported { get; init; }
    [JsonPropertyName("request_parameter_supported")]
    public required bool RequestParameterSupported { get; init; }
    [JsonPropertyName("request_uri_parameter_supported")]
    public required bool RequestUriParameterSupported { get; init; }
    [JsonPropertyName("token_endpoint_auth_methods_supported")]
    public required List<string> TokenEndpointAuthMethodsSupported { get; init; }
    /// <summary>
    /// Algorithms `private_key_jwt` assertions may be signed with.
    /// </summary>
    [JsonPropertyName("token_endpoint_auth_signing_alg_values_supported")]
    public required List<string> TokenEndpointAuthSigningAlgValuesSupported { get; init; }
    [JsonPropertyName("introspection_endpoint_auth_methods_supported")]
    public required List<string> IntrospectionEndpointAuthMethodsSupported { get; init; }
    [JsonPropertyName("revocation_endpoint_auth_methods_supported")]
    public required List<string> RevocationEndpointAuthMethodsSupported { get; init; }
}

/// <summary>
/// An organization of a tenant: a customer company, a team, a workspace.
/// </summary>
public sealed record Organization
{
    /// <summary>
    /// Server-assigned identifier (`org_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
    /// or the slug.
    /// </summary>
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("logo_url")]
    public string? LogoUrl { get; init; }
    /// <summary>
    /// Free-form JSON object for the application's own data (at most 16 KiB).
    /// </summary>
    [JsonPropertyName("metadata")]
    public required Dictionary<string, JsonElement> Metadata { get; init; }
    [JsonPropertyName("policies")]
    public required OrganizationPolicies Policies { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// A domain an organization claims, proven by a DNS TXT record.
/// </summary>
public sealed record OrganizationDomain
{
    /// <summary>
    /// Server-assigned identifier (`dom_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("domain")]
    public required string Domain { get; init; }
    /// <summary>
    /// Publish a TXT record with this name…
    /// </summary>
    [JsonPropertyName("txt_name")]
    public required string TxtName { get; init; }
    /// <summary>
    /// …and this value, then call `verify`.
    /// </summary>
    [JsonPropertyName("txt_value")]
    public required string TxtValue { get; init; }
    [JsonPropertyName("verified")]
    public required bool Verified { get; init; }
    /// <summary>
    /// Users with a verified email at this domain join the organization (as `member`) when
    /// they sign in, once the domain is verified.
    /// </summary>
    [JsonPropertyName("auto_join")]
    public required bool AutoJoin { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("verified_at")]
    public DateTimeOffset? VerifiedAt { get; init; }
}

/// <summary>
/// An organization's domains.
/// </summary>
public sealed record OrganizationDomainList
{
    [JsonPropertyName("data")]
    public required List<OrganizationDomain> Data { get; init; }
}

/// <summary>
/// One page of organizations, in creation order.
/// </summary>
public sealed record OrganizationList
{
    [JsonPropertyName("data")]
    public required List<Organization> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// Rules an organization sets for sessions switched into it; checked at the switch.
/// </summary>
public sealed record OrganizationPolicies
{
    /// <summary>
    /// The sign-in methods a session must have been opened with: `password`, `magic_link`,
    /// `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
    /// method is the second factor's). Absent: any method.
    /// </summary>
    [JsonPropertyName("allowed_sign_in_methods")]
    public List<string>? AllowedSignInMethods { get; init; }
    /// <summary>
    /// The session must have been completed with a second factor (TOTP or a recovery code).
    /// </summary>
    [JsonPropertyName("mfa_required")]
    public bool? MfaRequired { get; init; }
    /// <summary>
    /// The session must have been opened at most this many seconds ago (60 to 31,536,000).
    /// </summary>
    [JsonPropertyName("max_session_age_secs")]
    public long? MaxSessionAgeSecs { get; init; }
}

/// <summary>
/// A message in the development outbox, in full (links and codes included).
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>
    /// `eml_…`
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("to")]
    public required string To { get; init; }
    [JsonPropertyName("from")]
    public required string From { get; init; }
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    /// <summary>
    /// The plain-text part.
    /// </summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }
    /// <summary>
    /// The HTML part.
    /// </summary>
    [JsonPropertyName("html")]
    public required string Html { get; init; }
    /// <summary>
    /// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    /// `signup_existing_account`, `organization_invitation`, `email_change` or
    /// `email_change_notice`.
    /// </summary>
    [JsonPropertyName("template")]
    public required string Template { get; init; }
    /// <summary>
    /// The locale the message was rendered in.
    /// </summary>
    [JsonPropertyName("locale")]
    public required string Locale { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// One page of outbox messages, newest first.
/// </summary>
public sealed record OutboxMessageList
{
    [JsonPropertyName("data")]
    public required List<OutboxMessage> Data { get; init; }
    /// <summary>
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    /// </summary>
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A registered passkey.
/// </summary>
public sealed record Passkey
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// The credential ID, base64url (the browser's `rawId`).
    /// </summary>
    [JsonPropertyName("credential_id")]
    public required string CredentialId { get; init; }
    /// <summary>
    /// The authenticator may sync it to other devices (WebAuthn backup eligibility).
    /// </summary>
    [JsonPropertyName("backup_eligible")]
    public required bool BackupEligible { get; init; }
    /// <summary>
    /// It is currently backed up (synced).
    /// </summary>
    [JsonPropertyName("backed_up")]
    public required bool BackedUp { get; init; }
    /// <summary>
    /// The attestation statement format it registered with.
    /// </summary>
    [JsonPropertyName("attestation_format")]
    public required string AttestationFormat { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("last_used_at")]
    public DateTimeOffset? LastUsedAt { get; init; }
}

/// <summary>
/// Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
/// </summary>
public sealed record PasskeyCeremony
{
    /// <summary>
    /// `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
    /// </summary>
    [JsonPropertyName("ceremony_id")]
    public required string CeremonyId { get; init; }
    /// <summary>
    /// `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
    /// </summary>
    [JsonPropertyName("options")]
    public required Dictionary<string, JsonElement> Options { get; init; }
    /// <summary>
    /// Seconds until the ceremony expires.
    /// </summary>
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record PasskeyList
{
    [JsonPropertyName("data")]
    public required List<Passkey> Data { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
/// </summary>
public sealed record PasskeyRegistrationFinish
{
    [JsonPropertyName("ceremony_id")]
    public required string CeremonyId { get; init; }
    /// <summary>
    /// The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
    /// </summary>
    [JsonPropertyName("credential")]
    public required Dictionary<string, JsonElement> Credential { get; init; }
    /// <summary>
    /// 1-64 characters; defaults to "Passkey".
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
/// </summary>
public sealed record PasskeySecondFactorFinish
{
    [JsonPropertyName("mfa_token")]
    public required string MfaToken { get; init; }
    [JsonPropertyName("ceremony_id")]
    public required string CeremonyId { get; init; }
    [JsonPropertyName("credential")]
    public required Dictionary<string, JsonElement> Credential { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
/// </summary>
public sealed record PasskeySecondFactorStart
{
    /// <summary>
    /// The `mfa_token` of the login answer.
    /// </summary>
    [JsonPropertyName("mfa_token")]
    public required string MfaToken { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/passkeys/verify`.
/// </summary>
public sealed record PasskeySignInFinish
{
    [JsonPropertyName("ceremony_id")]
    public required string CeremonyId { get; init; }
    /// <summary>
    /// The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
    /// </summary>
    [JsonPropertyName("credential")]
    public required Dictionary<string, JsonElement> Credential { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
    /// <summary>
    /// Sign in into this organization (its id, `org_…`, or its slug), as at
    /// `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
    /// member and the sign-in meets its policies.
    /// </summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/passkeys/options`.
/// </summary>
public sealed record PasskeySignInStart
{
    /// <summary>
    /// Ask for this account's passkeys only. Without it (username-less), any passkey the
    /// browser holds for the tenant may answer. The answer does not reveal whether the
    /// account exists.
    /// </summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }
}

/// <summary>
/// The policy in force: the tenant's choices over the server's defaults.
/// </summary>
public sealed record PasswordPolicy
{
    /// <summary>
    /// Fewest characters (Unicode scalar values) a password may have; at least 8.
    /// </summary>
    [JsonPropertyName("min_length")]
    public required long MinLength { get; init; }
    /// <summary>
    /// Most characters a password may have; at most 1024.
    /// </summary>
    [JsonPropertyName("max_length")]
    public required long MaxLength { get; init; }
    /// <summary>
    /// Refuse passwords on the shipped list of 20,000 common passwords.
    /// </summary>
    [JsonPropertyName("reject_common")]
    public required bool RejectCommon { get; init; }
    /// <summary>
    /// Refuse passwords containing the account's email, its local part, or a word of the
    /// user's name.
    /// </summary>
    [JsonPropertyName("reject_personal_info")]
    public required bool RejectPersonalInfo { get; init; }
    /// <summary>
    /// Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
    /// API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
    /// </summary>
    [JsonPropertyName("check_breached")]
    public required bool CheckBreached { get; init; }
    /// <summary>
    /// Whether the server has a range API configured (`pwned_passwords_url`), without which
    /// `check_breached` cannot be turned on.
    /// </summary>
    [JsonPropertyName("breach_check_available")]
    public required bool BreachCheckAvailable { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/password-reset/confirm`.
/// </summary>
public sealed record PasswordResetConfirm
{
    /// <summary>
    /// The token from the reset link (`tpr_…`).
    /// </summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }
    /// <summary>
    /// Checked against the password policy.
    /// </summary>
    [JsonPropertyName("new_password")]
    public required string NewPassword { get; init; }
}

/// <summary>
/// An RFC 9457 problem document, sent as `application/problem+json`.
/// </summary>
public sealed record Problem
{
    /// <summary>
    /// A URI naming the problem type: `urn:tessera:problem:{code}`.
    /// </summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }
    /// <summary>
    /// A short summary of the problem type.
    /// </summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }
    /// <summary>
    /// The HTTP status code.
    /// </summary>
    [JsonPropertyName("status")]
    public required long Status { get; init; }
    /// <summary>
    /// What went wrong in this occurrence, written for a person.
    /// </summary>
    [JsonPropertyName("detail")]
    public required string Detail { get; init; }
    /// <summary>
    /// The stable machine-readable code.
    /// </summary>
    [JsonPropertyName("code")]
    public required ErrorCode Code { get; init; }
    /// <summary>
    /// The request id, also sent as the `x-request-id` response header.
    /// </summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }
    /// <summary>
    /// Field-level errors, for `validation_failed`.
    /// </summary>
    [JsonPropertyName("errors")]
    public List<FieldError>? Errors { get; init; }
}

/// <summary>
/// OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
/// </summary>
public sealed record ProtectedResourceMetadata
{
    [JsonPropertyName("resource")]
    public required string Resource { get; init; }
    [JsonPropertyName("authorization_servers")]
    public required List<string> AuthorizationServers { get; init; }
    [JsonPropertyName("scopes_supported")]
    public required List<string> ScopesSupported { get; init; }
    [JsonPropertyName("bearer_methods_supported")]
    public required List<string> BearerMethodsSupported { get; init; }
    [JsonPropertyName("resource_name")]
    public required string ResourceName { get; init; }
}

/// <summary>
/// Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
/// 
/// Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
/// `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
/// `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
/// </summary>
public sealed record PutEmailTemplate
{
    /// <summary>
    /// One line, at most 200 characters.
    /// </summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    /// <summary>
    /// The plain-text part, at most 32 KiB.
    /// </summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }
    /// <summary>
    /// The HTML part, at most 64 KiB.
    /// </summary>
    [JsonPropertyName("html")]
    public required string Html { get; init; }
}

/// <summary>
/// Re-authentication for sensitive self-service changes (deleting the account, managing the
/// second factor).
/// </summary>
public sealed record Reauthenticate
{
    /// <summary>
    /// Required when the account has a password.
    /// </summary>
    [JsonPropertyName("current_password")]
    public string? CurrentPassword { get; init; }
}

/// <summary>
/// Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
/// code. Only their hashes are stored.
/// </summary>
public sealed record RecoveryCodes
{
    [JsonPropertyName("recovery_codes")]
    public required List<string> RecoveryCodesValue { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
/// may instead come from the session cookie.
/// </summary>
public sealed record RefreshRequest
{
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
/// </summary>
public sealed record RenamePasskey
{
    /// <summary>
    /// 1-64 characters.
    /// </summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

/// <summary>
/// An API protected by the tenant, such as an MCP server.
/// </summary>
public sealed record Resource
{
    /// <summary>
    /// `res_…`.
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
    /// the MCP server's URL.
    /// </summary>
    [JsonPropertyName("identifier")]
    public required string Identifier { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// Scopes clients may request for this API (e.g. one per MCP tool).
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    /// <summary>
    /// Where its RFC 9728 protected-resource metadata is served.
    /// </summary>
    [JsonPropertyName("metadata_url")]
    public required string MetadataUrl { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// A role held on one resource of an organization by one of its members or service
/// accounts, on top of their organization-wide role.
/// </summary>
public sealed record ResourceGrant
{
    /// <summary>
    /// `rgr_…`
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    /// <summary>
    /// A member's user id (`usr_…`) or a service account's client id (`cli_…`).
    /// </summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    /// <summary>
    /// The resource, as checks name it (`document:123`).
    /// </summary>
    [JsonPropertyName("resource")]
    public required string Resource { get; init; }
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// One page of resource grants, oldest first.
/// </summary>
public sealed record ResourceGrantList
{
    [JsonPropertyName("data")]
    public required List<ResourceGrant> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record ResourceList
{
    [JsonPropertyName("data")]
    public required List<Resource> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
/// `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
/// </summary>
public sealed record Role
{
    /// <summary>
    /// Unique within its scope; lowercase letters, digits, `-` and `_`.
    /// </summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("description")]
    public string? Description { get; init; }
    /// <summary>
    /// `resource:action` patterns; `resource:*` grants every action on a resource, `*`
    /// everything.
    /// </summary>
    [JsonPropertyName("permissions")]
    public required List<string> Permissions { get; init; }
    [JsonPropertyName("built_in")]
    public required bool BuiltIn { get; init; }
    /// <summary>
    /// The organization a custom role belongs to; absent for tenant-wide roles.
    /// </summary>
    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }
    /// <summary>
    /// Absent for a built-in role whose permissions were never changed.
    /// </summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>
/// The roles of a scope: built-in roles first, then custom roles by key.
/// </summary>
public sealed record RoleList
{
    [JsonPropertyName("data")]
    public required List<Role> Data { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
/// </summary>
public sealed record RotateApiKey
{
    /// <summary>
    /// How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
    /// </summary>
    [JsonPropertyName("overlap_secs")]
    public long? OverlapSecs { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
/// </summary>
public sealed record RotateClientSecret
{
    /// <summary>
    /// Seconds the client's current secrets keep working (0-2592000, default 86400), so
    /// deployments can switch over without downtime.
    /// </summary>
    [JsonPropertyName("previous_secrets_expire_in")]
    public long? PreviousSecretsExpireIn { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
/// </summary>
public sealed record RotateKeysRequest
{
    /// <summary>
    /// Rotate only the key of this algorithm; all active keys when omitted.
    /// </summary>
    [JsonPropertyName("alg")]
    public SigningAlg? Alg { get; init; }
}

/// <summary>
/// A confidential OAuth client (`client_credentials`) owned by an organization and acting
/// with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
/// `permissions`, and `authz/check` takes its client id as the subject.
/// </summary>
public sealed record ServiceAccount
{
    /// <summary>
    /// The client id (`cli_…`): the `sub` and `client_id` of its tokens.
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// Its role in the organization.
    /// </summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    /// <summary>
    /// Scopes it may request.
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    /// <summary>
    /// Resources (`aud` values) it may request tokens for.
    /// </summary>
    [JsonPropertyName("audiences")]
    public required List<string> Audiences { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// One page of an organization's service accounts, oldest first.
/// </summary>
public sealed record ServiceAccountList
{
    [JsonPropertyName("data")]
    public required List<ServiceAccount> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A new service account and its client secret, shown once.
/// </summary>
public sealed record ServiceAccountWithSecret
{
    /// <summary>
    /// The client id (`cli_…`): the `sub` and `client_id` of its tokens.
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// Its role in the organization.
    /// </summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }
    /// <summary>
    /// Scopes it may request.
    /// </summary>
    [JsonPropertyName("scopes")]
    public required List<string> Scopes { get; init; }
    /// <summary>
    /// Resources (`aud` values) it may request tokens for.
    /// </summary>
    [JsonPropertyName("audiences")]
    public required List<string> Audiences { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>
    /// The client secret (`tss_…`); store it now, it cannot be shown again.
    /// </summary>
    [JsonPropertyName("client_secret")]
    public required string ClientSecret { get; init; }
}

/// <summary>
/// A sign-in session.
/// </summary>
public sealed record Session
{
    /// <summary>
    /// `ses_…`, the `sid` claim of its access tokens.
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("last_used_at")]
    public required DateTimeOffset LastUsedAt { get; init; }
    [JsonPropertyName("expires_at")]
    public required DateTimeOffset ExpiresAt { get; init; }
    [JsonPropertyName("ip")]
    public string? Ip { get; init; }
    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; init; }
}

/// <summary>
/// A user's live sessions, newest first.
/// </summary>
public sealed record SessionList
{
    [JsonPropertyName("data")]
    public required List<Session> Data { get; init; }
}

/// <summary>
/// Tokens of a session.
/// </summary>
public sealed record SessionTokens
{
    /// <summary>
    /// An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
    /// </summary>
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }
    /// <summary>
    /// Always `Bearer`.
    /// </summary>
    [JsonPropertyName("token_type")]
    public required string TokenType { get; init; }
    /// <summary>
    /// Seconds until the access token expires.
    /// </summary>
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
    /// <summary>
    /// Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
    /// </summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
    [JsonPropertyName("session_id")]
    public required string SessionId { get; init; }
}

/// <summary>
/// Replaces the tenant's password policy; an omitted field returns to the server's default.
/// </summary>
public sealed record SetPasswordPolicy
{
    /// <summary>
    /// 8 to `max_length` [default: 10].
    /// </summary>
    [JsonPropertyName("min_length")]
    public long? MinLength { get; init; }
    /// <summary>
    /// `min_length` to 1024 [default: 256].
    /// </summary>
    [JsonPropertyName("max_length")]
    public long? MaxLength { get; init; }
    /// <summary>
    /// [default: the server's `reject_common_passwords`, true unless configured].
    /// </summary>
    [JsonPropertyName("reject_common")]
    public bool? RejectCommon { get; init; }
    /// <summary>
    /// [default: true].
    /// </summary>
    [JsonPropertyName("reject_personal_info")]
    public bool? RejectPersonalInfo { get; init; }
    /// <summary>
    /// Only when the server has `pwned_passwords_url` [default: true when it has].
    /// </summary>
    [JsonPropertyName("check_breached")]
    public bool? CheckBreached { get; init; }
}

/// <summary>
/// A tenant signing key's public metadata (private keys never leave the server).
/// </summary>
public sealed record SigningKey
{
    /// <summary>
    /// Key id: the RFC 7638 JWK thumbprint.
    /// </summary>
    [JsonPropertyName("kid")]
    public required string Kid { get; init; }
    [JsonPropertyName("alg")]
    public required SigningAlg Alg { get; init; }
    [JsonPropertyName("status")]
    public required KeyStatus Status { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("retired_at")]
    public DateTimeOffset? RetiredAt { get; init; }
    /// <summary>
    /// When a retired key leaves the JWKS: no token it signed is still valid by then.
    /// </summary>
    [JsonPropertyName("published_until")]
    public DateTimeOffset? PublishedUntil { get; init; }
}

/// <summary>
/// The tenant's published keys: active ones first, then retired ones still in the JWKS.
/// </summary>
public sealed record SigningKeyList
{
    [JsonPropertyName("data")]
    public required List<SigningKey> Data { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/signup`.
/// </summary>
public sealed record SignupRequest
{
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// Checked against the password policy.
    /// </summary>
    [JsonPropertyName("password")]
    public required string Password { get; init; }
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/signup/verify`.
/// </summary>
public sealed record SignupVerify
{
    /// <summary>
    /// The token from the confirmation link (`tsu_…`).
    /// </summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }
    [JsonPropertyName("delivery")]
    public TokenDelivery? Delivery { get; init; }
}

/// <summary>
/// A tenant: an isolated application environment with its own issuer, keys and users
/// (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
/// </summary>
public sealed record Tenant
{
    /// <summary>
    /// Server-assigned identifier (`ten_…`).
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
    /// </summary>
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }
    /// <summary>
    /// Display name.
    /// </summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    /// <summary>
    /// The tenant's OpenID issuer: `{public_url}/t/{slug}`.
    /// </summary>
    [JsonPropertyName("issuer")]
    public required string Issuer { get; init; }
    /// <summary>
    /// Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
    /// </summary>
    [JsonPropertyName("signing_alg")]
    public required SigningAlg SigningAlg { get; init; }
    /// <summary>
    /// Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
    /// </summary>
    [JsonPropertyName("allowed_origins")]
    public required List<string> AllowedOrigins { get; init; }
    /// <summary>
    /// Who may sign up by themselves.
    /// </summary>
    [JsonPropertyName("signup_mode")]
    public required SignupMode SignupMode { get; init; }
    /// <summary>
    /// Email domains that may sign up when `signup_mode` is `domain_allowlist`.
    /// </summary>
    [JsonPropertyName("signup_allowed_domains")]
    public required List<string> SignupAllowedDomains { get; init; }
    /// <summary>
    /// Whether signups from disposable-address services (a shipped list) are refused.
    /// </summary>
    [JsonPropertyName("block_disposable_emails")]
    public required bool BlockDisposableEmails { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// One page of tenants, oldest first.
/// </summary>
public sealed record TenantList
{
    [JsonPropertyName("data")]
    public required List<Tenant> Data { get; init; }
    /// <summary>
    /// Pass as `cursor` to fetch the next page; absent on the last page.
    /// </summary>
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A signed RFC 9068 access token (`typ: at+jwt`).
/// </summary>
public sealed record TestToken
{
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }
    /// <summary>
    /// Always `Bearer`.
    /// </summary>
    [JsonPropertyName("token_type")]
    public required string TokenType { get; init; }
    /// <summary>
    /// Seconds until `exp`.
    /// </summary>
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
    /// <summary>
    /// The signing key's id, also in the JWS header.
    /// </summary>
    [JsonPropertyName("kid")]
    public required string Kid { get; init; }
}

/// <summary>
/// Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
/// testing resource servers (as Keycloak's "generate example access token").
/// </summary>
public sealed record TestTokenRequest
{
    /// <summary>
    /// The token's `sub`.
    /// </summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }
    /// <summary>
    /// The token's `aud`, such as an API identifier.
    /// </summary>
    [JsonPropertyName("audience")]
    public required string Audience { get; init; }
    /// <summary>
    /// Space-separated scopes for the `scope` claim.
    /// </summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    /// <summary>
    /// Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
    /// </summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }
}

/// <summary>
/// Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
/// </summary>
public sealed record TokenQuery
{
    [JsonPropertyName("token")]
    public required string Token { get; init; }
    /// <summary>
    /// `access_token` or `refresh_token`; a hint only.
    /// </summary>
    [JsonPropertyName("token_type_hint")]
    public string? TokenTypeHint { get; init; }
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }
    [JsonPropertyName("client_assertion_type")]
    public string? ClientAssertionType { get; init; }
    [JsonPropertyName("client_assertion")]
    public string? ClientAssertion { get; init; }
}

/// <summary>
/// Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
/// §4.4.2 and §6).
/// </summary>
public sealed record TokenRequest
{
    /// <summary>
    /// `authorization_code`, `refresh_token` or `client_credentials`.
    /// </summary>
    [JsonPropertyName("grant_type")]
    public required string GrantType { get; init; }
    /// <summary>
    /// With `authorization_code`: the code the authorization endpoint returned.
    /// </summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }
    /// <summary>
    /// With `authorization_code`: the `redirect_uri` of the authorization request.
    /// </summary>
    [JsonPropertyName("redirect_uri")]
    public string? RedirectUri { get; init; }
    /// <summary>
    /// With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
    /// </summary>
    [JsonPropertyName("code_verifier")]
    public string? CodeVerifier { get; init; }
    /// <summary>
    /// With `refresh_token`: the refresh token to spend.
    /// </summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
    /// <summary>
    /// Space-separated scopes; all the client's scopes when omitted.
    /// </summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    /// <summary>
    /// RFC 8707 resource indicator: the API the token is for (becomes `aud`).
    /// </summary>
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }
    /// <summary>
    /// Auth0-style synonym of `resource`.
    /// </summary>
    [JsonPropertyName("audience")]
    public string? Audience { get; init; }
    /// <summary>
    /// With `client_secret_post`.
    /// </summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }
    /// <summary>
    /// With `client_secret_post`.
    /// </summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }
    /// <summary>
    /// With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
    /// </summary>
    [JsonPropertyName("client_assertion_type")]
    public string? ClientAssertionType { get; init; }
    /// <summary>
    /// With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
    /// </summary>
    [JsonPropertyName("client_assertion")]
    public string? ClientAssertion { get; init; }
}

/// <summary>
/// A successful token response (RFC 6749 §5.1).
/// </summary>
public sealed record TokenResponse
{
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }
    /// <summary>
    /// Always `Bearer`.
    /// </summary>
    [JsonPropertyName("token_type")]
    public required string TokenType { get; init; }
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
    /// <summary>
    /// The granted scopes, when any.
    /// </summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    /// <summary>
    /// A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
    /// </summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
    /// <summary>
    /// The OpenID Connect ID token, when the `openid` scope was granted.
    /// </summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }
}

/// <summary>
/// A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
/// into an authenticator app, then confirm with a code it shows.
/// </summary>
public sealed record TotpEnrolment
{
    /// <summary>
    /// The shared secret in base32 (RFC 4648, no padding), for manual entry.
    /// </summary>
    [JsonPropertyName("secret")]
    public required string Secret { get; init; }
    /// <summary>
    /// The `otpauth://totp/…` key URI that the QR codes encode.
    /// </summary>
    [JsonPropertyName("otpauth_uri")]
    public required string OtpauthUri { get; init; }
    /// <summary>
    /// The QR code as a PNG `data:` URI, ready for an `&lt;img src&gt;`.
    /// </summary>
    [JsonPropertyName("qr_png")]
    public required string QrPng { get; init; }
    /// <summary>
    /// The QR code as an SVG document.
    /// </summary>
    [JsonPropertyName("qr_svg")]
    public required string QrSvg { get; init; }
    /// <summary>
    /// Always `SHA1`, the algorithm every authenticator app supports.
    /// </summary>
    [JsonPropertyName("algorithm")]
    public required string Algorithm { get; init; }
    /// <summary>
    /// Digits per code (6).
    /// </summary>
    [JsonPropertyName("digits")]
    public required long Digits { get; init; }
    /// <summary>
    /// Seconds per time step (30).
    /// </summary>
    [JsonPropertyName("period")]
    public required long Period { get; init; }
}

/// <summary>
/// A user's TOTP status.
/// </summary>
public sealed record TotpStatus
{
    [JsonPropertyName("status")]
    public required TotpState Status { get; init; }
    /// <summary>
    /// When the current authenticator's enrolment started.
    /// </summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>
    /// When it was confirmed (enabled).
    /// </summary>
    [JsonPropertyName("confirmed_at")]
    public DateTimeOffset? ConfirmedAt { get; init; }
    /// <summary>
    /// Unused recovery codes left.
    /// </summary>
    [JsonPropertyName("recovery_codes_remaining")]
    public required long RecoveryCodesRemaining { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
/// </summary>
public sealed record UpdateClient
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("grant_types")]
    public List<GrantType>? GrantTypes { get; init; }
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; init; }
    [JsonPropertyName("access_token_ttl")]
    public long? AccessTokenTtl { get; init; }
    /// <summary>
    /// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    /// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    /// </summary>
    [JsonPropertyName("redirect_uris")]
    public List<string>? RedirectUris { get; init; }
    /// <summary>
    /// Where RP-initiated logout may return users; same rules as `redirect_uris`.
    /// </summary>
    [JsonPropertyName("post_logout_redirect_uris")]
    public List<string>? PostLogoutRedirectUris { get; init; }
    /// <summary>
    /// `true` for first-party applications whose users are never asked for consent.
    /// </summary>
    [JsonPropertyName("skip_consent")]
    public bool? SkipConsent { get; init; }
    /// <summary>
    /// The client's public keys (a JWK set) for `private_key_jwt`.
    /// </summary>
    [JsonPropertyName("jwks")]
    public Dictionary<string, JsonElement>? Jwks { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
/// </summary>
public sealed record UpdateMember
{
    [JsonPropertyName("role")]
    public required string Role { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
/// </summary>
public sealed record UpdateOAuthSettings
{
    [JsonPropertyName("dynamic_client_registration")]
    public bool? DynamicClientRegistration { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
/// present change; the slug cannot.
/// </summary>
public sealed record UpdateOrganization
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    /// <summary>
    /// An empty string removes the logo.
    /// </summary>
    [JsonPropertyName("logo_url")]
    public string? LogoUrl { get; init; }
    /// <summary>
    /// Replaces the whole metadata object.
    /// </summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
    /// <summary>
    /// Replaces every policy.
    /// </summary>
    [JsonPropertyName("policies")]
    public OrganizationPolicies? Policies { get; init; }
}

/// <summary>
/// Body of `PATCH …/domains/{domain}`.
/// </summary>
public sealed record UpdateOrganizationDomain
{
    [JsonPropertyName("auto_join")]
    public required bool AutoJoin { get; init; }
}

/// <summary>
/// Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
/// </summary>
public sealed record UpdateProfile
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
/// </summary>
public sealed record UpdateResource
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; init; }
}

/// <summary>
/// Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
/// permissions may be changed (except `owner`'s), not its name.
/// </summary>
public sealed record UpdateRole
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("description")]
    public string? Description { get; init; }
    [JsonPropertyName("permissions")]
    public List<string>? Permissions { get; init; }
}

/// <summary>
/// Body of `PATCH …/service-accounts/{service_account}`: its new role.
/// </summary>
public sealed record UpdateServiceAccount
{
    [JsonPropertyName("role")]
    public required string Role { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
/// </summary>
public sealed record UpdateTenant
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    /// <summary>
    /// Changing it creates a key for the new algorithm and retires the old primary key
    /// with the usual overlap window.
    /// </summary>
    [JsonPropertyName("signing_alg")]
    public SigningAlg? SigningAlg { get; init; }
    [JsonPropertyName("allowed_origins")]
    public List<string>? AllowedOrigins { get; init; }
    [JsonPropertyName("signup_mode")]
    public SignupMode? SignupMode { get; init; }
    /// <summary>
    /// Lowercase domains such as `example.com`, at most 100; subdomains are included.
    /// Required (non-empty) for `domain_allowlist`.
    /// </summary>
    [JsonPropertyName("signup_allowed_domains")]
    public List<string>? SignupAllowedDomains { get; init; }
    [JsonPropertyName("block_disposable_emails")]
    public bool? BlockDisposableEmails { get; init; }
}

/// <summary>
/// Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
/// </summary>
public sealed record UpdateUser
{
    /// <summary>
    /// Changing the email marks it unverified unless `email_verified` is also sent.
    /// </summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }
    /// <summary>
    /// Sets a new password; every session of the user is revoked.
    /// </summary>
    [JsonPropertyName("password")]
    public string? Password { get; init; }
    [JsonPropertyName("email_verified")]
    public bool? EmailVerified { get; init; }
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
    /// <summary>
    /// Replaces the whole metadata object.
    /// </summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}

/// <summary>
/// Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
/// </summary>
public sealed record UpdateWebauthnSettings
{
    [JsonPropertyName("rp_id")]
    public string? RpId { get; init; }
    [JsonPropertyName("rp_name")]
    public string? RpName { get; init; }
    [JsonPropertyName("origins")]
    public List<string>? Origins { get; init; }
    [JsonPropertyName("attestation")]
    public AttestationConveyance? Attestation { get; init; }
    [JsonPropertyName("allowed_formats")]
    public List<string>? AllowedFormats { get; init; }
}

/// <summary>
/// An end user of a tenant.
/// </summary>
public sealed record User
{
    /// <summary>
    /// Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
    /// </summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// Normalised (trimmed, lowercase), unique within the tenant.
    /// </summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    [JsonPropertyName("email_verified")]
    public required bool EmailVerified { get; init; }
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    /// <summary>
    /// URL of a profile picture.
    /// </summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }
    /// <summary>
    /// BCP 47 language tag, such as `en-GB`.
    /// </summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
    /// <summary>
    /// Free-form JSON object for the application's own data (at most 16 KiB).
    /// </summary>
    [JsonPropertyName("metadata")]
    public required Dictionary<string, JsonElement> Metadata { get; init; }
    /// <summary>
    /// Whether the user has a password (the hash itself is never returned).
    /// </summary>
    [JsonPropertyName("has_password")]
    public required bool HasPassword { get; init; }
    /// <summary>
    /// Disabled users cannot sign in; disabling revokes every session.
    /// </summary>
    [JsonPropertyName("disabled")]
    public required bool Disabled { get; init; }
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }
    [JsonPropertyName("last_login_at")]
    public DateTimeOffset? LastLoginAt { get; init; }
}

/// <summary>
/// The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
/// </summary>
public sealed record UserInfo
{
    [JsonPropertyName("sub")]
    public required string Sub { get; init; }
    /// <summary>
    /// With the `email` scope.
    /// </summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }
    [JsonPropertyName("email_verified")]
    public bool? EmailVerified { get; init; }
    /// <summary>
    /// With the `profile` scope.
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
    /// <summary>
    /// Seconds since the epoch.
    /// </summary>
    [JsonPropertyName("updated_at")]
    public long? UpdatedAt { get; init; }
}

/// <summary>
/// One page of users, in creation order.
/// </summary>
public sealed record UserList
{
    [JsonPropertyName("data")]
    public required List<User> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
/// </summary>
public sealed record VerificationEmailSent
{
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }
    /// <summary>
    /// Where the message went.
    /// </summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }
    /// <summary>
    /// When the link stops working.
    /// </summary>
    [JsonPropertyName("expires_at")]
    public required DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>
/// Body of `POST /t/{tenant}/auth/verify-email`.
/// </summary>
public sealed record VerifyEmailRequest
{
    /// <summary>
    /// The token from the verification link (`tev_…`).
    /// </summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }
}

/// <summary>
/// A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
/// </summary>
public sealed record WebauthnSettings
{
    /// <summary>
    /// The relying-party ID: a registrable domain suffix of every origin. Defaults to the
    /// host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
    /// </summary>
    [JsonPropertyName("rp_id")]
    public required string RpId { get; init; }
    /// <summary>
    /// The name authenticators may show. Defaults to the tenant's name.
    /// </summary>
    [JsonPropertyName("rp_name")]
    public required string RpName { get; init; }
    /// <summary>
    /// Origins that may run ceremonies. Defaults to the origin of the public URL.
    /// </summary>
    [JsonPropertyName("origins")]
    public required List<string> Origins { get; init; }
    [JsonPropertyName("attestation")]
    public required AttestationConveyance Attestation { get; init; }
    /// <summary>
    /// Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
    /// `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
    /// </summary>
    [JsonPropertyName("allowed_formats")]
    public required List<string> AllowedFormats { get; init; }
    /// <summary>
    /// Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
    /// sign-in is multi-factor on its own.
    /// </summary>
    [JsonPropertyName("user_verification")]
    public required string UserVerification { get; init; }
}

/// <summary>
/// What a correct password leads to: session tokens, or, when the account has a second
/// factor, a challenge (`mfa_required: true`).
/// </summary>
[JsonConverter(typeof(LoginResponseConverter))]
public sealed record LoginResponse
{
    /// <summary>Set when the answer is a SessionTokens.</summary>
    public SessionTokens? SessionTokens { get; init; }
    /// <summary>Set when the answer is a MfaChallenge.</summary>
    public MfaChallenge? MfaChallenge { get; init; }
}

/// <summary>Reads LoginResponse as the first variant whose required fields are all present.</summary>
public sealed class LoginResponseConverter : JsonConverter<LoginResponse>
{
    /// <inheritdoc/>
    public override LoginResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        bool Has(params string[] keys) => Array.TrueForAll(keys, k => root.TryGetProperty(k, out _));
        if (Has("access_token", "token_type", "expires_in", "session_id")) return new LoginResponse { SessionTokens = root.Deserialize<SessionTokens>(options) };
        if (Has("mfa_required", "mfa_token", "factors", "expires_in")) return new LoginResponse { MfaChallenge = root.Deserialize<MfaChallenge>(options) };
        throw new JsonException("no variant of LoginResponse matches the JSON object");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LoginResponse value, JsonSerializerOptions options)
    {
        if (value.SessionTokens is { } _sessionTokens) { JsonSerializer.Serialize(writer, _sessionTokens, options); return; }
        if (value.MfaChallenge is { } _mfaChallenge) { JsonSerializer.Serialize(writer, _mfaChallenge, options); return; }
        writer.WriteNullValue();
    }
}
