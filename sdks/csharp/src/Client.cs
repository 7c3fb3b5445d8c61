// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Tessera.Models;

namespace Tessera;

/// <summary>
/// A client for the Tessera API, one async method per operation.
/// </summary>
/// <example>
/// <code>
/// var client = new TesseraClient(new ClientOptions { BaseUrl = "http://127.0.0.1:8080", AdminKey = key });
/// var tenant = await client.CreateTenantAsync(new CreateTenant { Slug = "acme", Name = "Acme" });
/// </code>
/// </example>
public sealed class TesseraClient : BaseClient
{
    /// <summary>A client with these settings.</summary>
    public TesseraClient(ClientOptions options) : base(options) { }

    /// <summary>A client like this one with some settings changed, such as another credential.</summary>
    public TesseraClient WithOptions(Func<ClientOptions, ClientOptions> change) => new(change(Options));

    /// <summary>
    /// List tenants.
    /// 
    /// Oldest first, paginated by cursor.
    /// </summary>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Tenant>> ListTenantsAsync(long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Tenant>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<TenantList>("GET", $"/v1/tenants", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Tenant>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create a tenant.
    /// 
    /// Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
    /// `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="ConflictException">409 The slug is taken</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid slug, name or origins</exception>
    public async Task<Tenant> CreateTenantAsync(CreateTenant body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Tenant>("POST", $"/v1/tenants", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a tenant.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<Tenant> GetTenantAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Tenant>("GET", $"/v1/tenants/{PathParam(tenant)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a tenant.
    /// 
    /// Deletes the tenant and everything it owns, keys included. Tokens it issued stop
    /// verifying as soon as relying parties refresh its JWKS.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task DeleteTenantAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a tenant.
    /// 
    /// Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
    /// it is part of the issuer that tokens carry.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 A concurrent key change</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name or origins</exception>
    public async Task<Tenant> UpdateTenantAsync(string tenant, UpdateTenant body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Tenant>("PATCH", $"/v1/tenants/{PathParam(tenant)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List signing keys.
    /// 
    /// The tenant's published keys: active ones first, then retired ones that stay in the JWKS
    /// until no token they signed can still be valid.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<SigningKeyList> ListSigningKeysAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SigningKeyList>("GET", $"/v1/tenants/{PathParam(tenant)}/keys", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rotate signing keys.
    /// 
    /// Activates a new key for each algorithm (or only `alg`) and retires the previous one,
    /// which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">Optional; an empty body rotates every key</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 A concurrent rotation won</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The tenant has no key of that algorithm</exception>
    public async Task<SigningKeyList> RotateSigningKeysAsync(string tenant, RotateKeysRequest? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SigningKeyList>("POST", $"/v1/tenants/{PathParam(tenant)}/keys/rotate", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Mint a test access token.
    /// 
    /// Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
    /// resource servers and token validation; `client_id` is `tessera-test-token`.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid subject, audience, scope or lifetime</exception>
    public async Task<TestToken> CreateTestTokenAsync(string tenant, TestTokenRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TestToken>("POST", $"/v1/tenants/{PathParam(tenant)}/test-tokens", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Search users.
    /// 
    /// Filters by exact email, a case-insensitive substring of email or name, and disabled
    /// state; oldest first, paginated by cursor.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="email">Exact email (normalised before matching).</param>
    /// <param name="q">Case-insensitive substring of the email or name.</param>
    /// <param name="disabled">Only disabled (`true`) or only enabled (`false`) users.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range, malformed email or unknown cursor</exception>
    public async Task<Page<User>> ListUsersAsync(string tenant, string? email = null, string? q = null, bool? disabled = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<User>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<UserList>("GET", $"/v1/tenants/{PathParam(tenant)}/users", new KeyValuePair<string, object?>[] { new("email", email), new("q", q), new("disabled", disabled), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<User>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create a user.
    /// 
    /// The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
    /// when given, must meet the password policy and is stored as an argon2id hash.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 The email is taken</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid email, profile or password</exception>
    public async Task<User> CreateUserAsync(string tenant, CreateUser body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("POST", $"/v1/tenants/{PathParam(tenant)}/users", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a user.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<User> GetUserAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("GET", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a user.
    /// 
    /// Deletes the user and their sessions.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task DeleteUserAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a user.
    /// 
    /// Changes only the fields present. A new password revokes every session of the user; a
    /// new email is unverified unless `email_verified` is sent too.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    /// <exception cref="ConflictException">409 The email is taken</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid email, profile or password</exception>
    public async Task<User> UpdateUserAsync(string tenant, string user, UpdateUser body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("PATCH", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Disable a user.
    /// 
    /// The user can no longer sign in or refresh, and every session is revoked at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<User> DisableUserAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/disable", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Enable a user.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<User> EnableUserAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/enable", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Unlock a user.
    /// 
    /// Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<User> UnlockUserAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/unlock", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List a user's sessions.
    /// 
    /// Live sessions (neither revoked nor expired), newest first.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<SessionList> ListUserSessionsAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionList>("GET", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/sessions", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revoke a user's session.
    /// 
    /// Its refresh tokens stop working at once; access tokens already issued expire on their own.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="session">The session's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, user or live session</exception>
    public async Task RevokeUserSessionAsync(string tenant, string user, string session, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/sessions/{PathParam(session)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a user's TOTP status.
    /// 
    /// Whether the user has an authenticator (pending or enabled) and how many unused recovery
    /// codes are left.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<TotpStatus> GetUserTotpAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TotpStatus>("GET", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/mfa/totp", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start TOTP enrolment.
    /// 
    /// Creates a new shared secret for the user, pending until confirmed, and returns it once:
    /// as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
    /// authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
    /// the enrolment is confirmed.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    /// <exception cref="ConflictException">409 TOTP is already enabled; disable it first</exception>
    public async Task<TotpEnrolment> StartUserTotpEnrolmentAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TotpEnrolment>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/mfa/totp", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Disable TOTP.
    /// 
    /// Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
    /// sign-in challenges: the password alone signs in again.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user, or the user has no authenticator</exception>
    public async Task DisableUserTotpAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/mfa/totp", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Confirm TOTP enrolment.
    /// 
    /// Enables the pending authenticator with a code it shows now (the previous and next
    /// 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
    /// From then on, a correct password leads to a second-factor challenge.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    /// <exception cref="ConflictException">409 No enrolment is pending, or TOTP is already enabled</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The code is malformed or not the authenticator's current code</exception>
    public async Task<RecoveryCodes> ConfirmUserTotpAsync(string tenant, string user, ConfirmTotp body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RecoveryCodes>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/mfa/totp/confirm", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Regenerate recovery codes.
    /// 
    /// Replaces the user's recovery codes, used or not, with ten new ones, shown once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    /// <exception cref="ConflictException">409 The user has no enabled TOTP authenticator</exception>
    public async Task<RecoveryCodes> RegenerateUserRecoveryCodesAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RecoveryCodes>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/mfa/recovery-codes", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Send a verification email.
    /// 
    /// Emails the user a link that verifies their address; it works once, for 24 hours, and a
    /// newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
    /// token in the URL fragment; that page posts it to `verifyEmail`.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    /// <exception cref="ConflictException">409 The email is already verified, or the user is disabled</exception>
    /// <exception cref="InternalServerException">503 The mail relay is unavailable</exception>
    public async Task<VerificationEmailSent> SendVerificationEmailAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<VerificationEmailSent>("POST", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/send-verification-email", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List the development outbox.
    /// 
    /// Messages the server stored instead of sending, newest first, in full (links and codes
    /// included). Messages land here only when no SMTP relay is configured: it is a development
    /// tool, and empty in a deployment that sends email.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="to">Only messages to this address.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range, malformed address or unknown cursor</exception>
    public async Task<Page<OutboxMessage>> ListOutboxMessagesAsync(string tenant, string? to = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<OutboxMessage>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<OutboxMessageList>("GET", $"/v1/tenants/{PathParam(tenant)}/outbox", new KeyValuePair<string, object?>[] { new("to", to), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<OutboxMessage>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List email template overrides.
    /// 
    /// The tenant's own versions of the built-in templates, by template and locale.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<EmailTemplateList> ListEmailTemplatesAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailTemplateList>("GET", $"/v1/tenants/{PathParam(tenant)}/email-templates", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Set an email template override.
    /// 
    /// Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
    /// `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
    /// `email_change_notice`)
    /// for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
    /// are filled in, HTML-escaped in the HTML part; there is no other template logic.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="template">`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`</param>
    /// <param name="locale">A BCP 47 language tag, such as `de` or `pt-BR`</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body, tenant slug or locale</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or template</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Empty or too long parts, unknown variables, or a missing link or code</exception>
    public async Task<EmailTemplate> PutEmailTemplateAsync(string tenant, string template, string locale, PutEmailTemplate body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailTemplate>("PUT", $"/v1/tenants/{PathParam(tenant)}/email-templates/{PathParam(template)}/{PathParam(locale)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Remove an email template override.
    /// 
    /// The built-in template applies again.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="template">`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`</param>
    /// <param name="locale">A BCP 47 language tag</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug or locale</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, template or override</exception>
    public async Task DeleteEmailTemplateAsync(string tenant, string template, string locale, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/email-templates/{PathParam(template)}/{PathParam(locale)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List clients.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Client>> ListClientsAsync(string tenant, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Client>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<ClientList>("GET", $"/v1/tenants/{PathParam(tenant)}/clients", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Client>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Register a client.
    /// 
    /// Confidential clients (the default) get a first secret, shown in this response only;
    /// service accounts are confidential clients with the `client_credentials` grant.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name, scopes, audiences, lifetime or client type</exception>
    public async Task<ClientWithSecret> CreateClientAsync(string tenant, CreateClient body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ClientWithSecret>("POST", $"/v1/tenants/{PathParam(tenant)}/clients", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a client.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or client</exception>
    public async Task<Client> GetClientAsync(string tenant, string client, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Client>("GET", $"/v1/tenants/{PathParam(tenant)}/clients/{PathParam(client)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a client.
    /// 
    /// Its secrets stop working at once; access tokens already issued expire on their own
    /// (revoke them first if they must stop now).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or client</exception>
    public async Task DeleteClientAsync(string tenant, string client, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/clients/{PathParam(client)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a client.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or client</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name, scopes, audiences, lifetime or grants</exception>
    public async Task<Client> UpdateClientAsync(string tenant, string client, UpdateClient body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Client>("PATCH", $"/v1/tenants/{PathParam(tenant)}/clients/{PathParam(client)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rotate a client's secret.
    /// 
    /// Creates a new secret, shown once, and lets the current ones keep working for
    /// `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="body">Optional</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or client</exception>
    /// <exception cref="ConflictException">409 A public client has no secrets</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Overlap too long</exception>
    public async Task<ClientWithSecret> RotateClientSecretAsync(string tenant, string client, RotateClientSecret? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ClientWithSecret>("POST", $"/v1/tenants/{PathParam(tenant)}/clients/{PathParam(client)}/secrets", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revoke a client secret.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="secret">The secret's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, client or live secret</exception>
    public async Task RevokeClientSecretAsync(string tenant, string client, string secret, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/clients/{PathParam(client)}/secrets/{PathParam(secret)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List resources.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<Page<Resource>> ListResourcesAsync(string tenant, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Resource>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<ResourceList>("GET", $"/v1/tenants/{PathParam(tenant)}/resources", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Resource>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Register a resource.
    /// 
    /// An API the tenant protects, such as an MCP server: clients request tokens for it with
    /// `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
    /// tool, for instance) become requestable.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 A resource with this identifier exists</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid identifier, name or scopes</exception>
    public async Task<Resource> CreateResourceAsync(string tenant, CreateResource body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Resource>("POST", $"/v1/tenants/{PathParam(tenant)}/resources", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a resource.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="resource">The resource's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or resource</exception>
    public async Task<Resource> GetResourceAsync(string tenant, string resource, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Resource>("GET", $"/v1/tenants/{PathParam(tenant)}/resources/{PathParam(resource)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a resource.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="resource">The resource's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or resource</exception>
    public async Task DeleteResourceAsync(string tenant, string resource, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/resources/{PathParam(resource)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a resource.
    /// 
    /// Its name and scopes; the identifier is fixed, since issued tokens carry it.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="resource">The resource's id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or resource</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name or scopes</exception>
    public async Task<Resource> UpdateResourceAsync(string tenant, string resource, UpdateResource body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Resource>("PATCH", $"/v1/tenants/{PathParam(tenant)}/resources/{PathParam(resource)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get OAuth settings.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<OAuthSettings> GetOAuthSettingsAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OAuthSettings>("GET", $"/v1/tenants/{PathParam(tenant)}/oauth-settings", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update OAuth settings.
    /// 
    /// `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
    /// as MCP clients need; registered clients get only the code flow.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    public async Task<OAuthSettings> UpdateOAuthSettingsAsync(string tenant, UpdateOAuthSettings body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OAuthSettings>("PATCH", $"/v1/tenants/{PathParam(tenant)}/oauth-settings", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get branding.
    /// 
    /// How the tenant's hosted sign-in and consent pages look.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<Branding> GetBrandingAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Branding>("GET", $"/v1/tenants/{PathParam(tenant)}/branding", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Set branding.
    /// 
    /// Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
    /// omitted fields return to the defaults.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid logo URL or colour</exception>
    public async Task<Branding> SetBrandingAsync(string tenant, Branding body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Branding>("PUT", $"/v1/tenants/{PathParam(tenant)}/branding", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get the password policy.
    /// 
    /// The policy in force: the tenant's choices over the server's defaults. It applies to
    /// sign-up, admin create and update, password change, password reset and invitation accept;
    /// existing passwords keep working.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<PasswordPolicy> GetPasswordPolicyAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasswordPolicy>("GET", $"/v1/tenants/{PathParam(tenant)}/password-policy", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Set the password policy.
    /// 
    /// Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
    /// count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
    /// to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
    /// range API configured.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Lengths out of range, or a breach check the server cannot do</exception>
    public async Task<PasswordPolicy> SetPasswordPolicyAsync(string tenant, SetPasswordPolicy body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasswordPolicy>("PUT", $"/v1/tenants/{PathParam(tenant)}/password-policy", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List audit events.
    /// 
    /// The tenant's audit log, oldest first, filtered and paginated by cursor.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="action">Exact action, such as `user.created`.</param>
    /// <param name="actorId"></param>
    /// <param name="targetId"></param>
    /// <param name="since">Events at or after this RFC 3339 time.</param>
    /// <param name="until">Events before this RFC 3339 time.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Bad time, limit or cursor</exception>
    public async Task<Page<AuditEvent>> ListAuditEventsAsync(string tenant, string? action = null, string? actorId = null, string? targetId = null, string? since = null, string? until = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<AuditEvent>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<AuditEventList>("GET", $"/v1/tenants/{PathParam(tenant)}/audit-events", new KeyValuePair<string, object?>[] { new("action", action), new("actor_id", actorId), new("target_id", targetId), new("since", since), new("until", until), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<AuditEvent>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Export audit events.
    /// 
    /// Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="format"></param>
    /// <param name="action"></param>
    /// <param name="actorId"></param>
    /// <param name="targetId"></param>
    /// <param name="since">Events at or after this RFC 3339 time.</param>
    /// <param name="until">Events before this RFC 3339 time.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Bad time, or too many events to export at once</exception>
    public async Task<string> ExportAuditEventsAsync(string tenant, AuditExportFormat? format = null, string? action = null, string? actorId = null, string? targetId = null, string? since = null, string? until = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<string>("GET", $"/v1/tenants/{PathParam(tenant)}/audit-events/export", new KeyValuePair<string, object?>[] { new("format", format), new("action", action), new("actor_id", actorId), new("target_id", targetId), new("since", since), new("until", until) }, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Verify the audit chain.
    /// 
    /// Recomputes every event's hash and link, and reports the first broken one.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<AuditVerification> VerifyAuditEventsAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<AuditVerification>("POST", $"/v1/tenants/{PathParam(tenant)}/audit-events/verify", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Search organizations.
    /// 
    /// By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="q">Case-insensitive substring of the slug or name.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Organization>> ListOrganizationsAsync(string tenant, string? q = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Organization>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<OrganizationList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations", new KeyValuePair<string, object?>[] { new("q", q), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Organization>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create an organization.
    /// 
    /// The slug is unique within the tenant and cannot change later.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 The slug is taken</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid slug, name, logo, metadata or policies</exception>
    public async Task<Organization> CreateOrganizationAsync(string tenant, CreateOrganization body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Organization>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get an organization.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task<Organization> GetOrganizationAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Organization>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete an organization.
    /// 
    /// Deletes its memberships, custom roles and invitations; sessions switched into it carry
    /// no organization from their next token on.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task DeleteOrganizationAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update an organization.
    /// 
    /// Changes only the fields present; `policies` replaces every policy at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name, logo, metadata or policies</exception>
    public async Task<Organization> UpdateOrganizationAsync(string tenant, string organization, UpdateOrganization body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Organization>("PATCH", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List members.
    /// 
    /// Ordered by user id, paginated by cursor.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Membership>> ListOrganizationMembersAsync(string tenant, string organization, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Membership>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<MembershipList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/members", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Membership>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Add a member.
    /// 
    /// Adds a user of the tenant with a role (`member` by default).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 The user is already a member</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Unknown user or role</exception>
    public async Task<Membership> AddOrganizationMemberAsync(string tenant, string organization, AddMember body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Membership>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/members", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a member.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or member</exception>
    public async Task<Membership> GetOrganizationMemberAsync(string tenant, string organization, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Membership>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/members/{PathParam(user)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Remove a member.
    /// 
    /// The user's sessions switched into the organization carry no organization from their
    /// next token on. The last owner cannot be removed.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or member</exception>
    /// <exception cref="ConflictException">409 The member is the last owner</exception>
    public async Task RemoveOrganizationMemberAsync(string tenant, string organization, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/members/{PathParam(user)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Change a member's role.
    /// 
    /// The last owner keeps the owner role until another member is made owner.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or member</exception>
    /// <exception cref="ConflictException">409 The member is the last owner</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Unknown role</exception>
    public async Task<Membership> UpdateOrganizationMemberAsync(string tenant, string organization, string user, UpdateMember body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Membership>("PATCH", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/members/{PathParam(user)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List the tenant's roles.
    /// 
    /// The built-in roles (with the tenant's permissions when it changed them), then the
    /// tenant-wide custom roles.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<RoleList> ListRolesAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RoleList>("GET", $"/v1/tenants/{PathParam(tenant)}/roles", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create a tenant-wide role.
    /// 
    /// A custom role every organization of the tenant can assign.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 The key is taken</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid key, name or permissions</exception>
    public async Task<Role> CreateRoleAsync(string tenant, CreateRole body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("POST", $"/v1/tenants/{PathParam(tenant)}/roles", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a tenant-wide role.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or role</exception>
    public async Task<Role> GetRoleAsync(string tenant, string role, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("GET", $"/v1/tenants/{PathParam(tenant)}/roles/{PathParam(role)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a tenant-wide role.
    /// 
    /// Only a custom role that no member holds.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or role</exception>
    /// <exception cref="ConflictException">409 A built-in role, or one that members hold</exception>
    public async Task DeleteRoleAsync(string tenant, string role, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/roles/{PathParam(role)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a tenant-wide role.
    /// 
    /// For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
    /// cannot change.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or role</exception>
    /// <exception cref="ConflictException">409 The owner role cannot change</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name or permissions</exception>
    public async Task<Role> UpdateRoleAsync(string tenant, string role, UpdateRole body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("PATCH", $"/v1/tenants/{PathParam(tenant)}/roles/{PathParam(role)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List an organization's roles.
    /// 
    /// The built-in and tenant-wide roles, then the organization's own.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task<RoleList> ListOrganizationRolesAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RoleList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/roles", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create an organization's role.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 The key is taken</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid key, name or permissions</exception>
    public async Task<Role> CreateOrganizationRoleAsync(string tenant, string organization, CreateRole body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/roles", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get an organization's role.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or role</exception>
    public async Task<Role> GetOrganizationRoleAsync(string tenant, string organization, string role, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/roles/{PathParam(role)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete an organization's role.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or role</exception>
    /// <exception cref="ConflictException">409 Members hold the role</exception>
    public async Task DeleteOrganizationRoleAsync(string tenant, string organization, string role, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/roles/{PathParam(role)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update an organization's role.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="role">The role's key</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or role</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name or permissions</exception>
    public async Task<Role> UpdateOrganizationRoleAsync(string tenant, string organization, string role, UpdateRole body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Role>("PATCH", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/roles/{PathParam(role)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Check a permission.
    /// 
    /// May the subject do `permission` in the organization? The answer explains itself: the
    /// role and pattern that granted it, or what was missing. Checks read live memberships.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Malformed subject, permission, organization or resource</exception>
    public async Task<AuthzDecision> CheckPermissionAsync(string tenant, AuthzCheck body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<AuthzDecision>("POST", $"/v1/tenants/{PathParam(tenant)}/authz/check", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Check permissions in a batch.
    /// 
    /// 1 to 100 checks, answered in order; malformed checks fail the whole batch.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Too many or too few checks, or a malformed one</exception>
    public async Task<AuthzDecisionList> CheckPermissionsAsync(string tenant, AuthzCheckBatch body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<AuthzDecisionList>("POST", $"/v1/tenants/{PathParam(tenant)}/authz/check-batch", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List my organizations.
    /// 
    /// The organizations I belong to, with my role; `current` marks the one this session is
    /// switched into.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<MyOrganization>> ListMyOrganizationsAsync(string tenant, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<MyOrganization>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<MyOrganizationList>("GET", $"/t/{PathParam(tenant)}/me/organizations", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "session_token" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<MyOrganization>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Switch into an organization.
    /// 
    /// Checks the organization's policies (allowed sign-in methods, MFA required, session
    /// age) against this session, then returns an access token carrying `org_id`, `org_slug`,
    /// `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
    /// organization.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task<SessionTokens> SwitchOrganizationAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/me/organizations/{PathParam(organization)}/switch", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Leave an organization.
    /// 
    /// Ends my membership; my sessions switched into it carry no organization from their next
    /// token on. The last owner cannot leave.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization, or not a member</exception>
    /// <exception cref="ConflictException">409 I am the last owner</exception>
    public async Task LeaveOrganizationAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me/organizations/{PathParam(organization)}", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get my organization.
    /// 
    /// Needs an access token switched into this organization and the `organization:read`
    /// permission.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The token is for another organization, or the role lacks the permission</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task<Organization> GetMemberOrganizationAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Organization>("GET", $"/t/{PathParam(tenant)}/organizations/{PathParam(organization)}", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List my organization's members.
    /// 
    /// Needs an access token switched into this organization and the `members:read` permission.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The token is for another organization, or the role lacks the permission</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Membership>> ListMemberOrganizationMembersAsync(string tenant, string organization, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Membership>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<MembershipList>("GET", $"/t/{PathParam(tenant)}/organizations/{PathParam(organization)}/members", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "session_token" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Membership>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List invitations.
    /// 
    /// Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<Invitation>> ListInvitationsAsync(string tenant, string organization, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Invitation>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<InvitationList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Invitation>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invite someone by email.
    /// 
    /// Sends a single-use link (7 days by default) to the address; the email is sent before the
    /// answer, and if it cannot be, no invitation is kept.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 Already a member, or a pending invitation exists</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid email, role, locale or lifetime</exception>
    /// <exception cref="InternalServerException">503 The email could not be sent</exception>
    public async Task<Invitation> CreateInvitationAsync(string tenant, string organization, CreateInvitation body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Invitation>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get an invitation.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="invitation">The invitation's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or invitation</exception>
    public async Task<Invitation> GetInvitationAsync(string tenant, string organization, string invitation, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Invitation>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations/{PathParam(invitation)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revoke an invitation.
    /// 
    /// Its link stops working at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="invitation">The invitation's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or invitation</exception>
    /// <exception cref="ConflictException">409 Already accepted or revoked</exception>
    public async Task RevokeInvitationAsync(string tenant, string organization, string invitation, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations/{PathParam(invitation)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resend an invitation.
    /// 
    /// Sends a new link with a fresh expiry (the same lifetime as before); the previous link
    /// stops working.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="invitation">The invitation's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or invitation</exception>
    /// <exception cref="ConflictException">409 Already accepted or revoked</exception>
    /// <exception cref="InternalServerException">503 The email could not be sent</exception>
    public async Task<Invitation> ResendInvitationAsync(string tenant, string organization, string invitation, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Invitation>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations/{PathParam(invitation)}/resend", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invite a teammate.
    /// 
    /// A member with `members:invite` (an `admin` or `owner` by default) invites someone into
    /// the organization their access token is switched into.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The token is for another organization, or the role lacks `members:invite`</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 Already a member, or a pending invitation exists</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid email, role, locale or lifetime</exception>
    /// <exception cref="InternalServerException">503 The email could not be sent</exception>
    public async Task<Invitation> InviteMemberAsync(string tenant, string organization, CreateInvitation body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Invitation>("POST", $"/t/{PathParam(tenant)}/organizations/{PathParam(organization)}/invitations", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Accept an invitation.
    /// 
    /// With the `tin_…` token from the email. An invitee with an account signs in first and
    /// sends the access token (`Authorization: Bearer …`); one without an account sends a
    /// password, which creates the account (its email verified) and returns session tokens,
    /// switched into the organization when its policies allow.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 The invitation token is unknown, used, revoked or expired, or the access token is not valid</exception>
    /// <exception cref="PermissionDeniedException">403 Signed in as another address than the invited one</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 The invited address has an account: sign in first</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A password is missing or breaks the policy</exception>
    public async Task<InvitationAccepted> AcceptInvitationAsync(string tenant, AcceptInvitation body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<InvitationAccepted>("POST", $"/t/{PathParam(tenant)}/invitations/accept", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List API keys.
    /// 
    /// Oldest first, optionally of one organization or user, revoked and expired keys included.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">Only this organization's keys (id or slug).</param>
    /// <param name="user">Only this user's keys.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<ApiKey>> ListApiKeysAsync(string tenant, string? organization = null, string? user = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<ApiKey>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<ApiKeyList>("GET", $"/v1/tenants/{PathParam(tenant)}/api-keys", new KeyValuePair<string, object?>[] { new("organization", organization), new("user", user), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<ApiKey>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create an API key.
    /// 
    /// For an organization or a user, limited to permission patterns, optionally expiring. The
    /// `tsk_…` secret is in this answer only; resource servers check it by introspection.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 No single owner, an unknown owner, or invalid name, permissions or lifetime</exception>
    public async Task<ApiKeyWithSecret> CreateApiKeyAsync(string tenant, CreateApiKey body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ApiKeyWithSecret>("POST", $"/v1/tenants/{PathParam(tenant)}/api-keys", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get an API key.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="key">The key's id (`key_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or key</exception>
    public async Task<ApiKey> GetApiKeyAsync(string tenant, string key, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ApiKey>("GET", $"/v1/tenants/{PathParam(tenant)}/api-keys/{PathParam(key)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revoke an API key.
    /// 
    /// Introspection answers `active: false` for it from now on.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="key">The key's id (`key_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or key</exception>
    /// <exception cref="ConflictException">409 Already revoked</exception>
    public async Task RevokeApiKeyAsync(string tenant, string key, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/api-keys/{PathParam(key)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rotate an API key.
    /// 
    /// Issues a successor with the same owner, name, permissions and lifetime; the old key
    /// keeps working for `overlap_secs` (a day by default).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="key">The key's id (`key_…`)</param>
    /// <param name="body">Optional</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or key</exception>
    /// <exception cref="ConflictException">409 The key is revoked, expired or already rotated</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Overlap out of range</exception>
    public async Task<ApiKeyWithSecret> RotateApiKeyAsync(string tenant, string key, RotateApiKey? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ApiKeyWithSecret>("POST", $"/v1/tenants/{PathParam(tenant)}/api-keys/{PathParam(key)}/rotate", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List an organization's domains.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    public async Task<OrganizationDomainList> ListOrganizationDomainsAsync(string tenant, string organization, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OrganizationDomainList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/domains", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claim a domain.
    /// 
    /// Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 The organization already claims it</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not a domain name</exception>
    public async Task<OrganizationDomain> AddOrganizationDomainAsync(string tenant, string organization, CreateOrganizationDomain body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OrganizationDomain>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/domains", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Remove a domain.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="domain">The domain's id (`dom_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or domain</exception>
    public async Task RemoveOrganizationDomainAsync(string tenant, string organization, string domain, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/domains/{PathParam(domain)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Change a domain's auto-join.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="domain">The domain's id (`dom_…`)</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or domain</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    public async Task<OrganizationDomain> UpdateOrganizationDomainAsync(string tenant, string organization, string domain, UpdateOrganizationDomain body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OrganizationDomain>("PATCH", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/domains/{PathParam(domain)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Verify a domain.
    /// 
    /// Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
    /// holds `txt_value`, the domain is verified.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="domain">The domain's id (`dom_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or domain</exception>
    /// <exception cref="ConflictException">409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)</exception>
    public async Task<OrganizationDomain> VerifyOrganizationDomainAsync(string tenant, string organization, string domain, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OrganizationDomain>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/domains/{PathParam(domain)}/verify", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List service accounts.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<ServiceAccount>> ListServiceAccountsAsync(string tenant, string organization, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<ServiceAccount>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<ServiceAccountList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/service-accounts", new KeyValuePair<string, object?>[] { new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<ServiceAccount>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Create a service account.
    /// 
    /// A confidential client with the `client_credentials` grant, owned by the organization and
    /// acting with one of its roles (`member` by default). Its tokens carry `org_id`,
    /// `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name, role, scopes or audiences</exception>
    public async Task<ServiceAccountWithSecret> CreateServiceAccountAsync(string tenant, string organization, CreateServiceAccount body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ServiceAccountWithSecret>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/service-accounts", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a service account.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="serviceAccount">The service account's client id (`cli_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or service account</exception>
    public async Task<ServiceAccount> GetServiceAccountAsync(string tenant, string organization, string serviceAccount, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ServiceAccount>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/service-accounts/{PathParam(serviceAccount)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a service account.
    /// 
    /// Deletes its client too: its secret stops working at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="serviceAccount">The service account's client id (`cli_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or service account</exception>
    public async Task DeleteServiceAccountAsync(string tenant, string organization, string serviceAccount, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/service-accounts/{PathParam(serviceAccount)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Change a service account's role.
    /// 
    /// Its next token carries the new role; checks use it at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="serviceAccount">The service account's client id (`cli_…`)</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or service account</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Unknown role</exception>
    public async Task<ServiceAccount> UpdateServiceAccountAsync(string tenant, string organization, string serviceAccount, UpdateServiceAccount body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ServiceAccount>("PATCH", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/service-accounts/{PathParam(serviceAccount)}", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List resource grants.
    /// 
    /// Oldest first, optionally of one subject or on one resource.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="subject">Only this subject's grants.</param>
    /// <param name="resource">Only grants on this resource.</param>
    /// <param name="limit">Items per page, 1-100 (default 20).</param>
    /// <param name="cursor">The `next_cursor` of the previous page.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed query or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="UnprocessableException">422 Limit out of range or unknown cursor</exception>
    public async Task<Page<ResourceGrant>> ListResourceGrantsAsync(string tenant, string organization, string? subject = null, string? resource = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<ResourceGrant>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<ResourceGrantList>("GET", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/resource-grants", new KeyValuePair<string, object?>[] { new("subject", subject), new("resource", resource), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "admin_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<ResourceGrant>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Grant a role on one resource.
    /// 
    /// To a member or a service account of the organization, on top of their organization-wide
    /// role; `authz/check` with that `resource` consults it.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or organization</exception>
    /// <exception cref="ConflictException">409 The subject already holds a role on the resource</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A subject outside the organization, an unknown role or a malformed resource</exception>
    public async Task<ResourceGrant> CreateResourceGrantAsync(string tenant, string organization, CreateResourceGrant body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ResourceGrant>("POST", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/resource-grants", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revoke a resource grant.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="organization">The organization's id or slug</param>
    /// <param name="grant">The grant's id (`rgr_…`)</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, organization or grant</exception>
    public async Task DeleteResourceGrantAsync(string tenant, string organization, string grant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/organizations/{PathParam(organization)}/resource-grants/{PathParam(grant)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get passkey settings.
    /// 
    /// The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
    /// Unset values show their defaults, derived from the server's public URL.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<WebauthnSettings> GetWebauthnSettingsAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<WebauthnSettings>("GET", $"/v1/tenants/{PathParam(tenant)}/webauthn-settings", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Set passkey settings.
    /// 
    /// Replaces the settings; omitted fields return to their defaults. Passkeys registered under
    /// another RP ID stop working, since browsers scope credentials to the RP ID.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A malformed RP ID, origin or format, or an origin outside the RP ID</exception>
    public async Task<WebauthnSettings> SetWebauthnSettingsAsync(string tenant, UpdateWebauthnSettings body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<WebauthnSettings>("PUT", $"/v1/tenants/{PathParam(tenant)}/webauthn-settings", null, body, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List a user's passkeys.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant or user</exception>
    public async Task<PasskeyList> ListUserPasskeysAsync(string tenant, string user, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasskeyList>("GET", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/passkeys", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a user's passkey.
    /// 
    /// The passkey can no longer sign in, from the next ceremony on.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="user">The user's id</param>
    /// <param name="passkey">The passkey's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing or invalid admin key</exception>
    /// <exception cref="NotFoundException">404 No such tenant, user or passkey</exception>
    public async Task DeleteUserPasskeyAsync(string tenant, string user, string passkey, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/v1/tenants/{PathParam(tenant)}/users/{PathParam(user)}/passkeys/{PathParam(passkey)}", null, null, null, new[] { "admin_key" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// My passkeys.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<PasskeyList> ListMyPasskeysAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasskeyList>("GET", $"/t/{PathParam(tenant)}/me/passkeys", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Add a passkey.
    /// 
    /// Verifies the browser's answer to the registration options and stores the passkey.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 This credential is already registered</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept</exception>
    public async Task<Passkey> RegisterPasskeyAsync(string tenant, PasskeyRegistrationFinish body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Passkey>("POST", $"/t/{PathParam(tenant)}/me/passkeys", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start adding a passkey.
    /// 
    /// Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
    /// browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<PasskeyCeremony> StartPasskeyRegistrationAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasskeyCeremony>("POST", $"/t/{PathParam(tenant)}/me/passkeys/options", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete one of my passkeys.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="passkey">The passkey's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant or passkey</exception>
    public async Task DeleteMyPasskeyAsync(string tenant, string passkey, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me/passkeys/{PathParam(passkey)}", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rename one of my passkeys.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="passkey">The passkey's id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant or passkey</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A name that is empty or longer than 64 characters</exception>
    public async Task<Passkey> RenameMyPasskeyAsync(string tenant, string passkey, RenamePasskey body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Passkey>("PATCH", $"/t/{PathParam(tenant)}/me/passkeys/{PathParam(passkey)}", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start a passkey sign-in.
    /// 
    /// Answers the options for `navigator.credentials.get()`. With the `email` of an account
    /// that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
    /// or one without passkeys) they are username-less, with `mediation: "conditional"` for
    /// autofill, and any passkey of the tenant may answer.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A malformed email</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<PasskeyCeremony> StartPasskeySignInAsync(string tenant, PasskeySignInStart body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasskeyCeremony>("POST", $"/t/{PathParam(tenant)}/auth/passkeys/options", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign in with a passkey.
    /// 
    /// Verifies the browser's assertion and opens a session, answered like a password sign-in.
    /// A passkey verifies its user, so no second factor is asked for.
    /// 
    /// With `organization`, the session opens switched into that organization, as at
    /// `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
    /// a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
    /// `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify</exception>
    /// <exception cref="PermissionDeniedException">403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A malformed credential, or `organization` names no organization of the tenant</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<SessionTokens> VerifyPasskeySignInAsync(string tenant, PasskeySignInFinish body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/auth/passkeys/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start the passkey step of an MFA challenge.
    /// 
    /// For a login answer whose `factors` include `passkey`: options for
    /// `navigator.credentials.get()` listing the account's passkeys.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_token`: unknown, expired or spent MFA token</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The account has no passkey</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<PasskeyCeremony> StartPasskeySecondFactorAsync(string tenant, PasskeySecondFactorStart body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<PasskeyCeremony>("POST", $"/t/{PathParam(tenant)}/auth/mfa/passkey/options", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Complete an MFA challenge with a passkey.
    /// 
    /// Verifies the assertion, spends the MFA token and opens the session.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify</exception>
    /// <exception cref="PermissionDeniedException">403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 A malformed credential</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<SessionTokens> VerifyPasskeySecondFactorAsync(string tenant, PasskeySecondFactorFinish body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/auth/mfa/passkey/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// OpenID Provider configuration.
    /// 
    /// The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<OpenIdConfiguration> GetOpenIdConfigurationAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OpenIdConfiguration>("GET", $"/t/{PathParam(tenant)}/.well-known/openid-configuration", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// JSON Web Key Set.
    /// 
    /// The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
    /// they signed has expired.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<JwkSet> GetJwksAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<JwkSet>("GET", $"/t/{PathParam(tenant)}/.well-known/jwks.json", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// OAuth authorization server metadata.
    /// 
    /// RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
    /// path appended; clients such as the MCP SDK look here first.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<OpenIdConfiguration> GetAuthorizationServerMetadataAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<OpenIdConfiguration>("GET", $"/.well-known/oauth-authorization-server/t/{PathParam(tenant)}", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign in with email and password.
    /// 
    /// Answers the same `invalid_credentials` whether the email is unknown or the password is
    /// wrong. After five failures the email is locked with exponential backoff (429 with
    /// `Retry-After`), whether or not it has an account.
    /// 
    /// When the user has a second factor, a correct password answers an `MfaChallenge`
    /// (`mfa_required: true`) instead of tokens: complete the sign-in at
    /// `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
    /// 
    /// With `organization` (an id, `org_…`, or a slug), the session opens switched into that
    /// organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
    /// access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
    /// `permissions`. An organization the tenant does not have is `422` before the password is
    /// checked. Once every factor is verified (here, or at the second factor, whose challenge
    /// remembers the organization), a user who is not a member gets `403 permission_denied`,
    /// and a sign-in that does not meet a policy `403 organization_policy_violation` whose
    /// `detail` names the policy in backquotes; either opens no session and counts nothing
    /// towards the lockout. A wrong password is `invalid_credentials` as without it.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Wrong email or password</exception>
    /// <exception cref="PermissionDeniedException">403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 `organization` names no organization of the tenant</exception>
    /// <exception cref="RateLimitedException">429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address</exception>
    public async Task<LoginResponse> LoginAsync(string tenant, LoginRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<LoginResponse>("POST", $"/t/{PathParam(tenant)}/auth/login", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Refresh a session.
    /// 
    /// Spends the refresh token (from the body or the cookie) and returns a new access token
    /// and a new refresh token. A refresh token works once: presenting a spent one revokes the
    /// whole session.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Unknown, expired, revoked or reused refresh token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<SessionTokens> RefreshSessionAsync(string tenant, RefreshRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/auth/refresh", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign out.
    /// 
    /// Revokes the session of the refresh token (from the body or the cookie) and clears the
    /// cookie. Signing out twice, or with an unknown token, also answers 204.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    public async Task LogoutAsync(string tenant, RefreshRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("POST", $"/t/{PathParam(tenant)}/auth/logout", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Token endpoint.
    /// 
    /// Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
    /// returns an ID token for `openid` and a rotating refresh token when the client may use
    /// `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
    /// `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
    /// `client_secret_post` as registered; public clients send only `client_id`.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type</exception>
    /// <exception cref="AuthenticationException">401 invalid_client</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<TokenResponse> OauthTokenAsync(string tenant, TokenRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TokenResponse>("POST", $"/t/{PathParam(tenant)}/oauth/token", null, null, body, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Token introspection.
    /// 
    /// RFC 7662: whether an access token of this tenant is active, with its claims. Callers
    /// authenticate as a confidential client of the tenant.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 invalid_request</exception>
    /// <exception cref="AuthenticationException">401 invalid_client</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<IntrospectionResponse> OauthIntrospectAsync(string tenant, TokenQuery body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<IntrospectionResponse>("POST", $"/t/{PathParam(tenant)}/oauth/introspect", null, null, body, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Token revocation.
    /// 
    /// RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
    /// foreign tokens also answer 200, as the RFC requires.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 invalid_request</exception>
    /// <exception cref="AuthenticationException">401 invalid_client</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task OauthRevokeAsync(string tenant, TokenQuery body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("POST", $"/t/{PathParam(tenant)}/oauth/revoke", null, null, body, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// UserInfo.
    /// 
    /// OpenID Connect Core §5.3: the claims about the token's user that its scopes release
    /// (`openid` required; `profile` and `email` add claims). Send the access token as a
    /// Bearer token.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="AuthenticationException">401 invalid_token (RFC 6750)</exception>
    /// <exception cref="PermissionDeniedException">403 insufficient_scope: the token lacks openid</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<UserInfo> OauthUserInfoAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<UserInfo>("GET", $"/t/{PathParam(tenant)}/oauth/userinfo", null, null, null, new[] { "bearer_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// UserInfo (POST).
    /// 
    /// The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="AuthenticationException">401 invalid_token (RFC 6750)</exception>
    /// <exception cref="PermissionDeniedException">403 insufficient_scope: the token lacks openid</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<UserInfo> OauthUserInfoPostAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<UserInfo>("POST", $"/t/{PathParam(tenant)}/oauth/userinfo", null, null, null, new[] { "bearer_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Register a client dynamically.
    /// 
    /// RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
    /// need. Registered clients get the authorization code flow (with `refresh_token` when
    /// asked); `token_endpoint_auth_method: none` makes a public client. The response carries
    /// the client secret and the registration access token, once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 invalid_redirect_uri or invalid_client_metadata</exception>
    /// <exception cref="PermissionDeniedException">403 access_denied: the tenant does not allow dynamic registration</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<ClientRegistrationResponse> OauthRegisterAsync(string tenant, ClientRegistrationRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ClientRegistrationResponse>("POST", $"/t/{PathParam(tenant)}/oauth/register", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Read a registration.
    /// 
    /// RFC 7592 §2.1, with the registration access token as a Bearer token.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="AuthenticationException">401 invalid_token</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<ClientRegistrationResponse> OauthReadRegistrationAsync(string tenant, string client, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ClientRegistrationResponse>("GET", $"/t/{PathParam(tenant)}/oauth/register/{PathParam(client)}", null, null, null, new[] { "registration_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update a registration.
    /// 
    /// RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
    /// cannot change).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 invalid_redirect_uri or invalid_client_metadata</exception>
    /// <exception cref="AuthenticationException">401 invalid_token</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<ClientRegistrationResponse> OauthUpdateRegistrationAsync(string tenant, string client, ClientRegistrationRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ClientRegistrationResponse>("PUT", $"/t/{PathParam(tenant)}/oauth/register/{PathParam(client)}", null, body, null, new[] { "registration_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete a registration.
    /// 
    /// RFC 7592 §2.3: the client stops working at once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The client_id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="AuthenticationException">401 invalid_token</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task OauthDeleteRegistrationAsync(string tenant, string client, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/oauth/register/{PathParam(client)}", null, null, null, new[] { "registration_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Protected resource metadata.
    /// 
    /// RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
    /// behalf: resource servers point clients here from their `WWW-Authenticate` challenge
    /// (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="resource">The resource's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant or resource</exception>
    public async Task<ProtectedResourceMetadata> GetProtectedResourceMetadataAsync(string tenant, string resource, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ProtectedResourceMetadata>("GET", $"/.well-known/oauth-protected-resource/t/{PathParam(tenant)}/resources/{PathParam(resource)}", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Complete a sign-in with a second factor.
    /// 
    /// Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
    /// current six-digit code (the previous and next 30-second codes are accepted too, each
    /// code only once), or `recovery_code`, one of the user's single-use recovery codes. A
    /// wrong code answers `invalid_code` and leaves the token usable until it expires (five
    /// minutes); failures count towards the same lockout as wrong passwords. Success spends the
    /// token and returns the session's tokens, delivered as `delivery` asks.
    /// 
    /// When the login named an `organization`, the session opens into it once the user's
    /// membership and the organization's policies, judged with this second factor (so
    /// `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
    /// and no session is opened.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token</exception>
    /// <exception cref="PermissionDeniedException">403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not exactly one of `code` and `recovery_code`, or a malformed one</exception>
    /// <exception cref="RateLimitedException">429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address</exception>
    public async Task<SessionTokens> VerifyMfaAsync(string tenant, MfaVerifyRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/auth/mfa/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign up.
    /// 
    /// Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
    /// takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
    /// (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
    /// `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
    /// the password policy.
    /// 
    /// The answer is the same 202, after about the same time, whether or not the address
    /// already has an account, so it reveals nothing about which accounts exist: a new address
    /// is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
    /// an address with an account is emailed a notice with a password-reset link instead.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="PermissionDeniedException">403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">413 Body too large</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not an email address, a name that is too long, or a password that does not meet the policy</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<EmailRequestAccepted> SignupAsync(string tenant, SignupRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailRequestAccepted>("POST", $"/t/{PathParam(tenant)}/auth/signup", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finish signing up.
    /// 
    /// Spends the token of a signup link, creates the user (with the email verified) and signs
    /// them in: the session's tokens, the refresh token in JSON or in the session cookie as
    /// `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
    /// signup of the same address; 409 if the address got an account in the meantime.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Unknown, expired, used or superseded token</exception>
    /// <exception cref="PermissionDeniedException">403 The tenant no longer takes signups from this address</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 The address already has an account</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<SessionTokens> VerifySignupAsync(string tenant, SignupVerify body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionTokens>("POST", $"/t/{PathParam(tenant)}/auth/signup/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Verify an email address.
    /// 
    /// Spends the token of a verification link and marks the user's email verified. The token
    /// is refused if it expired, was used or replaced, or if the user's email changed since.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Unknown, expired, used or superseded token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<EmailVerified> VerifyEmailAsync(string tenant, VerifyEmailRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailVerified>("POST", $"/t/{PathParam(tenant)}/auth/verify-email", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Request a password reset.
    /// 
    /// Emails a reset link (valid once, for 30 minutes) if the address has an account that may
    /// sign in. The answer is the same 202, after about the same time, whether or not it does.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not an email address</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<EmailRequestAccepted> RequestPasswordResetAsync(string tenant, EmailRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailRequestAccepted>("POST", $"/t/{PathParam(tenant)}/auth/password-reset", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Set a new password with a reset token.
    /// 
    /// Spends the token of a reset link, sets the password (checked against the password
    /// policy; a refused password leaves the token usable), marks the email verified, lifts a
    /// sign-in lockout and revokes every session of the user.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Unknown, expired, used or superseded token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The password does not meet the policy</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task ConfirmPasswordResetAsync(string tenant, PasswordResetConfirm body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("POST", $"/t/{PathParam(tenant)}/auth/password-reset/confirm", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Request a magic link.
    /// 
    /// Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
    /// sign in. The answer is the same 202, after about the same time, whether or not it does.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not an email address</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<EmailRequestAccepted> RequestMagicLinkAsync(string tenant, EmailRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailRequestAccepted>("POST", $"/t/{PathParam(tenant)}/auth/magic-link", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign in with a magic link.
    /// 
    /// Spends the token of a magic link and answers as a password login does: the session's
    /// tokens (the refresh token in JSON or in the session cookie), or, when the user has a
    /// second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Unknown, expired, used or superseded token</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<LoginResponse> VerifyMagicLinkAsync(string tenant, MagicLinkVerify body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<LoginResponse>("POST", $"/t/{PathParam(tenant)}/auth/magic-link/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Request an email sign-in code.
    /// 
    /// Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
    /// account that may sign in. The answer is the same 202, after about the same time, whether
    /// or not it does.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Not an email address</exception>
    /// <exception cref="RateLimitedException">429 Too many requests from this address</exception>
    public async Task<EmailRequestAccepted> RequestEmailCodeAsync(string tenant, EmailRequest body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<EmailRequestAccepted>("POST", $"/t/{PathParam(tenant)}/auth/email-code", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign in with an email code.
    /// 
    /// Checks the code last sent to the email and answers as a password login does: the
    /// session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
    /// `invalid_code` and count toward the email's sign-in lockout (shared with password login;
    /// 429 with `Retry-After`), and a code dies after five wrong guesses.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 `invalid_code`: wrong, expired or used code</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The code is not six digits</exception>
    /// <exception cref="RateLimitedException">429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address</exception>
    public async Task<LoginResponse> VerifyEmailCodeAsync(string tenant, EmailCodeVerify body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<LoginResponse>("POST", $"/t/{PathParam(tenant)}/auth/email-code/verify", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get my profile.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<User> GetMeAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("GET", $"/t/{PathParam(tenant)}/me", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delete my account.
    /// 
    /// Deletes the account and its sessions; needs the current password when the account has one.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Invalid access token, or a wrong current password</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The current password is missing</exception>
    public async Task DeleteMeAsync(string tenant, Reauthenticate body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Update my profile.
    /// 
    /// Name, picture and locale. Email changes and metadata are for administrators.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 Invalid name, picture or locale</exception>
    public async Task<User> UpdateMeAsync(string tenant, UpdateProfile body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<User>("PATCH", $"/t/{PathParam(tenant)}/me", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Change my password.
    /// 
    /// Needs the current password (when the account has one); every other session of the
    /// user ends, this one stays.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Invalid access token, or a wrong current password</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The new password breaks the policy, or the current one is missing</exception>
    public async Task ChangeMyPasswordAsync(string tenant, ChangePassword body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("POST", $"/t/{PathParam(tenant)}/me/password", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List my sessions.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<SessionList> ListMySessionsAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<SessionList>("GET", $"/t/{PathParam(tenant)}/me/sessions", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sign out one of my sessions.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="session">The session's id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant or live session</exception>
    public async Task RevokeMySessionAsync(string tenant, string session, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me/sessions/{PathParam(session)}", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// My TOTP status.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<TotpStatus> GetMyTotpAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TotpStatus>("GET", $"/t/{PathParam(tenant)}/me/mfa/totp", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Start my TOTP enrolment.
    /// 
    /// Needs the current password (when the account has one). Returns a new secret, pending
    /// until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Invalid access token, or a wrong current password</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 TOTP is already enabled</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The current password is missing</exception>
    public async Task<TotpEnrolment> StartMyTotpEnrolmentAsync(string tenant, Reauthenticate body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TotpEnrolment>("POST", $"/t/{PathParam(tenant)}/me/mfa/totp", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Disable my TOTP.
    /// 
    /// Needs the current password (when the account has one).
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Invalid access token, or a wrong current password</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant, or no authenticator</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The current password is missing</exception>
    public async Task DisableMyTotpAsync(string tenant, Reauthenticate body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me/mfa/totp", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Confirm my TOTP enrolment.
    /// 
    /// Enables the pending authenticator with a code it shows now and returns ten single-use
    /// recovery codes, shown once.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 No enrolment is pending, or TOTP is already enabled</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The code is malformed or not the authenticator's current code</exception>
    public async Task<RecoveryCodes> ConfirmMyTotpAsync(string tenant, ConfirmTotp body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RecoveryCodes>("POST", $"/t/{PathParam(tenant)}/me/mfa/totp/confirm", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Regenerate my recovery codes.
    /// 
    /// Needs the current password (when the account has one); the old codes stop working.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed body or tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Invalid access token, or a wrong current password</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    /// <exception cref="ConflictException">409 No enabled authenticator</exception>
    /// <exception cref="ApiException">415 Body is not JSON</exception>
    /// <exception cref="UnprocessableException">422 The current password is missing</exception>
    public async Task<RecoveryCodes> RegenerateMyRecoveryCodesAsync(string tenant, Reauthenticate body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<RecoveryCodes>("POST", $"/t/{PathParam(tenant)}/me/mfa/recovery-codes", null, body, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// List my connected applications.
    /// 
    /// Applications I allowed at the consent page, with the scopes granted.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant</exception>
    public async Task<ConsentList> ListMyConsentsAsync(string tenant, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<ConsentList>("GET", $"/t/{PathParam(tenant)}/me/consents", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Disconnect an application.
    /// 
    /// Withdraws my consent: the application must ask again, and its refresh tokens stop working.
    /// </summary>
    /// <param name="tenant">The tenant's slug</param>
    /// <param name="client">The application's client_id</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="BadRequestException">400 Malformed tenant slug</exception>
    /// <exception cref="AuthenticationException">401 Missing, invalid or expired access token, or an ended session</exception>
    /// <exception cref="PermissionDeniedException">403 The account is disabled</exception>
    /// <exception cref="NotFoundException">404 No such tenant, or no consent for this application</exception>
    public async Task RevokeMyConsentAsync(string tenant, string client, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/t/{PathParam(tenant)}/me/consents/{PathParam(client)}", null, null, null, new[] { "session_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Liveness.
    /// 
    /// Answers while the process can serve HTTP; it does not touch the database.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<HealthStatus> GetHealthAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<HealthStatus>("GET", $"/healthz", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Readiness.
    /// 
    /// Ready when the database answers within two seconds; recovers by itself when it returns.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="InternalServerException">503 The database is unreachable</exception>
    public async Task<HealthStatus> GetReadinessAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<HealthStatus>("GET", $"/readyz", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Prometheus metrics.
    /// 
    /// Requests by route and status, latency histograms and database pool gauges, in the
    /// Prometheus text format.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<string> GetMetricsAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<string>("GET", $"/metrics", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// OpenAPI document.
    /// 
    /// This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<Dictionary<string, JsonElement>> GetOpenApiAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Dictionary<string, JsonElement>>("GET", $"/openapi.json", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }
}
