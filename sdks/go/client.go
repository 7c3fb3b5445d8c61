// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Package tessera is a client for the Tessera API.
//
// The management and protocol API of Tessera, a self-hosted multi-tenant identity platform.
//
// Create a [TesseraClient] with [New], the server's base URL and a credential option; every
// operation of the API is a method taking a context first:
//
//	client, err := tessera.New("http://127.0.0.1:8080", tessera.WithAdminKey(key))
//	tenant, err := client.GetTenant(ctx, "acme")
package tessera

import (
	"context"
	"iter"
	"net/url"
)

// WithAdminKey sends token on the operations that accept the "admin_key" scheme. An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
func WithAdminKey(token string) Option {
	return WithCredential("admin_key", StaticToken(token))
}

// WithAdminKeySource gets the "admin_key" credential from source before each request.
func WithAdminKeySource(source TokenSource) Option {
	return WithCredential("admin_key", source)
}

// WithBearerToken sends token on the operations that accept the "bearer_token" scheme. An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
func WithBearerToken(token string) Option {
	return WithCredential("bearer_token", StaticToken(token))
}

// WithBearerTokenSource gets the "bearer_token" credential from source before each request.
func WithBearerTokenSource(source TokenSource) Option {
	return WithCredential("bearer_token", source)
}

// WithRegistrationToken sends token on the operations that accept the "registration_token" scheme. The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
func WithRegistrationToken(token string) Option {
	return WithCredential("registration_token", StaticToken(token))
}

// WithRegistrationTokenSource gets the "registration_token" credential from source before each request.
func WithRegistrationTokenSource(source TokenSource) Option {
	return WithCredential("registration_token", source)
}

// WithSessionToken sends token on the operations that accept the "session_token" scheme. A session access token from `POST /t/{tenant}/auth/login`.
func WithSessionToken(token string) Option {
	return WithCredential("session_token", StaticToken(token))
}

// WithSessionTokenSource gets the "session_token" credential from source before each request.
func WithSessionTokenSource(source TokenSource) Option {
	return WithCredential("session_token", source)
}

// schemeHeader is the header a security scheme's credential travels in, and its prefix.
func schemeHeader(scheme string) (string, string) {
	switch scheme {
	case "admin_key":
		return "Authorization", "Bearer "
	case "bearer_token":
		return "Authorization", "Bearer "
	case "registration_token":
		return "Authorization", "Bearer "
	case "session_token":
		return "Authorization", "Bearer "
	}
	return "Authorization", "Bearer "
}

// ListTenantsParams holds the query parameters of [TesseraClient.ListTenants]; nil sends none.
type ListTenantsParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListUsersParams holds the query parameters of [TesseraClient.ListUsers]; nil sends none.
type ListUsersParams struct {
	// Exact email (normalised before matching).
	Email *string `json:"email,omitempty"`
	// Case-insensitive substring of the email or name.
	Q *string `json:"q,omitempty"`
	// Only disabled (`true`) or only enabled (`false`) users.
	Disabled *bool `json:"disabled,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListOutboxMessagesParams holds the query parameters of [TesseraClient.ListOutboxMessages]; nil sends none.
type ListOutboxMessagesParams struct {
	// Only messages to this address.
	To *string `json:"to,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListClientsParams holds the query parameters of [TesseraClient.ListClients]; nil sends none.
type ListClientsParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListResourcesParams holds the query parameters of [TesseraClient.ListResources]; nil sends none.
type ListResourcesParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListAuditEventsParams holds the query parameters of [TesseraClient.ListAuditEvents]; nil sends none.
type ListAuditEventsParams struct {
	// Exact action, such as `user.created`.
	Action   *string `json:"action,omitempty"`
	ActorID  *string `json:"actor_id,omitempty"`
	TargetID *string `json:"target_id,omitempty"`
	// Events at or after this RFC 3339 time.
	Since *string `json:"since,omitempty"`
	// Events before this RFC 3339 time.
	Until *string `json:"until,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ExportAuditEventsParams holds the query parameters of [TesseraClient.ExportAuditEvents]; nil sends none.
type ExportAuditEventsParams struct {
	Format   *AuditExportFormat `json:"format,omitempty"`
	Action   *string            `json:"action,omitempty"`
	ActorID  *string            `json:"actor_id,omitempty"`
	TargetID *string            `json:"target_id,omitempty"`
	// Events at or after this RFC 3339 time.
	Since *string `json:"since,omitempty"`
	// Events before this RFC 3339 time.
	Until *string `json:"until,omitempty"`
}

// ListOrganizationsParams holds the query parameters of [TesseraClient.ListOrganizations]; nil sends none.
type ListOrganizationsParams struct {
	// Case-insensitive substring of the slug or name.
	Q *string `json:"q,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListOrganizationMembersParams holds the query parameters of [TesseraClient.ListOrganizationMembers]; nil sends none.
type ListOrganizationMembersParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListMyOrganizationsParams holds the query parameters of [TesseraClient.ListMyOrganizations]; nil sends none.
type ListMyOrganizationsParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListMemberOrganizationMembersParams holds the query parameters of [TesseraClient.ListMemberOrganizationMembers]; nil sends none.
type ListMemberOrganizationMembersParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListInvitationsParams holds the query parameters of [TesseraClient.ListInvitations]; nil sends none.
type ListInvitationsParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListAPIKeysParams holds the query parameters of [TesseraClient.ListAPIKeys]; nil sends none.
type ListAPIKeysParams struct {
	// Only this organization's keys (id or slug).
	Organization *string `json:"organization,omitempty"`
	// Only this user's keys.
	User *string `json:"user,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListServiceAccountsParams holds the query parameters of [TesseraClient.ListServiceAccounts]; nil sends none.
type ListServiceAccountsParams struct {
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListResourceGrantsParams holds the query parameters of [TesseraClient.ListResourceGrants]; nil sends none.
type ListResourceGrantsParams struct {
	// Only this subject's grants.
	Subject *string `json:"subject,omitempty"`
	// Only grants on this resource.
	Resource *string `json:"resource,omitempty"`
	// Items per page, 1-100 (default 20).
	Limit *int64 `json:"limit,omitempty"`
	// The `next_cursor` of the previous page.
	Cursor *string `json:"cursor,omitempty"`
}

// ListTenants sends GET /v1/tenants.
//
// List tenants.
//
// Oldest first, paginated by cursor.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListTenants(ctx context.Context, params *ListTenantsParams, opts ...Option) (*TenantList, error) {
	var out TenantList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListTenantsAll iterates over every Tenant of [TesseraClient.ListTenants], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListTenantsAll(ctx context.Context, params *ListTenantsParams, opts ...Option) iter.Seq2[Tenant, error] {
	var p ListTenantsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*TenantList, error) {
		p.Cursor = cursor
		return c.ListTenants(ctx, &p, opts...)
	}, func(page *TenantList) ([]Tenant, *string) { return page.Data, page.NextCursor })
}

// CreateTenant sends POST /v1/tenants.
//
// Create a tenant.
//
// Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
// `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 409 (ErrConflict): The slug is taken
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid slug, name or origins
func (c *TesseraClient) CreateTenant(ctx context.Context, body CreateTenant, opts ...Option) (*Tenant, error) {
	var out Tenant
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetTenant sends GET /v1/tenants/{tenant}.
//
// Get a tenant.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetTenant(ctx context.Context, tenant string, opts ...Option) (*Tenant, error) {
	var out Tenant
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteTenant sends DELETE /v1/tenants/{tenant}.
//
// Delete a tenant.
//
// Deletes the tenant and everything it owns, keys included. Tokens it issued stop
// verifying as soon as relying parties refresh its JWKS.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) DeleteTenant(ctx context.Context, tenant string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateTenant sends PATCH /v1/tenants/{tenant}.
//
// Update a tenant.
//
// Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
// it is part of the issuer that tokens carry.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): A concurrent key change
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name or origins
func (c *TesseraClient) UpdateTenant(ctx context.Context, tenant string, body UpdateTenant, opts ...Option) (*Tenant, error) {
	var out Tenant
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListSigningKeys sends GET /v1/tenants/{tenant}/keys.
//
// List signing keys.
//
// The tenant's published keys: active ones first, then retired ones that stay in the JWKS
// until no token they signed can still be valid.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListSigningKeys(ctx context.Context, tenant string, opts ...Option) (*SigningKeyList, error) {
	var out SigningKeyList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/keys", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RotateSigningKeys sends POST /v1/tenants/{tenant}/keys/rotate.
//
// Rotate signing keys.
//
// Activates a new key for each algorithm (or only `alg`) and retires the previous one,
// which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): A concurrent rotation won
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The tenant has no key of that algorithm
func (c *TesseraClient) RotateSigningKeys(ctx context.Context, tenant string, body *RotateKeysRequest, opts ...Option) (*SigningKeyList, error) {
	var out SigningKeyList
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/keys/rotate", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CreateTestToken sends POST /v1/tenants/{tenant}/test-tokens.
//
// Mint a test access token.
//
// Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
// resource servers and token validation; `client_id` is `tessera-test-token`.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid subject, audience, scope or lifetime
func (c *TesseraClient) CreateTestToken(ctx context.Context, tenant string, body TestTokenRequest, opts ...Option) (*TestToken, error) {
	var out TestToken
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/test-tokens", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListUsers sends GET /v1/tenants/{tenant}/users.
//
// Search users.
//
// Filters by exact email, a case-insensitive substring of email or name, and disabled
// state; oldest first, paginated by cursor.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Limit out of range, malformed email or unknown cursor
func (c *TesseraClient) ListUsers(ctx context.Context, tenant string, params *ListUsersParams, opts ...Option) (*UserList, error) {
	var out UserList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListUsersAll iterates over every User of [TesseraClient.ListUsers], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListUsersAll(ctx context.Context, tenant string, params *ListUsersParams, opts ...Option) iter.Seq2[User, error] {
	var p ListUsersParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*UserList, error) {
		p.Cursor = cursor
		return c.ListUsers(ctx, tenant, &p, opts...)
	}, func(page *UserList) ([]User, *string) { return page.Data, page.NextCursor })
}

// CreateUser sends POST /v1/tenants/{tenant}/users.
//
// Create a user.
//
// The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
// when given, must meet the password policy and is stored as an argon2id hash.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): The email is taken
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid email, profile or password
func (c *TesseraClient) CreateUser(ctx context.Context, tenant string, body CreateUser, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetUser sends GET /v1/tenants/{tenant}/users/{user}.
//
// Get a user.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) GetUser(ctx context.Context, tenant string, user string, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteUser sends DELETE /v1/tenants/{tenant}/users/{user}.
//
// Delete a user.
//
// Deletes the user and their sessions.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) DeleteUser(ctx context.Context, tenant string, user string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateUser sends PATCH /v1/tenants/{tenant}/users/{user}.
//
// Update a user.
//
// Changes only the fields present. A new password revokes every session of the user; a
// new email is unverified unless `email_verified` is sent too.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
//   - 409 (ErrConflict): The email is taken
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid email, profile or password
func (c *TesseraClient) UpdateUser(ctx context.Context, tenant string, user string, body UpdateUser, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DisableUser sends POST /v1/tenants/{tenant}/users/{user}/disable.
//
// Disable a user.
//
// The user can no longer sign in or refresh, and every session is revoked at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) DisableUser(ctx context.Context, tenant string, user string, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/disable", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// EnableUser sends POST /v1/tenants/{tenant}/users/{user}/enable.
//
// Enable a user.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) EnableUser(ctx context.Context, tenant string, user string, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/enable", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UnlockUser sends POST /v1/tenants/{tenant}/users/{user}/unlock.
//
// Unlock a user.
//
// Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) UnlockUser(ctx context.Context, tenant string, user string, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/unlock", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListUserSessions sends GET /v1/tenants/{tenant}/users/{user}/sessions.
//
// List a user's sessions.
//
// Live sessions (neither revoked nor expired), newest first.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) ListUserSessions(ctx context.Context, tenant string, user string, opts ...Option) (*SessionList, error) {
	var out SessionList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/sessions", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeUserSession sends DELETE /v1/tenants/{tenant}/users/{user}/sessions/{session}.
//
// Revoke a user's session.
//
// Its refresh tokens stop working at once; access tokens already issued expire on their own.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, user or live session
func (c *TesseraClient) RevokeUserSession(ctx context.Context, tenant string, user string, session string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/sessions/" + url.PathEscape(session), auth: []string{"admin_key"}}, nil, opts)
}

// GetUserTotp sends GET /v1/tenants/{tenant}/users/{user}/mfa/totp.
//
// Get a user's TOTP status.
//
// Whether the user has an authenticator (pending or enabled) and how many unused recovery
// codes are left.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) GetUserTotp(ctx context.Context, tenant string, user string, opts ...Option) (*TotpStatus, error) {
	var out TotpStatus
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/mfa/totp", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StartUserTotpEnrolment sends POST /v1/tenants/{tenant}/users/{user}/mfa/totp.
//
// Start TOTP enrolment.
//
// Creates a new shared secret for the user, pending until confirmed, and returns it once:
// as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
// authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
// the enrolment is confirmed.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
//   - 409 (ErrConflict): TOTP is already enabled; disable it first
func (c *TesseraClient) StartUserTotpEnrolment(ctx context.Context, tenant string, user string, opts ...Option) (*TotpEnrolment, error) {
	var out TotpEnrolment
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/mfa/totp", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DisableUserTotp sends DELETE /v1/tenants/{tenant}/users/{user}/mfa/totp.
//
// Disable TOTP.
//
// Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
// sign-in challenges: the password alone signs in again.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user, or the user has no authenticator
func (c *TesseraClient) DisableUserTotp(ctx context.Context, tenant string, user string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/mfa/totp", auth: []string{"admin_key"}}, nil, opts)
}

// ConfirmUserTotp sends POST /v1/tenants/{tenant}/users/{user}/mfa/totp/confirm.
//
// Confirm TOTP enrolment.
//
// Enables the pending authenticator with a code it shows now (the previous and next
// 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
// From then on, a correct password leads to a second-factor challenge.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
//   - 409 (ErrConflict): No enrolment is pending, or TOTP is already enabled
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The code is malformed or not the authenticator's current code
func (c *TesseraClient) ConfirmUserTotp(ctx context.Context, tenant string, user string, body ConfirmTotp, opts ...Option) (*RecoveryCodes, error) {
	var out RecoveryCodes
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/mfa/totp/confirm", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RegenerateUserRecoveryCodes sends POST /v1/tenants/{tenant}/users/{user}/mfa/recovery-codes.
//
// Regenerate recovery codes.
//
// Replaces the user's recovery codes, used or not, with ten new ones, shown once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
//   - 409 (ErrConflict): The user has no enabled TOTP authenticator
func (c *TesseraClient) RegenerateUserRecoveryCodes(ctx context.Context, tenant string, user string, opts ...Option) (*RecoveryCodes, error) {
	var out RecoveryCodes
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/mfa/recovery-codes", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SendVerificationEmail sends POST /v1/tenants/{tenant}/users/{user}/send-verification-email.
//
// Send a verification email.
//
// Emails the user a link that verifies their address; it works once, for 24 hours, and a
// newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
// token in the URL fragment; that page posts it to `verifyEmail`.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
//   - 409 (ErrConflict): The email is already verified, or the user is disabled
//   - 503 (ErrInternalServer): The mail relay is unavailable
func (c *TesseraClient) SendVerificationEmail(ctx context.Context, tenant string, user string, opts ...Option) (*VerificationEmailSent, error) {
	var out VerificationEmailSent
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/send-verification-email", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOutboxMessages sends GET /v1/tenants/{tenant}/outbox.
//
// List the development outbox.
//
// Messages the server stored instead of sending, newest first, in full (links and codes
// included). Messages land here only when no SMTP relay is configured: it is a development
// tool, and empty in a deployment that sends email.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Limit out of range, malformed address or unknown cursor
func (c *TesseraClient) ListOutboxMessages(ctx context.Context, tenant string, params *ListOutboxMessagesParams, opts ...Option) (*OutboxMessageList, error) {
	var out OutboxMessageList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/outbox", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOutboxMessagesAll iterates over every OutboxMessage of [TesseraClient.ListOutboxMessages], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListOutboxMessagesAll(ctx context.Context, tenant string, params *ListOutboxMessagesParams, opts ...Option) iter.Seq2[OutboxMessage, error] {
	var p ListOutboxMessagesParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*OutboxMessageList, error) {
		p.Cursor = cursor
		return c.ListOutboxMessages(ctx, tenant, &p, opts...)
	}, func(page *OutboxMessageList) ([]OutboxMessage, *string) { return page.Data, page.NextCursor })
}

// ListEmailTemplates sends GET /v1/tenants/{tenant}/email-templates.
//
// List email template overrides.
//
// The tenant's own versions of the built-in templates, by template and locale.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListEmailTemplates(ctx context.Context, tenant string, opts ...Option) (*EmailTemplateList, error) {
	var out EmailTemplateList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/email-templates", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// PutEmailTemplate sends PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}.
//
// Set an email template override.
//
// Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
// `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
// `email_change_notice`)
// for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
// are filled in, HTML-escaped in the HTML part; there is no other template logic.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body, tenant slug or locale
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or template
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Empty or too long parts, unknown variables, or a missing link or code
func (c *TesseraClient) PutEmailTemplate(ctx context.Context, tenant string, template string, locale string, body PutEmailTemplate, opts ...Option) (*EmailTemplate, error) {
	var out EmailTemplate
	if err := c.do(ctx, request{method: "PUT", path: "/v1/tenants/" + url.PathEscape(tenant) + "/email-templates/" + url.PathEscape(template) + "/" + url.PathEscape(locale), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteEmailTemplate sends DELETE /v1/tenants/{tenant}/email-templates/{template}/{locale}.
//
// Remove an email template override.
//
// The built-in template applies again.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug or locale
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, template or override
func (c *TesseraClient) DeleteEmailTemplate(ctx context.Context, tenant string, template string, locale string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/email-templates/" + url.PathEscape(template) + "/" + url.PathEscape(locale), auth: []string{"admin_key"}}, nil, opts)
}

// ListClients sends GET /v1/tenants/{tenant}/clients.
//
// List clients.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListClients(ctx context.Context, tenant string, params *ListClientsParams, opts ...Option) (*ClientList, error) {
	var out ClientList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListClientsAll iterates over every Client of [TesseraClient.ListClients], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListClientsAll(ctx context.Context, tenant string, params *ListClientsParams, opts ...Option) iter.Seq2[Client, error] {
	var p ListClientsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*ClientList, error) {
		p.Cursor = cursor
		return c.ListClients(ctx, tenant, &p, opts...)
	}, func(page *ClientList) ([]Client, *string) { return page.Data, page.NextCursor })
}

// CreateClient sends POST /v1/tenants/{tenant}/clients.
//
// Register a client.
//
// Confidential clients (the default) get a first secret, shown in this response only;
// service accounts are confidential clients with the `client_credentials` grant.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name, scopes, audiences, lifetime or client type
func (c *TesseraClient) CreateClient(ctx context.Context, tenant string, body CreateClient, opts ...Option) (*ClientWithSecret, error) {
	var out ClientWithSecret
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetClient sends GET /v1/tenants/{tenant}/clients/{client}.
//
// Get a client.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or client
func (c *TesseraClient) GetClient(ctx context.Context, tenant string, client string, opts ...Option) (*Client, error) {
	var out Client
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients/" + url.PathEscape(client), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteClient sends DELETE /v1/tenants/{tenant}/clients/{client}.
//
// Delete a client.
//
// Its secrets stop working at once; access tokens already issued expire on their own
// (revoke them first if they must stop now).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or client
func (c *TesseraClient) DeleteClient(ctx context.Context, tenant string, client string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients/" + url.PathEscape(client), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateClient sends PATCH /v1/tenants/{tenant}/clients/{client}.
//
// Update a client.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or client
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name, scopes, audiences, lifetime or grants
func (c *TesseraClient) UpdateClient(ctx context.Context, tenant string, client string, body UpdateClient, opts ...Option) (*Client, error) {
	var out Client
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients/" + url.PathEscape(client), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RotateClientSecret sends POST /v1/tenants/{tenant}/clients/{client}/secrets.
//
// Rotate a client's secret.
//
// Creates a new secret, shown once, and lets the current ones keep working for
// `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or client
//   - 409 (ErrConflict): A public client has no secrets
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Overlap too long
func (c *TesseraClient) RotateClientSecret(ctx context.Context, tenant string, client string, body *RotateClientSecret, opts ...Option) (*ClientWithSecret, error) {
	var out ClientWithSecret
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients/" + url.PathEscape(client) + "/secrets", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeClientSecret sends DELETE /v1/tenants/{tenant}/clients/{client}/secrets/{secret}.
//
// Revoke a client secret.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, client or live secret
func (c *TesseraClient) RevokeClientSecret(ctx context.Context, tenant string, client string, secret string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/clients/" + url.PathEscape(client) + "/secrets/" + url.PathEscape(secret), auth: []string{"admin_key"}}, nil, opts)
}

// ListResources sends GET /v1/tenants/{tenant}/resources.
//
// List resources.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListResources(ctx context.Context, tenant string, params *ListResourcesParams, opts ...Option) (*ResourceList, error) {
	var out ResourceList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/resources", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListResourcesAll iterates over every Resource of [TesseraClient.ListResources], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListResourcesAll(ctx context.Context, tenant string, params *ListResourcesParams, opts ...Option) iter.Seq2[Resource, error] {
	var p ListResourcesParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*ResourceList, error) {
		p.Cursor = cursor
		return c.ListResources(ctx, tenant, &p, opts...)
	}, func(page *ResourceList) ([]Resource, *string) { return page.Data, page.NextCursor })
}

// CreateResource sends POST /v1/tenants/{tenant}/resources.
//
// Register a resource.
//
// An API the tenant protects, such as an MCP server: clients request tokens for it with
// `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
// tool, for instance) become requestable.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): A resource with this identifier exists
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid identifier, name or scopes
func (c *TesseraClient) CreateResource(ctx context.Context, tenant string, body CreateResource, opts ...Option) (*Resource, error) {
	var out Resource
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/resources", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetResource sends GET /v1/tenants/{tenant}/resources/{resource}.
//
// Get a resource.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or resource
func (c *TesseraClient) GetResource(ctx context.Context, tenant string, resource string, opts ...Option) (*Resource, error) {
	var out Resource
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/resources/" + url.PathEscape(resource), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteResource sends DELETE /v1/tenants/{tenant}/resources/{resource}.
//
// Delete a resource.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or resource
func (c *TesseraClient) DeleteResource(ctx context.Context, tenant string, resource string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/resources/" + url.PathEscape(resource), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateResource sends PATCH /v1/tenants/{tenant}/resources/{resource}.
//
// Update a resource.
//
// Its name and scopes; the identifier is fixed, since issued tokens carry it.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or resource
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name or scopes
func (c *TesseraClient) UpdateResource(ctx context.Context, tenant string, resource string, body UpdateResource, opts ...Option) (*Resource, error) {
	var out Resource
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/resources/" + url.PathEscape(resource), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOAuthSettings sends GET /v1/tenants/{tenant}/oauth-settings.
//
// Get OAuth settings.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetOAuthSettings(ctx context.Context, tenant string, opts ...Option) (*OAuthSettings, error) {
	var out OAuthSettings
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/oauth-settings", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateOAuthSettings sends PATCH /v1/tenants/{tenant}/oauth-settings.
//
// Update OAuth settings.
//
// `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
// as MCP clients need; registered clients get only the code flow.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
func (c *TesseraClient) UpdateOAuthSettings(ctx context.Context, tenant string, body UpdateOAuthSettings, opts ...Option) (*OAuthSettings, error) {
	var out OAuthSettings
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/oauth-settings", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetBranding sends GET /v1/tenants/{tenant}/branding.
//
// Get branding.
//
// How the tenant's hosted sign-in and consent pages look.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetBranding(ctx context.Context, tenant string, opts ...Option) (*Branding, error) {
	var out Branding
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/branding", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SetBranding sends PUT /v1/tenants/{tenant}/branding.
//
// Set branding.
//
// Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
// omitted fields return to the defaults.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid logo URL or colour
func (c *TesseraClient) SetBranding(ctx context.Context, tenant string, body Branding, opts ...Option) (*Branding, error) {
	var out Branding
	if err := c.do(ctx, request{method: "PUT", path: "/v1/tenants/" + url.PathEscape(tenant) + "/branding", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetPasswordPolicy sends GET /v1/tenants/{tenant}/password-policy.
//
// Get the password policy.
//
// The policy in force: the tenant's choices over the server's defaults. It applies to
// sign-up, admin create and update, password change, password reset and invitation accept;
// existing passwords keep working.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetPasswordPolicy(ctx context.Context, tenant string, opts ...Option) (*PasswordPolicy, error) {
	var out PasswordPolicy
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/password-policy", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SetPasswordPolicy sends PUT /v1/tenants/{tenant}/password-policy.
//
// Set the password policy.
//
// Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
// count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
// to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
// range API configured.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Lengths out of range, or a breach check the server cannot do
func (c *TesseraClient) SetPasswordPolicy(ctx context.Context, tenant string, body SetPasswordPolicy, opts ...Option) (*PasswordPolicy, error) {
	var out PasswordPolicy
	if err := c.do(ctx, request{method: "PUT", path: "/v1/tenants/" + url.PathEscape(tenant) + "/password-policy", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListAuditEvents sends GET /v1/tenants/{tenant}/audit-events.
//
// List audit events.
//
// The tenant's audit log, oldest first, filtered and paginated by cursor.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Bad time, limit or cursor
func (c *TesseraClient) ListAuditEvents(ctx context.Context, tenant string, params *ListAuditEventsParams, opts ...Option) (*AuditEventList, error) {
	var out AuditEventList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/audit-events", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListAuditEventsAll iterates over every AuditEvent of [TesseraClient.ListAuditEvents], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListAuditEventsAll(ctx context.Context, tenant string, params *ListAuditEventsParams, opts ...Option) iter.Seq2[AuditEvent, error] {
	var p ListAuditEventsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*AuditEventList, error) {
		p.Cursor = cursor
		return c.ListAuditEvents(ctx, tenant, &p, opts...)
	}, func(page *AuditEventList) ([]AuditEvent, *string) { return page.Data, page.NextCursor })
}

// ExportAuditEvents sends GET /v1/tenants/{tenant}/audit-events/export.
//
// Export audit events.
//
// Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Bad time, or too many events to export at once
func (c *TesseraClient) ExportAuditEvents(ctx context.Context, tenant string, params *ExportAuditEventsParams, opts ...Option) (string, error) {
	var out string
	err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/audit-events/export", query: params, auth: []string{"admin_key"}, text: true}, &out, opts)
	return out, err
}

// VerifyAuditEvents sends POST /v1/tenants/{tenant}/audit-events/verify.
//
// Verify the audit chain.
//
// Recomputes every event's hash and link, and reports the first broken one.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) VerifyAuditEvents(ctx context.Context, tenant string, opts ...Option) (*AuditVerification, error) {
	var out AuditVerification
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/audit-events/verify", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizations sends GET /v1/tenants/{tenant}/organizations.
//
// Search organizations.
//
// By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListOrganizations(ctx context.Context, tenant string, params *ListOrganizationsParams, opts ...Option) (*OrganizationList, error) {
	var out OrganizationList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizationsAll iterates over every Organization of [TesseraClient.ListOrganizations], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListOrganizationsAll(ctx context.Context, tenant string, params *ListOrganizationsParams, opts ...Option) iter.Seq2[Organization, error] {
	var p ListOrganizationsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*OrganizationList, error) {
		p.Cursor = cursor
		return c.ListOrganizations(ctx, tenant, &p, opts...)
	}, func(page *OrganizationList) ([]Organization, *string) { return page.Data, page.NextCursor })
}

// CreateOrganization sends POST /v1/tenants/{tenant}/organizations.
//
// Create an organization.
//
// The slug is unique within the tenant and cannot change later.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): The slug is taken
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid slug, name, logo, metadata or policies
func (c *TesseraClient) CreateOrganization(ctx context.Context, tenant string, body CreateOrganization, opts ...Option) (*Organization, error) {
	var out Organization
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOrganization sends GET /v1/tenants/{tenant}/organizations/{organization}.
//
// Get an organization.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) GetOrganization(ctx context.Context, tenant string, organization string, opts ...Option) (*Organization, error) {
	var out Organization
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteOrganization sends DELETE /v1/tenants/{tenant}/organizations/{organization}.
//
// Delete an organization.
//
// Deletes its memberships, custom roles and invitations; sessions switched into it carry
// no organization from their next token on.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) DeleteOrganization(ctx context.Context, tenant string, organization string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateOrganization sends PATCH /v1/tenants/{tenant}/organizations/{organization}.
//
// Update an organization.
//
// Changes only the fields present; `policies` replaces every policy at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name, logo, metadata or policies
func (c *TesseraClient) UpdateOrganization(ctx context.Context, tenant string, organization string, body UpdateOrganization, opts ...Option) (*Organization, error) {
	var out Organization
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizationMembers sends GET /v1/tenants/{tenant}/organizations/{organization}/members.
//
// List members.
//
// Ordered by user id, paginated by cursor.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListOrganizationMembers(ctx context.Context, tenant string, organization string, params *ListOrganizationMembersParams, opts ...Option) (*MembershipList, error) {
	var out MembershipList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizationMembersAll iterates over every Membership of [TesseraClient.ListOrganizationMembers], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListOrganizationMembersAll(ctx context.Context, tenant string, organization string, params *ListOrganizationMembersParams, opts ...Option) iter.Seq2[Membership, error] {
	var p ListOrganizationMembersParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*MembershipList, error) {
		p.Cursor = cursor
		return c.ListOrganizationMembers(ctx, tenant, organization, &p, opts...)
	}, func(page *MembershipList) ([]Membership, *string) { return page.Data, page.NextCursor })
}

// AddOrganizationMember sends POST /v1/tenants/{tenant}/organizations/{organization}/members.
//
// Add a member.
//
// Adds a user of the tenant with a role (`member` by default).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): The user is already a member
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Unknown user or role
func (c *TesseraClient) AddOrganizationMember(ctx context.Context, tenant string, organization string, body AddMember, opts ...Option) (*Membership, error) {
	var out Membership
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOrganizationMember sends GET /v1/tenants/{tenant}/organizations/{organization}/members/{user}.
//
// Get a member.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or member
func (c *TesseraClient) GetOrganizationMember(ctx context.Context, tenant string, organization string, user string, opts ...Option) (*Membership, error) {
	var out Membership
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members/" + url.PathEscape(user), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RemoveOrganizationMember sends DELETE /v1/tenants/{tenant}/organizations/{organization}/members/{user}.
//
// Remove a member.
//
// The user's sessions switched into the organization carry no organization from their
// next token on. The last owner cannot be removed.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or member
//   - 409 (ErrConflict): The member is the last owner
func (c *TesseraClient) RemoveOrganizationMember(ctx context.Context, tenant string, organization string, user string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members/" + url.PathEscape(user), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateOrganizationMember sends PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}.
//
// Change a member's role.
//
// The last owner keeps the owner role until another member is made owner.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or member
//   - 409 (ErrConflict): The member is the last owner
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Unknown role
func (c *TesseraClient) UpdateOrganizationMember(ctx context.Context, tenant string, organization string, user string, body UpdateMember, opts ...Option) (*Membership, error) {
	var out Membership
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members/" + url.PathEscape(user), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListRoles sends GET /v1/tenants/{tenant}/roles.
//
// List the tenant's roles.
//
// The built-in roles (with the tenant's permissions when it changed them), then the
// tenant-wide custom roles.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListRoles(ctx context.Context, tenant string, opts ...Option) (*RoleList, error) {
	var out RoleList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/roles", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CreateRole sends POST /v1/tenants/{tenant}/roles.
//
// Create a tenant-wide role.
//
// A custom role every organization of the tenant can assign.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): The key is taken
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid key, name or permissions
func (c *TesseraClient) CreateRole(ctx context.Context, tenant string, body CreateRole, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/roles", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetRole sends GET /v1/tenants/{tenant}/roles/{role}.
//
// Get a tenant-wide role.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or role
func (c *TesseraClient) GetRole(ctx context.Context, tenant string, role string, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/roles/" + url.PathEscape(role), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteRole sends DELETE /v1/tenants/{tenant}/roles/{role}.
//
// Delete a tenant-wide role.
//
// Only a custom role that no member holds.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or role
//   - 409 (ErrConflict): A built-in role, or one that members hold
func (c *TesseraClient) DeleteRole(ctx context.Context, tenant string, role string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/roles/" + url.PathEscape(role), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateRole sends PATCH /v1/tenants/{tenant}/roles/{role}.
//
// Update a tenant-wide role.
//
// For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
// cannot change.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or role
//   - 409 (ErrConflict): The owner role cannot change
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name or permissions
func (c *TesseraClient) UpdateRole(ctx context.Context, tenant string, role string, body UpdateRole, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/roles/" + url.PathEscape(role), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizationRoles sends GET /v1/tenants/{tenant}/organizations/{organization}/roles.
//
// List an organization's roles.
//
// The built-in and tenant-wide roles, then the organization's own.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) ListOrganizationRoles(ctx context.Context, tenant string, organization string, opts ...Option) (*RoleList, error) {
	var out RoleList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/roles", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CreateOrganizationRole sends POST /v1/tenants/{tenant}/organizations/{organization}/roles.
//
// Create an organization's role.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): The key is taken
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid key, name or permissions
func (c *TesseraClient) CreateOrganizationRole(ctx context.Context, tenant string, organization string, body CreateRole, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/roles", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOrganizationRole sends GET /v1/tenants/{tenant}/organizations/{organization}/roles/{role}.
//
// Get an organization's role.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or role
func (c *TesseraClient) GetOrganizationRole(ctx context.Context, tenant string, organization string, role string, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/roles/" + url.PathEscape(role), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteOrganizationRole sends DELETE /v1/tenants/{tenant}/organizations/{organization}/roles/{role}.
//
// Delete an organization's role.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or role
//   - 409 (ErrConflict): Members hold the role
func (c *TesseraClient) DeleteOrganizationRole(ctx context.Context, tenant string, organization string, role string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/roles/" + url.PathEscape(role), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateOrganizationRole sends PATCH /v1/tenants/{tenant}/organizations/{organization}/roles/{role}.
//
// Update an organization's role.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or role
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name or permissions
func (c *TesseraClient) UpdateOrganizationRole(ctx context.Context, tenant string, organization string, role string, body UpdateRole, opts ...Option) (*Role, error) {
	var out Role
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/roles/" + url.PathEscape(role), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CheckPermission sends POST /v1/tenants/{tenant}/authz/check.
//
// Check a permission.
//
// May the subject do `permission` in the organization? The answer explains itself: the
// role and pattern that granted it, or what was missing. Checks read live memberships.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Malformed subject, permission, organization or resource
func (c *TesseraClient) CheckPermission(ctx context.Context, tenant string, body AuthzCheck, opts ...Option) (*AuthzDecision, error) {
	var out AuthzDecision
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/authz/check", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CheckPermissions sends POST /v1/tenants/{tenant}/authz/check-batch.
//
// Check permissions in a batch.
//
// 1 to 100 checks, answered in order; malformed checks fail the whole batch.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Too many or too few checks, or a malformed one
func (c *TesseraClient) CheckPermissions(ctx context.Context, tenant string, body AuthzCheckBatch, opts ...Option) (*AuthzDecisionList, error) {
	var out AuthzDecisionList
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/authz/check-batch", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListMyOrganizations sends GET /t/{tenant}/me/organizations.
//
// List my organizations.
//
// The organizations I belong to, with my role; `current` marks the one this session is
// switched into.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListMyOrganizations(ctx context.Context, tenant string, params *ListMyOrganizationsParams, opts ...Option) (*MyOrganizationList, error) {
	var out MyOrganizationList
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me/organizations", query: params, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListMyOrganizationsAll iterates over every MyOrganization of [TesseraClient.ListMyOrganizations], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListMyOrganizationsAll(ctx context.Context, tenant string, params *ListMyOrganizationsParams, opts ...Option) iter.Seq2[MyOrganization, error] {
	var p ListMyOrganizationsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*MyOrganizationList, error) {
		p.Cursor = cursor
		return c.ListMyOrganizations(ctx, tenant, &p, opts...)
	}, func(page *MyOrganizationList) ([]MyOrganization, *string) { return page.Data, page.NextCursor })
}

// SwitchOrganization sends POST /t/{tenant}/me/organizations/{organization}/switch.
//
// Switch into an organization.
//
// Checks the organization's policies (allowed sign-in methods, MFA required, session
// age) against this session, then returns an access token carrying `org_id`, `org_slug`,
// `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
// organization.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) SwitchOrganization(ctx context.Context, tenant string, organization string, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/organizations/" + url.PathEscape(organization) + "/switch", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// LeaveOrganization sends DELETE /t/{tenant}/me/organizations/{organization}.
//
// Leave an organization.
//
// Ends my membership; my sessions switched into it carry no organization from their next
// token on. The last owner cannot leave.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant or organization, or not a member
//   - 409 (ErrConflict): I am the last owner
func (c *TesseraClient) LeaveOrganization(ctx context.Context, tenant string, organization string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me/organizations/" + url.PathEscape(organization), auth: []string{"session_token"}}, nil, opts)
}

// GetMemberOrganization sends GET /t/{tenant}/organizations/{organization}.
//
// Get my organization.
//
// Needs an access token switched into this organization and the `organization:read`
// permission.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The token is for another organization, or the role lacks the permission
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) GetMemberOrganization(ctx context.Context, tenant string, organization string, opts ...Option) (*Organization, error) {
	var out Organization
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization), auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListMemberOrganizationMembers sends GET /t/{tenant}/organizations/{organization}/members.
//
// List my organization's members.
//
// Needs an access token switched into this organization and the `members:read` permission.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The token is for another organization, or the role lacks the permission
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListMemberOrganizationMembers(ctx context.Context, tenant string, organization string, params *ListMemberOrganizationMembersParams, opts ...Option) (*MembershipList, error) {
	var out MembershipList
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/members", query: params, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListMemberOrganizationMembersAll iterates over every Membership of [TesseraClient.ListMemberOrganizationMembers], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListMemberOrganizationMembersAll(ctx context.Context, tenant string, organization string, params *ListMemberOrganizationMembersParams, opts ...Option) iter.Seq2[Membership, error] {
	var p ListMemberOrganizationMembersParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*MembershipList, error) {
		p.Cursor = cursor
		return c.ListMemberOrganizationMembers(ctx, tenant, organization, &p, opts...)
	}, func(page *MembershipList) ([]Membership, *string) { return page.Data, page.NextCursor })
}

// ListInvitations sends GET /v1/tenants/{tenant}/organizations/{organization}/invitations.
//
// List invitations.
//
// Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListInvitations(ctx context.Context, tenant string, organization string, params *ListInvitationsParams, opts ...Option) (*InvitationList, error) {
	var out InvitationList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListInvitationsAll iterates over every Invitation of [TesseraClient.ListInvitations], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListInvitationsAll(ctx context.Context, tenant string, organization string, params *ListInvitationsParams, opts ...Option) iter.Seq2[Invitation, error] {
	var p ListInvitationsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*InvitationList, error) {
		p.Cursor = cursor
		return c.ListInvitations(ctx, tenant, organization, &p, opts...)
	}, func(page *InvitationList) ([]Invitation, *string) { return page.Data, page.NextCursor })
}

// CreateInvitation sends POST /v1/tenants/{tenant}/organizations/{organization}/invitations.
//
// Invite someone by email.
//
// Sends a single-use link (7 days by default) to the address; the email is sent before the
// answer, and if it cannot be, no invitation is kept.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): Already a member, or a pending invitation exists
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid email, role, locale or lifetime
//   - 503 (ErrInternalServer): The email could not be sent
func (c *TesseraClient) CreateInvitation(ctx context.Context, tenant string, organization string, body CreateInvitation, opts ...Option) (*Invitation, error) {
	var out Invitation
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetInvitation sends GET /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}.
//
// Get an invitation.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or invitation
func (c *TesseraClient) GetInvitation(ctx context.Context, tenant string, organization string, invitation string, opts ...Option) (*Invitation, error) {
	var out Invitation
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations/" + url.PathEscape(invitation), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeInvitation sends DELETE /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}.
//
// Revoke an invitation.
//
// Its link stops working at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or invitation
//   - 409 (ErrConflict): Already accepted or revoked
func (c *TesseraClient) RevokeInvitation(ctx context.Context, tenant string, organization string, invitation string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations/" + url.PathEscape(invitation), auth: []string{"admin_key"}}, nil, opts)
}

// ResendInvitation sends POST /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}/resend.
//
// Resend an invitation.
//
// Sends a new link with a fresh expiry (the same lifetime as before); the previous link
// stops working.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or invitation
//   - 409 (ErrConflict): Already accepted or revoked
//   - 503 (ErrInternalServer): The email could not be sent
func (c *TesseraClient) ResendInvitation(ctx context.Context, tenant string, organization string, invitation string, opts ...Option) (*Invitation, error) {
	var out Invitation
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations/" + url.PathEscape(invitation) + "/resend", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// InviteMember sends POST /t/{tenant}/organizations/{organization}/invitations.
//
// Invite a teammate.
//
// A member with `members:invite` (an `admin` or `owner` by default) invites someone into
// the organization their access token is switched into.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The token is for another organization, or the role lacks `members:invite`
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): Already a member, or a pending invitation exists
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid email, role, locale or lifetime
//   - 503 (ErrInternalServer): The email could not be sent
func (c *TesseraClient) InviteMember(ctx context.Context, tenant string, organization string, body CreateInvitation, opts ...Option) (*Invitation, error) {
	var out Invitation
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/invitations", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AcceptInvitation sends POST /t/{tenant}/invitations/accept.
//
// Accept an invitation.
//
// With the `tin_…` token from the email. An invitee with an account signs in first and
// sends the access token (`Authorization: Bearer …`); one without an account sends a
// password, which creates the account (its email verified) and returns session tokens,
// switched into the organization when its policies allow.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): The invitation token is unknown, used, revoked or expired, or the access token is not valid
//   - 403 (ErrPermissionDenied): Signed in as another address than the invited one
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): The invited address has an account: sign in first
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A password is missing or breaks the policy
func (c *TesseraClient) AcceptInvitation(ctx context.Context, tenant string, body AcceptInvitation, opts ...Option) (*InvitationAccepted, error) {
	var out InvitationAccepted
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/invitations/accept", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListAPIKeys sends GET /v1/tenants/{tenant}/api-keys.
//
// List API keys.
//
// Oldest first, optionally of one organization or user, revoked and expired keys included.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListAPIKeys(ctx context.Context, tenant string, params *ListAPIKeysParams, opts ...Option) (*APIKeyList, error) {
	var out APIKeyList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/api-keys", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListAPIKeysAll iterates over every APIKey of [TesseraClient.ListAPIKeys], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListAPIKeysAll(ctx context.Context, tenant string, params *ListAPIKeysParams, opts ...Option) iter.Seq2[APIKey, error] {
	var p ListAPIKeysParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*APIKeyList, error) {
		p.Cursor = cursor
		return c.ListAPIKeys(ctx, tenant, &p, opts...)
	}, func(page *APIKeyList) ([]APIKey, *string) { return page.Data, page.NextCursor })
}

// CreateAPIKey sends POST /v1/tenants/{tenant}/api-keys.
//
// Create an API key.
//
// For an organization or a user, limited to permission patterns, optionally expiring. The
// `tsk_…` secret is in this answer only; resource servers check it by introspection.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): No single owner, an unknown owner, or invalid name, permissions or lifetime
func (c *TesseraClient) CreateAPIKey(ctx context.Context, tenant string, body CreateAPIKey, opts ...Option) (*APIKeyWithSecret, error) {
	var out APIKeyWithSecret
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/api-keys", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetAPIKey sends GET /v1/tenants/{tenant}/api-keys/{key}.
//
// Get an API key.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or key
func (c *TesseraClient) GetAPIKey(ctx context.Context, tenant string, key string, opts ...Option) (*APIKey, error) {
	var out APIKey
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/api-keys/" + url.PathEscape(key), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeAPIKey sends DELETE /v1/tenants/{tenant}/api-keys/{key}.
//
// Revoke an API key.
//
// Introspection answers `active: false` for it from now on.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or key
//   - 409 (ErrConflict): Already revoked
func (c *TesseraClient) RevokeAPIKey(ctx context.Context, tenant string, key string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/api-keys/" + url.PathEscape(key), auth: []string{"admin_key"}}, nil, opts)
}

// RotateAPIKey sends POST /v1/tenants/{tenant}/api-keys/{key}/rotate.
//
// Rotate an API key.
//
// Issues a successor with the same owner, name, permissions and lifetime; the old key
// keeps working for `overlap_secs` (a day by default).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or key
//   - 409 (ErrConflict): The key is revoked, expired or already rotated
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Overlap out of range
func (c *TesseraClient) RotateAPIKey(ctx context.Context, tenant string, key string, body *RotateAPIKey, opts ...Option) (*APIKeyWithSecret, error) {
	var out APIKeyWithSecret
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/api-keys/" + url.PathEscape(key) + "/rotate", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListOrganizationDomains sends GET /v1/tenants/{tenant}/organizations/{organization}/domains.
//
// List an organization's domains.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
func (c *TesseraClient) ListOrganizationDomains(ctx context.Context, tenant string, organization string, opts ...Option) (*OrganizationDomainList, error) {
	var out OrganizationDomainList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/domains", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AddOrganizationDomain sends POST /v1/tenants/{tenant}/organizations/{organization}/domains.
//
// Claim a domain.
//
// Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): The organization already claims it
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not a domain name
func (c *TesseraClient) AddOrganizationDomain(ctx context.Context, tenant string, organization string, body CreateOrganizationDomain, opts ...Option) (*OrganizationDomain, error) {
	var out OrganizationDomain
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/domains", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RemoveOrganizationDomain sends DELETE /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}.
//
// Remove a domain.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or domain
func (c *TesseraClient) RemoveOrganizationDomain(ctx context.Context, tenant string, organization string, domain string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/domains/" + url.PathEscape(domain), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateOrganizationDomain sends PATCH /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}.
//
// Change a domain's auto-join.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or domain
//   - 415 (no sentinel): Body is not JSON
func (c *TesseraClient) UpdateOrganizationDomain(ctx context.Context, tenant string, organization string, domain string, body UpdateOrganizationDomain, opts ...Option) (*OrganizationDomain, error) {
	var out OrganizationDomain
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/domains/" + url.PathEscape(domain), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyOrganizationDomain sends POST /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}/verify.
//
// Verify a domain.
//
// Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
// holds `txt_value`, the domain is verified.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or domain
//   - 409 (ErrConflict): The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
func (c *TesseraClient) VerifyOrganizationDomain(ctx context.Context, tenant string, organization string, domain string, opts ...Option) (*OrganizationDomain, error) {
	var out OrganizationDomain
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/domains/" + url.PathEscape(domain) + "/verify", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListServiceAccounts sends GET /v1/tenants/{tenant}/organizations/{organization}/service-accounts.
//
// List service accounts.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListServiceAccounts(ctx context.Context, tenant string, organization string, params *ListServiceAccountsParams, opts ...Option) (*ServiceAccountList, error) {
	var out ServiceAccountList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/service-accounts", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListServiceAccountsAll iterates over every ServiceAccount of [TesseraClient.ListServiceAccounts], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListServiceAccountsAll(ctx context.Context, tenant string, organization string, params *ListServiceAccountsParams, opts ...Option) iter.Seq2[ServiceAccount, error] {
	var p ListServiceAccountsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*ServiceAccountList, error) {
		p.Cursor = cursor
		return c.ListServiceAccounts(ctx, tenant, organization, &p, opts...)
	}, func(page *ServiceAccountList) ([]ServiceAccount, *string) { return page.Data, page.NextCursor })
}

// CreateServiceAccount sends POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts.
//
// Create a service account.
//
// A confidential client with the `client_credentials` grant, owned by the organization and
// acting with one of its roles (`member` by default). Its tokens carry `org_id`,
// `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name, role, scopes or audiences
func (c *TesseraClient) CreateServiceAccount(ctx context.Context, tenant string, organization string, body CreateServiceAccount, opts ...Option) (*ServiceAccountWithSecret, error) {
	var out ServiceAccountWithSecret
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/service-accounts", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetServiceAccount sends GET /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}.
//
// Get a service account.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or service account
func (c *TesseraClient) GetServiceAccount(ctx context.Context, tenant string, organization string, serviceAccount string, opts ...Option) (*ServiceAccount, error) {
	var out ServiceAccount
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/service-accounts/" + url.PathEscape(serviceAccount), auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteServiceAccount sends DELETE /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}.
//
// Delete a service account.
//
// Deletes its client too: its secret stops working at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or service account
func (c *TesseraClient) DeleteServiceAccount(ctx context.Context, tenant string, organization string, serviceAccount string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/service-accounts/" + url.PathEscape(serviceAccount), auth: []string{"admin_key"}}, nil, opts)
}

// UpdateServiceAccount sends PATCH /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}.
//
// Change a service account's role.
//
// Its next token carries the new role; checks use it at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or service account
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Unknown role
func (c *TesseraClient) UpdateServiceAccount(ctx context.Context, tenant string, organization string, serviceAccount string, body UpdateServiceAccount, opts ...Option) (*ServiceAccount, error) {
	var out ServiceAccount
	if err := c.do(ctx, request{method: "PATCH", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/service-accounts/" + url.PathEscape(serviceAccount), body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListResourceGrants sends GET /v1/tenants/{tenant}/organizations/{organization}/resource-grants.
//
// List resource grants.
//
// Oldest first, optionally of one subject or on one resource.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed query or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 422 (ErrUnprocessable): Limit out of range or unknown cursor
func (c *TesseraClient) ListResourceGrants(ctx context.Context, tenant string, organization string, params *ListResourceGrantsParams, opts ...Option) (*ResourceGrantList, error) {
	var out ResourceGrantList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/resource-grants", query: params, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListResourceGrantsAll iterates over every ResourceGrant of [TesseraClient.ListResourceGrants], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListResourceGrantsAll(ctx context.Context, tenant string, organization string, params *ListResourceGrantsParams, opts ...Option) iter.Seq2[ResourceGrant, error] {
	var p ListResourceGrantsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*ResourceGrantList, error) {
		p.Cursor = cursor
		return c.ListResourceGrants(ctx, tenant, organization, &p, opts...)
	}, func(page *ResourceGrantList) ([]ResourceGrant, *string) { return page.Data, page.NextCursor })
}

// CreateResourceGrant sends POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants.
//
// Grant a role on one resource.
//
// To a member or a service account of the organization, on top of their organization-wide
// role; `authz/check` with that `resource` consults it.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or organization
//   - 409 (ErrConflict): The subject already holds a role on the resource
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A subject outside the organization, an unknown role or a malformed resource
func (c *TesseraClient) CreateResourceGrant(ctx context.Context, tenant string, organization string, body CreateResourceGrant, opts ...Option) (*ResourceGrant, error) {
	var out ResourceGrant
	if err := c.do(ctx, request{method: "POST", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/resource-grants", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteResourceGrant sends DELETE /v1/tenants/{tenant}/organizations/{organization}/resource-grants/{grant}.
//
// Revoke a resource grant.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, organization or grant
func (c *TesseraClient) DeleteResourceGrant(ctx context.Context, tenant string, organization string, grant string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/organizations/" + url.PathEscape(organization) + "/resource-grants/" + url.PathEscape(grant), auth: []string{"admin_key"}}, nil, opts)
}

// GetWebauthnSettings sends GET /v1/tenants/{tenant}/webauthn-settings.
//
// Get passkey settings.
//
// The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
// Unset values show their defaults, derived from the server's public URL.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetWebauthnSettings(ctx context.Context, tenant string, opts ...Option) (*WebauthnSettings, error) {
	var out WebauthnSettings
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/webauthn-settings", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SetWebauthnSettings sends PUT /v1/tenants/{tenant}/webauthn-settings.
//
// Set passkey settings.
//
// Replaces the settings; omitted fields return to their defaults. Passkeys registered under
// another RP ID stop working, since browsers scope credentials to the RP ID.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A malformed RP ID, origin or format, or an origin outside the RP ID
func (c *TesseraClient) SetWebauthnSettings(ctx context.Context, tenant string, body UpdateWebauthnSettings, opts ...Option) (*WebauthnSettings, error) {
	var out WebauthnSettings
	if err := c.do(ctx, request{method: "PUT", path: "/v1/tenants/" + url.PathEscape(tenant) + "/webauthn-settings", body: body, auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListUserPasskeys sends GET /v1/tenants/{tenant}/users/{user}/passkeys.
//
// List a user's passkeys.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant or user
func (c *TesseraClient) ListUserPasskeys(ctx context.Context, tenant string, user string, opts ...Option) (*PasskeyList, error) {
	var out PasskeyList
	if err := c.do(ctx, request{method: "GET", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/passkeys", auth: []string{"admin_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteUserPasskey sends DELETE /v1/tenants/{tenant}/users/{user}/passkeys/{passkey}.
//
// Delete a user's passkey.
//
// The passkey can no longer sign in, from the next ceremony on.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing or invalid admin key
//   - 404 (ErrNotFound): No such tenant, user or passkey
func (c *TesseraClient) DeleteUserPasskey(ctx context.Context, tenant string, user string, passkey string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/v1/tenants/" + url.PathEscape(tenant) + "/users/" + url.PathEscape(user) + "/passkeys/" + url.PathEscape(passkey), auth: []string{"admin_key"}}, nil, opts)
}

// ListMyPasskeys sends GET /t/{tenant}/me/passkeys.
//
// My passkeys.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListMyPasskeys(ctx context.Context, tenant string, opts ...Option) (*PasskeyList, error) {
	var out PasskeyList
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me/passkeys", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RegisterPasskey sends POST /t/{tenant}/me/passkeys.
//
// Add a passkey.
//
// Verifies the browser's answer to the registration options and stores the passkey.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): This credential is already registered
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
func (c *TesseraClient) RegisterPasskey(ctx context.Context, tenant string, body PasskeyRegistrationFinish, opts ...Option) (*Passkey, error) {
	var out Passkey
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/passkeys", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StartPasskeyRegistration sends POST /t/{tenant}/me/passkeys/options.
//
// Start adding a passkey.
//
// Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
// browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) StartPasskeyRegistration(ctx context.Context, tenant string, opts ...Option) (*PasskeyCeremony, error) {
	var out PasskeyCeremony
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/passkeys/options", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteMyPasskey sends DELETE /t/{tenant}/me/passkeys/{passkey}.
//
// Delete one of my passkeys.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant or passkey
func (c *TesseraClient) DeleteMyPasskey(ctx context.Context, tenant string, passkey string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me/passkeys/" + url.PathEscape(passkey), auth: []string{"session_token"}}, nil, opts)
}

// RenameMyPasskey sends PATCH /t/{tenant}/me/passkeys/{passkey}.
//
// Rename one of my passkeys.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant or passkey
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A name that is empty or longer than 64 characters
func (c *TesseraClient) RenameMyPasskey(ctx context.Context, tenant string, passkey string, body RenamePasskey, opts ...Option) (*Passkey, error) {
	var out Passkey
	if err := c.do(ctx, request{method: "PATCH", path: "/t/" + url.PathEscape(tenant) + "/me/passkeys/" + url.PathEscape(passkey), body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StartPasskeySignIn sends POST /t/{tenant}/auth/passkeys/options.
//
// Start a passkey sign-in.
//
// Answers the options for `navigator.credentials.get()`. With the `email` of an account
// that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
// or one without passkeys) they are username-less, with `mediation: "conditional"` for
// autofill, and any passkey of the tenant may answer.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A malformed email
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) StartPasskeySignIn(ctx context.Context, tenant string, body PasskeySignInStart, opts ...Option) (*PasskeyCeremony, error) {
	var out PasskeyCeremony
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/passkeys/options", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyPasskeySignIn sends POST /t/{tenant}/auth/passkeys/verify.
//
// Sign in with a passkey.
//
// Verifies the browser's assertion and opens a session, answered like a password sign-in.
// A passkey verifies its user, so no second factor is asked for.
//
// With `organization`, the session opens switched into that organization, as at
// `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
// a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
// `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
//   - 403 (ErrPermissionDenied): `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A malformed credential, or `organization` names no organization of the tenant
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) VerifyPasskeySignIn(ctx context.Context, tenant string, body PasskeySignInFinish, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/passkeys/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StartPasskeySecondFactor sends POST /t/{tenant}/auth/mfa/passkey/options.
//
// Start the passkey step of an MFA challenge.
//
// For a login answer whose `factors` include `passkey`: options for
// `navigator.credentials.get()` listing the account's passkeys.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_token`: unknown, expired or spent MFA token
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The account has no passkey
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) StartPasskeySecondFactor(ctx context.Context, tenant string, body PasskeySecondFactorStart, opts ...Option) (*PasskeyCeremony, error) {
	var out PasskeyCeremony
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/mfa/passkey/options", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyPasskeySecondFactor sends POST /t/{tenant}/auth/mfa/passkey/verify.
//
// Complete an MFA challenge with a passkey.
//
// Verifies the assertion, spends the MFA token and opens the session.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
//   - 403 (ErrPermissionDenied): `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): A malformed credential
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) VerifyPasskeySecondFactor(ctx context.Context, tenant string, body PasskeySecondFactorFinish, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/mfa/passkey/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOpenIDConfiguration sends GET /t/{tenant}/.well-known/openid-configuration.
//
// OpenID Provider configuration.
//
// The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetOpenIDConfiguration(ctx context.Context, tenant string, opts ...Option) (*OpenIDConfiguration, error) {
	var out OpenIDConfiguration
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/.well-known/openid-configuration"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetJwks sends GET /t/{tenant}/.well-known/jwks.json.
//
// JSON Web Key Set.
//
// The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
// they signed has expired.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetJwks(ctx context.Context, tenant string, opts ...Option) (*JwkSet, error) {
	var out JwkSet
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/.well-known/jwks.json"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetAuthorizationServerMetadata sends GET /.well-known/oauth-authorization-server/t/{tenant}.
//
// OAuth authorization server metadata.
//
// RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
// path appended; clients such as the MCP SDK look here first.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetAuthorizationServerMetadata(ctx context.Context, tenant string, opts ...Option) (*OpenIDConfiguration, error) {
	var out OpenIDConfiguration
	if err := c.do(ctx, request{method: "GET", path: "/.well-known/oauth-authorization-server/t/" + url.PathEscape(tenant)}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Login sends POST /t/{tenant}/auth/login.
//
// Sign in with email and password.
//
// Answers the same `invalid_credentials` whether the email is unknown or the password is
// wrong. After five failures the email is locked with exponential backoff (429 with
// `Retry-After`), whether or not it has an account.
//
// When the user has a second factor, a correct password answers an `MfaChallenge`
// (`mfa_required: true`) instead of tokens: complete the sign-in at
// `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
//
// With `organization` (an id, `org_…`, or a slug), the session opens switched into that
// organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
// access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
// `permissions`. An organization the tenant does not have is `422` before the password is
// checked. Once every factor is verified (here, or at the second factor, whose challenge
// remembers the organization), a user who is not a member gets `403 permission_denied`,
// and a sign-in that does not meet a policy `403 organization_policy_violation` whose
// `detail` names the policy in backquotes; either opens no session and counts nothing
// towards the lockout. A wrong password is `invalid_credentials` as without it.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Wrong email or password
//   - 403 (ErrPermissionDenied): `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): `organization` names no organization of the tenant
//   - 429 (ErrRateLimited): `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
func (c *TesseraClient) Login(ctx context.Context, tenant string, body LoginRequest, opts ...Option) (*LoginResponse, error) {
	var out LoginResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/login", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RefreshSession sends POST /t/{tenant}/auth/refresh.
//
// Refresh a session.
//
// Spends the refresh token (from the body or the cookie) and returns a new access token
// and a new refresh token. A refresh token works once: presenting a spent one revokes the
// whole session.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Unknown, expired, revoked or reused refresh token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) RefreshSession(ctx context.Context, tenant string, body RefreshRequest, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/refresh", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Logout sends POST /t/{tenant}/auth/logout.
//
// Sign out.
//
// Revokes the session of the refresh token (from the body or the cookie) and clears the
// cookie. Signing out twice, or with an unknown token, also answers 204.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
func (c *TesseraClient) Logout(ctx context.Context, tenant string, body RefreshRequest, opts ...Option) error {
	return c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/logout", body: body}, nil, opts)
}

// OAuthToken sends POST /t/{tenant}/oauth/token.
//
// Token endpoint.
//
// Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
// returns an ID token for `openid` and a rotating refresh token when the client may use
// `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
// `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
// `client_secret_post` as registered; public clients send only `client_id`.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
//   - 401 (ErrAuthentication): invalid_client
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthToken(ctx context.Context, tenant string, body TokenRequest, opts ...Option) (*TokenResponse, error) {
	var out TokenResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/token", form: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthIntrospect sends POST /t/{tenant}/oauth/introspect.
//
// Token introspection.
//
// RFC 7662: whether an access token of this tenant is active, with its claims. Callers
// authenticate as a confidential client of the tenant.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): invalid_request
//   - 401 (ErrAuthentication): invalid_client
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthIntrospect(ctx context.Context, tenant string, body TokenQuery, opts ...Option) (*IntrospectionResponse, error) {
	var out IntrospectionResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/introspect", form: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthRevoke sends POST /t/{tenant}/oauth/revoke.
//
// Token revocation.
//
// RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
// foreign tokens also answer 200, as the RFC requires.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): invalid_request
//   - 401 (ErrAuthentication): invalid_client
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthRevoke(ctx context.Context, tenant string, body TokenQuery, opts ...Option) error {
	return c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/revoke", form: body}, nil, opts)
}

// OAuthUserInfo sends GET /t/{tenant}/oauth/userinfo.
//
// UserInfo.
//
// OpenID Connect Core §5.3: the claims about the token's user that its scopes release
// (`openid` required; `profile` and `email` add claims). Send the access token as a
// Bearer token.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 401 (ErrAuthentication): invalid_token (RFC 6750)
//   - 403 (ErrPermissionDenied): insufficient_scope: the token lacks openid
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthUserInfo(ctx context.Context, tenant string, opts ...Option) (*UserInfo, error) {
	var out UserInfo
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/oauth/userinfo", auth: []string{"bearer_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthUserInfoPost sends POST /t/{tenant}/oauth/userinfo.
//
// UserInfo (POST).
//
// The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 401 (ErrAuthentication): invalid_token (RFC 6750)
//   - 403 (ErrPermissionDenied): insufficient_scope: the token lacks openid
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthUserInfoPost(ctx context.Context, tenant string, opts ...Option) (*UserInfo, error) {
	var out UserInfo
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/userinfo", auth: []string{"bearer_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthRegister sends POST /t/{tenant}/oauth/register.
//
// Register a client dynamically.
//
// RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
// need. Registered clients get the authorization code flow (with `refresh_token` when
// asked); `token_endpoint_auth_method: none` makes a public client. The response carries
// the client secret and the registration access token, once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): invalid_redirect_uri or invalid_client_metadata
//   - 403 (ErrPermissionDenied): access_denied: the tenant does not allow dynamic registration
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthRegister(ctx context.Context, tenant string, body ClientRegistrationRequest, opts ...Option) (*ClientRegistrationResponse, error) {
	var out ClientRegistrationResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/register", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthReadRegistration sends GET /t/{tenant}/oauth/register/{client}.
//
// Read a registration.
//
// RFC 7592 §2.1, with the registration access token as a Bearer token.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 401 (ErrAuthentication): invalid_token
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthReadRegistration(ctx context.Context, tenant string, client string, opts ...Option) (*ClientRegistrationResponse, error) {
	var out ClientRegistrationResponse
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/oauth/register/" + url.PathEscape(client), auth: []string{"registration_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthUpdateRegistration sends PUT /t/{tenant}/oauth/register/{client}.
//
// Update a registration.
//
// RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
// cannot change).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): invalid_redirect_uri or invalid_client_metadata
//   - 401 (ErrAuthentication): invalid_token
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthUpdateRegistration(ctx context.Context, tenant string, client string, body ClientRegistrationRequest, opts ...Option) (*ClientRegistrationResponse, error) {
	var out ClientRegistrationResponse
	if err := c.do(ctx, request{method: "PUT", path: "/t/" + url.PathEscape(tenant) + "/oauth/register/" + url.PathEscape(client), body: body, auth: []string{"registration_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OAuthDeleteRegistration sends DELETE /t/{tenant}/oauth/register/{client}.
//
// Delete a registration.
//
// RFC 7592 §2.3: the client stops working at once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 401 (ErrAuthentication): invalid_token
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) OAuthDeleteRegistration(ctx context.Context, tenant string, client string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/oauth/register/" + url.PathEscape(client), auth: []string{"registration_token"}}, nil, opts)
}

// GetProtectedResourceMetadata sends GET /.well-known/oauth-protected-resource/t/{tenant}/resources/{resource}.
//
// Protected resource metadata.
//
// RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
// behalf: resource servers point clients here from their `WWW-Authenticate` challenge
// (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 404 (ErrNotFound): No such tenant or resource
func (c *TesseraClient) GetProtectedResourceMetadata(ctx context.Context, tenant string, resource string, opts ...Option) (*ProtectedResourceMetadata, error) {
	var out ProtectedResourceMetadata
	if err := c.do(ctx, request{method: "GET", path: "/.well-known/oauth-protected-resource/t/" + url.PathEscape(tenant) + "/resources/" + url.PathEscape(resource)}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyMFA sends POST /t/{tenant}/auth/mfa/verify.
//
// Complete a sign-in with a second factor.
//
// Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
// current six-digit code (the previous and next 30-second codes are accepted too, each
// code only once), or `recovery_code`, one of the user's single-use recovery codes. A
// wrong code answers `invalid_code` and leaves the token usable until it expires (five
// minutes); failures count towards the same lockout as wrong passwords. Success spends the
// token and returns the session's tokens, delivered as `delivery` asks.
//
// When the login named an `organization`, the session opens into it once the user's
// membership and the organization's policies, judged with this second factor (so
// `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
// and no session is opened.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
//   - 403 (ErrPermissionDenied): `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not exactly one of `code` and `recovery_code`, or a malformed one
//   - 429 (ErrRateLimited): `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
func (c *TesseraClient) VerifyMFA(ctx context.Context, tenant string, body MFAVerifyRequest, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/mfa/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Signup sends POST /t/{tenant}/auth/signup.
//
// Sign up.
//
// Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
// takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
// (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
// `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
// the password policy.
//
// The answer is the same 202, after about the same time, whether or not the address
// already has an account, so it reveals nothing about which accounts exist: a new address
// is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
// an address with an account is emailed a notice with a password-reset link instead.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 403 (ErrPermissionDenied): `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
//   - 404 (ErrNotFound): No such tenant
//   - 413 (no sentinel): Body too large
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not an email address, a name that is too long, or a password that does not meet the policy
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) Signup(ctx context.Context, tenant string, body SignupRequest, opts ...Option) (*EmailRequestAccepted, error) {
	var out EmailRequestAccepted
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/signup", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifySignup sends POST /t/{tenant}/auth/signup/verify.
//
// Finish signing up.
//
// Spends the token of a signup link, creates the user (with the email verified) and signs
// them in: the session's tokens, the refresh token in JSON or in the session cookie as
// `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
// signup of the same address; 409 if the address got an account in the meantime.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Unknown, expired, used or superseded token
//   - 403 (ErrPermissionDenied): The tenant no longer takes signups from this address
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): The address already has an account
//   - 415 (no sentinel): Body is not JSON
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) VerifySignup(ctx context.Context, tenant string, body SignupVerify, opts ...Option) (*SessionTokens, error) {
	var out SessionTokens
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/signup/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyEmail sends POST /t/{tenant}/auth/verify-email.
//
// Verify an email address.
//
// Spends the token of a verification link and marks the user's email verified. The token
// is refused if it expired, was used or replaced, or if the user's email changed since.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Unknown, expired, used or superseded token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) VerifyEmail(ctx context.Context, tenant string, body VerifyEmailRequest, opts ...Option) (*EmailVerified, error) {
	var out EmailVerified
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/verify-email", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RequestPasswordReset sends POST /t/{tenant}/auth/password-reset.
//
// Request a password reset.
//
// Emails a reset link (valid once, for 30 minutes) if the address has an account that may
// sign in. The answer is the same 202, after about the same time, whether or not it does.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not an email address
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) RequestPasswordReset(ctx context.Context, tenant string, body EmailRequest, opts ...Option) (*EmailRequestAccepted, error) {
	var out EmailRequestAccepted
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/password-reset", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ConfirmPasswordReset sends POST /t/{tenant}/auth/password-reset/confirm.
//
// Set a new password with a reset token.
//
// Spends the token of a reset link, sets the password (checked against the password
// policy; a refused password leaves the token usable), marks the email verified, lifts a
// sign-in lockout and revokes every session of the user.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Unknown, expired, used or superseded token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The password does not meet the policy
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) ConfirmPasswordReset(ctx context.Context, tenant string, body PasswordResetConfirm, opts ...Option) error {
	return c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/password-reset/confirm", body: body}, nil, opts)
}

// RequestMagicLink sends POST /t/{tenant}/auth/magic-link.
//
// Request a magic link.
//
// Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
// sign in. The answer is the same 202, after about the same time, whether or not it does.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not an email address
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) RequestMagicLink(ctx context.Context, tenant string, body EmailRequest, opts ...Option) (*EmailRequestAccepted, error) {
	var out EmailRequestAccepted
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/magic-link", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyMagicLink sends POST /t/{tenant}/auth/magic-link/verify.
//
// Sign in with a magic link.
//
// Spends the token of a magic link and answers as a password login does: the session's
// tokens (the refresh token in JSON or in the session cookie), or, when the user has a
// second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Unknown, expired, used or superseded token
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) VerifyMagicLink(ctx context.Context, tenant string, body MagicLinkVerify, opts ...Option) (*LoginResponse, error) {
	var out LoginResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/magic-link/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RequestEmailCode sends POST /t/{tenant}/auth/email-code.
//
// Request an email sign-in code.
//
// Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
// account that may sign in. The answer is the same 202, after about the same time, whether
// or not it does.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Not an email address
//   - 429 (ErrRateLimited): Too many requests from this address
func (c *TesseraClient) RequestEmailCode(ctx context.Context, tenant string, body EmailRequest, opts ...Option) (*EmailRequestAccepted, error) {
	var out EmailRequestAccepted
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/email-code", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VerifyEmailCode sends POST /t/{tenant}/auth/email-code/verify.
//
// Sign in with an email code.
//
// Checks the code last sent to the email and answers as a password login does: the
// session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
// `invalid_code` and count toward the email's sign-in lockout (shared with password login;
// 429 with `Retry-After`), and a code dies after five wrong guesses.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): `invalid_code`: wrong, expired or used code
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The code is not six digits
//   - 429 (ErrRateLimited): `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
func (c *TesseraClient) VerifyEmailCode(ctx context.Context, tenant string, body EmailCodeVerify, opts ...Option) (*LoginResponse, error) {
	var out LoginResponse
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/auth/email-code/verify", body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetMe sends GET /t/{tenant}/me.
//
// Get my profile.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetMe(ctx context.Context, tenant string, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteMe sends DELETE /t/{tenant}/me.
//
// Delete my account.
//
// Deletes the account and its sessions; needs the current password when the account has one.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Invalid access token, or a wrong current password
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The current password is missing
func (c *TesseraClient) DeleteMe(ctx context.Context, tenant string, body Reauthenticate, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me", body: body, auth: []string{"session_token"}}, nil, opts)
}

// UpdateMe sends PATCH /t/{tenant}/me.
//
// Update my profile.
//
// Name, picture and locale. Email changes and metadata are for administrators.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): Invalid name, picture or locale
func (c *TesseraClient) UpdateMe(ctx context.Context, tenant string, body UpdateProfile, opts ...Option) (*User, error) {
	var out User
	if err := c.do(ctx, request{method: "PATCH", path: "/t/" + url.PathEscape(tenant) + "/me", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ChangeMyPassword sends POST /t/{tenant}/me/password.
//
// Change my password.
//
// Needs the current password (when the account has one); every other session of the
// user ends, this one stays.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Invalid access token, or a wrong current password
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The new password breaks the policy, or the current one is missing
func (c *TesseraClient) ChangeMyPassword(ctx context.Context, tenant string, body ChangePassword, opts ...Option) error {
	return c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/password", body: body, auth: []string{"session_token"}}, nil, opts)
}

// ListMySessions sends GET /t/{tenant}/me/sessions.
//
// List my sessions.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListMySessions(ctx context.Context, tenant string, opts ...Option) (*SessionList, error) {
	var out SessionList
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me/sessions", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeMySession sends DELETE /t/{tenant}/me/sessions/{session}.
//
// Sign out one of my sessions.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant or live session
func (c *TesseraClient) RevokeMySession(ctx context.Context, tenant string, session string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me/sessions/" + url.PathEscape(session), auth: []string{"session_token"}}, nil, opts)
}

// GetMyTotp sends GET /t/{tenant}/me/mfa/totp.
//
// My TOTP status.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) GetMyTotp(ctx context.Context, tenant string, opts ...Option) (*TotpStatus, error) {
	var out TotpStatus
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me/mfa/totp", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StartMyTotpEnrolment sends POST /t/{tenant}/me/mfa/totp.
//
// Start my TOTP enrolment.
//
// Needs the current password (when the account has one). Returns a new secret, pending
// until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Invalid access token, or a wrong current password
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): TOTP is already enabled
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The current password is missing
func (c *TesseraClient) StartMyTotpEnrolment(ctx context.Context, tenant string, body Reauthenticate, opts ...Option) (*TotpEnrolment, error) {
	var out TotpEnrolment
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/mfa/totp", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DisableMyTotp sends DELETE /t/{tenant}/me/mfa/totp.
//
// Disable my TOTP.
//
// Needs the current password (when the account has one).
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Invalid access token, or a wrong current password
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant, or no authenticator
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The current password is missing
func (c *TesseraClient) DisableMyTotp(ctx context.Context, tenant string, body Reauthenticate, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me/mfa/totp", body: body, auth: []string{"session_token"}}, nil, opts)
}

// ConfirmMyTotp sends POST /t/{tenant}/me/mfa/totp/confirm.
//
// Confirm my TOTP enrolment.
//
// Enables the pending authenticator with a code it shows now and returns ten single-use
// recovery codes, shown once.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): No enrolment is pending, or TOTP is already enabled
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The code is malformed or not the authenticator's current code
func (c *TesseraClient) ConfirmMyTotp(ctx context.Context, tenant string, body ConfirmTotp, opts ...Option) (*RecoveryCodes, error) {
	var out RecoveryCodes
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/mfa/totp/confirm", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RegenerateMyRecoveryCodes sends POST /t/{tenant}/me/mfa/recovery-codes.
//
// Regenerate my recovery codes.
//
// Needs the current password (when the account has one); the old codes stop working.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed body or tenant slug
//   - 401 (ErrAuthentication): Invalid access token, or a wrong current password
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
//   - 409 (ErrConflict): No enabled authenticator
//   - 415 (no sentinel): Body is not JSON
//   - 422 (ErrUnprocessable): The current password is missing
func (c *TesseraClient) RegenerateMyRecoveryCodes(ctx context.Context, tenant string, body Reauthenticate, opts ...Option) (*RecoveryCodes, error) {
	var out RecoveryCodes
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/me/mfa/recovery-codes", body: body, auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListMyConsents sends GET /t/{tenant}/me/consents.
//
// List my connected applications.
//
// Applications I allowed at the consent page, with the scopes granted.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant
func (c *TesseraClient) ListMyConsents(ctx context.Context, tenant string, opts ...Option) (*ConsentList, error) {
	var out ConsentList
	if err := c.do(ctx, request{method: "GET", path: "/t/" + url.PathEscape(tenant) + "/me/consents", auth: []string{"session_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeMyConsent sends DELETE /t/{tenant}/me/consents/{client}.
//
// Disconnect an application.
//
// Withdraws my consent: the application must ask again, and its refresh tokens stop working.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 400 (ErrBadRequest): Malformed tenant slug
//   - 401 (ErrAuthentication): Missing, invalid or expired access token, or an ended session
//   - 403 (ErrPermissionDenied): The account is disabled
//   - 404 (ErrNotFound): No such tenant, or no consent for this application
func (c *TesseraClient) RevokeMyConsent(ctx context.Context, tenant string, client string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/t/" + url.PathEscape(tenant) + "/me/consents/" + url.PathEscape(client), auth: []string{"session_token"}}, nil, opts)
}

// GetHealth sends GET /healthz.
//
// Liveness.
//
// Answers while the process can serve HTTP; it does not touch the database.
func (c *TesseraClient) GetHealth(ctx context.Context, opts ...Option) (*HealthStatus, error) {
	var out HealthStatus
	if err := c.do(ctx, request{method: "GET", path: "/healthz"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetReadiness sends GET /readyz.
//
// Readiness.
//
// Ready when the database answers within two seconds; recovers by itself when it returns.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 503 (ErrInternalServer): The database is unreachable
func (c *TesseraClient) GetReadiness(ctx context.Context, opts ...Option) (*HealthStatus, error) {
	var out HealthStatus
	if err := c.do(ctx, request{method: "GET", path: "/readyz"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetMetrics sends GET /metrics.
//
// Prometheus metrics.
//
// Requests by route and status, latency histograms and database pool gauges, in the
// Prometheus text format.
func (c *TesseraClient) GetMetrics(ctx context.Context, opts ...Option) (string, error) {
	var out string
	err := c.do(ctx, request{method: "GET", path: "/metrics", text: true}, &out, opts)
	return out, err
}

// GetOpenAPI sends GET /openapi.json.
//
// OpenAPI document.
//
// This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
func (c *TesseraClient) GetOpenAPI(ctx context.Context, opts ...Option) (map[string]any, error) {
	var out map[string]any
	err := c.do(ctx, request{method: "GET", path: "/openapi.json"}, &out, opts)
	return out, err
}
