// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The client: one method per operation of the API.
import { BaseClient, type ClientOptions, type RequestOptions } from "./core.js";
import type {
  AcceptInvitation,
  AddMember,
  ApiKey,
  ApiKeyList,
  ApiKeyWithSecret,
  AuditEvent,
  AuditEventList,
  AuditExportFormat,
  AuditVerification,
  AuthzCheck,
  AuthzCheckBatch,
  AuthzDecision,
  AuthzDecisionList,
  Branding,
  ChangePassword,
  Client,
  ClientList,
  ClientRegistrationRequest,
  ClientRegistrationResponse,
  ClientWithSecret,
  ConfirmTotp,
  ConsentList,
  CreateApiKey,
  CreateClient,
  CreateInvitation,
  CreateOrganization,
  CreateOrganizationDomain,
  CreateResource,
  CreateResourceGrant,
  CreateRole,
  CreateServiceAccount,
  CreateTenant,
  CreateUser,
  EmailCodeVerify,
  EmailRequest,
  EmailRequestAccepted,
  EmailTemplate,
  EmailTemplateList,
  EmailVerified,
  HealthStatus,
  IntrospectionResponse,
  Invitation,
  InvitationAccepted,
  InvitationList,
  JwkSet,
  LoginRequest,
  LoginResponse,
  MagicLinkVerify,
  Membership,
  MembershipList,
  MfaVerifyRequest,
  MyOrganization,
  MyOrganizationList,
  OAuthSettings,
  OpenIdConfiguration,
  Organization,
  OrganizationDomain,
  OrganizationDomainList,
  OrganizationList,
  OutboxMessage,
  OutboxMessageList,
  Passkey,
  PasskeyCeremony,
  PasskeyList,
  PasskeyRegistrationFinish,
  PasskeySecondFactorFinish,
  PasskeySecondFactorStart,
  PasskeySignInFinish,
  PasskeySignInStart,
  PasswordPolicy,
  PasswordResetConfirm,
  ProtectedResourceMetadata,
  PutEmailTemplate,
  Reauthenticate,
  RecoveryCodes,
  RefreshRequest,
  RenamePasskey,
  Resource,
  ResourceGrant,
  ResourceGrantList,
  ResourceList,
  Role,
  RoleList,
  RotateApiKey,
  RotateClientSecret,
  RotateKeysRequest,
  ServiceAccount,
  ServiceAccountList,
  ServiceAccountWithSecret,
  SessionList,
  SessionTokens,
  SetPasswordPolicy,
  SigningKeyList,
  SignupRequest,
  SignupVerify,
  Tenant,
  TenantList,
  TestToken,
  TestTokenRequest,
  TokenQuery,
  TokenRequest,
  TokenResponse,
  TotpEnrolment,
  TotpStatus,
  UpdateClient,
  UpdateMember,
  UpdateOAuthSettings,
  UpdateOrganization,
  UpdateOrganizationDomain,
  UpdateProfile,
  UpdateResource,
  UpdateRole,
  UpdateServiceAccount,
  UpdateTenant,
  UpdateUser,
  UpdateWebauthnSettings,
  User,
  UserInfo,
  UserList,
  VerificationEmailSent,
  VerifyEmailRequest,
  WebauthnSettings,
} from "./models.js";
import { PagePromise } from "./pagination.js";

/**
 * Query parameters of `listTenants`.
 */
export interface ListTenantsQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listUsers`.
 */
export interface ListUsersQuery {
  /**
   * Exact email (normalised before matching).
   */
  email?: string;
  /**
   * Case-insensitive substring of the email or name.
   */
  q?: string;
  /**
   * Only disabled (`true`) or only enabled (`false`) users.
   */
  disabled?: boolean;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listOutboxMessages`.
 */
export interface ListOutboxMessagesQuery {
  /**
   * Only messages to this address.
   */
  to?: string;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listClients`.
 */
export interface ListClientsQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listResources`.
 */
export interface ListResourcesQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listAuditEvents`.
 */
export interface ListAuditEventsQuery {
  /**
   * Exact action, such as `user.created`.
   */
  action?: string;
  actor_id?: string;
  target_id?: string;
  /**
   * Events at or after this RFC 3339 time.
   */
  since?: string;
  /**
   * Events before this RFC 3339 time.
   */
  until?: string;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `exportAuditEvents`.
 */
export interface ExportAuditEventsQuery {
  format?: AuditExportFormat;
  action?: string;
  actor_id?: string;
  target_id?: string;
  /**
   * Events at or after this RFC 3339 time.
   */
  since?: string;
  /**
   * Events before this RFC 3339 time.
   */
  until?: string;
}

/**
 * Query parameters of `listOrganizations`.
 */
export interface ListOrganizationsQuery {
  /**
   * Case-insensitive substring of the slug or name.
   */
  q?: string;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listOrganizationMembers`.
 */
export interface ListOrganizationMembersQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listMyOrganizations`.
 */
export interface ListMyOrganizationsQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listMemberOrganizationMembers`.
 */
export interface ListMemberOrganizationMembersQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listInvitations`.
 */
export interface ListInvitationsQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listApiKeys`.
 */
export interface ListApiKeysQuery {
  /**
   * Only this organization's keys (id or slug).
   */
  organization?: string;
  /**
   * Only this user's keys.
   */
  user?: string;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listServiceAccounts`.
 */
export interface ListServiceAccountsQuery {
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * Query parameters of `listResourceGrants`.
 */
export interface ListResourceGrantsQuery {
  /**
   * Only this subject's grants.
   */
  subject?: string;
  /**
   * Only grants on this resource.
   */
  resource?: string;
  /**
   * Items per page, 1-100 (default 20).
   */
  limit?: number;
  /**
   * The `next_cursor` of the previous page.
   */
  cursor?: string;
}

/**
 * A client for the Tessera API.
 *
 * The management and protocol API of Tessera, a self-hosted multi-tenant identity platform.
 */
export class TesseraClient extends BaseClient {
  constructor(options: ClientOptions) {
    super(options);
  }

  /** A client like this one with some options changed, such as another credential. */
  withOptions(overrides: Partial<ClientOptions>): TesseraClient {
    return new TesseraClient({ ...this.options, ...overrides });
  }

  /**
   * List tenants.
   *
   * Oldest first, paginated by cursor.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Tenant across pages.
   *
   * @throws {BadRequestError} 400 Malformed query
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listTenants(query: ListTenantsQuery = {}, options?: RequestOptions): PagePromise<TenantList, Tenant> {
    return new PagePromise<TenantList, Tenant>(
      (_cursor) => this.request<TenantList>({ method: "GET", path: `/v1/tenants`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Create a tenant.
   *
   * Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
   * `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {ConflictError} 409 The slug is taken
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid slug, name or origins
   */
  createTenant(body: CreateTenant, options?: RequestOptions): Promise<Tenant> {
    return this.request<Tenant>({ method: "POST", path: `/v1/tenants`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a tenant.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  getTenant(tenant: string, options?: RequestOptions): Promise<Tenant> {
    return this.request<Tenant>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a tenant.
   *
   * Deletes the tenant and everything it owns, keys included. Tokens it issued stop
   * verifying as soon as relying parties refresh its JWKS.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  deleteTenant(tenant: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update a tenant.
   *
   * Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
   * it is part of the issuer that tokens carry.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 A concurrent key change
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name or origins
   */
  updateTenant(tenant: string, body: UpdateTenant = {}, options?: RequestOptions): Promise<Tenant> {
    return this.request<Tenant>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List signing keys.
   *
   * The tenant's published keys: active ones first, then retired ones that stay in the JWKS
   * until no token they signed can still be valid.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  listSigningKeys(tenant: string, options?: RequestOptions): Promise<SigningKeyList> {
    return this.request<SigningKeyList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/keys`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Rotate signing keys.
   *
   * Activates a new key for each algorithm (or only `alg`) and retires the previous one,
   * which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 A concurrent rotation won
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The tenant has no key of that algorithm
   */
  rotateSigningKeys(tenant: string, body?: RotateKeysRequest | null, options?: RequestOptions): Promise<SigningKeyList> {
    return this.request<SigningKeyList>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/keys/rotate`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Mint a test access token.
   *
   * Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
   * resource servers and token validation; `client_id` is `tessera-test-token`.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid subject, audience, scope or lifetime
   */
  createTestToken(tenant: string, body: TestTokenRequest, options?: RequestOptions): Promise<TestToken> {
    return this.request<TestToken>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/test-tokens`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Search users.
   *
   * Filters by exact email, a case-insensitive substring of email or name, and disabled
   * state; oldest first, paginated by cursor.
   *
   * Await the result for the first page, or iterate it with `for await` to get every User across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Limit out of range, malformed email or unknown cursor
   */
  listUsers(tenant: string, query: ListUsersQuery = {}, options?: RequestOptions): PagePromise<UserList, User> {
    return new PagePromise<UserList, User>(
      (_cursor) => this.request<UserList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Create a user.
   *
   * The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
   * when given, must meet the password policy and is stored as an argon2id hash.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 The email is taken
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid email, profile or password
   */
  createUser(tenant: string, body: CreateUser, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a user.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  getUser(tenant: string, user: string, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a user.
   *
   * Deletes the user and their sessions.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  deleteUser(tenant: string, user: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update a user.
   *
   * Changes only the fields present. A new password revokes every session of the user; a
   * new email is unverified unless `email_verified` is sent too.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   * @throws {ConflictError} 409 The email is taken
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid email, profile or password
   */
  updateUser(tenant: string, user: string, body: UpdateUser = {}, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Disable a user.
   *
   * The user can no longer sign in or refresh, and every session is revoked at once.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  disableUser(tenant: string, user: string, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/disable`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Enable a user.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  enableUser(tenant: string, user: string, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/enable`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Unlock a user.
   *
   * Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  unlockUser(tenant: string, user: string, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/unlock`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List a user's sessions.
   *
   * Live sessions (neither revoked nor expired), newest first.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  listUserSessions(tenant: string, user: string, options?: RequestOptions): Promise<SessionList> {
    return this.request<SessionList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/sessions`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Revoke a user's session.
   *
   * Its refresh tokens stop working at once; access tokens already issued expire on their own.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, user or live session
   */
  revokeUserSession(tenant: string, user: string, session: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/sessions/${encodeURIComponent(String(session))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Get a user's TOTP status.
   *
   * Whether the user has an authenticator (pending or enabled) and how many unused recovery
   * codes are left.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  getUserTotp(tenant: string, user: string, options?: RequestOptions): Promise<TotpStatus> {
    return this.request<TotpStatus>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/mfa/totp`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Start TOTP enrolment.
   *
   * Creates a new shared secret for the user, pending until confirmed, and returns it once:
   * as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
   * authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
   * the enrolment is confirmed.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   * @throws {ConflictError} 409 TOTP is already enabled; disable it first
   */
  startUserTotpEnrolment(tenant: string, user: string, options?: RequestOptions): Promise<TotpEnrolment> {
    return this.request<TotpEnrolment>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/mfa/totp`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Disable TOTP.
   *
   * Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
   * sign-in challenges: the password alone signs in again.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user, or the user has no authenticator
   */
  disableUserTotp(tenant: string, user: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/mfa/totp`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Confirm TOTP enrolment.
   *
   * Enables the pending authenticator with a code it shows now (the previous and next
   * 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
   * From then on, a correct password leads to a second-factor challenge.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   * @throws {ConflictError} 409 No enrolment is pending, or TOTP is already enabled
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The code is malformed or not the authenticator's current code
   */
  confirmUserTotp(tenant: string, user: string, body: ConfirmTotp, options?: RequestOptions): Promise<RecoveryCodes> {
    return this.request<RecoveryCodes>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/mfa/totp/confirm`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Regenerate recovery codes.
   *
   * Replaces the user's recovery codes, used or not, with ten new ones, shown once.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   * @throws {ConflictError} 409 The user has no enabled TOTP authenticator
   */
  regenerateUserRecoveryCodes(tenant: string, user: string, options?: RequestOptions): Promise<RecoveryCodes> {
    return this.request<RecoveryCodes>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/mfa/recovery-codes`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Send a verification email.
   *
   * Emails the user a link that verifies their address; it works once, for 24 hours, and a
   * newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
   * token in the URL fragment; that page posts it to `verifyEmail`.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   * @throws {ConflictError} 409 The email is already verified, or the user is disabled
   * @throws {InternalServerError} 503 The mail relay is unavailable
   */
  sendVerificationEmail(tenant: string, user: string, options?: RequestOptions): Promise<VerificationEmailSent> {
    return this.request<VerificationEmailSent>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/send-verification-email`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List the development outbox.
   *
   * Messages the server stored instead of sending, newest first, in full (links and codes
   * included). Messages land here only when no SMTP relay is configured: it is a development
   * tool, and empty in a deployment that sends email.
   *
   * Await the result for the first page, or iterate it with `for await` to get every OutboxMessage across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Limit out of range, malformed address or unknown cursor
   */
  listOutboxMessages(tenant: string, query: ListOutboxMessagesQuery = {}, options?: RequestOptions): PagePromise<OutboxMessageList, OutboxMessage> {
    return new PagePromise<OutboxMessageList, OutboxMessage>(
      (_cursor) => this.request<OutboxMessageList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/outbox`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * List email template overrides.
   *
   * The tenant's own versions of the built-in templates, by template and locale.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  listEmailTemplates(tenant: string, options?: RequestOptions): Promise<EmailTemplateList> {
    return this.request<EmailTemplateList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/email-templates`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Set an email template override.
   *
   * Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
   * `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
   * `email_change_notice`)
   * for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
   * are filled in, HTML-escaped in the HTML part; there is no other template logic.
   *
   * @throws {BadRequestError} 400 Malformed body, tenant slug or locale
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or template
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Empty or too long parts, unknown variables, or a missing link or code
   */
  putEmailTemplate(tenant: string, template: string, locale: string, body: PutEmailTemplate, options?: RequestOptions): Promise<EmailTemplate> {
    return this.request<EmailTemplate>({ method: "PUT", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/email-templates/${encodeURIComponent(String(template))}/${encodeURIComponent(String(locale))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Remove an email template override.
   *
   * The built-in template applies again.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug or locale
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, template or override
   */
  deleteEmailTemplate(tenant: string, template: string, locale: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/email-templates/${encodeURIComponent(String(template))}/${encodeURIComponent(String(locale))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * List clients.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Client across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listClients(tenant: string, query: ListClientsQuery = {}, options?: RequestOptions): PagePromise<ClientList, Client> {
    return new PagePromise<ClientList, Client>(
      (_cursor) => this.request<ClientList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Register a client.
   *
   * Confidential clients (the default) get a first secret, shown in this response only;
   * service accounts are confidential clients with the `client_credentials` grant.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name, scopes, audiences, lifetime or client type
   */
  createClient(tenant: string, body: CreateClient, options?: RequestOptions): Promise<ClientWithSecret> {
    return this.request<ClientWithSecret>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a client.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or client
   */
  getClient(tenant: string, client: string, options?: RequestOptions): Promise<Client> {
    return this.request<Client>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients/${encodeURIComponent(String(client))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a client.
   *
   * Its secrets stop working at once; access tokens already issued expire on their own
   * (revoke them first if they must stop now).
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or client
   */
  deleteClient(tenant: string, client: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients/${encodeURIComponent(String(client))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update a client.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or client
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name, scopes, audiences, lifetime or grants
   */
  updateClient(tenant: string, client: string, body: UpdateClient = {}, options?: RequestOptions): Promise<Client> {
    return this.request<Client>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients/${encodeURIComponent(String(client))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Rotate a client's secret.
   *
   * Creates a new secret, shown once, and lets the current ones keep working for
   * `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or client
   * @throws {ConflictError} 409 A public client has no secrets
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Overlap too long
   */
  rotateClientSecret(tenant: string, client: string, body?: RotateClientSecret | null, options?: RequestOptions): Promise<ClientWithSecret> {
    return this.request<ClientWithSecret>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients/${encodeURIComponent(String(client))}/secrets`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Revoke a client secret.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, client or live secret
   */
  revokeClientSecret(tenant: string, client: string, secret: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/clients/${encodeURIComponent(String(client))}/secrets/${encodeURIComponent(String(secret))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * List resources.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Resource across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  listResources(tenant: string, query: ListResourcesQuery = {}, options?: RequestOptions): PagePromise<ResourceList, Resource> {
    return new PagePromise<ResourceList, Resource>(
      (_cursor) => this.request<ResourceList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/resources`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Register a resource.
   *
   * An API the tenant protects, such as an MCP server: clients request tokens for it with
   * `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
   * tool, for instance) become requestable.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 A resource with this identifier exists
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid identifier, name or scopes
   */
  createResource(tenant: string, body: CreateResource, options?: RequestOptions): Promise<Resource> {
    return this.request<Resource>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/resources`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a resource.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or resource
   */
  getResource(tenant: string, resource: string, options?: RequestOptions): Promise<Resource> {
    return this.request<Resource>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/resources/${encodeURIComponent(String(resource))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a resource.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or resource
   */
  deleteResource(tenant: string, resource: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/resources/${encodeURIComponent(String(resource))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update a resource.
   *
   * Its name and scopes; the identifier is fixed, since issued tokens carry it.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or resource
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name or scopes
   */
  updateResource(tenant: string, resource: string, body: UpdateResource = {}, options?: RequestOptions): Promise<Resource> {
    return this.request<Resource>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/resources/${encodeURIComponent(String(resource))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get OAuth settings.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  getOAuthSettings(tenant: string, options?: RequestOptions): Promise<OAuthSettings> {
    return this.request<OAuthSettings>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/oauth-settings`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Update OAuth settings.
   *
   * `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
   * as MCP clients need; registered clients get only the code flow.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   */
  updateOAuthSettings(tenant: string, body: UpdateOAuthSettings = {}, options?: RequestOptions): Promise<OAuthSettings> {
    return this.request<OAuthSettings>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/oauth-settings`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get branding.
   *
   * How the tenant's hosted sign-in and consent pages look.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  getBranding(tenant: string, options?: RequestOptions): Promise<Branding> {
    return this.request<Branding>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/branding`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Set branding.
   *
   * Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
   * omitted fields return to the defaults.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid logo URL or colour
   */
  setBranding(tenant: string, body: Branding = {}, options?: RequestOptions): Promise<Branding> {
    return this.request<Branding>({ method: "PUT", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/branding`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get the password policy.
   *
   * The policy in force: the tenant's choices over the server's defaults. It applies to
   * sign-up, admin create and update, password change, password reset and invitation accept;
   * existing passwords keep working.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  getPasswordPolicy(tenant: string, options?: RequestOptions): Promise<PasswordPolicy> {
    return this.request<PasswordPolicy>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/password-policy`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Set the password policy.
   *
   * Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
   * count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
   * to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
   * range API configured.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Lengths out of range, or a breach check the server cannot do
   */
  setPasswordPolicy(tenant: string, body: SetPasswordPolicy = {}, options?: RequestOptions): Promise<PasswordPolicy> {
    return this.request<PasswordPolicy>({ method: "PUT", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/password-policy`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List audit events.
   *
   * The tenant's audit log, oldest first, filtered and paginated by cursor.
   *
   * Await the result for the first page, or iterate it with `for await` to get every AuditEvent across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Bad time, limit or cursor
   */
  listAuditEvents(tenant: string, query: ListAuditEventsQuery = {}, options?: RequestOptions): PagePromise<AuditEventList, AuditEvent> {
    return new PagePromise<AuditEventList, AuditEvent>(
      (_cursor) => this.request<AuditEventList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/audit-events`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Export audit events.
   *
   * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Bad time, or too many events to export at once
   */
  exportAuditEvents(tenant: string, query: ExportAuditEventsQuery = {}, options?: RequestOptions): Promise<string> {
    return this.request<string>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/audit-events/export`, auth: ["admin_key"], expect: "text", query }, options);
  }

  /**
   * Verify the audit chain.
   *
   * Recomputes every event's hash and link, and reports the first broken one.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  verifyAuditEvents(tenant: string, options?: RequestOptions): Promise<AuditVerification> {
    return this.request<AuditVerification>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/audit-events/verify`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Search organizations.
   *
   * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Organization across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listOrganizations(tenant: string, query: ListOrganizationsQuery = {}, options?: RequestOptions): PagePromise<OrganizationList, Organization> {
    return new PagePromise<OrganizationList, Organization>(
      (_cursor) => this.request<OrganizationList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Create an organization.
   *
   * The slug is unique within the tenant and cannot change later.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 The slug is taken
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid slug, name, logo, metadata or policies
   */
  createOrganization(tenant: string, body: CreateOrganization, options?: RequestOptions): Promise<Organization> {
    return this.request<Organization>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get an organization.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  getOrganization(tenant: string, organization: string, options?: RequestOptions): Promise<Organization> {
    return this.request<Organization>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete an organization.
   *
   * Deletes its memberships, custom roles and invitations; sessions switched into it carry
   * no organization from their next token on.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  deleteOrganization(tenant: string, organization: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update an organization.
   *
   * Changes only the fields present; `policies` replaces every policy at once.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name, logo, metadata or policies
   */
  updateOrganization(tenant: string, organization: string, body: UpdateOrganization = {}, options?: RequestOptions): Promise<Organization> {
    return this.request<Organization>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List members.
   *
   * Ordered by user id, paginated by cursor.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Membership across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listOrganizationMembers(tenant: string, organization: string, query: ListOrganizationMembersQuery = {}, options?: RequestOptions): PagePromise<MembershipList, Membership> {
    return new PagePromise<MembershipList, Membership>(
      (_cursor) => this.request<MembershipList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Add a member.
   *
   * Adds a user of the tenant with a role (`member` by default).
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 The user is already a member
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Unknown user or role
   */
  addOrganizationMember(tenant: string, organization: string, body: AddMember, options?: RequestOptions): Promise<Membership> {
    return this.request<Membership>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a member.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or member
   */
  getOrganizationMember(tenant: string, organization: string, user: string, options?: RequestOptions): Promise<Membership> {
    return this.request<Membership>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members/${encodeURIComponent(String(user))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Remove a member.
   *
   * The user's sessions switched into the organization carry no organization from their
   * next token on. The last owner cannot be removed.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or member
   * @throws {ConflictError} 409 The member is the last owner
   */
  removeOrganizationMember(tenant: string, organization: string, user: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members/${encodeURIComponent(String(user))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Change a member's role.
   *
   * The last owner keeps the owner role until another member is made owner.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or member
   * @throws {ConflictError} 409 The member is the last owner
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Unknown role
   */
  updateOrganizationMember(tenant: string, organization: string, user: string, body: UpdateMember, options?: RequestOptions): Promise<Membership> {
    return this.request<Membership>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members/${encodeURIComponent(String(user))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List the tenant's roles.
   *
   * The built-in roles (with the tenant's permissions when it changed them), then the
   * tenant-wide custom roles.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  listRoles(tenant: string, options?: RequestOptions): Promise<RoleList> {
    return this.request<RoleList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/roles`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Create a tenant-wide role.
   *
   * A custom role every organization of the tenant can assign.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 The key is taken
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid key, name or permissions
   */
  createRole(tenant: string, body: CreateRole, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/roles`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a tenant-wide role.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or role
   */
  getRole(tenant: string, role: string, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/roles/${encodeURIComponent(String(role))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a tenant-wide role.
   *
   * Only a custom role that no member holds.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or role
   * @throws {ConflictError} 409 A built-in role, or one that members hold
   */
  deleteRole(tenant: string, role: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/roles/${encodeURIComponent(String(role))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update a tenant-wide role.
   *
   * For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
   * cannot change.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or role
   * @throws {ConflictError} 409 The owner role cannot change
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name or permissions
   */
  updateRole(tenant: string, role: string, body: UpdateRole = {}, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/roles/${encodeURIComponent(String(role))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List an organization's roles.
   *
   * The built-in and tenant-wide roles, then the organization's own.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  listOrganizationRoles(tenant: string, organization: string, options?: RequestOptions): Promise<RoleList> {
    return this.request<RoleList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/roles`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Create an organization's role.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 The key is taken
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid key, name or permissions
   */
  createOrganizationRole(tenant: string, organization: string, body: CreateRole, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/roles`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get an organization's role.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or role
   */
  getOrganizationRole(tenant: string, organization: string, role: string, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/roles/${encodeURIComponent(String(role))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete an organization's role.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or role
   * @throws {ConflictError} 409 Members hold the role
   */
  deleteOrganizationRole(tenant: string, organization: string, role: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/roles/${encodeURIComponent(String(role))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Update an organization's role.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or role
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name or permissions
   */
  updateOrganizationRole(tenant: string, organization: string, role: string, body: UpdateRole = {}, options?: RequestOptions): Promise<Role> {
    return this.request<Role>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/roles/${encodeURIComponent(String(role))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Check a permission.
   *
   * May the subject do `permission` in the organization? The answer explains itself: the
   * role and pattern that granted it, or what was missing. Checks read live memberships.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Malformed subject, permission, organization or resource
   */
  checkPermission(tenant: string, body: AuthzCheck, options?: RequestOptions): Promise<AuthzDecision> {
    return this.request<AuthzDecision>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/authz/check`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Check permissions in a batch.
   *
   * 1 to 100 checks, answered in order; malformed checks fail the whole batch.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Too many or too few checks, or a malformed one
   */
  checkPermissions(tenant: string, body: AuthzCheckBatch, options?: RequestOptions): Promise<AuthzDecisionList> {
    return this.request<AuthzDecisionList>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/authz/check-batch`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List my organizations.
   *
   * The organizations I belong to, with my role; `current` marks the one this session is
   * switched into.
   *
   * Await the result for the first page, or iterate it with `for await` to get every MyOrganization across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listMyOrganizations(tenant: string, query: ListMyOrganizationsQuery = {}, options?: RequestOptions): PagePromise<MyOrganizationList, MyOrganization> {
    return new PagePromise<MyOrganizationList, MyOrganization>(
      (_cursor) => this.request<MyOrganizationList>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me/organizations`, auth: ["session_token"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Switch into an organization.
   *
   * Checks the organization's policies (allowed sign-in methods, MFA required, session
   * age) against this session, then returns an access token carrying `org_id`, `org_slug`,
   * `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
   * organization.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  switchOrganization(tenant: string, organization: string, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/organizations/${encodeURIComponent(String(organization))}/switch`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Leave an organization.
   *
   * Ends my membership; my sessions switched into it carry no organization from their next
   * token on. The last owner cannot leave.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant or organization, or not a member
   * @throws {ConflictError} 409 I am the last owner
   */
  leaveOrganization(tenant: string, organization: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me/organizations/${encodeURIComponent(String(organization))}`, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * Get my organization.
   *
   * Needs an access token switched into this organization and the `organization:read`
   * permission.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The token is for another organization, or the role lacks the permission
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  getMemberOrganization(tenant: string, organization: string, options?: RequestOptions): Promise<Organization> {
    return this.request<Organization>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * List my organization's members.
   *
   * Needs an access token switched into this organization and the `members:read` permission.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Membership across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The token is for another organization, or the role lacks the permission
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listMemberOrganizationMembers(tenant: string, organization: string, query: ListMemberOrganizationMembersQuery = {}, options?: RequestOptions): PagePromise<MembershipList, Membership> {
    return new PagePromise<MembershipList, Membership>(
      (_cursor) => this.request<MembershipList>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/members`, auth: ["session_token"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * List invitations.
   *
   * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
   *
   * Await the result for the first page, or iterate it with `for await` to get every Invitation across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listInvitations(tenant: string, organization: string, query: ListInvitationsQuery = {}, options?: RequestOptions): PagePromise<InvitationList, Invitation> {
    return new PagePromise<InvitationList, Invitation>(
      (_cursor) => this.request<InvitationList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Invite someone by email.
   *
   * Sends a single-use link (7 days by default) to the address; the email is sent before the
   * answer, and if it cannot be, no invitation is kept.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 Already a member, or a pending invitation exists
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid email, role, locale or lifetime
   * @throws {InternalServerError} 503 The email could not be sent
   */
  createInvitation(tenant: string, organization: string, body: CreateInvitation, options?: RequestOptions): Promise<Invitation> {
    return this.request<Invitation>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get an invitation.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or invitation
   */
  getInvitation(tenant: string, organization: string, invitation: string, options?: RequestOptions): Promise<Invitation> {
    return this.request<Invitation>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations/${encodeURIComponent(String(invitation))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Revoke an invitation.
   *
   * Its link stops working at once.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or invitation
   * @throws {ConflictError} 409 Already accepted or revoked
   */
  revokeInvitation(tenant: string, organization: string, invitation: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations/${encodeURIComponent(String(invitation))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Resend an invitation.
   *
   * Sends a new link with a fresh expiry (the same lifetime as before); the previous link
   * stops working.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or invitation
   * @throws {ConflictError} 409 Already accepted or revoked
   * @throws {InternalServerError} 503 The email could not be sent
   */
  resendInvitation(tenant: string, organization: string, invitation: string, options?: RequestOptions): Promise<Invitation> {
    return this.request<Invitation>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations/${encodeURIComponent(String(invitation))}/resend`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Invite a teammate.
   *
   * A member with `members:invite` (an `admin` or `owner` by default) invites someone into
   * the organization their access token is switched into.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The token is for another organization, or the role lacks `members:invite`
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 Already a member, or a pending invitation exists
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid email, role, locale or lifetime
   * @throws {InternalServerError} 503 The email could not be sent
   */
  inviteMember(tenant: string, organization: string, body: CreateInvitation, options?: RequestOptions): Promise<Invitation> {
    return this.request<Invitation>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/invitations`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Accept an invitation.
   *
   * With the `tin_…` token from the email. An invitee with an account signs in first and
   * sends the access token (`Authorization: Bearer …`); one without an account sends a
   * password, which creates the account (its email verified) and returns session tokens,
   * switched into the organization when its policies allow.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
   * @throws {PermissionDeniedError} 403 Signed in as another address than the invited one
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 The invited address has an account: sign in first
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A password is missing or breaks the policy
   */
  acceptInvitation(tenant: string, body: AcceptInvitation, options?: RequestOptions): Promise<InvitationAccepted> {
    return this.request<InvitationAccepted>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/invitations/accept`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * List API keys.
   *
   * Oldest first, optionally of one organization or user, revoked and expired keys included.
   *
   * Await the result for the first page, or iterate it with `for await` to get every ApiKey across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listApiKeys(tenant: string, query: ListApiKeysQuery = {}, options?: RequestOptions): PagePromise<ApiKeyList, ApiKey> {
    return new PagePromise<ApiKeyList, ApiKey>(
      (_cursor) => this.request<ApiKeyList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/api-keys`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Create an API key.
   *
   * For an organization or a user, limited to permission patterns, optionally expiring. The
   * `tsk_…` secret is in this answer only; resource servers check it by introspection.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
   */
  createApiKey(tenant: string, body: CreateApiKey, options?: RequestOptions): Promise<ApiKeyWithSecret> {
    return this.request<ApiKeyWithSecret>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/api-keys`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get an API key.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or key
   */
  getApiKey(tenant: string, key: string, options?: RequestOptions): Promise<ApiKey> {
    return this.request<ApiKey>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/api-keys/${encodeURIComponent(String(key))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Revoke an API key.
   *
   * Introspection answers `active: false` for it from now on.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or key
   * @throws {ConflictError} 409 Already revoked
   */
  revokeApiKey(tenant: string, key: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/api-keys/${encodeURIComponent(String(key))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Rotate an API key.
   *
   * Issues a successor with the same owner, name, permissions and lifetime; the old key
   * keeps working for `overlap_secs` (a day by default).
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or key
   * @throws {ConflictError} 409 The key is revoked, expired or already rotated
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Overlap out of range
   */
  rotateApiKey(tenant: string, key: string, body?: RotateApiKey | null, options?: RequestOptions): Promise<ApiKeyWithSecret> {
    return this.request<ApiKeyWithSecret>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/api-keys/${encodeURIComponent(String(key))}/rotate`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List an organization's domains.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   */
  listOrganizationDomains(tenant: string, organization: string, options?: RequestOptions): Promise<OrganizationDomainList> {
    return this.request<OrganizationDomainList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/domains`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Claim a domain.
   *
   * Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 The organization already claims it
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not a domain name
   */
  addOrganizationDomain(tenant: string, organization: string, body: CreateOrganizationDomain, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.request<OrganizationDomain>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/domains`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Remove a domain.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or domain
   */
  removeOrganizationDomain(tenant: string, organization: string, domain: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/domains/${encodeURIComponent(String(domain))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Change a domain's auto-join.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or domain
   * @throws {ApiError} 415 Body is not JSON
   */
  updateOrganizationDomain(tenant: string, organization: string, domain: string, body: UpdateOrganizationDomain, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.request<OrganizationDomain>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/domains/${encodeURIComponent(String(domain))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Verify a domain.
   *
   * Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
   * holds `txt_value`, the domain is verified.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or domain
   * @throws {ConflictError} 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
   */
  verifyOrganizationDomain(tenant: string, organization: string, domain: string, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.request<OrganizationDomain>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/domains/${encodeURIComponent(String(domain))}/verify`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List service accounts.
   *
   * Await the result for the first page, or iterate it with `for await` to get every ServiceAccount across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listServiceAccounts(tenant: string, organization: string, query: ListServiceAccountsQuery = {}, options?: RequestOptions): PagePromise<ServiceAccountList, ServiceAccount> {
    return new PagePromise<ServiceAccountList, ServiceAccount>(
      (_cursor) => this.request<ServiceAccountList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/service-accounts`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Create a service account.
   *
   * A confidential client with the `client_credentials` grant, owned by the organization and
   * acting with one of its roles (`member` by default). Its tokens carry `org_id`,
   * `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name, role, scopes or audiences
   */
  createServiceAccount(tenant: string, organization: string, body: CreateServiceAccount, options?: RequestOptions): Promise<ServiceAccountWithSecret> {
    return this.request<ServiceAccountWithSecret>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/service-accounts`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Get a service account.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or service account
   */
  getServiceAccount(tenant: string, organization: string, serviceAccount: string, options?: RequestOptions): Promise<ServiceAccount> {
    return this.request<ServiceAccount>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/service-accounts/${encodeURIComponent(String(serviceAccount))}`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a service account.
   *
   * Deletes its client too: its secret stops working at once.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or service account
   */
  deleteServiceAccount(tenant: string, organization: string, serviceAccount: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/service-accounts/${encodeURIComponent(String(serviceAccount))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Change a service account's role.
   *
   * Its next token carries the new role; checks use it at once.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or service account
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Unknown role
   */
  updateServiceAccount(tenant: string, organization: string, serviceAccount: string, body: UpdateServiceAccount, options?: RequestOptions): Promise<ServiceAccount> {
    return this.request<ServiceAccount>({ method: "PATCH", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/service-accounts/${encodeURIComponent(String(serviceAccount))}`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List resource grants.
   *
   * Oldest first, optionally of one subject or on one resource.
   *
   * Await the result for the first page, or iterate it with `for await` to get every ResourceGrant across pages.
   *
   * @throws {BadRequestError} 400 Malformed query or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {UnprocessableError} 422 Limit out of range or unknown cursor
   */
  listResourceGrants(tenant: string, organization: string, query: ListResourceGrantsQuery = {}, options?: RequestOptions): PagePromise<ResourceGrantList, ResourceGrant> {
    return new PagePromise<ResourceGrantList, ResourceGrant>(
      (_cursor) => this.request<ResourceGrantList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/resource-grants`, auth: ["admin_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Grant a role on one resource.
   *
   * To a member or a service account of the organization, on top of their organization-wide
   * role; `authz/check` with that `resource` consults it.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or organization
   * @throws {ConflictError} 409 The subject already holds a role on the resource
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A subject outside the organization, an unknown role or a malformed resource
   */
  createResourceGrant(tenant: string, organization: string, body: CreateResourceGrant, options?: RequestOptions): Promise<ResourceGrant> {
    return this.request<ResourceGrant>({ method: "POST", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/resource-grants`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Revoke a resource grant.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, organization or grant
   */
  deleteResourceGrant(tenant: string, organization: string, grant: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/organizations/${encodeURIComponent(String(organization))}/resource-grants/${encodeURIComponent(String(grant))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * Get passkey settings.
   *
   * The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
   * Unset values show their defaults, derived from the server's public URL.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   */
  getWebauthnSettings(tenant: string, options?: RequestOptions): Promise<WebauthnSettings> {
    return this.request<WebauthnSettings>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/webauthn-settings`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Set passkey settings.
   *
   * Replaces the settings; omitted fields return to their defaults. Passkeys registered under
   * another RP ID stop working, since browsers scope credentials to the RP ID.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A malformed RP ID, origin or format, or an origin outside the RP ID
   */
  setWebauthnSettings(tenant: string, body: UpdateWebauthnSettings = {}, options?: RequestOptions): Promise<WebauthnSettings> {
    return this.request<WebauthnSettings>({ method: "PUT", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/webauthn-settings`, body, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * List a user's passkeys.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant or user
   */
  listUserPasskeys(tenant: string, user: string, options?: RequestOptions): Promise<PasskeyList> {
    return this.request<PasskeyList>({ method: "GET", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/passkeys`, auth: ["admin_key"], expect: "json" }, options);
  }

  /**
   * Delete a user's passkey.
   *
   * The passkey can no longer sign in, from the next ceremony on.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing or invalid admin key
   * @throws {NotFoundError} 404 No such tenant, user or passkey
   */
  deleteUserPasskey(tenant: string, user: string, passkey: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/v1/tenants/${encodeURIComponent(String(tenant))}/users/${encodeURIComponent(String(user))}/passkeys/${encodeURIComponent(String(passkey))}`, auth: ["admin_key"], expect: "empty" }, options);
  }

  /**
   * My passkeys.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  listMyPasskeys(tenant: string, options?: RequestOptions): Promise<PasskeyList> {
    return this.request<PasskeyList>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me/passkeys`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Add a passkey.
   *
   * Verifies the browser's answer to the registration options and stores the passkey.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 This credential is already registered
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
   */
  registerPasskey(tenant: string, body: PasskeyRegistrationFinish, options?: RequestOptions): Promise<Passkey> {
    return this.request<Passkey>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/passkeys`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Start adding a passkey.
   *
   * Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
   * browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  startPasskeyRegistration(tenant: string, options?: RequestOptions): Promise<PasskeyCeremony> {
    return this.request<PasskeyCeremony>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/passkeys/options`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Delete one of my passkeys.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant or passkey
   */
  deleteMyPasskey(tenant: string, passkey: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me/passkeys/${encodeURIComponent(String(passkey))}`, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * Rename one of my passkeys.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant or passkey
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A name that is empty or longer than 64 characters
   */
  renameMyPasskey(tenant: string, passkey: string, body: RenamePasskey, options?: RequestOptions): Promise<Passkey> {
    return this.request<Passkey>({ method: "PATCH", path: `/t/${encodeURIComponent(String(tenant))}/me/passkeys/${encodeURIComponent(String(passkey))}`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Start a passkey sign-in.
   *
   * Answers the options for `navigator.credentials.get()`. With the `email` of an account
   * that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
   * or one without passkeys) they are username-less, with `mediation: "conditional"` for
   * autofill, and any passkey of the tenant may answer.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A malformed email
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  startPasskeySignIn(tenant: string, body: PasskeySignInStart = {}, options?: RequestOptions): Promise<PasskeyCeremony> {
    return this.request<PasskeyCeremony>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/passkeys/options`, body, expect: "json" }, options);
  }

  /**
   * Sign in with a passkey.
   *
   * Verifies the browser's assertion and opens a session, answered like a password sign-in.
   * A passkey verifies its user, so no second factor is asked for.
   *
   * With `organization`, the session opens switched into that organization, as at
   * `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
   * a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
   * `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
   * @throws {PermissionDeniedError} 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A malformed credential, or `organization` names no organization of the tenant
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  verifyPasskeySignIn(tenant: string, body: PasskeySignInFinish, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/passkeys/verify`, body, expect: "json" }, options);
  }

  /**
   * Start the passkey step of an MFA challenge.
   *
   * For a login answer whose `factors` include `passkey`: options for
   * `navigator.credentials.get()` listing the account's passkeys.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_token`: unknown, expired or spent MFA token
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The account has no passkey
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  startPasskeySecondFactor(tenant: string, body: PasskeySecondFactorStart, options?: RequestOptions): Promise<PasskeyCeremony> {
    return this.request<PasskeyCeremony>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/mfa/passkey/options`, body, expect: "json" }, options);
  }

  /**
   * Complete an MFA challenge with a passkey.
   *
   * Verifies the assertion, spends the MFA token and opens the session.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
   * @throws {PermissionDeniedError} 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 A malformed credential
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  verifyPasskeySecondFactor(tenant: string, body: PasskeySecondFactorFinish, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/mfa/passkey/verify`, body, expect: "json" }, options);
  }

  /**
   * OpenID Provider configuration.
   *
   * The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {NotFoundError} 404 No such tenant
   */
  getOpenIdConfiguration(tenant: string, options?: RequestOptions): Promise<OpenIdConfiguration> {
    return this.request<OpenIdConfiguration>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/.well-known/openid-configuration`, expect: "json" }, options);
  }

  /**
   * JSON Web Key Set.
   *
   * The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
   * they signed has expired.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {NotFoundError} 404 No such tenant
   */
  getJwks(tenant: string, options?: RequestOptions): Promise<JwkSet> {
    return this.request<JwkSet>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/.well-known/jwks.json`, expect: "json" }, options);
  }

  /**
   * OAuth authorization server metadata.
   *
   * RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
   * path appended; clients such as the MCP SDK look here first.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {NotFoundError} 404 No such tenant
   */
  getAuthorizationServerMetadata(tenant: string, options?: RequestOptions): Promise<OpenIdConfiguration> {
    return this.request<OpenIdConfiguration>({ method: "GET", path: `/.well-known/oauth-authorization-server/t/${encodeURIComponent(String(tenant))}`, expect: "json" }, options);
  }

  /**
   * Sign in with email and password.
   *
   * Answers the same `invalid_credentials` whether the email is unknown or the password is
   * wrong. After five failures the email is locked with exponential backoff (429 with
   * `Retry-After`), whether or not it has an account.
   *
   * When the user has a second factor, a correct password answers an `MfaChallenge`
   * (`mfa_required: true`) instead of tokens: complete the sign-in at
   * `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
   *
   * With `organization` (an id, `org_…`, or a slug), the session opens switched into that
   * organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
   * access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
   * `permissions`. An organization the tenant does not have is `422` before the password is
   * checked. Once every factor is verified (here, or at the second factor, whose challenge
   * remembers the organization), a user who is not a member gets `403 permission_denied`,
   * and a sign-in that does not meet a policy `403 organization_policy_violation` whose
   * `detail` names the policy in backquotes; either opens no session and counts nothing
   * towards the lockout. A wrong password is `invalid_credentials` as without it.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Wrong email or password
   * @throws {PermissionDeniedError} 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 `organization` names no organization of the tenant
   * @throws {RateLimitedError} 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
   */
  login(tenant: string, body: LoginRequest, options?: RequestOptions): Promise<LoginResponse> {
    return this.request<LoginResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/login`, body, expect: "json" }, options);
  }

  /**
   * Refresh a session.
   *
   * Spends the refresh token (from the body or the cookie) and returns a new access token
   * and a new refresh token. A refresh token works once: presenting a spent one revokes the
   * whole session.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Unknown, expired, revoked or reused refresh token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  refreshSession(tenant: string, body: RefreshRequest = {}, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/refresh`, body, expect: "json" }, options);
  }

  /**
   * Sign out.
   *
   * Revokes the session of the refresh token (from the body or the cookie) and clears the
   * cookie. Signing out twice, or with an unknown token, also answers 204.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   */
  logout(tenant: string, body: RefreshRequest = {}, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/logout`, body, expect: "empty" }, options);
  }

  /**
   * Token endpoint.
   *
   * Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
   * returns an ID token for `openid` and a rotating refresh token when the client may use
   * `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
   * `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
   * `client_secret_post` as registered; public clients send only `client_id`.
   *
   * @throws {BadRequestError} 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
   * @throws {AuthenticationError} 401 invalid_client
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthToken(tenant: string, body: TokenRequest, options?: RequestOptions): Promise<TokenResponse> {
    return this.request<TokenResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/token`, form: body, expect: "json" }, options);
  }

  /**
   * Token introspection.
   *
   * RFC 7662: whether an access token of this tenant is active, with its claims. Callers
   * authenticate as a confidential client of the tenant.
   *
   * @throws {BadRequestError} 400 invalid_request
   * @throws {AuthenticationError} 401 invalid_client
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthIntrospect(tenant: string, body: TokenQuery, options?: RequestOptions): Promise<IntrospectionResponse> {
    return this.request<IntrospectionResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/introspect`, form: body, expect: "json" }, options);
  }

  /**
   * Token revocation.
   *
   * RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
   * foreign tokens also answer 200, as the RFC requires.
   *
   * @throws {BadRequestError} 400 invalid_request
   * @throws {AuthenticationError} 401 invalid_client
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthRevoke(tenant: string, body: TokenQuery, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/revoke`, form: body, expect: "empty" }, options);
  }

  /**
   * UserInfo.
   *
   * OpenID Connect Core §5.3: the claims about the token's user that its scopes release
   * (`openid` required; `profile` and `email` add claims). Send the access token as a
   * Bearer token.
   *
   * @throws {AuthenticationError} 401 invalid_token (RFC 6750)
   * @throws {PermissionDeniedError} 403 insufficient_scope: the token lacks openid
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthUserInfo(tenant: string, options?: RequestOptions): Promise<UserInfo> {
    return this.request<UserInfo>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/oauth/userinfo`, auth: ["bearer_token"], expect: "json" }, options);
  }

  /**
   * UserInfo (POST).
   *
   * The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
   *
   * @throws {AuthenticationError} 401 invalid_token (RFC 6750)
   * @throws {PermissionDeniedError} 403 insufficient_scope: the token lacks openid
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthUserInfoPost(tenant: string, options?: RequestOptions): Promise<UserInfo> {
    return this.request<UserInfo>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/userinfo`, auth: ["bearer_token"], expect: "json" }, options);
  }

  /**
   * Register a client dynamically.
   *
   * RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
   * need. Registered clients get the authorization code flow (with `refresh_token` when
   * asked); `token_endpoint_auth_method: none` makes a public client. The response carries
   * the client secret and the registration access token, once.
   *
   * @throws {BadRequestError} 400 invalid_redirect_uri or invalid_client_metadata
   * @throws {PermissionDeniedError} 403 access_denied: the tenant does not allow dynamic registration
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthRegister(tenant: string, body: ClientRegistrationRequest = {}, options?: RequestOptions): Promise<ClientRegistrationResponse> {
    return this.request<ClientRegistrationResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/register`, body, expect: "json" }, options);
  }

  /**
   * Read a registration.
   *
   * RFC 7592 §2.1, with the registration access token as a Bearer token.
   *
   * @throws {AuthenticationError} 401 invalid_token
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthReadRegistration(tenant: string, client: string, options?: RequestOptions): Promise<ClientRegistrationResponse> {
    return this.request<ClientRegistrationResponse>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/oauth/register/${encodeURIComponent(String(client))}`, auth: ["registration_token"], expect: "json" }, options);
  }

  /**
   * Update a registration.
   *
   * RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
   * cannot change).
   *
   * @throws {BadRequestError} 400 invalid_redirect_uri or invalid_client_metadata
   * @throws {AuthenticationError} 401 invalid_token
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthUpdateRegistration(tenant: string, client: string, body: ClientRegistrationRequest = {}, options?: RequestOptions): Promise<ClientRegistrationResponse> {
    return this.request<ClientRegistrationResponse>({ method: "PUT", path: `/t/${encodeURIComponent(String(tenant))}/oauth/register/${encodeURIComponent(String(client))}`, body, auth: ["registration_token"], expect: "json" }, options);
  }

  /**
   * Delete a registration.
   *
   * RFC 7592 §2.3: the client stops working at once.
   *
   * @throws {AuthenticationError} 401 invalid_token
   * @throws {NotFoundError} 404 No such tenant
   */
  oauthDeleteRegistration(tenant: string, client: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/oauth/register/${encodeURIComponent(String(client))}`, auth: ["registration_token"], expect: "empty" }, options);
  }

  /**
   * Protected resource metadata.
   *
   * RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
   * behalf: resource servers point clients here from their `WWW-Authenticate` challenge
   * (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {NotFoundError} 404 No such tenant or resource
   */
  getProtectedResourceMetadata(tenant: string, resource: string, options?: RequestOptions): Promise<ProtectedResourceMetadata> {
    return this.request<ProtectedResourceMetadata>({ method: "GET", path: `/.well-known/oauth-protected-resource/t/${encodeURIComponent(String(tenant))}/resources/${encodeURIComponent(String(resource))}`, expect: "json" }, options);
  }

  /**
   * Complete a sign-in with a second factor.
   *
   * Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
   * current six-digit code (the previous and next 30-second codes are accepted too, each
   * code only once), or `recovery_code`, one of the user's single-use recovery codes. A
   * wrong code answers `invalid_code` and leaves the token usable until it expires (five
   * minutes); failures count towards the same lockout as wrong passwords. Success spends the
   * token and returns the session's tokens, delivered as `delivery` asks.
   *
   * When the login named an `organization`, the session opens into it once the user's
   * membership and the organization's policies, judged with this second factor (so
   * `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
   * and no session is opened.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
   * @throws {PermissionDeniedError} 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not exactly one of `code` and `recovery_code`, or a malformed one
   * @throws {RateLimitedError} 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
   */
  verifyMfa(tenant: string, body: MfaVerifyRequest, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/mfa/verify`, body, expect: "json" }, options);
  }

  /**
   * Sign up.
   *
   * Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
   * takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
   * (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
   * `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
   * the password policy.
   *
   * The answer is the same 202, after about the same time, whether or not the address
   * already has an account, so it reveals nothing about which accounts exist: a new address
   * is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
   * an address with an account is emailed a notice with a password-reset link instead.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {PermissionDeniedError} 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 413 Body too large
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not an email address, a name that is too long, or a password that does not meet the policy
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  signup(tenant: string, body: SignupRequest, options?: RequestOptions): Promise<EmailRequestAccepted> {
    return this.request<EmailRequestAccepted>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/signup`, body, expect: "json" }, options);
  }

  /**
   * Finish signing up.
   *
   * Spends the token of a signup link, creates the user (with the email verified) and signs
   * them in: the session's tokens, the refresh token in JSON or in the session cookie as
   * `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
   * signup of the same address; 409 if the address got an account in the meantime.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Unknown, expired, used or superseded token
   * @throws {PermissionDeniedError} 403 The tenant no longer takes signups from this address
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 The address already has an account
   * @throws {ApiError} 415 Body is not JSON
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  verifySignup(tenant: string, body: SignupVerify, options?: RequestOptions): Promise<SessionTokens> {
    return this.request<SessionTokens>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/signup/verify`, body, expect: "json" }, options);
  }

  /**
   * Verify an email address.
   *
   * Spends the token of a verification link and marks the user's email verified. The token
   * is refused if it expired, was used or replaced, or if the user's email changed since.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Unknown, expired, used or superseded token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  verifyEmail(tenant: string, body: VerifyEmailRequest, options?: RequestOptions): Promise<EmailVerified> {
    return this.request<EmailVerified>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/verify-email`, body, expect: "json" }, options);
  }

  /**
   * Request a password reset.
   *
   * Emails a reset link (valid once, for 30 minutes) if the address has an account that may
   * sign in. The answer is the same 202, after about the same time, whether or not it does.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not an email address
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  requestPasswordReset(tenant: string, body: EmailRequest, options?: RequestOptions): Promise<EmailRequestAccepted> {
    return this.request<EmailRequestAccepted>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/password-reset`, body, expect: "json" }, options);
  }

  /**
   * Set a new password with a reset token.
   *
   * Spends the token of a reset link, sets the password (checked against the password
   * policy; a refused password leaves the token usable), marks the email verified, lifts a
   * sign-in lockout and revokes every session of the user.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Unknown, expired, used or superseded token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The password does not meet the policy
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  confirmPasswordReset(tenant: string, body: PasswordResetConfirm, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/password-reset/confirm`, body, expect: "empty" }, options);
  }

  /**
   * Request a magic link.
   *
   * Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
   * sign in. The answer is the same 202, after about the same time, whether or not it does.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not an email address
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  requestMagicLink(tenant: string, body: EmailRequest, options?: RequestOptions): Promise<EmailRequestAccepted> {
    return this.request<EmailRequestAccepted>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/magic-link`, body, expect: "json" }, options);
  }

  /**
   * Sign in with a magic link.
   *
   * Spends the token of a magic link and answers as a password login does: the session's
   * tokens (the refresh token in JSON or in the session cookie), or, when the user has a
   * second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Unknown, expired, used or superseded token
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  verifyMagicLink(tenant: string, body: MagicLinkVerify, options?: RequestOptions): Promise<LoginResponse> {
    return this.request<LoginResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/magic-link/verify`, body, expect: "json" }, options);
  }

  /**
   * Request an email sign-in code.
   *
   * Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
   * account that may sign in. The answer is the same 202, after about the same time, whether
   * or not it does.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Not an email address
   * @throws {RateLimitedError} 429 Too many requests from this address
   */
  requestEmailCode(tenant: string, body: EmailRequest, options?: RequestOptions): Promise<EmailRequestAccepted> {
    return this.request<EmailRequestAccepted>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/email-code`, body, expect: "json" }, options);
  }

  /**
   * Sign in with an email code.
   *
   * Checks the code last sent to the email and answers as a password login does: the
   * session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
   * `invalid_code` and count toward the email's sign-in lockout (shared with password login;
   * 429 with `Retry-After`), and a code dies after five wrong guesses.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 `invalid_code`: wrong, expired or used code
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The code is not six digits
   * @throws {RateLimitedError} 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
   */
  verifyEmailCode(tenant: string, body: EmailCodeVerify, options?: RequestOptions): Promise<LoginResponse> {
    return this.request<LoginResponse>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/auth/email-code/verify`, body, expect: "json" }, options);
  }

  /**
   * Get my profile.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  getMe(tenant: string, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Delete my account.
   *
   * Deletes the account and its sessions; needs the current password when the account has one.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Invalid access token, or a wrong current password
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The current password is missing
   */
  deleteMe(tenant: string, body: Reauthenticate = {}, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me`, body, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * Update my profile.
   *
   * Name, picture and locale. Email changes and metadata are for administrators.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 Invalid name, picture or locale
   */
  updateMe(tenant: string, body: UpdateProfile = {}, options?: RequestOptions): Promise<User> {
    return this.request<User>({ method: "PATCH", path: `/t/${encodeURIComponent(String(tenant))}/me`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Change my password.
   *
   * Needs the current password (when the account has one); every other session of the
   * user ends, this one stays.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Invalid access token, or a wrong current password
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The new password breaks the policy, or the current one is missing
   */
  changeMyPassword(tenant: string, body: ChangePassword, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/password`, body, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * List my sessions.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  listMySessions(tenant: string, options?: RequestOptions): Promise<SessionList> {
    return this.request<SessionList>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me/sessions`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Sign out one of my sessions.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant or live session
   */
  revokeMySession(tenant: string, session: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me/sessions/${encodeURIComponent(String(session))}`, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * My TOTP status.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  getMyTotp(tenant: string, options?: RequestOptions): Promise<TotpStatus> {
    return this.request<TotpStatus>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me/mfa/totp`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Start my TOTP enrolment.
   *
   * Needs the current password (when the account has one). Returns a new secret, pending
   * until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Invalid access token, or a wrong current password
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 TOTP is already enabled
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The current password is missing
   */
  startMyTotpEnrolment(tenant: string, body: Reauthenticate = {}, options?: RequestOptions): Promise<TotpEnrolment> {
    return this.request<TotpEnrolment>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/mfa/totp`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Disable my TOTP.
   *
   * Needs the current password (when the account has one).
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Invalid access token, or a wrong current password
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant, or no authenticator
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The current password is missing
   */
  disableMyTotp(tenant: string, body: Reauthenticate = {}, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me/mfa/totp`, body, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * Confirm my TOTP enrolment.
   *
   * Enables the pending authenticator with a code it shows now and returns ten single-use
   * recovery codes, shown once.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 No enrolment is pending, or TOTP is already enabled
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The code is malformed or not the authenticator's current code
   */
  confirmMyTotp(tenant: string, body: ConfirmTotp, options?: RequestOptions): Promise<RecoveryCodes> {
    return this.request<RecoveryCodes>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/mfa/totp/confirm`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Regenerate my recovery codes.
   *
   * Needs the current password (when the account has one); the old codes stop working.
   *
   * @throws {BadRequestError} 400 Malformed body or tenant slug
   * @throws {AuthenticationError} 401 Invalid access token, or a wrong current password
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   * @throws {ConflictError} 409 No enabled authenticator
   * @throws {ApiError} 415 Body is not JSON
   * @throws {UnprocessableError} 422 The current password is missing
   */
  regenerateMyRecoveryCodes(tenant: string, body: Reauthenticate = {}, options?: RequestOptions): Promise<RecoveryCodes> {
    return this.request<RecoveryCodes>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/me/mfa/recovery-codes`, body, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * List my connected applications.
   *
   * Applications I allowed at the consent page, with the scopes granted.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant
   */
  listMyConsents(tenant: string, options?: RequestOptions): Promise<ConsentList> {
    return this.request<ConsentList>({ method: "GET", path: `/t/${encodeURIComponent(String(tenant))}/me/consents`, auth: ["session_token"], expect: "json" }, options);
  }

  /**
   * Disconnect an application.
   *
   * Withdraws my consent: the application must ask again, and its refresh tokens stop working.
   *
   * @throws {BadRequestError} 400 Malformed tenant slug
   * @throws {AuthenticationError} 401 Missing, invalid or expired access token, or an ended session
   * @throws {PermissionDeniedError} 403 The account is disabled
   * @throws {NotFoundError} 404 No such tenant, or no consent for this application
   */
  revokeMyConsent(tenant: string, client: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/t/${encodeURIComponent(String(tenant))}/me/consents/${encodeURIComponent(String(client))}`, auth: ["session_token"], expect: "empty" }, options);
  }

  /**
   * Liveness.
   *
   * Answers while the process can serve HTTP; it does not touch the database.
   */
  getHealth(options?: RequestOptions): Promise<HealthStatus> {
    return this.request<HealthStatus>({ method: "GET", path: `/healthz`, expect: "json" }, options);
  }

  /**
   * Readiness.
   *
   * Ready when the database answers within two seconds; recovers by itself when it returns.
   *
   * @throws {InternalServerError} 503 The database is unreachable
   */
  getReadiness(options?: RequestOptions): Promise<HealthStatus> {
    return this.request<HealthStatus>({ method: "GET", path: `/readyz`, expect: "json" }, options);
  }

  /**
   * Prometheus metrics.
   *
   * Requests by route and status, latency histograms and database pool gauges, in the
   * Prometheus text format.
   */
  getMetrics(options?: RequestOptions): Promise<string> {
    return this.request<string>({ method: "GET", path: `/metrics`, expect: "text" }, options);
  }

  /**
   * OpenAPI document.
   *
   * This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
   */
  getOpenApi(options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.request<Record<string, unknown>>({ method: "GET", path: `/openapi.json`, expect: "json" }, options);
  }
}
