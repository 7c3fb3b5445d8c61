// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// The API's data types. Optional fields are pointers (or nil-able slices and maps) tagged
// omitempty: nil means absent, and an absent field is not sent. [Ptr] makes a pointer.

import (
	"encoding/json"
	"fmt"
	"time"
)

// AcceptInvitation: Body of `POST /t/{tenant}/invitations/accept`.
type AcceptInvitation struct {
	// The `tin_…` token from the invitation email's link.
	Token string `json:"token"`
	// For an invitee without an account: the password of the account created on accepting.
	// An invitee who has an account signs in and sends their access token instead.
	Password *string `json:"password,omitempty"`
	// The new account's display name.
	Name *string `json:"name,omitempty"`
}

// AddMember: Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
type AddMember struct {
	// The user's id (`usr_…`), of the same tenant.
	UserID string `json:"user_id"`
	// A role key; `member` when absent.
	Role *string `json:"role,omitempty"`
}

// APIKey: An API key (its secret is shown only once, when created or rotated).
type APIKey struct {
	// Server-assigned identifier (`key_…`).
	ID string `json:"id"`
	// The owning organization, for an organization's key.
	OrganizationID *string `json:"organization_id,omitempty"`
	// The owning user, for a user's key.
	UserID *string `json:"user_id,omitempty"`
	Name   string  `json:"name"`
	// The `resource:action` patterns the key is limited to.
	Permissions []string `json:"permissions"`
	// The secret's last four characters, to tell keys apart.
	Hint      string     `json:"hint"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	// When introspection last saw the key.
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
	// The key that replaced this one by rotation.
	RotatedTo *string `json:"rotated_to,omitempty"`
	// Whether the key works now (not revoked, not expired).
	Active bool `json:"active"`
}

// APIKeyList: One page of API keys, oldest first.
type APIKeyList struct {
	Data       []APIKey `json:"data"`
	NextCursor *string  `json:"next_cursor,omitempty"`
}

// APIKeyWithSecret: A key with its secret, shown this once.
type APIKeyWithSecret struct {
	Key APIKey `json:"key"`
	// `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
	// cannot be shown again.
	Secret string `json:"secret"`
}

// AttestationConveyance: The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
type AttestationConveyance string

// Values of AttestationConveyance. A newer server may send others; compare, don't switch exhaustively.
const (
	AttestationConveyanceNone     AttestationConveyance = "none"
	AttestationConveyanceIndirect AttestationConveyance = "indirect"
	AttestationConveyanceDirect   AttestationConveyance = "direct"
)

// AuditEvent: One entry of a tenant's audit log.
type AuditEvent struct {
	// `aud_…`
	ID string `json:"id"`
	// Position in the tenant's chain: 1, 2, 3 …
	Seq        int64     `json:"seq"`
	OccurredAt time.Time `json:"occurred_at"`
	// What happened, such as `user.created` or `session.login_failed`.
	Action string `json:"action"`
	// `admin`, `user`, `operator` (the CLI) or `anonymous`.
	ActorType  string  `json:"actor_type"`
	ActorID    *string `json:"actor_id,omitempty"`
	TargetType *string `json:"target_type,omitempty"`
	TargetID   *string `json:"target_id,omitempty"`
	IP         *string `json:"ip,omitempty"`
	UserAgent  *string `json:"user_agent,omitempty"`
	RequestID  *string `json:"request_id,omitempty"`
	// Event-specific facts; never a secret.
	Details map[string]any `json:"details"`
	// Hex SHA-256 of the previous event (64 zeros for the first).
	PrevHash string `json:"prev_hash"`
	// Hex SHA-256 over this event's fields and `prev_hash`.
	Hash string `json:"hash"`
}

// AuditEventList: One page of audit events, oldest first.
type AuditEventList struct {
	Data       []AuditEvent `json:"data"`
	NextCursor *string      `json:"next_cursor,omitempty"`
}

// AuditExportFormat: Export formats.
type AuditExportFormat string

// Values of AuditExportFormat. A newer server may send others; compare, don't switch exhaustively.
const (
	AuditExportFormatNdjson AuditExportFormat = "ndjson"
	AuditExportFormatCsv    AuditExportFormat = "csv"
)

// AuditVerification: Result of checking a tenant's audit chain.
type AuditVerification struct {
	// Whether every link holds.
	Valid         bool  `json:"valid"`
	EventsChecked int64 `json:"events_checked"`
	// The first event whose link is broken.
	FirstBrokenSeq *int64 `json:"first_broken_seq,omitempty"`
	// Why that link is broken.
	Reason *string `json:"reason,omitempty"`
}

// AuthzCheck: Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
type AuthzCheck struct {
	// A user id (`usr_…`) or a service account's client id (`cli_…`).
	Subject string `json:"subject"`
	// A concrete `resource:action` (no wildcard).
	Permission string `json:"permission"`
	// The organization (id or slug) the subject acts in. Roles come from memberships,
	// so without one nothing is allowed.
	Organization *string `json:"organization,omitempty"`
	// The resource acted on (`document:123`): the organization-wide role applies to every
	// resource, and a role granted on this resource (resource grants) adds to it.
	Resource *string `json:"resource,omitempty"`
}

// AuthzCheckBatch: Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
type AuthzCheckBatch struct {
	Checks []AuthzCheck `json:"checks"`
}

// AuthzDecision: The answer to one check, with its explanation.
type AuthzDecision struct {
	Allowed bool        `json:"allowed"`
	Reason  AuthzReason `json:"reason"`
	// The decision in a sentence a person can read.
	Explanation    string  `json:"explanation"`
	Subject        string  `json:"subject"`
	Permission     string  `json:"permission"`
	OrganizationID *string `json:"organization_id,omitempty"`
	Resource       *string `json:"resource,omitempty"`
	// The subject's role in the organization, when a member.
	Role *string `json:"role,omitempty"`
	// The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
	MatchedPermission *string `json:"matched_permission,omitempty"`
	// The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
	// the role granted on the resource.
	ResourceGrant *string `json:"resource_grant,omitempty"`
}

// AuthzDecisionList: The decisions, in the order of the checks.
type AuthzDecisionList struct {
	Results []AuthzDecision `json:"results"`
}

// AuthzReason: Why a check was decided as it was.
type AuthzReason string

// Values of AuthzReason. A newer server may send others; compare, don't switch exhaustively.
const (
	AuthzReasonRoleGrantsPermission          AuthzReason = "role_grants_permission"
	AuthzReasonRoleLacksPermission           AuthzReason = "role_lacks_permission"
	AuthzReasonNotAMember                    AuthzReason = "not_a_member"
	AuthzReasonNoOrganization                AuthzReason = "no_organization"
	AuthzReasonOrganizationNotFound          AuthzReason = "organization_not_found"
	AuthzReasonSubjectNotFound               AuthzReason = "subject_not_found"
	AuthzReasonSubjectDisabled               AuthzReason = "subject_disabled"
	AuthzReasonRoleNotFound                  AuthzReason = "role_not_found"
	AuthzReasonResourceGrantGrantsPermission AuthzReason = "resource_grant_grants_permission"
)

// Branding: How the tenant's hosted pages look. Their title is the tenant's name.
type Branding struct {
	// An `https` URL of the logo shown above the forms.
	LogoURL *string `json:"logo_url,omitempty"`
	// The accent colour of buttons and focus rings, `#rrggbb`.
	PrimaryColor *string `json:"primary_color,omitempty"`
	// A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
	// served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
	CustomCSS *string `json:"custom_css,omitempty"`
	// An `https` URL of the tenant's help page, linked at the foot of every page.
	SupportURL *string `json:"support_url,omitempty"`
	// Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
	// `frame-ancestors`; empty or absent means none may (`'none'`).
	FrameAncestors []string `json:"frame_ancestors,omitempty"`
	// The pages' language when neither `ui_locales` nor the browser names a supported
	// one: `en`, `de`, `fr` or `ar`.
	DefaultLocale *string `json:"default_locale,omitempty"`
}

// ChangePassword: Body of `POST /t/{tenant}/me/password`.
type ChangePassword struct {
	// Required when the account has a password.
	CurrentPassword *string `json:"current_password,omitempty"`
	NewPassword     string  `json:"new_password"`
}

// Client: An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
type Client struct {
	// The `client_id` (`cli_…`).
	ID                      string                  `json:"id"`
	Name                    string                  `json:"name"`
	ClientType              ClientType              `json:"client_type"`
	TokenEndpointAuthMethod TokenEndpointAuthMethod `json:"token_endpoint_auth_method"`
	GrantTypes              []GrantType             `json:"grant_types"`
	// Scopes the client may request; tokens carry the granted subset.
	Scopes []string `json:"scopes"`
	// Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
	Audiences []string `json:"audiences"`
	// Access-token lifetime in seconds for this client.
	AccessTokenTTL int64 `json:"access_token_ttl"`
	// Where the authorization endpoint may send users back; matched exactly.
	RedirectUris []string `json:"redirect_uris"`
	// Where RP-initiated logout may send users back; matched exactly.
	PostLogoutRedirectUris []string `json:"post_logout_redirect_uris"`
	// A first-party application: users are not asked for consent.
	SkipConsent bool `json:"skip_consent"`
	// The client's public keys (a JWK set) for `private_key_jwt`.
	Jwks map[string]any `json:"jwks,omitempty"`
	// Live secrets, newest first (hints only; a secret is shown once, when created).
	Secrets   []ClientSecretInfo `json:"secrets"`
	CreatedAt time.Time          `json:"created_at"`
	UpdatedAt time.Time          `json:"updated_at"`
}

// ClientList: One page of clients.
type ClientList struct {
	Data       []Client `json:"data"`
	NextCursor *string  `json:"next_cursor,omitempty"`
}

// ClientRegistrationRequest: Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
// as §2 requires.
type ClientRegistrationRequest struct {
	RedirectUris []string `json:"redirect_uris,omitempty"`
	// `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
	// public client (PKCE, no secret), as MCP clients register.
	TokenEndpointAuthMethod *string `json:"token_endpoint_auth_method,omitempty"`
	// `authorization_code` and `refresh_token` (the default is `authorization_code`).
	GrantTypes []string `json:"grant_types,omitempty"`
	// `code` only.
	ResponseTypes []string `json:"response_types,omitempty"`
	ClientName    *string  `json:"client_name,omitempty"`
	// Space-separated scopes the client will use (informational).
	Scope                  *string  `json:"scope,omitempty"`
	PostLogoutRedirectUris []string `json:"post_logout_redirect_uris,omitempty"`
}

// ClientRegistrationResponse: A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
type ClientRegistrationResponse struct {
	ClientID string `json:"client_id"`
	// Only in the registration response and only for confidential clients.
	ClientSecret     *string `json:"client_secret,omitempty"`
	ClientIDIssuedAt int64   `json:"client_id_issued_at"`
	// 0: the secret does not expire (present with a secret).
	ClientSecretExpiresAt *int64 `json:"client_secret_expires_at,omitempty"`
	// Bearer token for the registration management endpoint (RFC 7592), shown once.
	RegistrationAccessToken *string  `json:"registration_access_token,omitempty"`
	RegistrationClientURI   string   `json:"registration_client_uri"`
	ClientName              string   `json:"client_name"`
	RedirectUris            []string `json:"redirect_uris"`
	PostLogoutRedirectUris  []string `json:"post_logout_redirect_uris"`
	TokenEndpointAuthMethod string   `json:"token_endpoint_auth_method"`
	GrantTypes              []string `json:"grant_types"`
	ResponseTypes           []string `json:"response_types"`
}

// ClientSecretInfo: What may be shown of a client secret after its creation.
type ClientSecretInfo struct {
	ID string `json:"id"`
	// The secret's last four characters.
	Hint      string     `json:"hint"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// ClientType: Whether a client can keep a secret (RFC 6749 §2.1).
type ClientType string

// Values of ClientType. A newer server may send others; compare, don't switch exhaustively.
const (
	ClientTypeConfidential ClientType = "confidential"
	ClientTypePublic       ClientType = "public"
)

// ClientWithSecret: A client with its new secret, shown this once.
type ClientWithSecret struct {
	// The `client_id` (`cli_…`).
	ID                      string                  `json:"id"`
	Name                    string                  `json:"name"`
	ClientType              ClientType              `json:"client_type"`
	TokenEndpointAuthMethod TokenEndpointAuthMethod `json:"token_endpoint_auth_method"`
	GrantTypes              []GrantType             `json:"grant_types"`
	// Scopes the client may request; tokens carry the granted subset.
	Scopes []string `json:"scopes"`
	// Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
	Audiences []string `json:"audiences"`
	// Access-token lifetime in seconds for this client.
	AccessTokenTTL int64 `json:"access_token_ttl"`
	// Where the authorization endpoint may send users back; matched exactly.
	RedirectUris []string `json:"redirect_uris"`
	// Where RP-initiated logout may send users back; matched exactly.
	PostLogoutRedirectUris []string `json:"post_logout_redirect_uris"`
	// A first-party application: users are not asked for consent.
	SkipConsent bool `json:"skip_consent"`
	// The client's public keys (a JWK set) for `private_key_jwt`.
	Jwks map[string]any `json:"jwks,omitempty"`
	// Live secrets, newest first (hints only; a secret is shown once, when created).
	Secrets   []ClientSecretInfo `json:"secrets"`
	CreatedAt time.Time          `json:"created_at"`
	UpdatedAt time.Time          `json:"updated_at"`
	// The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
	ClientSecret *string `json:"client_secret,omitempty"`
}

// ConfirmTotp: Body of the TOTP confirmation: a code the authenticator shows now.
type ConfirmTotp struct {
	Code string `json:"code"`
}

// Consent: An application the user allowed to access their account ("connected app").
type Consent struct {
	ClientID   string `json:"client_id"`
	ClientName string `json:"client_name"`
	// The scopes granted so far.
	Scopes    []string  `json:"scopes"`
	GrantedAt time.Time `json:"granted_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ConsentList is the schema ConsentList.
type ConsentList struct {
	Data []Consent `json:"data"`
}

// CreateAPIKey: Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
type CreateAPIKey struct {
	// The owning organization (id or slug).
	Organization *string `json:"organization,omitempty"`
	// The owning user's id.
	User *string `json:"user,omitempty"`
	Name string  `json:"name"`
	// 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
	Permissions []string `json:"permissions"`
	// Seconds until the key expires (60 to 63,072,000); absent: never.
	ExpiresInSecs *int64 `json:"expires_in_secs,omitempty"`
}

// CreateClient: Body of `POST /v1/tenants/{tenant}/clients`.
type CreateClient struct {
	Name string `json:"name"`
	// `confidential` (the default) or `public`.
	ClientType *ClientType `json:"client_type,omitempty"`
	// Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
	TokenEndpointAuthMethod *TokenEndpointAuthMethod `json:"token_endpoint_auth_method,omitempty"`
	// Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
	// and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
	GrantTypes []GrantType `json:"grant_types,omitempty"`
	Scopes     []string    `json:"scopes,omitempty"`
	Audiences  []string    `json:"audiences,omitempty"`
	// 60 to the server's `max_token_lifetime` seconds (default 3600).
	AccessTokenTTL *int64 `json:"access_token_ttl,omitempty"`
	// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
	// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
	RedirectUris []string `json:"redirect_uris,omitempty"`
	// Where RP-initiated logout may return users; same rules as `redirect_uris`.
	PostLogoutRedirectUris []string `json:"post_logout_redirect_uris,omitempty"`
	// `true` for first-party applications whose users are never asked for consent.
	SkipConsent *bool `json:"skip_consent,omitempty"`
	// The client's public keys (a JWK set) for `private_key_jwt`.
	Jwks map[string]any `json:"jwks,omitempty"`
}

// CreateInvitation: Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
type CreateInvitation struct {
	Email string `json:"email"`
	// A role key; `member` when absent.
	Role *string `json:"role,omitempty"`
	// Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
	Locale *string `json:"locale,omitempty"`
	// Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
	ExpiresInSecs *int64 `json:"expires_in_secs,omitempty"`
}

// CreateOrganization: Body of `POST /v1/tenants/{tenant}/organizations`.
type CreateOrganization struct {
	Slug string `json:"slug"`
	Name string `json:"name"`
	// An https URL of at most 2048 characters.
	LogoURL  *string               `json:"logo_url,omitempty"`
	Metadata map[string]any        `json:"metadata,omitempty"`
	Policies *OrganizationPolicies `json:"policies,omitempty"`
}

// CreateOrganizationDomain: Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
type CreateOrganizationDomain struct {
	Domain   string `json:"domain"`
	AutoJoin *bool  `json:"auto_join,omitempty"`
}

// CreateResource: Body of `POST /v1/tenants/{tenant}/resources`.
type CreateResource struct {
	// An absolute URI without a fragment; unique in the tenant.
	Identifier string   `json:"identifier"`
	Name       string   `json:"name"`
	Scopes     []string `json:"scopes,omitempty"`
}

// CreateResourceGrant: Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
type CreateResourceGrant struct {
	Subject  string `json:"subject"`
	Resource string `json:"resource"`
	Role     string `json:"role"`
}

// CreateRole: Body of `POST …/roles`.
type CreateRole struct {
	Key         string   `json:"key"`
	Name        string   `json:"name"`
	Description *string  `json:"description,omitempty"`
	Permissions []string `json:"permissions"`
}

// CreateServiceAccount: Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
type CreateServiceAccount struct {
	Name string `json:"name"`
	// A role of the organization (built-in, tenant-wide or its own); `member` by default.
	Role      *string  `json:"role,omitempty"`
	Scopes    []string `json:"scopes,omitempty"`
	Audiences []string `json:"audiences,omitempty"`
}

// CreateTenant: Body of `POST /v1/tenants`.
type CreateTenant struct {
	// Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
	Slug string `json:"slug"`
	// Display name, 1-200 characters.
	Name string `json:"name"`
	// Primary signing algorithm; ES256 when omitted.
	SigningAlg *SigningAlg `json:"signing_alg,omitempty"`
	// Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
	AllowedOrigins []string `json:"allowed_origins,omitempty"`
}

// CreateUser: Body of `POST /v1/tenants/{tenant}/users`.
type CreateUser struct {
	Email string `json:"email"`
	// Checked against the password policy; omit for a user who signs in another way.
	Password *string `json:"password,omitempty"`
	// An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
	// `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in
	// unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC
	// strings). It is replaced by an argon2id hash with the server's parameters at the
	// user's first successful sign-in.
	PasswordHash  *string        `json:"password_hash,omitempty"`
	EmailVerified *bool          `json:"email_verified,omitempty"`
	Name          *string        `json:"name,omitempty"`
	Picture       *string        `json:"picture,omitempty"`
	Locale        *string        `json:"locale,omitempty"`
	Metadata      map[string]any `json:"metadata,omitempty"`
}

// EmailCodeVerify: Body of `POST /t/{tenant}/auth/email-code/verify`.
type EmailCodeVerify struct {
	Email string `json:"email"`
	// The six-digit code from the email.
	Code     string         `json:"code"`
	Delivery *TokenDelivery `json:"delivery,omitempty"`
}

// EmailRequest: Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
type EmailRequest struct {
	Email string `json:"email"`
}

// EmailRequestAccepted: The answer to a request that may send an email. It is the same whether or not the
// address belongs to an account, so it reveals nothing about which accounts exist.
type EmailRequestAccepted struct {
	// A sentence to show the person who asked.
	Message string `json:"message"`
}

// EmailTemplate: A tenant's override of a built-in email template in one locale.
type EmailTemplate struct {
	// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
	// `signup_existing_account`, `organization_invitation`, `email_change` or
	// `email_change_notice`.
	Template string `json:"template"`
	// Lowercase BCP 47 tag, such as `de` or `pt-br`.
	Locale    string    `json:"locale"`
	Subject   string    `json:"subject"`
	Text      string    `json:"text"`
	HTML      string    `json:"html"`
	UpdatedAt time.Time `json:"updated_at"`
}

// EmailTemplateList: A tenant's template overrides.
type EmailTemplateList struct {
	Data []EmailTemplate `json:"data"`
}

// EmailVerified: The answer to a successful email verification.
type EmailVerified struct {
	UserID string `json:"user_id"`
	// The address that is now verified.
	Email string `json:"email"`
	// Always `true`.
	EmailVerified bool `json:"email_verified"`
}

// ErrorCode: Stable machine-readable error codes carried in `code` of every problem response.
//
// Clients branch on these, never on `title` or `detail`, which are for people.
type ErrorCode string

// Values of ErrorCode. A newer server may send others; compare, don't switch exhaustively.
const (
	ErrorCodeInvalidBody                 ErrorCode = "invalid_body"
	ErrorCodeUnsupportedMediaType        ErrorCode = "unsupported_media_type"
	ErrorCodePayloadTooLarge             ErrorCode = "payload_too_large"
	ErrorCodeInvalidParameter            ErrorCode = "invalid_parameter"
	ErrorCodeValidationFailed            ErrorCode = "validation_failed"
	ErrorCodeUnauthorized                ErrorCode = "unauthorized"
	ErrorCodeInvalidCredentials          ErrorCode = "invalid_credentials"
	ErrorCodeInvalidToken                ErrorCode = "invalid_token"
	ErrorCodeInvalidCode                 ErrorCode = "invalid_code"
	ErrorCodeAccountLocked               ErrorCode = "account_locked"
	ErrorCodeRateLimited                 ErrorCode = "rate_limited"
	ErrorCodeAccountDisabled             ErrorCode = "account_disabled"
	ErrorCodeSignupDisabled              ErrorCode = "signup_disabled"
	ErrorCodeEmailDomainNotAllowed       ErrorCode = "email_domain_not_allowed"
	ErrorCodeOriginNotAllowed            ErrorCode = "origin_not_allowed"
	ErrorCodeNotFound                    ErrorCode = "not_found"
	ErrorCodeMethodNotAllowed            ErrorCode = "method_not_allowed"
	ErrorCodeAlreadyExists               ErrorCode = "already_exists"
	ErrorCodeConflict                    ErrorCode = "conflict"
	ErrorCodeRequestTimeout              ErrorCode = "request_timeout"
	ErrorCodeServiceUnavailable          ErrorCode = "service_unavailable"
	ErrorCodeInternalError               ErrorCode = "internal_error"
	ErrorCodePermissionDenied            ErrorCode = "permission_denied"
	ErrorCodeOrganizationPolicyViolation ErrorCode = "organization_policy_violation"
)

// FieldError: One invalid field of a request body.
type FieldError struct {
	// The field's name, as a JSON pointer into the request body (`/slug`).
	Pointer string `json:"pointer"`
	// What is wrong with it and what would be accepted.
	Message string `json:"message"`
}

// GrantType: OAuth grant types a client may use.
type GrantType string

// Values of GrantType. A newer server may send others; compare, don't switch exhaustively.
const (
	GrantTypeClientCredentials GrantType = "client_credentials"
	GrantTypeAuthorizationCode GrantType = "authorization_code"
	GrantTypeRefreshToken      GrantType = "refresh_token"
)

// HealthStatus: Body of the health endpoints.
type HealthStatus struct {
	// `ok` for liveness, `ready` for readiness.
	Status string `json:"status"`
}

// IntrospectionResponse: An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
type IntrospectionResponse struct {
	Active    bool    `json:"active"`
	Scope     *string `json:"scope,omitempty"`
	ClientID  *string `json:"client_id,omitempty"`
	TokenType *string `json:"token_type,omitempty"`
	Exp       *int64  `json:"exp,omitempty"`
	Iat       *int64  `json:"iat,omitempty"`
	Sub       *string `json:"sub,omitempty"`
	// A string or an array of strings, as in the token.
	Aud any     `json:"aud,omitempty"`
	Iss *string `json:"iss,omitempty"`
	Jti *string `json:"jti,omitempty"`
	// The organization the token (or API key) acts in.
	OrgID   *string `json:"org_id,omitempty"`
	OrgSlug *string `json:"org_slug,omitempty"`
	// The member's role in the organization (session tokens switched into one).
	OrgRole *string `json:"org_role,omitempty"`
	// The `resource:action` patterns the token or API key carries.
	Permissions []string `json:"permissions,omitempty"`
}

// Invitation: An invitation to join an organization, sent by email.
type Invitation struct {
	// Server-assigned identifier (`inv_…`).
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Email          string `json:"email"`
	// The role the invitee gets on accepting.
	Role      string          `json:"role"`
	State     InvitationState `json:"state"`
	CreatedAt time.Time       `json:"created_at"`
	// When the latest email went out (a resend moves it).
	SentAt     time.Time  `json:"sent_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	AcceptedAt *time.Time `json:"accepted_at,omitempty"`
	// The user who accepted.
	AcceptedBy *string `json:"accepted_by,omitempty"`
}

// InvitationAccepted: What accepting an invitation did.
type InvitationAccepted struct {
	OrganizationID   string `json:"organization_id"`
	OrganizationSlug string `json:"organization_slug"`
	UserID           string `json:"user_id"`
	Role             string `json:"role"`
	// Whether a new account was created for the invitee.
	UserCreated bool `json:"user_created"`
	// Session tokens for a newly created account, switched into the organization.
	Session *SessionTokens `json:"session,omitempty"`
}

// InvitationList: One page of invitations, newest first.
type InvitationList struct {
	Data       []Invitation `json:"data"`
	NextCursor *string      `json:"next_cursor,omitempty"`
}

// InvitationState: Where an invitation stands.
type InvitationState string

// Values of InvitationState. A newer server may send others; compare, don't switch exhaustively.
const (
	InvitationStatePending  InvitationState = "pending"
	InvitationStateAccepted InvitationState = "accepted"
	InvitationStateRevoked  InvitationState = "revoked"
	InvitationStateExpired  InvitationState = "expired"
)

// Jwk: A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
type Jwk struct {
	// `EC`, `RSA` or `OKP`.
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	// Always `sig`.
	Use string `json:"use"`
	Alg string `json:"alg"`
	// Curve: `P-256` (EC) or `Ed25519` (OKP).
	Crv *string `json:"crv,omitempty"`
	X   *string `json:"x,omitempty"`
	Y   *string `json:"y,omitempty"`
	// RSA modulus, base64url.
	N *string `json:"n,omitempty"`
	// RSA public exponent, base64url.
	E *string `json:"e,omitempty"`
}

// JwkSet: A JSON Web Key Set (RFC 7517 §5).
type JwkSet struct {
	Keys []Jwk `json:"keys"`
}

// KeyStatus: Lifecycle of a signing key.
type KeyStatus string

// Values of KeyStatus. A newer server may send others; compare, don't switch exhaustively.
const (
	KeyStatusActive  KeyStatus = "active"
	KeyStatusRetired KeyStatus = "retired"
)

// LoginRequest: Body of `POST /t/{tenant}/auth/login`.
type LoginRequest struct {
	Email    string         `json:"email"`
	Password string         `json:"password"`
	Delivery *TokenDelivery `json:"delivery,omitempty"`
	// Sign in into this organization (its id, `org_…`, or its slug), as with
	// `organization` on the authorization request: the session opens switched into it, and
	// its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user
	// must be a member and the sign-in must meet the organization's policies.
	Organization *string `json:"organization,omitempty"`
}

// LoginResponse: What a correct password leads to: session tokens, or, when the account has a second
// factor, a challenge (`mfa_required: true`).
//
// Exactly one field is set: the first variant, in this order, whose required JSON keys
// are all present.
type LoginResponse struct {
	SessionTokens *SessionTokens
	MFAChallenge  *MFAChallenge
}

// UnmarshalJSON sets the first variant whose required keys are all present.
func (u *LoginResponse) UnmarshalJSON(data []byte) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return err
	}
	*u = LoginResponse{}
	if hasKeys(keys, "access_token", "token_type", "expires_in", "session_id") {
		u.SessionTokens = new(SessionTokens)
		return json.Unmarshal(data, u.SessionTokens)
	}
	if hasKeys(keys, "mfa_required", "mfa_token", "factors", "expires_in") {
		u.MFAChallenge = new(MFAChallenge)
		return json.Unmarshal(data, u.MFAChallenge)
	}
	return fmt.Errorf("tessera: no variant of LoginResponse matches %s", data)
}

// MarshalJSON writes the variant that is set, or null.
func (u LoginResponse) MarshalJSON() ([]byte, error) {
	switch {
	case u.SessionTokens != nil:
		return json.Marshal(u.SessionTokens)
	case u.MFAChallenge != nil:
		return json.Marshal(u.MFAChallenge)
	}
	return []byte("null"), nil
}

// MagicLinkVerify: Body of `POST /t/{tenant}/auth/magic-link/verify`.
type MagicLinkVerify struct {
	// The token from the magic link (`tml_…`).
	Token    string         `json:"token"`
	Delivery *TokenDelivery `json:"delivery,omitempty"`
}

// Membership: A user's membership of an organization.
type Membership struct {
	OrganizationID string `json:"organization_id"`
	UserID         string `json:"user_id"`
	// The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// MembershipList: One page of members, ordered by user id.
type MembershipList struct {
	Data       []Membership `json:"data"`
	NextCursor *string      `json:"next_cursor,omitempty"`
}

// MFAChallenge: The answer to a correct password when the account has a second factor: no session yet,
// but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
type MFAChallenge struct {
	// Always `true`; tells this answer apart from session tokens.
	MFARequired bool `json:"mfa_required"`
	// `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
	// verification. Wrong codes do not spend it, but count towards the account's lockout.
	MFAToken string `json:"mfa_token"`
	// The factors the user can complete the sign-in with.
	Factors []MFAFactor `json:"factors"`
	// Seconds until `mfa_token` expires.
	ExpiresIn int64 `json:"expires_in"`
}

// MFAFactor: A second factor that completes a sign-in.
type MFAFactor string

// Values of MFAFactor. A newer server may send others; compare, don't switch exhaustively.
const (
	MFAFactorTotp         MFAFactor = "totp"
	MFAFactorRecoveryCode MFAFactor = "recovery_code"
	MFAFactorPasskey      MFAFactor = "passkey"
)

// MFAVerifyRequest: Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
// `code` and `recovery_code`.
type MFAVerifyRequest struct {
	// The `mfa_token` of the login answer.
	MFAToken string `json:"mfa_token"`
	// The current six-digit code of the user's authenticator app.
	Code *string `json:"code,omitempty"`
	// One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
	// spaces and case are optional).
	RecoveryCode *string        `json:"recovery_code,omitempty"`
	Delivery     *TokenDelivery `json:"delivery,omitempty"`
}

// MyOrganization: An organization the signed-in user belongs to, with their role in it.
type MyOrganization struct {
	ID      string  `json:"id"`
	Slug    string  `json:"slug"`
	Name    string  `json:"name"`
	LogoURL *string `json:"logo_url,omitempty"`
	Role    string  `json:"role"`
	// Whether the session making the request is switched into this organization.
	Current  bool      `json:"current"`
	JoinedAt time.Time `json:"joined_at"`
}

// MyOrganizationList: One page of the signed-in user's organizations.
type MyOrganizationList struct {
	Data       []MyOrganization `json:"data"`
	NextCursor *string          `json:"next_cursor,omitempty"`
}

// OAuthError: An error of an OAuth endpoint (RFC 6749 §5.2).
type OAuthError struct {
	// `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
	// `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
	// `unsupported_token_type` (RFC 7009).
	Error string `json:"error"`
	// What went wrong, for the developer.
	ErrorDescription *string `json:"error_description,omitempty"`
}

// OAuthSettings: A tenant's authorization-server policy.
type OAuthSettings struct {
	// Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
	// clients do. Off by default.
	DynamicClientRegistration bool `json:"dynamic_client_registration"`
}

// OpenIDConfiguration: OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
// Authorization Server Metadata (RFC 8414).
//
// Only what the server implements is advertised; endpoints appear as they land.
type OpenIDConfiguration struct {
	// The tenant's issuer identifier, `{public_url}/t/{slug}`.
	Issuer string `json:"issuer"`
	// Where the tenant's public signing keys are published.
	JwksURI string `json:"jwks_uri"`
	// Where users sign in and grant access (code flow with PKCE only).
	AuthorizationEndpoint string `json:"authorization_endpoint"`
	// RFC 8414 §2.
	TokenEndpoint string `json:"token_endpoint"`
	// OpenID Connect Core §5.3.
	UserinfoEndpoint string `json:"userinfo_endpoint"`
	// OpenID Connect RP-Initiated Logout 1.0.
	EndSessionEndpoint string `json:"end_session_endpoint"`
	// RFC 7591; present only when the tenant allows dynamic registration.
	RegistrationEndpoint *string `json:"registration_endpoint,omitempty"`
	// RFC 7662.
	IntrospectionEndpoint string `json:"introspection_endpoint"`
	// RFC 7009.
	RevocationEndpoint               string   `json:"revocation_endpoint"`
	ScopesSupported                  []string `json:"scopes_supported"`
	ResponseTypesSupported           []string `json:"response_types_supported"`
	ResponseModesSupported           []string `json:"response_modes_supported"`
	GrantTypesSupported              []string `json:"grant_types_supported"`
	SubjectTypesSupported            []string `json:"subject_types_supported"`
	IDTokenSigningAlgValuesSupported []string `json:"id_token_signing_alg_values_supported"`
	CodeChallengeMethodsSupported    []string `json:"code_challenge_methods_supported"`
	PromptValuesSupported            []string `json:"prompt_values_supported"`
	ClaimsSupported                  []string `json:"claims_supported"`
	// RFC 9207: authorization responses carry `iss`.
	AuthorizationResponseIssParameterSupported bool     `json:"authorization_response_iss_parameter_supported"`
	RequestParameterSupported                  bool     `json:"request_parameter_supported"`
	RequestURIParameterSupported               bool     `json:"request_uri_parameter_supported"`
	TokenEndpointAuthMethodsSupported          []string `json:"token_endpoint_auth_methods_supported"`
	// Algorithms `private_key_jwt` assertions may be signed with.
	TokenEndpointAuthSigningAlgValuesSupported []string `json:"token_endpoint_auth_signing_alg_values_supported"`
	IntrospectionEndpointAuthMethodsSupported  []string `json:"introspection_endpoint_auth_methods_supported"`
	RevocationEndpointAuthMethodsSupported     []string `json:"revocation_endpoint_auth_methods_supported"`
}

// Organization: An organization of a tenant: a customer company, a team, a workspace.
type Organization struct {
	// Server-assigned identifier (`org_…`).
	ID string `json:"id"`
	// Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
	// or the slug.
	Slug    string  `json:"slug"`
	Name    string  `json:"name"`
	LogoURL *string `json:"logo_url,omitempty"`
	// Free-form JSON object for the application's own data (at most 16 KiB).
	Metadata  map[string]any       `json:"metadata"`
	Policies  OrganizationPolicies `json:"policies"`
	CreatedAt time.Time            `json:"created_at"`
	UpdatedAt time.Time            `json:"updated_at"`
}

// OrganizationDomain: A domain an organization claims, proven by a DNS TXT record.
type OrganizationDomain struct {
	// Server-assigned identifier (`dom_…`).
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Domain         string `json:"domain"`
	// Publish a TXT record with this name…
	TxtName string `json:"txt_name"`
	// …and this value, then call `verify`.
	TxtValue string `json:"txt_value"`
	Verified bool   `json:"verified"`
	// Users with a verified email at this domain join the organization (as `member`) when
	// they sign in, once the domain is verified.
	AutoJoin   bool       `json:"auto_join"`
	CreatedAt  time.Time  `json:"created_at"`
	VerifiedAt *time.Time `json:"verified_at,omitempty"`
}

// OrganizationDomainList: An organization's domains.
type OrganizationDomainList struct {
	Data []OrganizationDomain `json:"data"`
}

// OrganizationList: One page of organizations, in creation order.
type OrganizationList struct {
	Data       []Organization `json:"data"`
	NextCursor *string        `json:"next_cursor,omitempty"`
}

// OrganizationPolicies: Rules an organization sets for sessions switched into it; checked at the switch.
type OrganizationPolicies struct {
	// The sign-in methods a session must have been opened with: `password`, `magic_link`,
	// `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
	// method is the second factor's). Absent: any method.
	AllowedSignInMethods []string `json:"allowed_sign_in_methods,omitempty"`
	// The session must have been completed with a second factor (TOTP or a recovery code).
	MFARequired *bool `json:"mfa_required,omitempty"`
	// The session must have been opened at most this many seconds ago (60 to 31,536,000).
	MaxSessionAgeSecs *int64 `json:"max_session_age_secs,omitempty"`
}

// OutboxMessage: A message in the development outbox, in full (links and codes included).
type OutboxMessage struct {
	// `eml_…`
	ID      string `json:"id"`
	To      string `json:"to"`
	From    string `json:"from"`
	Subject string `json:"subject"`
	// The plain-text part.
	Text string `json:"text"`
	// The HTML part.
	HTML string `json:"html"`
	// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
	// `signup_existing_account`, `organization_invitation`, `email_change` or
	// `email_change_notice`.
	Template string `json:"template"`
	// The locale the message was rendered in.
	Locale    string    `json:"locale"`
	CreatedAt time.Time `json:"created_at"`
}

// OutboxMessageList: One page of outbox messages, newest first.
type OutboxMessageList struct {
	Data []OutboxMessage `json:"data"`
	// Pass as `cursor` for the next (older) page; absent on the last page.
	NextCursor *string `json:"next_cursor,omitempty"`
}

// Passkey: A registered passkey.
type Passkey struct {
	ID     string `json:"id"`
	UserID string `json:"user_id"`
	Name   string `json:"name"`
	// The credential ID, base64url (the browser's `rawId`).
	CredentialID string `json:"credential_id"`
	// The authenticator may sync it to other devices (WebAuthn backup eligibility).
	BackupEligible bool `json:"backup_eligible"`
	// It is currently backed up (synced).
	BackedUp bool `json:"backed_up"`
	// The attestation statement format it registered with.
	AttestationFormat string     `json:"attestation_format"`
	CreatedAt         time.Time  `json:"created_at"`
	LastUsedAt        *time.Time `json:"last_used_at,omitempty"`
}

// PasskeyCeremony: Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
type PasskeyCeremony struct {
	// `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
	CeremonyID string `json:"ceremony_id"`
	// `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
	Options map[string]any `json:"options"`
	// Seconds until the ceremony expires.
	ExpiresIn int64 `json:"expires_in"`
}

// PasskeyList is the schema PasskeyList.
type PasskeyList struct {
	Data []Passkey `json:"data"`
}

// PasskeyRegistrationFinish: Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
type PasskeyRegistrationFinish struct {
	CeremonyID string `json:"ceremony_id"`
	// The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
	Credential map[string]any `json:"credential"`
	// 1-64 characters; defaults to "Passkey".
	Name *string `json:"name,omitempty"`
}

// PasskeySecondFactorFinish: Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
type PasskeySecondFactorFinish struct {
	MFAToken   string         `json:"mfa_token"`
	CeremonyID string         `json:"ceremony_id"`
	Credential map[string]any `json:"credential"`
	Delivery   *TokenDelivery `json:"delivery,omitempty"`
}

// PasskeySecondFactorStart: Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
type PasskeySecondFactorStart struct {
	// The `mfa_token` of the login answer.
	MFAToken string `json:"mfa_token"`
}

// PasskeySignInFinish: Body of `POST /t/{tenant}/auth/passkeys/verify`.
type PasskeySignInFinish struct {
	CeremonyID string `json:"ceremony_id"`
	// The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
	Credential map[string]any `json:"credential"`
	Delivery   *TokenDelivery `json:"delivery,omitempty"`
	// Sign in into this organization (its id, `org_…`, or its slug), as at
	// `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
	// member and the sign-in meets its policies.
	Organization *string `json:"organization,omitempty"`
}

// PasskeySignInStart: Body of `POST /t/{tenant}/auth/passkeys/options`.
type PasskeySignInStart struct {
	// Ask for this account's passkeys only. Without it (username-less), any passkey the
	// browser holds for the tenant may answer. The answer does not reveal whether the
	// account exists.
	Email *string `json:"email,omitempty"`
}

// PasswordPolicy: The policy in force: the tenant's choices over the server's defaults.
type PasswordPolicy struct {
	// Fewest characters (Unicode scalar values) a password may have; at least 8.
	MinLength int64 `json:"min_length"`
	// Most characters a password may have; at most 1024.
	MaxLength int64 `json:"max_length"`
	// Refuse passwords on the shipped list of 20,000 common passwords.
	RejectCommon bool `json:"reject_common"`
	// Refuse passwords containing the account's email, its local part, or a word of the
	// user's name.
	RejectPersonalInfo bool `json:"reject_personal_info"`
	// Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
	// API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
	CheckBreached bool `json:"check_breached"`
	// Whether the server has a range API configured (`pwned_passwords_url`), without which
	// `check_breached` cannot be turned on.
	BreachCheckAvailable bool `json:"breach_check_available"`
}

// PasswordResetConfirm: Body of `POST /t/{tenant}/auth/password-reset/confirm`.
type PasswordResetConfirm struct {
	// The token from the reset link (`tpr_…`).
	Token string `json:"token"`
	// Checked against the password policy.
	NewPassword string `json:"new_password"`
}

// Problem: An RFC 9457 problem document, sent as `application/problem+json`.
type Problem struct {
	// A URI naming the problem type: `urn:tessera:problem:{code}`.
	Type string `json:"type"`
	// A short summary of the problem type.
	Title string `json:"title"`
	// The HTTP status code.
	Status int64 `json:"status"`
	// What went wrong in this occurrence, written for a person.
	Detail string `json:"detail"`
	// The stable machine-readable code.
	Code ErrorCode `json:"code"`
	// The request id, also sent as the `x-request-id` response header.
	RequestID *string `json:"request_id,omitempty"`
	// Field-level errors, for `validation_failed`.
	Errors []FieldError `json:"errors,omitempty"`
}

// ProtectedResourceMetadata: OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
type ProtectedResourceMetadata struct {
	Resource               string   `json:"resource"`
	AuthorizationServers   []string `json:"authorization_servers"`
	ScopesSupported        []string `json:"scopes_supported"`
	BearerMethodsSupported []string `json:"bearer_methods_supported"`
	ResourceName           string   `json:"resource_name"`
}

// PutEmailTemplate: Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
//
// Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
// `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
// `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
type PutEmailTemplate struct {
	// One line, at most 200 characters.
	Subject string `json:"subject"`
	// The plain-text part, at most 32 KiB.
	Text string `json:"text"`
	// The HTML part, at most 64 KiB.
	HTML string `json:"html"`
}

// Reauthenticate: Re-authentication for sensitive self-service changes (deleting the account, managing the
// second factor).
type Reauthenticate struct {
	// Required when the account has a password.
	CurrentPassword *string `json:"current_password,omitempty"`
}

// RecoveryCodes: Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
// code. Only their hashes are stored.
type RecoveryCodes struct {
	RecoveryCodes []string `json:"recovery_codes"`
}

// RefreshRequest: Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
// may instead come from the session cookie.
type RefreshRequest struct {
	RefreshToken *string        `json:"refresh_token,omitempty"`
	Delivery     *TokenDelivery `json:"delivery,omitempty"`
}

// RenamePasskey: Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
type RenamePasskey struct {
	// 1-64 characters.
	Name string `json:"name"`
}

// Resource: An API protected by the tenant, such as an MCP server.
type Resource struct {
	// `res_…`.
	ID string `json:"id"`
	// The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
	// the MCP server's URL.
	Identifier string `json:"identifier"`
	Name       string `json:"name"`
	// Scopes clients may request for this API (e.g. one per MCP tool).
	Scopes []string `json:"scopes"`
	// Where its RFC 9728 protected-resource metadata is served.
	MetadataURL string    `json:"metadata_url"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// ResourceGrant: A role held on one resource of an organization by one of its members or service
// accounts, on top of their organization-wide role.
type ResourceGrant struct {
	// `rgr_…`
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	// A member's user id (`usr_…`) or a service account's client id (`cli_…`).
	Subject string `json:"subject"`
	// The resource, as checks name it (`document:123`).
	Resource  string    `json:"resource"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

// ResourceGrantList: One page of resource grants, oldest first.
type ResourceGrantList struct {
	Data       []ResourceGrant `json:"data"`
	NextCursor *string         `json:"next_cursor,omitempty"`
}

// ResourceList is the schema ResourceList.
type ResourceList struct {
	Data       []Resource `json:"data"`
	NextCursor *string    `json:"next_cursor,omitempty"`
}

// Role: A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
// `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
type Role struct {
	// Unique within its scope; lowercase letters, digits, `-` and `_`.
	Key         string  `json:"key"`
	Name        string  `json:"name"`
	Description *string `json:"description,omitempty"`
	// `resource:action` patterns; `resource:*` grants every action on a resource, `*`
	// everything.
	Permissions []string `json:"permissions"`
	BuiltIn     bool     `json:"built_in"`
	// The organization a custom role belongs to; absent for tenant-wide roles.
	OrganizationID *string `json:"organization_id,omitempty"`
	// Absent for a built-in role whose permissions were never changed.
	UpdatedAt *time.Time `json:"updated_at,omitempty"`
}

// RoleList: The roles of a scope: built-in roles first, then custom roles by key.
type RoleList struct {
	Data []Role `json:"data"`
}

// RotateAPIKey: Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
type RotateAPIKey struct {
	// How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
	OverlapSecs *int64 `json:"overlap_secs,omitempty"`
}

// RotateClientSecret: Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
type RotateClientSecret struct {
	// Seconds the client's current secrets keep working (0-2592000, default 86400), so
	// deployments can switch over without downtime.
	PreviousSecretsExpireIn *int64 `json:"previous_secrets_expire_in,omitempty"`
}

// RotateKeysRequest: Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
type RotateKeysRequest struct {
	// Rotate only the key of this algorithm; all active keys when omitted.
	Alg *SigningAlg `json:"alg,omitempty"`
}

// ServiceAccount: A confidential OAuth client (`client_credentials`) owned by an organization and acting
// with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
// `permissions`, and `authz/check` takes its client id as the subject.
type ServiceAccount struct {
	// The client id (`cli_…`): the `sub` and `client_id` of its tokens.
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Name           string `json:"name"`
	// Its role in the organization.
	Role string `json:"role"`
	// Scopes it may request.
	Scopes []string `json:"scopes"`
	// Resources (`aud` values) it may request tokens for.
	Audiences []string  `json:"audiences"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ServiceAccountList: One page of an organization's service accounts, oldest first.
type ServiceAccountList struct {
	Data       []ServiceAccount `json:"data"`
	NextCursor *string          `json:"next_cursor,omitempty"`
}

// ServiceAccountWithSecret: A new service account and its client secret, shown once.
type ServiceAccountWithSecret struct {
	// The client id (`cli_…`): the `sub` and `client_id` of its tokens.
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Name           string `json:"name"`
	// Its role in the organization.
	Role string `json:"role"`
	// Scopes it may request.
	Scopes []string `json:"scopes"`
	// Resources (`aud` values) it may request tokens for.
	Audiences []string  `json:"audiences"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// The client secret (`tss_…`); store it now, it cannot be shown again.
	ClientSecret string `json:"client_secret"`
}

// Session: A sign-in session.
type Session struct {
	// `ses_…`, the `sid` claim of its access tokens.
	ID         string    `json:"id"`
	UserID     string    `json:"user_id"`
	CreatedAt  time.Time `json:"created_at"`
	LastUsedAt time.Time `json:"last_used_at"`
	ExpiresAt  time.Time `json:"expires_at"`
	IP         *string   `json:"ip,omitempty"`
	UserAgent  *string   `json:"user_agent,omitempty"`
}

// SessionList: A user's live sessions, newest first.
type SessionList struct {
	Data []Session `json:"data"`
}

// SessionTokens: Tokens of a session.
type SessionTokens struct {
	// An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
	AccessToken string `json:"access_token"`
	// Always `Bearer`.
	TokenType string `json:"token_type"`
	// Seconds until the access token expires.
	ExpiresIn int64 `json:"expires_in"`
	// Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
	RefreshToken *string `json:"refresh_token,omitempty"`
	SessionID    string  `json:"session_id"`
}

// SetPasswordPolicy: Replaces the tenant's password policy; an omitted field returns to the server's default.
type SetPasswordPolicy struct {
	// 8 to `max_length` [default: 10].
	MinLength *int64 `json:"min_length,omitempty"`
	// `min_length` to 1024 [default: 256].
	MaxLength *int64 `json:"max_length,omitempty"`
	// [default: the server's `reject_common_passwords`, true unless configured].
	RejectCommon *bool `json:"reject_common,omitempty"`
	// [default: true].
	RejectPersonalInfo *bool `json:"reject_personal_info,omitempty"`
	// Only when the server has `pwned_passwords_url` [default: true when it has].
	CheckBreached *bool `json:"check_breached,omitempty"`
}

// SigningAlg: JWS algorithms a tenant can sign with.
type SigningAlg string

// Values of SigningAlg. A newer server may send others; compare, don't switch exhaustively.
const (
	SigningAlgES256 SigningAlg = "ES256"
	SigningAlgRS256 SigningAlg = "RS256"
	SigningAlgEdDSA SigningAlg = "EdDSA"
)

// SigningKey: A tenant signing key's public metadata (private keys never leave the server).
type SigningKey struct {
	// Key id: the RFC 7638 JWK thumbprint.
	Kid       string     `json:"kid"`
	Alg       SigningAlg `json:"alg"`
	Status    KeyStatus  `json:"status"`
	CreatedAt time.Time  `json:"created_at"`
	RetiredAt *time.Time `json:"retired_at,omitempty"`
	// When a retired key leaves the JWKS: no token it signed is still valid by then.
	PublishedUntil *time.Time `json:"published_until,omitempty"`
}

// SigningKeyList: The tenant's published keys: active ones first, then retired ones still in the JWKS.
type SigningKeyList struct {
	Data []SigningKey `json:"data"`
}

// SignupMode: Who may create an account with `POST /t/{tenant}/auth/signup`.
type SignupMode string

// Values of SignupMode. A newer server may send others; compare, don't switch exhaustively.
const (
	SignupModeOpen            SignupMode = "open"
	SignupModeInviteOnly      SignupMode = "invite_only"
	SignupModeDomainAllowlist SignupMode = "domain_allowlist"
)

// SignupRequest: Body of `POST /t/{tenant}/auth/signup`.
type SignupRequest struct {
	Email string `json:"email"`
	// Checked against the password policy.
	Password string  `json:"password"`
	Name     *string `json:"name,omitempty"`
}

// SignupVerify: Body of `POST /t/{tenant}/auth/signup/verify`.
type SignupVerify struct {
	// The token from the confirmation link (`tsu_…`).
	Token    string         `json:"token"`
	Delivery *TokenDelivery `json:"delivery,omitempty"`
}

// Tenant: A tenant: an isolated application environment with its own issuer, keys and users
// (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
type Tenant struct {
	// Server-assigned identifier (`ten_…`).
	ID string `json:"id"`
	// URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
	Slug string `json:"slug"`
	// Display name.
	Name string `json:"name"`
	// The tenant's OpenID issuer: `{public_url}/t/{slug}`.
	Issuer string `json:"issuer"`
	// Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
	SigningAlg SigningAlg `json:"signing_alg"`
	// Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
	AllowedOrigins []string `json:"allowed_origins"`
	// Who may sign up by themselves.
	SignupMode SignupMode `json:"signup_mode"`
	// Email domains that may sign up when `signup_mode` is `domain_allowlist`.
	SignupAllowedDomains []string `json:"signup_allowed_domains"`
	// Whether signups from disposable-address services (a shipped list) are refused.
	BlockDisposableEmails bool      `json:"block_disposable_emails"`
	CreatedAt             time.Time `json:"created_at"`
	UpdatedAt             time.Time `json:"updated_at"`
}

// TenantList: One page of tenants, oldest first.
type TenantList struct {
	Data []Tenant `json:"data"`
	// Pass as `cursor` to fetch the next page; absent on the last page.
	NextCursor *string `json:"next_cursor,omitempty"`
}

// TestToken: A signed RFC 9068 access token (`typ: at+jwt`).
type TestToken struct {
	AccessToken string `json:"access_token"`
	// Always `Bearer`.
	TokenType string `json:"token_type"`
	// Seconds until `exp`.
	ExpiresIn int64 `json:"expires_in"`
	// The signing key's id, also in the JWS header.
	Kid string `json:"kid"`
}

// TestTokenRequest: Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
// testing resource servers (as Keycloak's "generate example access token").
type TestTokenRequest struct {
	// The token's `sub`.
	Subject string `json:"subject"`
	// The token's `aud`, such as an API identifier.
	Audience string `json:"audience"`
	// Space-separated scopes for the `scope` claim.
	Scope *string `json:"scope,omitempty"`
	// Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
	ExpiresIn *int64 `json:"expires_in,omitempty"`
}

// TokenDelivery: How the refresh token travels.
type TokenDelivery string

// Values of TokenDelivery. A newer server may send others; compare, don't switch exhaustively.
const (
	TokenDeliveryToken  TokenDelivery = "token"
	TokenDeliveryCookie TokenDelivery = "cookie"
)

// TokenEndpointAuthMethod: How a client authenticates at the token endpoint (RFC 7591 §2).
type TokenEndpointAuthMethod string

// Values of TokenEndpointAuthMethod. A newer server may send others; compare, don't switch exhaustively.
const (
	TokenEndpointAuthMethodClientSecretBasic TokenEndpointAuthMethod = "client_secret_basic"
	TokenEndpointAuthMethodClientSecretPost  TokenEndpointAuthMethod = "client_secret_post"
	TokenEndpointAuthMethodNone              TokenEndpointAuthMethod = "none"
	TokenEndpointAuthMethodPrivateKeyJWT     TokenEndpointAuthMethod = "private_key_jwt"
)

// TokenQuery: Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
type TokenQuery struct {
	Token string `json:"token"`
	// `access_token` or `refresh_token`; a hint only.
	TokenTypeHint       *string `json:"token_type_hint,omitempty"`
	ClientID            *string `json:"client_id,omitempty"`
	ClientSecret        *string `json:"client_secret,omitempty"`
	ClientAssertionType *string `json:"client_assertion_type,omitempty"`
	ClientAssertion     *string `json:"client_assertion,omitempty"`
}

// TokenRequest: Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
// §4.4.2 and §6).
type TokenRequest struct {
	// `authorization_code`, `refresh_token` or `client_credentials`.
	GrantType string `json:"grant_type"`
	// With `authorization_code`: the code the authorization endpoint returned.
	Code *string `json:"code,omitempty"`
	// With `authorization_code`: the `redirect_uri` of the authorization request.
	RedirectURI *string `json:"redirect_uri,omitempty"`
	// With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
	CodeVerifier *string `json:"code_verifier,omitempty"`
	// With `refresh_token`: the refresh token to spend.
	RefreshToken *string `json:"refresh_token,omitempty"`
	// Space-separated scopes; all the client's scopes when omitted.
	Scope *string `json:"scope,omitempty"`
	// RFC 8707 resource indicator: the API the token is for (becomes `aud`).
	Resource *string `json:"resource,omitempty"`
	// Auth0-style synonym of `resource`.
	Audience *string `json:"audience,omitempty"`
	// With `client_secret_post`.
	ClientID *string `json:"client_id,omitempty"`
	// With `client_secret_post`.
	ClientSecret *string `json:"client_secret,omitempty"`
	// With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
	ClientAssertionType *string `json:"client_assertion_type,omitempty"`
	// With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
	ClientAssertion *string `json:"client_assertion,omitempty"`
}

// TokenResponse: A successful token response (RFC 6749 §5.1).
type TokenResponse struct {
	AccessToken string `json:"access_token"`
	// Always `Bearer`.
	TokenType string `json:"token_type"`
	ExpiresIn int64  `json:"expires_in"`
	// The granted scopes, when any.
	Scope *string `json:"scope,omitempty"`
	// A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
	RefreshToken *string `json:"refresh_token,omitempty"`
	// The OpenID Connect ID token, when the `openid` scope was granted.
	IDToken *string `json:"id_token,omitempty"`
}

// TotpEnrolment: A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
// into an authenticator app, then confirm with a code it shows.
type TotpEnrolment struct {
	// The shared secret in base32 (RFC 4648, no padding), for manual entry.
	Secret string `json:"secret"`
	// The `otpauth://totp/…` key URI that the QR codes encode.
	OtpauthURI string `json:"otpauth_uri"`
	// The QR code as a PNG `data:` URI, ready for an `<img src>`.
	QrPng string `json:"qr_png"`
	// The QR code as an SVG document.
	QrSvg string `json:"qr_svg"`
	// Always `SHA1`, the algorithm every authenticator app supports.
	Algorithm string `json:"algorithm"`
	// Digits per code (6).
	Digits int64 `json:"digits"`
	// Seconds per time step (30).
	Period int64 `json:"period"`
}

// TotpState: Where a user's TOTP authenticator stands.
type TotpState string

// Values of TotpState. A newer server may send others; compare, don't switch exhaustively.
const (
	TotpStateDisabled TotpState = "disabled"
	TotpStatePending  TotpState = "pending"
	TotpStateEnabled  TotpState = "enabled"
)

// TotpStatus: A user's TOTP status.
type TotpStatus struct {
	Status TotpState `json:"status"`
	// When the current authenticator's enrolment started.
	CreatedAt *time.Time `json:"created_at,omitempty"`
	// When it was confirmed (enabled).
	ConfirmedAt *time.Time `json:"confirmed_at,omitempty"`
	// Unused recovery codes left.
	RecoveryCodesRemaining int64 `json:"recovery_codes_remaining"`
}

// UpdateClient: Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
type UpdateClient struct {
	Name           *string     `json:"name,omitempty"`
	GrantTypes     []GrantType `json:"grant_types,omitempty"`
	Scopes         []string    `json:"scopes,omitempty"`
	Audiences      []string    `json:"audiences,omitempty"`
	AccessTokenTTL *int64      `json:"access_token_ttl,omitempty"`
	// Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
	// of native apps (RFC 8252 §7.1), without fragments; matched exactly.
	RedirectUris []string `json:"redirect_uris,omitempty"`
	// Where RP-initiated logout may return users; same rules as `redirect_uris`.
	PostLogoutRedirectUris []string `json:"post_logout_redirect_uris,omitempty"`
	// `true` for first-party applications whose users are never asked for consent.
	SkipConsent *bool `json:"skip_consent,omitempty"`
	// The client's public keys (a JWK set) for `private_key_jwt`.
	Jwks map[string]any `json:"jwks,omitempty"`
}

// UpdateMember: Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
type UpdateMember struct {
	Role string `json:"role"`
}

// UpdateOAuthSettings: Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
type UpdateOAuthSettings struct {
	DynamicClientRegistration *bool `json:"dynamic_client_registration,omitempty"`
}

// UpdateOrganization: Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
// present change; the slug cannot.
type UpdateOrganization struct {
	Name *string `json:"name,omitempty"`
	// An empty string removes the logo.
	LogoURL *string `json:"logo_url,omitempty"`
	// Replaces the whole metadata object.
	Metadata map[string]any `json:"metadata,omitempty"`
	// Replaces every policy.
	Policies *OrganizationPolicies `json:"policies,omitempty"`
}

// UpdateOrganizationDomain: Body of `PATCH …/domains/{domain}`.
type UpdateOrganizationDomain struct {
	AutoJoin bool `json:"auto_join"`
}

// UpdateProfile: Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
type UpdateProfile struct {
	Name    *string `json:"name,omitempty"`
	Picture *string `json:"picture,omitempty"`
	Locale  *string `json:"locale,omitempty"`
}

// UpdateResource: Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
type UpdateResource struct {
	Name   *string  `json:"name,omitempty"`
	Scopes []string `json:"scopes,omitempty"`
}

// UpdateRole: Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
// permissions may be changed (except `owner`'s), not its name.
type UpdateRole struct {
	Name        *string  `json:"name,omitempty"`
	Description *string  `json:"description,omitempty"`
	Permissions []string `json:"permissions,omitempty"`
}

// UpdateServiceAccount: Body of `PATCH …/service-accounts/{service_account}`: its new role.
type UpdateServiceAccount struct {
	Role string `json:"role"`
}

// UpdateTenant: Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
type UpdateTenant struct {
	Name *string `json:"name,omitempty"`
	// Changing it creates a key for the new algorithm and retires the old primary key
	// with the usual overlap window.
	SigningAlg     *SigningAlg `json:"signing_alg,omitempty"`
	AllowedOrigins []string    `json:"allowed_origins,omitempty"`
	SignupMode     *SignupMode `json:"signup_mode,omitempty"`
	// Lowercase domains such as `example.com`, at most 100; subdomains are included.
	// Required (non-empty) for `domain_allowlist`.
	SignupAllowedDomains  []string `json:"signup_allowed_domains,omitempty"`
	BlockDisposableEmails *bool    `json:"block_disposable_emails,omitempty"`
}

// UpdateUser: Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
type UpdateUser struct {
	// Changing the email marks it unverified unless `email_verified` is also sent.
	Email *string `json:"email,omitempty"`
	// Sets a new password; every session of the user is revoked.
	Password      *string `json:"password,omitempty"`
	EmailVerified *bool   `json:"email_verified,omitempty"`
	Name          *string `json:"name,omitempty"`
	Picture       *string `json:"picture,omitempty"`
	Locale        *string `json:"locale,omitempty"`
	// Replaces the whole metadata object.
	Metadata map[string]any `json:"metadata,omitempty"`
}

// UpdateWebauthnSettings: Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
type UpdateWebauthnSettings struct {
	RpID           *string                `json:"rp_id,omitempty"`
	RpName         *string                `json:"rp_name,omitempty"`
	Origins        []string               `json:"origins,omitempty"`
	Attestation    *AttestationConveyance `json:"attestation,omitempty"`
	AllowedFormats []string               `json:"allowed_formats,omitempty"`
}

// User: An end user of a tenant.
type User struct {
	// Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
	ID string `json:"id"`
	// Normalised (trimmed, lowercase), unique within the tenant.
	Email         string  `json:"email"`
	EmailVerified bool    `json:"email_verified"`
	Name          *string `json:"name,omitempty"`
	// URL of a profile picture.
	Picture *string `json:"picture,omitempty"`
	// BCP 47 language tag, such as `en-GB`.
	Locale *string `json:"locale,omitempty"`
	// Free-form JSON object for the application's own data (at most 16 KiB).
	Metadata map[string]any `json:"metadata"`
	// Whether the user has a password (the hash itself is never returned).
	HasPassword bool `json:"has_password"`
	// Disabled users cannot sign in; disabling revokes every session.
	Disabled    bool       `json:"disabled"`
	CreatedAt   time.Time  `json:"created_at"`
	UpdatedAt   time.Time  `json:"updated_at"`
	LastLoginAt *time.Time `json:"last_login_at,omitempty"`
}

// UserInfo: The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
type UserInfo struct {
	Sub string `json:"sub"`
	// With the `email` scope.
	Email         *string `json:"email,omitempty"`
	EmailVerified *bool   `json:"email_verified,omitempty"`
	// With the `profile` scope.
	Name    *string `json:"name,omitempty"`
	Picture *string `json:"picture,omitempty"`
	Locale  *string `json:"locale,omitempty"`
	// Seconds since the epoch.
	UpdatedAt *int64 `json:"updated_at,omitempty"`
}

// UserList: One page of users, in creation order.
type UserList struct {
	Data       []User  `json:"data"`
	NextCursor *string `json:"next_cursor,omitempty"`
}

// VerificationEmailSent: The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
type VerificationEmailSent struct {
	UserID string `json:"user_id"`
	// Where the message went.
	Email string `json:"email"`
	// When the link stops working.
	ExpiresAt time.Time `json:"expires_at"`
}

// VerifyEmailRequest: Body of `POST /t/{tenant}/auth/verify-email`.
type VerifyEmailRequest struct {
	// The token from the verification link (`tev_…`).
	Token string `json:"token"`
}

// WebauthnSettings: A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
type WebauthnSettings struct {
	// The relying-party ID: a registrable domain suffix of every origin. Defaults to the
	// host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
	RpID string `json:"rp_id"`
	// The name authenticators may show. Defaults to the tenant's name.
	RpName string `json:"rp_name"`
	// Origins that may run ceremonies. Defaults to the origin of the public URL.
	Origins     []string              `json:"origins"`
	Attestation AttestationConveyance `json:"attestation"`
	// Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
	// `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
	AllowedFormats []string `json:"allowed_formats"`
	// Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
	// sign-in is multi-factor on its own.
	UserVerification string `json:"user_verification"`
}
