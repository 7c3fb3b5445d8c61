// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The API's data types, exactly as they travel as JSON.

/**
 * Body of `POST /t/{tenant}/invitations/accept`.
 */
export interface AcceptInvitation {
  /**
   * The `tin_…` token from the invitation email's link.
   */
  token: string;
  /**
   * For an invitee without an account: the password of the account created on accepting.
   * An invitee who has an account signs in and sends their access token instead.
   */
  password?: string;
  /**
   * The new account's display name.
   */
  name?: string;
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
 */
export interface AddMember {
  /**
   * The user's id (`usr_…`), of the same tenant.
   */
  user_id: string;
  /**
   * A role key; `member` when absent.
   */
  role?: string;
}

/**
 * An API key (its secret is shown only once, when created or rotated).
 */
export interface ApiKey {
  /**
   * Server-assigned identifier (`key_…`).
   */
  id: string;
  /**
   * The owning organization, for an organization's key.
   */
  organization_id?: string;
  /**
   * The owning user, for a user's key.
   */
  user_id?: string;
  name: string;
  /**
   * The `resource:action` patterns the key is limited to.
   */
  permissions: string[];
  /**
   * The secret's last four characters, to tell keys apart.
   */
  hint: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  expires_at?: string;
  /**
   * When introspection last saw the key.
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  last_used_at?: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  revoked_at?: string;
  /**
   * The key that replaced this one by rotation.
   */
  rotated_to?: string;
  /**
   * Whether the key works now (not revoked, not expired).
   */
  active: boolean;
}

/**
 * One page of API keys, oldest first.
 */
export interface ApiKeyList {
  data: ApiKey[];
  next_cursor?: string;
}

/**
 * A key with its secret, shown this once.
 */
export interface ApiKeyWithSecret {
  key: ApiKey;
  /**
   * `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
   * cannot be shown again.
   */
  secret: string;
}

/**
 * The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
 */
export type AttestationConveyance = "none" | "indirect" | "direct";

/**
 * One entry of a tenant's audit log.
 */
export interface AuditEvent {
  /**
   * `aud_…`
   */
  id: string;
  /**
   * Position in the tenant's chain: 1, 2, 3 …
   */
  seq: number;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  occurred_at: string;
  /**
   * What happened, such as `user.created` or `session.login_failed`.
   */
  action: string;
  /**
   * `admin`, `user`, `operator` (the CLI) or `anonymous`.
   */
  actor_type: string;
  actor_id?: string;
  target_type?: string;
  target_id?: string;
  ip?: string;
  user_agent?: string;
  request_id?: string;
  /**
   * Event-specific facts; never a secret.
   */
  details: Record<string, unknown>;
  /**
   * Hex SHA-256 of the previous event (64 zeros for the first).
   */
  prev_hash: string;
  /**
   * Hex SHA-256 over this event's fields and `prev_hash`.
   */
  hash: string;
}

/**
 * One page of audit events, oldest first.
 */
export interface AuditEventList {
  data: AuditEvent[];
  next_cursor?: string;
}

/**
 * Export formats.
 */
export type AuditExportFormat = "ndjson" | "csv";

/**
 * Result of checking a tenant's audit chain.
 */
export interface AuditVerification {
  /**
   * Whether every link holds.
   */
  valid: boolean;
  events_checked: number;
  /**
   * The first event whose link is broken.
   */
  first_broken_seq?: number;
  /**
   * Why that link is broken.
   */
  reason?: string;
}

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
 */
export interface AuthzCheck {
  /**
   * A user id (`usr_…`) or a service account's client id (`cli_…`).
   */
  subject: string;
  /**
   * A concrete `resource:action` (no wildcard).
   */
  permission: string;
  /**
   * The organization (id or slug) the subject acts in. Roles come from memberships,
   * so without one nothing is allowed.
   */
  organization?: string;
  /**
   * The resource acted on (`document:123`): the organization-wide role applies to every
   * resource, and a role granted on this resource (resource grants) adds to it.
   */
  resource?: string;
}

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
 */
export interface AuthzCheckBatch {
  checks: AuthzCheck[];
}

/**
 * The answer to one check, with its explanation.
 */
export interface AuthzDecision {
  allowed: boolean;
  reason: AuthzReason;
  /**
   * The decision in a sentence a person can read.
   */
  explanation: string;
  subject: string;
  permission: string;
  organization_id?: string;
  resource?: string;
  /**
   * The subject's role in the organization, when a member.
   */
  role?: string;
  /**
   * The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
   */
  matched_permission?: string;
  /**
   * The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
   * the role granted on the resource.
   */
  resource_grant?: string;
}

/**
 * The decisions, in the order of the checks.
 */
export interface AuthzDecisionList {
  results: AuthzDecision[];
}

/**
 * Why a check was decided as it was.
 */
export type AuthzReason = "role_grants_permission" | "role_lacks_permission" | "not_a_member" | "no_organization" | "organization_not_found" | "subject_not_found" | "subject_disabled" | "role_not_found" | "resource_grant_grants_permission";

/**
 * How the tenant's hosted pages look. Their title is the tenant's name.
 */
export interface Branding {
  /**
   * An `https` URL of the logo shown above the forms.
   */
  logo_url?: string;
  /**
   * The accent colour of buttons and focus rings, `#rrggbb`.
   */
  primary_color?: string;
  /**
   * A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
   * served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
   */
  custom_css?: string;
  /**
   * An `https` URL of the tenant's help page, linked at the foot of every page.
   */
  support_url?: string;
  /**
   * Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
   * `frame-ancestors`; empty or absent means none may (`'none'`).
   */
  frame_ancestors?: string[];
  /**
   * The pages' language when neither `ui_locales` nor the browser names a supported
   * one: `en`, `de`, `fr` or `ar`.
   */
  default_locale?: string;
}

/**
 * Body of `POST /t/{tenant}/me/password`.
 */
export interface ChangePassword {
  /**
   * Required when the account has a password.
   */
  current_password?: string;
  new_password: string;
}

/**
 * An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
 */
export interface Client {
  /**
   * The `client_id` (`cli_…`).
   */
  id: string;
  name: string;
  client_type: ClientType;
  token_endpoint_auth_method: TokenEndpointAuthMethod;
  grant_types: GrantType[];
  /**
   * Scopes the client may request; tokens carry the granted subset.
   */
  scopes: string[];
  /**
   * Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
   */
  audiences: string[];
  /**
   * Access-token lifetime in seconds for this client.
   */
  access_token_ttl: number;
  /**
   * Where the authorization endpoint may send users back; matched exactly.
   */
  redirect_uris: string[];
  /**
   * Where RP-initiated logout may send users back; matched exactly.
   */
  post_logout_redirect_uris: string[];
  /**
   * A first-party application: users are not asked for consent.
   */
  skip_consent: boolean;
  /**
   * The client's public keys (a JWK set) for `private_key_jwt`.
   */
  jwks?: Record<string, unknown>;
  /**
   * Live secrets, newest first (hints only; a secret is shown once, when created).
   */
  secrets: ClientSecretInfo[];
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * One page of clients.
 */
export interface ClientList {
  data: Client[];
  next_cursor?: string;
}

/**
 * Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
 * as §2 requires.
 */
export interface ClientRegistrationRequest {
  redirect_uris?: string[] | null;
  /**
   * `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
   * public client (PKCE, no secret), as MCP clients register.
   */
  token_endpoint_auth_method?: string | null;
  /**
   * `authorization_code` and `refresh_token` (the default is `authorization_code`).
   */
  grant_types?: string[] | null;
  /**
   * `code` only.
   */
  response_types?: string[] | null;
  client_name?: string | null;
  /**
   * Space-separated scopes the client will use (informational).
   */
  scope?: string | null;
  post_logout_redirect_uris?: string[] | null;
}

/**
 * A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
 */
export interface ClientRegistrationResponse {
  client_id: string;
  /**
   * Only in the registration response and only for confidential clients.
   */
  client_secret?: string;
  client_id_issued_at: number;
  /**
   * 0: the secret does not expire (present with a secret).
   */
  client_secret_expires_at?: number;
  /**
   * Bearer token for the registration management endpoint (RFC 7592), shown once.
   */
  registration_access_token?: string;
  registration_client_uri: string;
  client_name: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  token_endpoint_auth_method: string;
  grant_types: string[];
  response_types: string[];
}

/**
 * What may be shown of a client secret after its creation.
 */
export interface ClientSecretInfo {
  id: string;
  /**
   * The secret's last four characters.
   */
  hint: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  expires_at?: string;
}

/**
 * Whether a client can keep a secret (RFC 6749 §2.1).
 */
export type ClientType = "confidential" | "public";

/**
 * A client with its new secret, shown this once.
 */
export interface ClientWithSecret {
  /**
   * The `client_id` (`cli_…`).
   */
  id: string;
  name: string;
  client_type: ClientType;
  token_endpoint_auth_method: TokenEndpointAuthMethod;
  grant_types: GrantType[];
  /**
   * Scopes the client may request; tokens carry the granted subset.
   */
  scopes: string[];
  /**
   * Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
   */
  audiences: string[];
  /**
   * Access-token lifetime in seconds for this client.
   */
  access_token_ttl: number;
  /**
   * Where the authorization endpoint may send users back; matched exactly.
   */
  redirect_uris: string[];
  /**
   * Where RP-initiated logout may send users back; matched exactly.
   */
  post_logout_redirect_uris: string[];
  /**
   * A first-party application: users are not asked for consent.
   */
  skip_consent: boolean;
  /**
   * The client's public keys (a JWK set) for `private_key_jwt`.
   */
  jwks?: Record<string, unknown>;
  /**
   * Live secrets, newest first (hints only; a secret is shown once, when created).
   */
  secrets: ClientSecretInfo[];
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
  /**
   * The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
   */
  client_secret?: string;
}

/**
 * Body of the TOTP confirmation: a code the authenticator shows now.
 */
export interface ConfirmTotp {
  code: string;
}

/**
 * An application the user allowed to access their account ("connected app").
 */
export interface Consent {
  client_id: string;
  client_name: string;
  /**
   * The scopes granted so far.
   */
  scopes: string[];
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  granted_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

export interface ConsentList {
  data: Consent[];
}

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
 */
export interface CreateApiKey {
  /**
   * The owning organization (id or slug).
   */
  organization?: string;
  /**
   * The owning user's id.
   */
  user?: string;
  name: string;
  /**
   * 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
   */
  permissions: string[];
  /**
   * Seconds until the key expires (60 to 63,072,000); absent: never.
   */
  expires_in_secs?: number;
}

/**
 * Body of `POST /v1/tenants/{tenant}/clients`.
 */
export interface CreateClient {
  name: string;
  /**
   * `confidential` (the default) or `public`.
   */
  client_type?: ClientType;
  /**
   * Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
   */
  token_endpoint_auth_method?: TokenEndpointAuthMethod;
  /**
   * Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
   * and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
   */
  grant_types?: GrantType[];
  scopes?: string[];
  audiences?: string[];
  /**
   * 60 to the server's `max_token_lifetime` seconds (default 3600).
   */
  access_token_ttl?: number;
  /**
   * Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
   * of native apps (RFC 8252 §7.1), without fragments; matched exactly.
   */
  redirect_uris?: string[];
  /**
   * Where RP-initiated logout may return users; same rules as `redirect_uris`.
   */
  post_logout_redirect_uris?: string[];
  /**
   * `true` for first-party applications whose users are never asked for consent.
   */
  skip_consent?: boolean;
  /**
   * The client's public keys (a JWK set) for `private_key_jwt`.
   */
  jwks?: Record<string, unknown>;
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
 */
export interface CreateInvitation {
  email: string;
  /**
   * A role key; `member` when absent.
   */
  role?: string;
  /**
   * Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
   */
  locale?: string;
  /**
   * Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
   */
  expires_in_secs?: number;
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations`.
 */
export interface CreateOrganization {
  slug: string;
  name: string;
  /**
   * An https URL of at most 2048 characters.
   */
  logo_url?: string;
  metadata?: Record<string, unknown>;
  policies?: OrganizationPolicies;
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
 */
export interface CreateOrganizationDomain {
  domain: string;
  auto_join?: boolean;
}

/**
 * Body of `POST /v1/tenants/{tenant}/resources`.
 */
export interface CreateResource {
  /**
   * An absolute URI without a fragment; unique in the tenant.
   */
  identifier: string;
  name: string;
  scopes?: string[];
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
 */
export interface CreateResourceGrant {
  subject: string;
  resource: string;
  role: string;
}

/**
 * Body of `POST …/roles`.
 */
export interface CreateRole {
  key: string;
  name: string;
  description?: string;
  permissions: string[];
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
 */
export interface CreateServiceAccount {
  name: string;
  /**
   * A role of the organization (built-in, tenant-wide or its own); `member` by default.
   */
  role?: string;
  scopes?: string[];
  audiences?: string[];
}

/**
 * Body of `POST /v1/tenants`.
 */
export interface CreateTenant {
  /**
   * Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
   */
  slug: string;
  /**
   * Display name, 1-200 characters.
   */
  name: string;
  /**
   * Primary signing algorithm; ES256 when omitted.
   */
  signing_alg?: SigningAlg;
  /**
   * Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
   */
  allowed_origins?: string[];
}

/**
 * Body of `POST /v1/tenants/{tenant}/users`.
 */
export interface CreateUser {
  email: string;
  /**
   * Checked against the password policy; omit for a user who signs in another way.
   */
  password?: string;
  /**
   * An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
   * `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in
   * unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC
   * strings). It is replaced by an argon2id hash with the server's parameters at the
   * user's first successful sign-in.
   */
  password_hash?: string;
  email_verified?: boolean;
  name?: string;
  picture?: string;
  locale?: string;
  metadata?: Record<string, unknown>;
}

/**
 * Body of `POST /t/{tenant}/auth/email-code/verify`.
 */
export interface EmailCodeVerify {
  email: string;
  /**
   * The six-digit code from the email.
   */
  code: string;
  delivery?: TokenDelivery;
}

/**
 * Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
 */
export interface EmailRequest {
  email: string;
}

/**
 * The answer to a request that may send an email. It is the same whether or not the
 * address belongs to an account, so it reveals nothing about which accounts exist.
 */
export interface EmailRequestAccepted {
  /**
   * A sentence to show the person who asked.
   */
  message: string;
}

/**
 * A tenant's override of a built-in email template in one locale.
 */
export interface EmailTemplate {
  /**
   * `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
   * `signup_existing_account`, `organization_invitation`, `email_change` or
   * `email_change_notice`.
   */
  template: string;
  /**
   * Lowercase BCP 47 tag, such as `de` or `pt-br`.
   */
  locale: string;
  subject: string;
  text: string;
  html: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * A tenant's template overrides.
 */
export interface EmailTemplateList {
  data: EmailTemplate[];
}

/**
 * The answer to a successful email verification.
 */
export interface EmailVerified {
  user_id: string;
  /**
   * The address that is now verified.
   */
  email: string;
  /**
   * Always `true`.
   */
  email_verified: boolean;
}

/**
 * Stable machine-readable error codes carried in `code` of every problem response.
 *
 * Clients branch on these, never on `title` or `detail`, which are for people.
 */
export type ErrorCode = "invalid_body" | "unsupported_media_type" | "payload_too_large" | "invalid_parameter" | "validation_failed" | "unauthorized" | "invalid_credentials" | "invalid_token" | "invalid_code" | "account_locked" | "rate_limited" | "account_disabled" | "signup_disabled" | "email_domain_not_allowed" | "origin_not_allowed" | "not_found" | "method_not_allowed" | "already_exists" | "conflict" | "request_timeout" | "service_unavailable" | "internal_error" | "permission_denied" | "organization_policy_violation";

/**
 * One invalid field of a request body.
 */
export interface FieldError {
  /**
   * The field's name, as a JSON pointer into the request body (`/slug`).
   */
  pointer: string;
  /**
   * What is wrong with it and what would be accepted.
   */
  message: string;
}

/**
 * OAuth grant types a client may use.
 */
export type GrantType = "client_credentials" | "authorization_code" | "refresh_token";

/**
 * Body of the health endpoints.
 */
export interface HealthStatus {
  /**
   * `ok` for liveness, `ready` for readiness.
   */
  status: string;
}

/**
 * An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
 */
export interface IntrospectionResponse {
  active: boolean;
  scope?: string;
  client_id?: string;
  token_type?: string;
  exp?: number;
  iat?: number;
  sub?: string;
  /**
   * A string or an array of strings, as in the token.
   */
  aud?: unknown;
  iss?: string;
  jti?: string;
  /**
   * The organization the token (or API key) acts in.
   */
  org_id?: string;
  org_slug?: string;
  /**
   * The member's role in the organization (session tokens switched into one).
   */
  org_role?: string;
  /**
   * The `resource:action` patterns the token or API key carries.
   */
  permissions?: string[];
}

/**
 * An invitation to join an organization, sent by email.
 */
export interface Invitation {
  /**
   * Server-assigned identifier (`inv_…`).
   */
  id: string;
  organization_id: string;
  email: string;
  /**
   * The role the invitee gets on accepting.
   */
  role: string;
  state: InvitationState;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * When the latest email went out (a resend moves it).
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  sent_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  expires_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  accepted_at?: string;
  /**
   * The user who accepted.
   */
  accepted_by?: string;
}

/**
 * What accepting an invitation did.
 */
export interface InvitationAccepted {
  organization_id: string;
  organization_slug: string;
  user_id: string;
  role: string;
  /**
   * Whether a new account was created for the invitee.
   */
  user_created: boolean;
  /**
   * Session tokens for a newly created account, switched into the organization.
   */
  session?: SessionTokens;
}

/**
 * One page of invitations, newest first.
 */
export interface InvitationList {
  data: Invitation[];
  next_cursor?: string;
}

/**
 * Where an invitation stands.
 */
export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/**
 * A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
 */
export interface Jwk {
  /**
   * `EC`, `RSA` or `OKP`.
   */
  kty: string;
  kid: string;
  /**
   * Always `sig`.
   */
  use: string;
  alg: string;
  /**
   * Curve: `P-256` (EC) or `Ed25519` (OKP).
   */
  crv?: string;
  x?: string;
  y?: string;
  /**
   * RSA modulus, base64url.
   */
  n?: string;
  /**
   * RSA public exponent, base64url.
   */
  e?: string;
}

/**
 * A JSON Web Key Set (RFC 7517 §5).
 */
export interface JwkSet {
  keys: Jwk[];
}

/**
 * Lifecycle of a signing key.
 */
export type KeyStatus = "active" | "retired";

/**
 * Body of `POST /t/{tenant}/auth/login`.
 */
export interface LoginRequest {
  email: string;
  password: string;
  delivery?: TokenDelivery;
  /**
   * Sign in into this organization (its id, `org_…`, or its slug), as with
   * `organization` on the authorization request: the session opens switched into it, and
   * its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user
   * must be a member and the sign-in must meet the organization's policies.
   */
  organization?: string;
}

/**
 * What a correct password leads to: session tokens, or, when the account has a second
 * factor, a challenge (`mfa_required: true`).
 */
export type LoginResponse = SessionTokens | MfaChallenge;

/**
 * Body of `POST /t/{tenant}/auth/magic-link/verify`.
 */
export interface MagicLinkVerify {
  /**
   * The token from the magic link (`tml_…`).
   */
  token: string;
  delivery?: TokenDelivery;
}

/**
 * A user's membership of an organization.
 */
export interface Membership {
  organization_id: string;
  user_id: string;
  /**
   * The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
   */
  role: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * One page of members, ordered by user id.
 */
export interface MembershipList {
  data: Membership[];
  next_cursor?: string;
}

/**
 * The answer to a correct password when the account has a second factor: no session yet,
 * but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
 */
export interface MfaChallenge {
  /**
   * Always `true`; tells this answer apart from session tokens.
   */
  mfa_required: boolean;
  /**
   * `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
   * verification. Wrong codes do not spend it, but count towards the account's lockout.
   */
  mfa_token: string;
  /**
   * The factors the user can complete the sign-in with.
   */
  factors: MfaFactor[];
  /**
   * Seconds until `mfa_token` expires.
   */
  expires_in: number;
}

/**
 * A second factor that completes a sign-in.
 */
export type MfaFactor = "totp" | "recovery_code" | "passkey";

/**
 * Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
 * `code` and `recovery_code`.
 */
export interface MfaVerifyRequest {
  /**
   * The `mfa_token` of the login answer.
   */
  mfa_token: string;
  /**
   * The current six-digit code of the user's authenticator app.
   */
  code?: string;
  /**
   * One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
   * spaces and case are optional).
   */
  recovery_code?: string;
  delivery?: TokenDelivery;
}

/**
 * An organization the signed-in user belongs to, with their role in it.
 */
export interface MyOrganization {
  id: string;
  slug: string;
  name: string;
  logo_url?: string;
  role: string;
  /**
   * Whether the session making the request is switched into this organization.
   */
  current: boolean;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  joined_at: string;
}

/**
 * One page of the signed-in user's organizations.
 */
export interface MyOrganizationList {
  data: MyOrganization[];
  next_cursor?: string;
}

/**
 * An error of an OAuth endpoint (RFC 6749 §5.2).
 */
export interface OAuthError {
  /**
   * `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
   * `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
   * `unsupported_token_type` (RFC 7009).
   */
  error: string;
  /**
   * What went wrong, for the developer.
   */
  error_description?: string;
}

/**
 * A tenant's authorization-server policy.
 */
export interface OAuthSettings {
  /**
   * Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
   * clients do. Off by default.
   */
  dynamic_client_registration: boolean;
}

/**
 * OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
 * Authorization Server Metadata (RFC 8414).
 *
 * Only what the server implements is advertised; endpoints appear as they land.
 */
export interface OpenIdConfiguration {
  /**
   * The tenant's issuer identifier, `{public_url}/t/{slug}`.
   */
  issuer: string;
  /**
   * Where the tenant's public signing keys are published.
   */
  jwks_uri: string;
  /**
   * Where users sign in and grant access (code flow with PKCE only).
   */
  authorization_endpoint: string;
  /**
   * RFC 8414 §2.
   */
  token_endpoint: string;
  /**
   * OpenID Connect Core §5.3.
   */
  userinfo_endpoint: string;
  /**
   * OpenID Connect RP-Initiated Logout 1.0.
   */
  end_session_endpoint: string;
  /**
   * RFC 7591; present only when the tenant allows dynamic registration.
   */
  registration_endpoint?: string;
  /**
   * RFC 7662.
   */
  introspection_endpoint: string;
  /**
   * RFC 7009.
   */
  revocation_endpoint: string;
  scopes_supported: string[];
  response_types_supported: string[];
  response_modes_supported: string[];
  grant_types_supported: string[];
  subject_types_supported: string[];
  id_token_signing_alg_values_supported: string[];
  code_challenge_methods_supported: string[];
  prompt_values_supported: string[];
  claims_supported: string[];
  /**
   * RFC 9207: authorization responses carry `iss`.
   */
  authorization_response_iss_parameter_supported: boolean;
  request_parameter_supported: boolean;
  request_uri_parameter_supported: boolean;
  token_endpoint_auth_methods_supported: string[];
  /**
   * Algorithms `private_key_jwt` assertions may be signed with.
   */
  token_endpoint_auth_signing_alg_values_supported: string[];
  introspection_endpoint_auth_methods_supported: string[];
  revocation_endpoint_auth_methods_supported: string[];
}

/**
 * An organization of a tenant: a customer company, a team, a workspace.
 */
export interface Organization {
  /**
   * Server-assigned identifier (`org_…`).
   */
  id: string;
  /**
   * Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
   * or the slug.
   */
  slug: string;
  name: string;
  logo_url?: string;
  /**
   * Free-form JSON object for the application's own data (at most 16 KiB).
   */
  metadata: Record<string, unknown>;
  policies: OrganizationPolicies;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * A domain an organization claims, proven by a DNS TXT record.
 */
export interface OrganizationDomain {
  /**
   * Server-assigned identifier (`dom_…`).
   */
  id: string;
  organization_id: string;
  domain: string;
  /**
   * Publish a TXT record with this name…
   */
  txt_name: string;
  /**
   * …and this value, then call `verify`.
   */
  txt_value: string;
  verified: boolean;
  /**
   * Users with a verified email at this domain join the organization (as `member`) when
   * they sign in, once the domain is verified.
   */
  auto_join: boolean;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  verified_at?: string;
}

/**
 * An organization's domains.
 */
export interface OrganizationDomainList {
  data: OrganizationDomain[];
}

/**
 * One page of organizations, in creation order.
 */
export interface OrganizationList {
  data: Organization[];
  next_cursor?: string;
}

/**
 * Rules an organization sets for sessions switched into it; checked at the switch.
 */
export interface OrganizationPolicies {
  /**
   * The sign-in methods a session must have been opened with: `password`, `magic_link`,
   * `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
   * method is the second factor's). Absent: any method.
   */
  allowed_sign_in_methods?: string[];
  /**
   * The session must have been completed with a second factor (TOTP or a recovery code).
   */
  mfa_required?: boolean;
  /**
   * The session must have been opened at most this many seconds ago (60 to 31,536,000).
   */
  max_session_age_secs?: number;
}

/**
 * A message in the development outbox, in full (links and codes included).
 */
export interface OutboxMessage {
  /**
   * `eml_…`
   */
  id: string;
  to: string;
  from: string;
  subject: string;
  /**
   * The plain-text part.
   */
  text: string;
  /**
   * The HTML part.
   */
  html: string;
  /**
   * `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
   * `signup_existing_account`, `organization_invitation`, `email_change` or
   * `email_change_notice`.
   */
  template: string;
  /**
   * The locale the message was rendered in.
   */
  locale: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
}

/**
 * One page of outbox messages, newest first.
 */
export interface OutboxMessageList {
  data: OutboxMessage[];
  /**
   * Pass as `cursor` for the next (older) page; absent on the last page.
   */
  next_cursor?: string;
}

/**
 * A registered passkey.
 */
export interface Passkey {
  id: string;
  user_id: string;
  name: string;
  /**
   * The credential ID, base64url (the browser's `rawId`).
   */
  credential_id: string;
  /**
   * The authenticator may sync it to other devices (WebAuthn backup eligibility).
   */
  backup_eligible: boolean;
  /**
   * It is currently backed up (synced).
   */
  backed_up: boolean;
  /**
   * The attestation statement format it registered with.
   */
  attestation_format: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  last_used_at?: string;
}

/**
 * Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
 */
export interface PasskeyCeremony {
  /**
   * `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
   */
  ceremony_id: string;
  /**
   * `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
   */
  options: Record<string, unknown>;
  /**
   * Seconds until the ceremony expires.
   */
  expires_in: number;
}

export interface PasskeyList {
  data: Passkey[];
}

/**
 * Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
 */
export interface PasskeyRegistrationFinish {
  ceremony_id: string;
  /**
   * The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
   */
  credential: Record<string, unknown>;
  /**
   * 1-64 characters; defaults to "Passkey".
   */
  name?: string;
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
 */
export interface PasskeySecondFactorFinish {
  mfa_token: string;
  ceremony_id: string;
  credential: Record<string, unknown>;
  delivery?: TokenDelivery;
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
 */
export interface PasskeySecondFactorStart {
  /**
   * The `mfa_token` of the login answer.
   */
  mfa_token: string;
}

/**
 * Body of `POST /t/{tenant}/auth/passkeys/verify`.
 */
export interface PasskeySignInFinish {
  ceremony_id: string;
  /**
   * The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
   */
  credential: Record<string, unknown>;
  delivery?: TokenDelivery;
  /**
   * Sign in into this organization (its id, `org_…`, or its slug), as at
   * `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
   * member and the sign-in meets its policies.
   */
  organization?: string;
}

/**
 * Body of `POST /t/{tenant}/auth/passkeys/options`.
 */
export interface PasskeySignInStart {
  /**
   * Ask for this account's passkeys only. Without it (username-less), any passkey the
   * browser holds for the tenant may answer. The answer does not reveal whether the
   * account exists.
   */
  email?: string;
}

/**
 * The policy in force: the tenant's choices over the server's defaults.
 */
export interface PasswordPolicy {
  /**
   * Fewest characters (Unicode scalar values) a password may have; at least 8.
   */
  min_length: number;
  /**
   * Most characters a password may have; at most 1024.
   */
  max_length: number;
  /**
   * Refuse passwords on the shipped list of 20,000 common passwords.
   */
  reject_common: boolean;
  /**
   * Refuse passwords containing the account's email, its local part, or a word of the
   * user's name.
   */
  reject_personal_info: boolean;
  /**
   * Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
   * API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
   */
  check_breached: boolean;
  /**
   * Whether the server has a range API configured (`pwned_passwords_url`), without which
   * `check_breached` cannot be turned on.
   */
  breach_check_available: boolean;
}

/**
 * Body of `POST /t/{tenant}/auth/password-reset/confirm`.
 */
export interface PasswordResetConfirm {
  /**
   * The token from the reset link (`tpr_…`).
   */
  token: string;
  /**
   * Checked against the password policy.
   */
  new_password: string;
}

/**
 * An RFC 9457 problem document, sent as `application/problem+json`.
 */
export interface Problem {
  /**
   * A URI naming the problem type: `urn:tessera:problem:{code}`.
   */
  type: string;
  /**
   * A short summary of the problem type.
   */
  title: string;
  /**
   * The HTTP status code.
   */
  status: number;
  /**
   * What went wrong in this occurrence, written for a person.
   */
  detail: string;
  /**
   * The stable machine-readable code.
   */
  code: ErrorCode;
  /**
   * The request id, also sent as the `x-request-id` response header.
   */
  request_id?: string;
  /**
   * Field-level errors, for `validation_failed`.
   */
  errors?: FieldError[];
}

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
 */
export interface ProtectedResourceMetadata {
  resource: string;
  authorization_servers: string[];
  scopes_supported: string[];
  bearer_methods_supported: string[];
  resource_name: string;
}

/**
 * Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
 *
 * Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
 * `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
 * `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
 */
export interface PutEmailTemplate {
  /**
   * One line, at most 200 characters.
   */
  subject: string;
  /**
   * The plain-text part, at most 32 KiB.
   */
  text: string;
  /**
   * The HTML part, at most 64 KiB.
   */
  html: string;
}

/**
 * Re-authentication for sensitive self-service changes (deleting the account, managing the
 * second factor).
 */
export interface Reauthenticate {
  /**
   * Required when the account has a password.
   */
  current_password?: string;
}

/**
 * Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
 * code. Only their hashes are stored.
 */
export interface RecoveryCodes {
  recovery_codes: string[];
}

/**
 * Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
 * may instead come from the session cookie.
 */
export interface RefreshRequest {
  refresh_token?: string;
  delivery?: TokenDelivery;
}

/**
 * Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
 */
export interface RenamePasskey {
  /**
   * 1-64 characters.
   */
  name: string;
}

/**
 * An API protected by the tenant, such as an MCP server.
 */
export interface Resource {
  /**
   * `res_…`.
   */
  id: string;
  /**
   * The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
   * the MCP server's URL.
   */
  identifier: string;
  name: string;
  /**
   * Scopes clients may request for this API (e.g. one per MCP tool).
   */
  scopes: string[];
  /**
   * Where its RFC 9728 protected-resource metadata is served.
   */
  metadata_url: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * A role held on one resource of an organization by one of its members or service
 * accounts, on top of their organization-wide role.
 */
export interface ResourceGrant {
  /**
   * `rgr_…`
   */
  id: string;
  organization_id: string;
  /**
   * A member's user id (`usr_…`) or a service account's client id (`cli_…`).
   */
  subject: string;
  /**
   * The resource, as checks name it (`document:123`).
   */
  resource: string;
  role: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
}

/**
 * One page of resource grants, oldest first.
 */
export interface ResourceGrantList {
  data: ResourceGrant[];
  next_cursor?: string;
}

export interface ResourceList {
  data: Resource[];
  next_cursor?: string;
}

/**
 * A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
 * `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
 */
export interface Role {
  /**
   * Unique within its scope; lowercase letters, digits, `-` and `_`.
   */
  key: string;
  name: string;
  description?: string;
  /**
   * `resource:action` patterns; `resource:*` grants every action on a resource, `*`
   * everything.
   */
  permissions: string[];
  built_in: boolean;
  /**
   * The organization a custom role belongs to; absent for tenant-wide roles.
   */
  organization_id?: string;
  /**
   * Absent for a built-in role whose permissions were never changed.
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at?: string;
}

/**
 * The roles of a scope: built-in roles first, then custom roles by key.
 */
export interface RoleList {
  data: Role[];
}

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
 */
export interface RotateApiKey {
  /**
   * How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
   */
  overlap_secs?: number;
}

/**
 * Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
 */
export interface RotateClientSecret {
  /**
   * Seconds the client's current secrets keep working (0-2592000, default 86400), so
   * deployments can switch over without downtime.
   */
  previous_secrets_expire_in?: number;
}

/**
 * Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
 */
export interface RotateKeysRequest {
  /**
   * Rotate only the key of this algorithm; all active keys when omitted.
   */
  alg?: SigningAlg;
}

/**
 * A confidential OAuth client (`client_credentials`) owned by an organization and acting
 * with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
 * `permissions`, and `authz/check` takes its client id as the subject.
 */
export interface ServiceAccount {
  /**
   * The client id (`cli_…`): the `sub` and `client_id` of its tokens.
   */
  id: string;
  organization_id: string;
  name: string;
  /**
   * Its role in the organization.
   */
  role: string;
  /**
   * Scopes it may request.
   */
  scopes: string[];
  /**
   * Resources (`aud` values) it may request tokens for.
   */
  audiences: string[];
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * One page of an organization's service accounts, oldest first.
 */
export interface ServiceAccountList {
  data: ServiceAccount[];
  next_cursor?: string;
}

/**
 * A new service account and its client secret, shown once.
 */
export interface ServiceAccountWithSecret {
  /**
   * The client id (`cli_…`): the `sub` and `client_id` of its tokens.
   */
  id: string;
  organization_id: string;
  name: string;
  /**
   * Its role in the organization.
   */
  role: string;
  /**
   * Scopes it may request.
   */
  scopes: string[];
  /**
   * Resources (`aud` values) it may request tokens for.
   */
  audiences: string[];
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
  /**
   * The client secret (`tss_…`); store it now, it cannot be shown again.
   */
  client_secret: string;
}

/**
 * A sign-in session.
 */
export interface Session {
  /**
   * `ses_…`, the `sid` claim of its access tokens.
   */
  id: string;
  user_id: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  last_used_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  expires_at: string;
  ip?: string;
  user_agent?: string;
}

/**
 * A user's live sessions, newest first.
 */
export interface SessionList {
  data: Session[];
}

/**
 * Tokens of a session.
 */
export interface SessionTokens {
  /**
   * An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
   */
  access_token: string;
  /**
   * Always `Bearer`.
   */
  token_type: string;
  /**
   * Seconds until the access token expires.
   */
  expires_in: number;
  /**
   * Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
   */
  refresh_token?: string;
  session_id: string;
}

/**
 * Replaces the tenant's password policy; an omitted field returns to the server's default.
 */
export interface SetPasswordPolicy {
  /**
   * 8 to `max_length` [default: 10].
   */
  min_length?: number;
  /**
   * `min_length` to 1024 [default: 256].
   */
  max_length?: number;
  /**
   * [default: the server's `reject_common_passwords`, true unless configured].
   */
  reject_common?: boolean;
  /**
   * [default: true].
   */
  reject_personal_info?: boolean;
  /**
   * Only when the server has `pwned_passwords_url` [default: true when it has].
   */
  check_breached?: boolean;
}

/**
 * JWS algorithms a tenant can sign with.
 */
export type SigningAlg = "ES256" | "RS256" | "EdDSA";

/**
 * A tenant signing key's public metadata (private keys never leave the server).
 */
export interface SigningKey {
  /**
   * Key id: the RFC 7638 JWK thumbprint.
   */
  kid: string;
  alg: SigningAlg;
  status: KeyStatus;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  retired_at?: string;
  /**
   * When a retired key leaves the JWKS: no token it signed is still valid by then.
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  published_until?: string;
}

/**
 * The tenant's published keys: active ones first, then retired ones still in the JWKS.
 */
export interface SigningKeyList {
  data: SigningKey[];
}

/**
 * Who may create an account with `POST /t/{tenant}/auth/signup`.
 */
export type SignupMode = "open" | "invite_only" | "domain_allowlist";

/**
 * Body of `POST /t/{tenant}/auth/signup`.
 */
export interface SignupRequest {
  email: string;
  /**
   * Checked against the password policy.
   */
  password: string;
  name?: string;
}

/**
 * Body of `POST /t/{tenant}/auth/signup/verify`.
 */
export interface SignupVerify {
  /**
   * The token from the confirmation link (`tsu_…`).
   */
  token: string;
  delivery?: TokenDelivery;
}

/**
 * A tenant: an isolated application environment with its own issuer, keys and users
 * (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
 */
export interface Tenant {
  /**
   * Server-assigned identifier (`ten_…`).
   */
  id: string;
  /**
   * URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
   */
  slug: string;
  /**
   * Display name.
   */
  name: string;
  /**
   * The tenant's OpenID issuer: `{public_url}/t/{slug}`.
   */
  issuer: string;
  /**
   * Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
   */
  signing_alg: SigningAlg;
  /**
   * Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
   */
  allowed_origins: string[];
  /**
   * Who may sign up by themselves.
   */
  signup_mode: SignupMode;
  /**
   * Email domains that may sign up when `signup_mode` is `domain_allowlist`.
   */
  signup_allowed_domains: string[];
  /**
   * Whether signups from disposable-address services (a shipped list) are refused.
   */
  block_disposable_emails: boolean;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
}

/**
 * One page of tenants, oldest first.
 */
export interface TenantList {
  data: Tenant[];
  /**
   * Pass as `cursor` to fetch the next page; absent on the last page.
   */
  next_cursor?: string;
}

/**
 * A signed RFC 9068 access token (`typ: at+jwt`).
 */
export interface TestToken {
  access_token: string;
  /**
   * Always `Bearer`.
   */
  token_type: string;
  /**
   * Seconds until `exp`.
   */
  expires_in: number;
  /**
   * The signing key's id, also in the JWS header.
   */
  kid: string;
}

/**
 * Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
 * testing resource servers (as Keycloak's "generate example access token").
 */
export interface TestTokenRequest {
  /**
   * The token's `sub`.
   */
  subject: string;
  /**
   * The token's `aud`, such as an API identifier.
   */
  audience: string;
  /**
   * Space-separated scopes for the `scope` claim.
   */
  scope?: string;
  /**
   * Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
   */
  expires_in?: number;
}

/**
 * How the refresh token travels.
 */
export type TokenDelivery = "token" | "cookie";

/**
 * How a client authenticates at the token endpoint (RFC 7591 §2).
 */
export type TokenEndpointAuthMethod = "client_secret_basic" | "client_secret_post" | "none" | "private_key_jwt";

/**
 * Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
 */
export interface TokenQuery {
  token: string;
  /**
   * `access_token` or `refresh_token`; a hint only.
   */
  token_type_hint?: string | null;
  client_id?: string | null;
  client_secret?: string | null;
  client_assertion_type?: string | null;
  client_assertion?: string | null;
}

/**
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
 * §4.4.2 and §6).
 */
export interface TokenRequest {
  /**
   * `authorization_code`, `refresh_token` or `client_credentials`.
   */
  grant_type: string;
  /**
   * With `authorization_code`: the code the authorization endpoint returned.
   */
  code?: string | null;
  /**
   * With `authorization_code`: the `redirect_uri` of the authorization request.
   */
  redirect_uri?: string | null;
  /**
   * With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
   */
  code_verifier?: string | null;
  /**
   * With `refresh_token`: the refresh token to spend.
   */
  refresh_token?: string | null;
  /**
   * Space-separated scopes; all the client's scopes when omitted.
   */
  scope?: string | null;
  /**
   * RFC 8707 resource indicator: the API the token is for (becomes `aud`).
   */
  resource?: string | null;
  /**
   * Auth0-style synonym of `resource`.
   */
  audience?: string | null;
  /**
   * With `client_secret_post`.
   */
  client_id?: string | null;
  /**
   * With `client_secret_post`.
   */
  client_secret?: string | null;
  /**
   * With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
   */
  client_assertion_type?: string | null;
  /**
   * With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
   */
  client_assertion?: string | null;
}

/**
 * A successful token response (RFC 6749 §5.1).
 */
export interface TokenResponse {
  access_token: string;
  /**
   * Always `Bearer`.
   */
  token_type: string;
  expires_in: number;
  /**
   * The granted scopes, when any.
   */
  scope?: string;
  /**
   * A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
   */
  refresh_token?: string;
  /**
   * The OpenID Connect ID token, when the `openid` scope was granted.
   */
  id_token?: string;
}

/**
 * A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
 * into an authenticator app, then confirm with a code it shows.
 */
export interface TotpEnrolment {
  /**
   * The shared secret in base32 (RFC 4648, no padding), for manual entry.
   */
  secret: string;
  /**
   * The `otpauth://totp/…` key URI that the QR codes encode.
   */
  otpauth_uri: string;
  /**
   * The QR code as a PNG `data:` URI, ready for an `<img src>`.
   */
  qr_png: string;
  /**
   * The QR code as an SVG document.
   */
  qr_svg: string;
  /**
   * Always `SHA1`, the algorithm every authenticator app supports.
   */
  algorithm: string;
  /**
   * Digits per code (6).
   */
  digits: number;
  /**
   * Seconds per time step (30).
   */
  period: number;
}

/**
 * Where a user's TOTP authenticator stands.
 */
export type TotpState = "disabled" | "pending" | "enabled";

/**
 * A user's TOTP status.
 */
export interface TotpStatus {
  status: TotpState;
  /**
   * When the current authenticator's enrolment started.
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at?: string;
  /**
   * When it was confirmed (enabled).
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  confirmed_at?: string;
  /**
   * Unused recovery codes left.
   */
  recovery_codes_remaining: number;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
 */
export interface UpdateClient {
  name?: string;
  grant_types?: GrantType[];
  scopes?: string[];
  audiences?: string[];
  access_token_ttl?: number;
  /**
   * Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
   * of native apps (RFC 8252 §7.1), without fragments; matched exactly.
   */
  redirect_uris?: string[];
  /**
   * Where RP-initiated logout may return users; same rules as `redirect_uris`.
   */
  post_logout_redirect_uris?: string[];
  /**
   * `true` for first-party applications whose users are never asked for consent.
   */
  skip_consent?: boolean;
  /**
   * The client's public keys (a JWK set) for `private_key_jwt`.
   */
  jwks?: Record<string, unknown>;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
 */
export interface UpdateMember {
  role: string;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
 */
export interface UpdateOAuthSettings {
  dynamic_client_registration?: boolean;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
 * present change; the slug cannot.
 */
export interface UpdateOrganization {
  name?: string;
  /**
   * An empty string removes the logo.
   */
  logo_url?: string;
  /**
   * Replaces the whole metadata object.
   */
  metadata?: Record<string, unknown>;
  /**
   * Replaces every policy.
   */
  policies?: OrganizationPolicies;
}

/**
 * Body of `PATCH …/domains/{domain}`.
 */
export interface UpdateOrganizationDomain {
  auto_join: boolean;
}

/**
 * Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
 */
export interface UpdateProfile {
  name?: string;
  picture?: string;
  locale?: string;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
 */
export interface UpdateResource {
  name?: string;
  scopes?: string[];
}

/**
 * Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
 * permissions may be changed (except `owner`'s), not its name.
 */
export interface UpdateRole {
  name?: string;
  description?: string;
  permissions?: string[];
}

/**
 * Body of `PATCH …/service-accounts/{service_account}`: its new role.
 */
export interface UpdateServiceAccount {
  role: string;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
 */
export interface UpdateTenant {
  name?: string;
  /**
   * Changing it creates a key for the new algorithm and retires the old primary key
   * with the usual overlap window.
   */
  signing_alg?: SigningAlg;
  allowed_origins?: string[];
  signup_mode?: SignupMode;
  /**
   * Lowercase domains such as `example.com`, at most 100; subdomains are included.
   * Required (non-empty) for `domain_allowlist`.
   */
  signup_allowed_domains?: string[];
  block_disposable_emails?: boolean;
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
 */
export interface UpdateUser {
  /**
   * Changing the email marks it unverified unless `email_verified` is also sent.
   */
  email?: string;
  /**
   * Sets a new password; every session of the user is revoked.
   */
  password?: string;
  email_verified?: boolean;
  name?: string;
  picture?: string;
  locale?: string;
  /**
   * Replaces the whole metadata object.
   */
  metadata?: Record<string, unknown>;
}

/**
 * Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
 */
export interface UpdateWebauthnSettings {
  rp_id?: string;
  rp_name?: string;
  origins?: string[];
  attestation?: AttestationConveyance;
  allowed_formats?: string[];
}

/**
 * An end user of a tenant.
 */
export interface User {
  /**
   * Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
   */
  id: string;
  /**
   * Normalised (trimmed, lowercase), unique within the tenant.
   */
  email: string;
  email_verified: boolean;
  name?: string;
  /**
   * URL of a profile picture.
   */
  picture?: string;
  /**
   * BCP 47 language tag, such as `en-GB`.
   */
  locale?: string;
  /**
   * Free-form JSON object for the application's own data (at most 16 KiB).
   */
  metadata: Record<string, unknown>;
  /**
   * Whether the user has a password (the hash itself is never returned).
   */
  has_password: boolean;
  /**
   * Disabled users cannot sign in; disabling revokes every session.
   */
  disabled: boolean;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  created_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  updated_at: string;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  last_login_at?: string;
}

/**
 * The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
 */
export interface UserInfo {
  sub: string;
  /**
   * With the `email` scope.
   */
  email?: string;
  email_verified?: boolean;
  /**
   * With the `profile` scope.
   */
  name?: string;
  picture?: string;
  locale?: string;
  /**
   * Seconds since the epoch.
   */
  updated_at?: number;
}

/**
 * One page of users, in creation order.
 */
export interface UserList {
  data: User[];
  next_cursor?: string;
}

/**
 * The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
 */
export interface VerificationEmailSent {
  user_id: string;
  /**
   * Where the message went.
   */
  email: string;
  /**
   * When the link stops working.
   *
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  expires_at: string;
}

/**
 * Body of `POST /t/{tenant}/auth/verify-email`.
 */
export interface VerifyEmailRequest {
  /**
   * The token from the verification link (`tev_…`).
   */
  token: string;
}

/**
 * A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
 */
export interface WebauthnSettings {
  /**
   * The relying-party ID: a registrable domain suffix of every origin. Defaults to the
   * host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
   */
  rp_id: string;
  /**
   * The name authenticators may show. Defaults to the tenant's name.
   */
  rp_name: string;
  /**
   * Origins that may run ceremonies. Defaults to the origin of the public URL.
   */
  origins: string[];
  attestation: AttestationConveyance;
  /**
   * Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
   * `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
   */
  allowed_formats: string[];
  /**
   * Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
   * sign-in is multi-factor on its own.
   */
  user_verification: string;
}
