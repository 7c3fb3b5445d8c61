// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tessera.sdk.model.*;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A client for the Tessera API.
 *
 * The management and protocol API of Tessera, a self-hosted multi-tenant identity platform.
 */
public final class TesseraClient {
    /** This SDK's version, sent in the User-Agent ({@code tessera-java/VERSION}). */
    public static final String VERSION = "0.1.0";

    private static final Map<String, Transport.Scheme> SCHEMES = Map.of(
            "admin_key", new Transport.Scheme("Authorization", "Bearer "),
            "bearer_token", new Transport.Scheme("Authorization", "Bearer "),
            "registration_token", new Transport.Scheme("Authorization", "Bearer "),
            "session_token", new Transport.Scheme("Authorization", "Bearer ")
    );

    private final Transport transport;
    private final Builder settings;

    private TesseraClient(Builder settings, Transport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    /**
     * A builder; {@link Builder#baseUrl} is required.
     *
     * <pre>{@code
     * TesseraClient client = TesseraClient.builder()
     *         .baseUrl("https://id.example.com")
     *         .adminKey(System.getenv("TESSERA_ADMIN_KEY"))
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this client's settings, to derive a client that differs in some.
     *
     * @return a copy of the settings
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /** @return the server's base URL, without a trailing slash */
    public String baseUrl() {
        return transport.baseUrl;
    }

    /**
     * A client like this one that sends {@code token} for the "admin_key" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withAdminKey(String token) {
        return toBuilder().adminKey(token).build();
    }

    /**
     * A client like this one that sends {@code token} for the "bearer_token" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withBearerToken(String token) {
        return toBuilder().bearerToken(token).build();
    }

    /**
     * A client like this one that sends {@code token} for the "registration_token" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withRegistrationToken(String token) {
        return toBuilder().registrationToken(token).build();
    }

    /**
     * A client like this one that sends {@code token} for the "session_token" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withSessionToken(String token) {
        return toBuilder().sessionToken(token).build();
    }

    /**
     * A token source for the OAuth client {@code clientId} of {@code tenant}, through this
     * client's transport, timeouts and retries.
     *
     * <pre>{@code
     * ClientCredentials tokens = client.clientCredentials("acme", clientId, clientSecret);
     * String accessToken = tokens.token(); // cached until shortly before it expires
     * }</pre>
     *
     * @param tenant the tenant's slug
     * @param clientId the client's id
     * @param clientSecret its secret
     * @return a caching token source
     */
    public ClientCredentials clientCredentials(String tenant, String clientId, String clientSecret) {
        return new ClientCredentials(transport, tenant, clientId, clientSecret, null, null, Duration.ofSeconds(30), Clock.systemUTC());
    }

    static String enc(Object value) {
        return Transport.encodePath(value);
    }

    /**
     * List tenants.
     *
     * Oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants}
     * @throws BadRequestException 400 Malformed query
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public TenantList listTenants(ListTenantsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants", null, null, query, List.of("admin_key"), new TypeReference<TenantList>() {}, options);
    }

    /**
     * List tenants.
     *
     * Oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants}
     * @throws BadRequestException 400 Malformed query
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public TenantList listTenants(ListTenantsParams params) {
        return listTenants(params, RequestOptions.NONE);
    }

    /**
     * List tenants.
     *
     * Oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants}
     * @throws BadRequestException 400 Malformed query
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public TenantList listTenants() {
        return listTenants(null, RequestOptions.NONE);
    }

    /**
     * Every {@link Tenant} of {@link #listTenants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<TenantList, Tenant> listTenantsAll(ListTenantsParams params, RequestOptions options) {
        ListTenantsParams start = params == null ? ListTenantsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listTenants(start.toBuilder().cursor(cursor).build(), options), TenantList::data, TenantList::nextCursor);
    }

    /**
     * Every {@link Tenant} of {@link #listTenants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<TenantList, Tenant> listTenantsAll(ListTenantsParams params) {
        return listTenantsAll(params, RequestOptions.NONE);
    }

    /**
     * Every {@link Tenant} of {@link #listTenants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<TenantList, Tenant> listTenantsAll() {
        return listTenantsAll(null, RequestOptions.NONE);
    }

    /**
     * Create a tenant.
     *
     * Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
     * `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
     *
     * <p>{@code POST /v1/tenants}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name or origins
     */
    public Tenant createTenant(CreateTenant body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants", body, null, Map.of(), List.of("admin_key"), new TypeReference<Tenant>() {}, options);
    }

    /**
     * Create a tenant.
     *
     * Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
     * `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
     *
     * <p>{@code POST /v1/tenants}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name or origins
     */
    public Tenant createTenant(CreateTenant body) {
        return createTenant(body, RequestOptions.NONE);
    }

    /**
     * Get a tenant.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public Tenant getTenant(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant), null, null, Map.of(), List.of("admin_key"), new TypeReference<Tenant>() {}, options);
    }

    /**
     * Get a tenant.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public Tenant getTenant(String tenant) {
        return getTenant(tenant, RequestOptions.NONE);
    }

    /**
     * Delete a tenant.
     *
     * Deletes the tenant and everything it owns, keys included. Tokens it issued stop
     * verifying as soon as relying parties refresh its JWKS.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public void deleteTenant(String tenant, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a tenant.
     *
     * Deletes the tenant and everything it owns, keys included. Tokens it issued stop
     * verifying as soon as relying parties refresh its JWKS.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public void deleteTenant(String tenant) {
        deleteTenant(tenant, RequestOptions.NONE);
    }

    /**
     * Update a tenant.
     *
     * Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
     * it is part of the issuer that tokens carry.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent key change
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or origins
     */
    public Tenant updateTenant(String tenant, UpdateTenant body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant), body, null, Map.of(), List.of("admin_key"), new TypeReference<Tenant>() {}, options);
    }

    /**
     * Update a tenant.
     *
     * Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
     * it is part of the issuer that tokens carry.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent key change
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or origins
     */
    public Tenant updateTenant(String tenant, UpdateTenant body) {
        return updateTenant(tenant, body, RequestOptions.NONE);
    }

    /**
     * List signing keys.
     *
     * The tenant's published keys: active ones first, then retired ones that stay in the JWKS
     * until no token they signed can still be valid.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/keys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public SigningKeyList listSigningKeys(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/keys", null, null, Map.of(), List.of("admin_key"), new TypeReference<SigningKeyList>() {}, options);
    }

    /**
     * List signing keys.
     *
     * The tenant's published keys: active ones first, then retired ones that stay in the JWKS
     * until no token they signed can still be valid.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/keys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public SigningKeyList listSigningKeys(String tenant) {
        return listSigningKeys(tenant, RequestOptions.NONE);
    }

    /**
     * Rotate signing keys.
     *
     * Activates a new key for each algorithm (or only `alg`) and retires the previous one,
     * which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/keys/rotate}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent rotation won
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The tenant has no key of that algorithm
     */
    public SigningKeyList rotateSigningKeys(String tenant, RotateKeysRequest body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/keys/rotate", body, null, Map.of(), List.of("admin_key"), new TypeReference<SigningKeyList>() {}, options);
    }

    /**
     * Rotate signing keys.
     *
     * Activates a new key for each algorithm (or only `alg`) and retires the previous one,
     * which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/keys/rotate}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent rotation won
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The tenant has no key of that algorithm
     */
    public SigningKeyList rotateSigningKeys(String tenant, RotateKeysRequest body) {
        return rotateSigningKeys(tenant, body, RequestOptions.NONE);
    }

    /**
     * Mint a test access token.
     *
     * Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
     * resource servers and token validation; `client_id` is `tessera-test-token`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/test-tokens}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid subject, audience, scope or lifetime
     */
    public TestToken createTestToken(String tenant, TestTokenRequest body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/test-tokens", body, null, Map.of(), List.of("admin_key"), new TypeReference<TestToken>() {}, options);
    }

    /**
     * Mint a test access token.
     *
     * Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
     * resource servers and token validation; `client_id` is `tessera-test-token`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/test-tokens}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid subject, audience, scope or lifetime
     */
    public TestToken createTestToken(String tenant, TestTokenRequest body) {
        return createTestToken(tenant, body, RequestOptions.NONE);
    }

    /**
     * Search users.
     *
     * Filters by exact email, a case-insensitive substring of email or name, and disabled
     * state; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed email or unknown cursor
     */
    public UserList listUsers(String tenant, ListUsersParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("email", params.email());
            query.put("q", params.q());
            query.put("disabled", params.disabled());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/users", null, null, query, List.of("admin_key"), new TypeReference<UserList>() {}, options);
    }

    /**
     * Search users.
     *
     * Filters by exact email, a case-insensitive substring of email or name, and disabled
     * state; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed email or unknown cursor
     */
    public UserList listUsers(String tenant, ListUsersParams params) {
        return listUsers(tenant, params, RequestOptions.NONE);
    }

    /**
     * Search users.
     *
     * Filters by exact email, a case-insensitive substring of email or name, and disabled
     * state; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed email or unknown cursor
     */
    public UserList listUsers(String tenant) {
        return listUsers(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link User} of {@link #listUsers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<UserList, User> listUsersAll(String tenant, ListUsersParams params, RequestOptions options) {
        ListUsersParams start = params == null ? ListUsersParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listUsers(tenant, start.toBuilder().cursor(cursor).build(), options), UserList::data, UserList::nextCursor);
    }

    /**
     * Every {@link User} of {@link #listUsers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<UserList, User> listUsersAll(String tenant, ListUsersParams params) {
        return listUsersAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link User} of {@link #listUsers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<UserList, User> listUsersAll(String tenant) {
        return listUsersAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Create a user.
     *
     * The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
     * when given, must meet the password policy and is stored as an argon2id hash.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public User createUser(String tenant, CreateUser body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users", body, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Create a user.
     *
     * The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
     * when given, must meet the password policy and is stored as an argon2id hash.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public User createUser(String tenant, CreateUser body) {
        return createUser(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get a user.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User getUser(String tenant, String user, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), null, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Get a user.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User getUser(String tenant, String user) {
        return getUser(tenant, user, RequestOptions.NONE);
    }

    /**
     * Delete a user.
     *
     * Deletes the user and their sessions.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public void deleteUser(String tenant, String user, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a user.
     *
     * Deletes the user and their sessions.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public void deleteUser(String tenant, String user) {
        deleteUser(tenant, user, RequestOptions.NONE);
    }

    /**
     * Update a user.
     *
     * Changes only the fields present. A new password revokes every session of the user; a
     * new email is unverified unless `email_verified` is sent too.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public User updateUser(String tenant, String user, UpdateUser body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), body, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Update a user.
     *
     * Changes only the fields present. A new password revokes every session of the user; a
     * new email is unverified unless `email_verified` is sent too.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public User updateUser(String tenant, String user, UpdateUser body) {
        return updateUser(tenant, user, body, RequestOptions.NONE);
    }

    /**
     * Disable a user.
     *
     * The user can no longer sign in or refresh, and every session is revoked at once.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/disable}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User disableUser(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/disable", null, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Disable a user.
     *
     * The user can no longer sign in or refresh, and every session is revoked at once.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/disable}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User disableUser(String tenant, String user) {
        return disableUser(tenant, user, RequestOptions.NONE);
    }

    /**
     * Enable a user.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/enable}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User enableUser(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/enable", null, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Enable a user.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/enable}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User enableUser(String tenant, String user) {
        return enableUser(tenant, user, RequestOptions.NONE);
    }

    /**
     * Unlock a user.
     *
     * Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/unlock}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User unlockUser(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/unlock", null, null, Map.of(), List.of("admin_key"), new TypeReference<User>() {}, options);
    }

    /**
     * Unlock a user.
     *
     * Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/unlock}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public User unlockUser(String tenant, String user) {
        return unlockUser(tenant, user, RequestOptions.NONE);
    }

    /**
     * List a user's sessions.
     *
     * Live sessions (neither revoked nor expired), newest first.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/sessions}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public SessionList listUserSessions(String tenant, String user, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/sessions", null, null, Map.of(), List.of("admin_key"), new TypeReference<SessionList>() {}, options);
    }

    /**
     * List a user's sessions.
     *
     * Live sessions (neither revoked nor expired), newest first.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/sessions}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public SessionList listUserSessions(String tenant, String user) {
        return listUserSessions(tenant, user, RequestOptions.NONE);
    }

    /**
     * Revoke a user's session.
     *
     * Its refresh tokens stop working at once; access tokens already issued expire on their own.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/sessions/&#123;session&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or live session
     */
    public void revokeUserSession(String tenant, String user, String session, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/sessions/" + enc(session), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Revoke a user's session.
     *
     * Its refresh tokens stop working at once; access tokens already issued expire on their own.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/sessions/&#123;session&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or live session
     */
    public void revokeUserSession(String tenant, String user, String session) {
        revokeUserSession(tenant, user, session, RequestOptions.NONE);
    }

    /**
     * Get a user's TOTP status.
     *
     * Whether the user has an authenticator (pending or enabled) and how many unused recovery
     * codes are left.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public TotpStatus getUserTotp(String tenant, String user, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", null, null, Map.of(), List.of("admin_key"), new TypeReference<TotpStatus>() {}, options);
    }

    /**
     * Get a user's TOTP status.
     *
     * Whether the user has an authenticator (pending or enabled) and how many unused recovery
     * codes are left.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public TotpStatus getUserTotp(String tenant, String user) {
        return getUserTotp(tenant, user, RequestOptions.NONE);
    }

    /**
     * Start TOTP enrolment.
     *
     * Creates a new shared secret for the user, pending until confirmed, and returns it once:
     * as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
     * authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
     * the enrolment is confirmed.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 TOTP is already enabled; disable it first
     */
    public TotpEnrolment startUserTotpEnrolment(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", null, null, Map.of(), List.of("admin_key"), new TypeReference<TotpEnrolment>() {}, options);
    }

    /**
     * Start TOTP enrolment.
     *
     * Creates a new shared secret for the user, pending until confirmed, and returns it once:
     * as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
     * authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
     * the enrolment is confirmed.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 TOTP is already enabled; disable it first
     */
    public TotpEnrolment startUserTotpEnrolment(String tenant, String user) {
        return startUserTotpEnrolment(tenant, user, RequestOptions.NONE);
    }

    /**
     * Disable TOTP.
     *
     * Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
     * sign-in challenges: the password alone signs in again.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user, or the user has no authenticator
     */
    public void disableUserTotp(String tenant, String user, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Disable TOTP.
     *
     * Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
     * sign-in challenges: the password alone signs in again.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user, or the user has no authenticator
     */
    public void disableUserTotp(String tenant, String user) {
        disableUserTotp(tenant, user, RequestOptions.NONE);
    }

    /**
     * Confirm TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now (the previous and next
     * 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
     * From then on, a correct password leads to a second-factor challenge.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public RecoveryCodes confirmUserTotp(String tenant, String user, ConfirmTotp body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp/confirm", body, null, Map.of(), List.of("admin_key"), new TypeReference<RecoveryCodes>() {}, options);
    }

    /**
     * Confirm TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now (the previous and next
     * 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
     * From then on, a correct password leads to a second-factor challenge.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/totp/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public RecoveryCodes confirmUserTotp(String tenant, String user, ConfirmTotp body) {
        return confirmUserTotp(tenant, user, body, RequestOptions.NONE);
    }

    /**
     * Regenerate recovery codes.
     *
     * Replaces the user's recovery codes, used or not, with ten new ones, shown once.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/recovery-codes}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The user has no enabled TOTP authenticator
     */
    public RecoveryCodes regenerateUserRecoveryCodes(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/recovery-codes", null, null, Map.of(), List.of("admin_key"), new TypeReference<RecoveryCodes>() {}, options);
    }

    /**
     * Regenerate recovery codes.
     *
     * Replaces the user's recovery codes, used or not, with ten new ones, shown once.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/mfa/recovery-codes}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The user has no enabled TOTP authenticator
     */
    public RecoveryCodes regenerateUserRecoveryCodes(String tenant, String user) {
        return regenerateUserRecoveryCodes(tenant, user, RequestOptions.NONE);
    }

    /**
     * Send a verification email.
     *
     * Emails the user a link that verifies their address; it works once, for 24 hours, and a
     * newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
     * token in the URL fragment; that page posts it to `verifyEmail`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/send-verification-email}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is already verified, or the user is disabled
     * @throws InternalServerException 503 The mail relay is unavailable
     */
    public VerificationEmailSent sendVerificationEmail(String tenant, String user, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/send-verification-email", null, null, Map.of(), List.of("admin_key"), new TypeReference<VerificationEmailSent>() {}, options);
    }

    /**
     * Send a verification email.
     *
     * Emails the user a link that verifies their address; it works once, for 24 hours, and a
     * newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
     * token in the URL fragment; that page posts it to `verifyEmail`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/send-verification-email}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is already verified, or the user is disabled
     * @throws InternalServerException 503 The mail relay is unavailable
     */
    public VerificationEmailSent sendVerificationEmail(String tenant, String user) {
        return sendVerificationEmail(tenant, user, RequestOptions.NONE);
    }

    /**
     * List the development outbox.
     *
     * Messages the server stored instead of sending, newest first, in full (links and codes
     * included). Messages land here only when no SMTP relay is configured: it is a development
     * tool, and empty in a deployment that sends email.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/outbox}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed address or unknown cursor
     */
    public OutboxMessageList listOutboxMessages(String tenant, ListOutboxMessagesParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("to", params.to());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/outbox", null, null, query, List.of("admin_key"), new TypeReference<OutboxMessageList>() {}, options);
    }

    /**
     * List the development outbox.
     *
     * Messages the server stored instead of sending, newest first, in full (links and codes
     * included). Messages land here only when no SMTP relay is configured: it is a development
     * tool, and empty in a deployment that sends email.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/outbox}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed address or unknown cursor
     */
    public OutboxMessageList listOutboxMessages(String tenant, ListOutboxMessagesParams params) {
        return listOutboxMessages(tenant, params, RequestOptions.NONE);
    }

    /**
     * List the development outbox.
     *
     * Messages the server stored instead of sending, newest first, in full (links and codes
     * included). Messages land here only when no SMTP relay is configured: it is a development
     * tool, and empty in a deployment that sends email.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/outbox}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed address or unknown cursor
     */
    public OutboxMessageList listOutboxMessages(String tenant) {
        return listOutboxMessages(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link OutboxMessage} of {@link #listOutboxMessages}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OutboxMessageList, OutboxMessage> listOutboxMessagesAll(String tenant, ListOutboxMessagesParams params, RequestOptions options) {
        ListOutboxMessagesParams start = params == null ? ListOutboxMessagesParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listOutboxMessages(tenant, start.toBuilder().cursor(cursor).build(), options), OutboxMessageList::data, OutboxMessageList::nextCursor);
    }

    /**
     * Every {@link OutboxMessage} of {@link #listOutboxMessages}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OutboxMessageList, OutboxMessage> listOutboxMessagesAll(String tenant, ListOutboxMessagesParams params) {
        return listOutboxMessagesAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link OutboxMessage} of {@link #listOutboxMessages}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OutboxMessageList, OutboxMessage> listOutboxMessagesAll(String tenant) {
        return listOutboxMessagesAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * List email template overrides.
     *
     * The tenant's own versions of the built-in templates, by template and locale.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/email-templates}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public EmailTemplateList listEmailTemplates(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/email-templates", null, null, Map.of(), List.of("admin_key"), new TypeReference<EmailTemplateList>() {}, options);
    }

    /**
     * List email template overrides.
     *
     * The tenant's own versions of the built-in templates, by template and locale.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/email-templates}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public EmailTemplateList listEmailTemplates(String tenant) {
        return listEmailTemplates(tenant, RequestOptions.NONE);
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
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/email-templates/&#123;template&#125;/&#123;locale&#125;}
     * @throws BadRequestException 400 Malformed body, tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or template
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Empty or too long parts, unknown variables, or a missing link or code
     */
    public EmailTemplate putEmailTemplate(String tenant, String template, String locale, PutEmailTemplate body, RequestOptions options) {
        return transport.call("PUT", "/v1/tenants/" + enc(tenant) + "/email-templates/" + enc(template) + "/" + enc(locale), body, null, Map.of(), List.of("admin_key"), new TypeReference<EmailTemplate>() {}, options);
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
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/email-templates/&#123;template&#125;/&#123;locale&#125;}
     * @throws BadRequestException 400 Malformed body, tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or template
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Empty or too long parts, unknown variables, or a missing link or code
     */
    public EmailTemplate putEmailTemplate(String tenant, String template, String locale, PutEmailTemplate body) {
        return putEmailTemplate(tenant, template, locale, body, RequestOptions.NONE);
    }

    /**
     * Remove an email template override.
     *
     * The built-in template applies again.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/email-templates/&#123;template&#125;/&#123;locale&#125;}
     * @throws BadRequestException 400 Malformed tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, template or override
     */
    public void deleteEmailTemplate(String tenant, String template, String locale, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/email-templates/" + enc(template) + "/" + enc(locale), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Remove an email template override.
     *
     * The built-in template applies again.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/email-templates/&#123;template&#125;/&#123;locale&#125;}
     * @throws BadRequestException 400 Malformed tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, template or override
     */
    public void deleteEmailTemplate(String tenant, String template, String locale) {
        deleteEmailTemplate(tenant, template, locale, RequestOptions.NONE);
    }

    /**
     * List clients.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/clients}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ClientList listClients(String tenant, ListClientsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/clients", null, null, query, List.of("admin_key"), new TypeReference<ClientList>() {}, options);
    }

    /**
     * List clients.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/clients}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ClientList listClients(String tenant, ListClientsParams params) {
        return listClients(tenant, params, RequestOptions.NONE);
    }

    /**
     * List clients.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/clients}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ClientList listClients(String tenant) {
        return listClients(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Client} of {@link #listClients}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ClientList, Client> listClientsAll(String tenant, ListClientsParams params, RequestOptions options) {
        ListClientsParams start = params == null ? ListClientsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listClients(tenant, start.toBuilder().cursor(cursor).build(), options), ClientList::data, ClientList::nextCursor);
    }

    /**
     * Every {@link Client} of {@link #listClients}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ClientList, Client> listClientsAll(String tenant, ListClientsParams params) {
        return listClientsAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Client} of {@link #listClients}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ClientList, Client> listClientsAll(String tenant) {
        return listClientsAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Register a client.
     *
     * Confidential clients (the default) get a first secret, shown in this response only;
     * service accounts are confidential clients with the `client_credentials` grant.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/clients}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or client type
     */
    public ClientWithSecret createClient(String tenant, CreateClient body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/clients", body, null, Map.of(), List.of("admin_key"), new TypeReference<ClientWithSecret>() {}, options);
    }

    /**
     * Register a client.
     *
     * Confidential clients (the default) get a first secret, shown in this response only;
     * service accounts are confidential clients with the `client_credentials` grant.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/clients}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or client type
     */
    public ClientWithSecret createClient(String tenant, CreateClient body) {
        return createClient(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get a client.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public Client getClient(String tenant, String client, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), null, null, Map.of(), List.of("admin_key"), new TypeReference<Client>() {}, options);
    }

    /**
     * Get a client.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public Client getClient(String tenant, String client) {
        return getClient(tenant, client, RequestOptions.NONE);
    }

    /**
     * Delete a client.
     *
     * Its secrets stop working at once; access tokens already issued expire on their own
     * (revoke them first if they must stop now).
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public void deleteClient(String tenant, String client, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a client.
     *
     * Its secrets stop working at once; access tokens already issued expire on their own
     * (revoke them first if they must stop now).
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public void deleteClient(String tenant, String client) {
        deleteClient(tenant, client, RequestOptions.NONE);
    }

    /**
     * Update a client.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or grants
     */
    public Client updateClient(String tenant, String client, UpdateClient body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), body, null, Map.of(), List.of("admin_key"), new TypeReference<Client>() {}, options);
    }

    /**
     * Update a client.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or grants
     */
    public Client updateClient(String tenant, String client, UpdateClient body) {
        return updateClient(tenant, client, body, RequestOptions.NONE);
    }

    /**
     * Rotate a client's secret.
     *
     * Creates a new secret, shown once, and lets the current ones keep working for
     * `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;/secrets}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ConflictException 409 A public client has no secrets
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap too long
     */
    public ClientWithSecret rotateClientSecret(String tenant, String client, RotateClientSecret body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client) + "/secrets", body, null, Map.of(), List.of("admin_key"), new TypeReference<ClientWithSecret>() {}, options);
    }

    /**
     * Rotate a client's secret.
     *
     * Creates a new secret, shown once, and lets the current ones keep working for
     * `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;/secrets}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ConflictException 409 A public client has no secrets
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap too long
     */
    public ClientWithSecret rotateClientSecret(String tenant, String client, RotateClientSecret body) {
        return rotateClientSecret(tenant, client, body, RequestOptions.NONE);
    }

    /**
     * Revoke a client secret.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;/secrets/&#123;secret&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, client or live secret
     */
    public void revokeClientSecret(String tenant, String client, String secret, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client) + "/secrets/" + enc(secret), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Revoke a client secret.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/clients/&#123;client&#125;/secrets/&#123;secret&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, client or live secret
     */
    public void revokeClientSecret(String tenant, String client, String secret) {
        revokeClientSecret(tenant, client, secret, RequestOptions.NONE);
    }

    /**
     * List resources.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/resources}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public ResourceList listResources(String tenant, ListResourcesParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/resources", null, null, query, List.of("admin_key"), new TypeReference<ResourceList>() {}, options);
    }

    /**
     * List resources.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/resources}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public ResourceList listResources(String tenant, ListResourcesParams params) {
        return listResources(tenant, params, RequestOptions.NONE);
    }

    /**
     * List resources.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/resources}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public ResourceList listResources(String tenant) {
        return listResources(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Resource} of {@link #listResources}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceList, Resource> listResourcesAll(String tenant, ListResourcesParams params, RequestOptions options) {
        ListResourcesParams start = params == null ? ListResourcesParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listResources(tenant, start.toBuilder().cursor(cursor).build(), options), ResourceList::data, ResourceList::nextCursor);
    }

    /**
     * Every {@link Resource} of {@link #listResources}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceList, Resource> listResourcesAll(String tenant, ListResourcesParams params) {
        return listResourcesAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Resource} of {@link #listResources}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceList, Resource> listResourcesAll(String tenant) {
        return listResourcesAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Register a resource.
     *
     * An API the tenant protects, such as an MCP server: clients request tokens for it with
     * `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
     * tool, for instance) become requestable.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/resources}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A resource with this identifier exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid identifier, name or scopes
     */
    public Resource createResource(String tenant, CreateResource body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/resources", body, null, Map.of(), List.of("admin_key"), new TypeReference<Resource>() {}, options);
    }

    /**
     * Register a resource.
     *
     * An API the tenant protects, such as an MCP server: clients request tokens for it with
     * `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
     * tool, for instance) become requestable.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/resources}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A resource with this identifier exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid identifier, name or scopes
     */
    public Resource createResource(String tenant, CreateResource body) {
        return createResource(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get a resource.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public Resource getResource(String tenant, String resource, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), null, null, Map.of(), List.of("admin_key"), new TypeReference<Resource>() {}, options);
    }

    /**
     * Get a resource.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public Resource getResource(String tenant, String resource) {
        return getResource(tenant, resource, RequestOptions.NONE);
    }

    /**
     * Delete a resource.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public void deleteResource(String tenant, String resource, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a resource.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public void deleteResource(String tenant, String resource) {
        deleteResource(tenant, resource, RequestOptions.NONE);
    }

    /**
     * Update a resource.
     *
     * Its name and scopes; the identifier is fixed, since issued tokens carry it.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or scopes
     */
    public Resource updateResource(String tenant, String resource, UpdateResource body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), body, null, Map.of(), List.of("admin_key"), new TypeReference<Resource>() {}, options);
    }

    /**
     * Update a resource.
     *
     * Its name and scopes; the identifier is fixed, since issued tokens carry it.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or scopes
     */
    public Resource updateResource(String tenant, String resource, UpdateResource body) {
        return updateResource(tenant, resource, body, RequestOptions.NONE);
    }

    /**
     * Get OAuth settings.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/oauth-settings}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public OAuthSettings getOAuthSettings(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/oauth-settings", null, null, Map.of(), List.of("admin_key"), new TypeReference<OAuthSettings>() {}, options);
    }

    /**
     * Get OAuth settings.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/oauth-settings}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public OAuthSettings getOAuthSettings(String tenant) {
        return getOAuthSettings(tenant, RequestOptions.NONE);
    }

    /**
     * Update OAuth settings.
     *
     * `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
     * as MCP clients need; registered clients get only the code flow.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/oauth-settings}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public OAuthSettings updateOAuthSettings(String tenant, UpdateOAuthSettings body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/oauth-settings", body, null, Map.of(), List.of("admin_key"), new TypeReference<OAuthSettings>() {}, options);
    }

    /**
     * Update OAuth settings.
     *
     * `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
     * as MCP clients need; registered clients get only the code flow.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/oauth-settings}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public OAuthSettings updateOAuthSettings(String tenant, UpdateOAuthSettings body) {
        return updateOAuthSettings(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get branding.
     *
     * How the tenant's hosted sign-in and consent pages look.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/branding}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public Branding getBranding(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/branding", null, null, Map.of(), List.of("admin_key"), new TypeReference<Branding>() {}, options);
    }

    /**
     * Get branding.
     *
     * How the tenant's hosted sign-in and consent pages look.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/branding}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public Branding getBranding(String tenant) {
        return getBranding(tenant, RequestOptions.NONE);
    }

    /**
     * Set branding.
     *
     * Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
     * omitted fields return to the defaults.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/branding}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid logo URL or colour
     */
    public Branding setBranding(String tenant, Branding body, RequestOptions options) {
        return transport.call("PUT", "/v1/tenants/" + enc(tenant) + "/branding", body, null, Map.of(), List.of("admin_key"), new TypeReference<Branding>() {}, options);
    }

    /**
     * Set branding.
     *
     * Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
     * omitted fields return to the defaults.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/branding}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid logo URL or colour
     */
    public Branding setBranding(String tenant, Branding body) {
        return setBranding(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get the password policy.
     *
     * The policy in force: the tenant's choices over the server's defaults. It applies to
     * sign-up, admin create and update, password change, password reset and invitation accept;
     * existing passwords keep working.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/password-policy}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public PasswordPolicy getPasswordPolicy(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/password-policy", null, null, Map.of(), List.of("admin_key"), new TypeReference<PasswordPolicy>() {}, options);
    }

    /**
     * Get the password policy.
     *
     * The policy in force: the tenant's choices over the server's defaults. It applies to
     * sign-up, admin create and update, password change, password reset and invitation accept;
     * existing passwords keep working.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/password-policy}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public PasswordPolicy getPasswordPolicy(String tenant) {
        return getPasswordPolicy(tenant, RequestOptions.NONE);
    }

    /**
     * Set the password policy.
     *
     * Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
     * count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
     * to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
     * range API configured.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/password-policy}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Lengths out of range, or a breach check the server cannot do
     */
    public PasswordPolicy setPasswordPolicy(String tenant, SetPasswordPolicy body, RequestOptions options) {
        return transport.call("PUT", "/v1/tenants/" + enc(tenant) + "/password-policy", body, null, Map.of(), List.of("admin_key"), new TypeReference<PasswordPolicy>() {}, options);
    }

    /**
     * Set the password policy.
     *
     * Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
     * count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
     * to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
     * range API configured.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/password-policy}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Lengths out of range, or a breach check the server cannot do
     */
    public PasswordPolicy setPasswordPolicy(String tenant, SetPasswordPolicy body) {
        return setPasswordPolicy(tenant, body, RequestOptions.NONE);
    }

    /**
     * List audit events.
     *
     * The tenant's audit log, oldest first, filtered and paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, limit or cursor
     */
    public AuditEventList listAuditEvents(String tenant, ListAuditEventsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("action", params.action());
            query.put("actor_id", params.actorId());
            query.put("target_id", params.targetId());
            query.put("since", params.since());
            query.put("until", params.until());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/audit-events", null, null, query, List.of("admin_key"), new TypeReference<AuditEventList>() {}, options);
    }

    /**
     * List audit events.
     *
     * The tenant's audit log, oldest first, filtered and paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, limit or cursor
     */
    public AuditEventList listAuditEvents(String tenant, ListAuditEventsParams params) {
        return listAuditEvents(tenant, params, RequestOptions.NONE);
    }

    /**
     * List audit events.
     *
     * The tenant's audit log, oldest first, filtered and paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, limit or cursor
     */
    public AuditEventList listAuditEvents(String tenant) {
        return listAuditEvents(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link AuditEvent} of {@link #listAuditEvents}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<AuditEventList, AuditEvent> listAuditEventsAll(String tenant, ListAuditEventsParams params, RequestOptions options) {
        ListAuditEventsParams start = params == null ? ListAuditEventsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listAuditEvents(tenant, start.toBuilder().cursor(cursor).build(), options), AuditEventList::data, AuditEventList::nextCursor);
    }

    /**
     * Every {@link AuditEvent} of {@link #listAuditEvents}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<AuditEventList, AuditEvent> listAuditEventsAll(String tenant, ListAuditEventsParams params) {
        return listAuditEventsAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link AuditEvent} of {@link #listAuditEvents}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<AuditEventList, AuditEvent> listAuditEventsAll(String tenant) {
        return listAuditEventsAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Export audit events.
     *
     * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events/export}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, or too many events to export at once
     */
    public String exportAuditEvents(String tenant, ExportAuditEventsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("format", params.format());
            query.put("action", params.action());
            query.put("actor_id", params.actorId());
            query.put("target_id", params.targetId());
            query.put("since", params.since());
            query.put("until", params.until());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/audit-events/export", null, null, query, List.of("admin_key"), Transport.TEXT, options);
    }

    /**
     * Export audit events.
     *
     * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events/export}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, or too many events to export at once
     */
    public String exportAuditEvents(String tenant, ExportAuditEventsParams params) {
        return exportAuditEvents(tenant, params, RequestOptions.NONE);
    }

    /**
     * Export audit events.
     *
     * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/audit-events/export}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, or too many events to export at once
     */
    public String exportAuditEvents(String tenant) {
        return exportAuditEvents(tenant, null, RequestOptions.NONE);
    }

    /**
     * Verify the audit chain.
     *
     * Recomputes every event's hash and link, and reports the first broken one.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/audit-events/verify}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public AuditVerification verifyAuditEvents(String tenant, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/audit-events/verify", null, null, Map.of(), List.of("admin_key"), new TypeReference<AuditVerification>() {}, options);
    }

    /**
     * Verify the audit chain.
     *
     * Recomputes every event's hash and link, and reports the first broken one.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/audit-events/verify}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public AuditVerification verifyAuditEvents(String tenant) {
        return verifyAuditEvents(tenant, RequestOptions.NONE);
    }

    /**
     * Search organizations.
     *
     * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public OrganizationList listOrganizations(String tenant, ListOrganizationsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("q", params.q());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations", null, null, query, List.of("admin_key"), new TypeReference<OrganizationList>() {}, options);
    }

    /**
     * Search organizations.
     *
     * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public OrganizationList listOrganizations(String tenant, ListOrganizationsParams params) {
        return listOrganizations(tenant, params, RequestOptions.NONE);
    }

    /**
     * Search organizations.
     *
     * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public OrganizationList listOrganizations(String tenant) {
        return listOrganizations(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Organization} of {@link #listOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OrganizationList, Organization> listOrganizationsAll(String tenant, ListOrganizationsParams params, RequestOptions options) {
        ListOrganizationsParams start = params == null ? ListOrganizationsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listOrganizations(tenant, start.toBuilder().cursor(cursor).build(), options), OrganizationList::data, OrganizationList::nextCursor);
    }

    /**
     * Every {@link Organization} of {@link #listOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OrganizationList, Organization> listOrganizationsAll(String tenant, ListOrganizationsParams params) {
        return listOrganizationsAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Organization} of {@link #listOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<OrganizationList, Organization> listOrganizationsAll(String tenant) {
        return listOrganizationsAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Create an organization.
     *
     * The slug is unique within the tenant and cannot change later.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name, logo, metadata or policies
     */
    public Organization createOrganization(String tenant, CreateOrganization body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations", body, null, Map.of(), List.of("admin_key"), new TypeReference<Organization>() {}, options);
    }

    /**
     * Create an organization.
     *
     * The slug is unique within the tenant and cannot change later.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name, logo, metadata or policies
     */
    public Organization createOrganization(String tenant, CreateOrganization body) {
        return createOrganization(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get an organization.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public Organization getOrganization(String tenant, String organization, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), null, null, Map.of(), List.of("admin_key"), new TypeReference<Organization>() {}, options);
    }

    /**
     * Get an organization.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public Organization getOrganization(String tenant, String organization) {
        return getOrganization(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Delete an organization.
     *
     * Deletes its memberships, custom roles and invitations; sessions switched into it carry
     * no organization from their next token on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public void deleteOrganization(String tenant, String organization, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete an organization.
     *
     * Deletes its memberships, custom roles and invitations; sessions switched into it carry
     * no organization from their next token on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public void deleteOrganization(String tenant, String organization) {
        deleteOrganization(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Update an organization.
     *
     * Changes only the fields present; `policies` replaces every policy at once.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, logo, metadata or policies
     */
    public Organization updateOrganization(String tenant, String organization, UpdateOrganization body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), body, null, Map.of(), List.of("admin_key"), new TypeReference<Organization>() {}, options);
    }

    /**
     * Update an organization.
     *
     * Changes only the fields present; `policies` replaces every policy at once.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, logo, metadata or policies
     */
    public Organization updateOrganization(String tenant, String organization, UpdateOrganization body) {
        return updateOrganization(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * List members.
     *
     * Ordered by user id, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listOrganizationMembers(String tenant, String organization, ListOrganizationMembersParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", null, null, query, List.of("admin_key"), new TypeReference<MembershipList>() {}, options);
    }

    /**
     * List members.
     *
     * Ordered by user id, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listOrganizationMembers(String tenant, String organization, ListOrganizationMembersParams params) {
        return listOrganizationMembers(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * List members.
     *
     * Ordered by user id, paginated by cursor.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listOrganizationMembers(String tenant, String organization) {
        return listOrganizationMembers(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Membership} of {@link #listOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listOrganizationMembersAll(String tenant, String organization, ListOrganizationMembersParams params, RequestOptions options) {
        ListOrganizationMembersParams start = params == null ? ListOrganizationMembersParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listOrganizationMembers(tenant, organization, start.toBuilder().cursor(cursor).build(), options), MembershipList::data, MembershipList::nextCursor);
    }

    /**
     * Every {@link Membership} of {@link #listOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listOrganizationMembersAll(String tenant, String organization, ListOrganizationMembersParams params) {
        return listOrganizationMembersAll(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Membership} of {@link #listOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listOrganizationMembersAll(String tenant, String organization) {
        return listOrganizationMembersAll(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Add a member.
     *
     * Adds a user of the tenant with a role (`member` by default).
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The user is already a member
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown user or role
     */
    public Membership addOrganizationMember(String tenant, String organization, AddMember body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", body, null, Map.of(), List.of("admin_key"), new TypeReference<Membership>() {}, options);
    }

    /**
     * Add a member.
     *
     * Adds a user of the tenant with a role (`member` by default).
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The user is already a member
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown user or role
     */
    public Membership addOrganizationMember(String tenant, String organization, AddMember body) {
        return addOrganizationMember(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Get a member.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     */
    public Membership getOrganizationMember(String tenant, String organization, String user, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), null, null, Map.of(), List.of("admin_key"), new TypeReference<Membership>() {}, options);
    }

    /**
     * Get a member.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     */
    public Membership getOrganizationMember(String tenant, String organization, String user) {
        return getOrganizationMember(tenant, organization, user, RequestOptions.NONE);
    }

    /**
     * Remove a member.
     *
     * The user's sessions switched into the organization carry no organization from their
     * next token on. The last owner cannot be removed.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     */
    public void removeOrganizationMember(String tenant, String organization, String user, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Remove a member.
     *
     * The user's sessions switched into the organization carry no organization from their
     * next token on. The last owner cannot be removed.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     */
    public void removeOrganizationMember(String tenant, String organization, String user) {
        removeOrganizationMember(tenant, organization, user, RequestOptions.NONE);
    }

    /**
     * Change a member's role.
     *
     * The last owner keeps the owner role until another member is made owner.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public Membership updateOrganizationMember(String tenant, String organization, String user, UpdateMember body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), body, null, Map.of(), List.of("admin_key"), new TypeReference<Membership>() {}, options);
    }

    /**
     * Change a member's role.
     *
     * The last owner keeps the owner role until another member is made owner.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/members/&#123;user&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public Membership updateOrganizationMember(String tenant, String organization, String user, UpdateMember body) {
        return updateOrganizationMember(tenant, organization, user, body, RequestOptions.NONE);
    }

    /**
     * List the tenant's roles.
     *
     * The built-in roles (with the tenant's permissions when it changed them), then the
     * tenant-wide custom roles.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/roles}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public RoleList listRoles(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/roles", null, null, Map.of(), List.of("admin_key"), new TypeReference<RoleList>() {}, options);
    }

    /**
     * List the tenant's roles.
     *
     * The built-in roles (with the tenant's permissions when it changed them), then the
     * tenant-wide custom roles.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/roles}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public RoleList listRoles(String tenant) {
        return listRoles(tenant, RequestOptions.NONE);
    }

    /**
     * Create a tenant-wide role.
     *
     * A custom role every organization of the tenant can assign.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/roles}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public Role createRole(String tenant, CreateRole body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/roles", body, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Create a tenant-wide role.
     *
     * A custom role every organization of the tenant can assign.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/roles}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public Role createRole(String tenant, CreateRole body) {
        return createRole(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get a tenant-wide role.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     */
    public Role getRole(String tenant, String role, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), null, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Get a tenant-wide role.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     */
    public Role getRole(String tenant, String role) {
        return getRole(tenant, role, RequestOptions.NONE);
    }

    /**
     * Delete a tenant-wide role.
     *
     * Only a custom role that no member holds.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 A built-in role, or one that members hold
     */
    public void deleteRole(String tenant, String role, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a tenant-wide role.
     *
     * Only a custom role that no member holds.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 A built-in role, or one that members hold
     */
    public void deleteRole(String tenant, String role) {
        deleteRole(tenant, role, RequestOptions.NONE);
    }

    /**
     * Update a tenant-wide role.
     *
     * For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
     * cannot change.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 The owner role cannot change
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public Role updateRole(String tenant, String role, UpdateRole body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), body, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Update a tenant-wide role.
     *
     * For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
     * cannot change.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 The owner role cannot change
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public Role updateRole(String tenant, String role, UpdateRole body) {
        return updateRole(tenant, role, body, RequestOptions.NONE);
    }

    /**
     * List an organization's roles.
     *
     * The built-in and tenant-wide roles, then the organization's own.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public RoleList listOrganizationRoles(String tenant, String organization, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles", null, null, Map.of(), List.of("admin_key"), new TypeReference<RoleList>() {}, options);
    }

    /**
     * List an organization's roles.
     *
     * The built-in and tenant-wide roles, then the organization's own.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public RoleList listOrganizationRoles(String tenant, String organization) {
        return listOrganizationRoles(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Create an organization's role.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public Role createOrganizationRole(String tenant, String organization, CreateRole body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles", body, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Create an organization's role.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public Role createOrganizationRole(String tenant, String organization, CreateRole body) {
        return createOrganizationRole(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Get an organization's role.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     */
    public Role getOrganizationRole(String tenant, String organization, String role, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), null, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Get an organization's role.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     */
    public Role getOrganizationRole(String tenant, String organization, String role) {
        return getOrganizationRole(tenant, organization, role, RequestOptions.NONE);
    }

    /**
     * Delete an organization's role.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ConflictException 409 Members hold the role
     */
    public void deleteOrganizationRole(String tenant, String organization, String role, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete an organization's role.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ConflictException 409 Members hold the role
     */
    public void deleteOrganizationRole(String tenant, String organization, String role) {
        deleteOrganizationRole(tenant, organization, role, RequestOptions.NONE);
    }

    /**
     * Update an organization's role.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public Role updateOrganizationRole(String tenant, String organization, String role, UpdateRole body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), body, null, Map.of(), List.of("admin_key"), new TypeReference<Role>() {}, options);
    }

    /**
     * Update an organization's role.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/roles/&#123;role&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public Role updateOrganizationRole(String tenant, String organization, String role, UpdateRole body) {
        return updateOrganizationRole(tenant, organization, role, body, RequestOptions.NONE);
    }

    /**
     * Check a permission.
     *
     * May the subject do `permission` in the organization? The answer explains itself: the
     * role and pattern that granted it, or what was missing. Checks read live memberships.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/authz/check}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Malformed subject, permission, organization or resource
     */
    public AuthzDecision checkPermission(String tenant, AuthzCheck body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/authz/check", body, null, Map.of(), List.of("admin_key"), new TypeReference<AuthzDecision>() {}, options);
    }

    /**
     * Check a permission.
     *
     * May the subject do `permission` in the organization? The answer explains itself: the
     * role and pattern that granted it, or what was missing. Checks read live memberships.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/authz/check}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Malformed subject, permission, organization or resource
     */
    public AuthzDecision checkPermission(String tenant, AuthzCheck body) {
        return checkPermission(tenant, body, RequestOptions.NONE);
    }

    /**
     * Check permissions in a batch.
     *
     * 1 to 100 checks, answered in order; malformed checks fail the whole batch.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/authz/check-batch}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Too many or too few checks, or a malformed one
     */
    public AuthzDecisionList checkPermissions(String tenant, AuthzCheckBatch body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/authz/check-batch", body, null, Map.of(), List.of("admin_key"), new TypeReference<AuthzDecisionList>() {}, options);
    }

    /**
     * Check permissions in a batch.
     *
     * 1 to 100 checks, answered in order; malformed checks fail the whole batch.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/authz/check-batch}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Too many or too few checks, or a malformed one
     */
    public AuthzDecisionList checkPermissions(String tenant, AuthzCheckBatch body) {
        return checkPermissions(tenant, body, RequestOptions.NONE);
    }

    /**
     * List my organizations.
     *
     * The organizations I belong to, with my role; `current` marks the one this session is
     * switched into.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MyOrganizationList listMyOrganizations(String tenant, ListMyOrganizationsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/t/" + enc(tenant) + "/me/organizations", null, null, query, List.of("session_token"), new TypeReference<MyOrganizationList>() {}, options);
    }

    /**
     * List my organizations.
     *
     * The organizations I belong to, with my role; `current` marks the one this session is
     * switched into.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MyOrganizationList listMyOrganizations(String tenant, ListMyOrganizationsParams params) {
        return listMyOrganizations(tenant, params, RequestOptions.NONE);
    }

    /**
     * List my organizations.
     *
     * The organizations I belong to, with my role; `current` marks the one this session is
     * switched into.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/organizations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MyOrganizationList listMyOrganizations(String tenant) {
        return listMyOrganizations(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link MyOrganization} of {@link #listMyOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MyOrganizationList, MyOrganization> listMyOrganizationsAll(String tenant, ListMyOrganizationsParams params, RequestOptions options) {
        ListMyOrganizationsParams start = params == null ? ListMyOrganizationsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listMyOrganizations(tenant, start.toBuilder().cursor(cursor).build(), options), MyOrganizationList::data, MyOrganizationList::nextCursor);
    }

    /**
     * Every {@link MyOrganization} of {@link #listMyOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MyOrganizationList, MyOrganization> listMyOrganizationsAll(String tenant, ListMyOrganizationsParams params) {
        return listMyOrganizationsAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link MyOrganization} of {@link #listMyOrganizations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MyOrganizationList, MyOrganization> listMyOrganizationsAll(String tenant) {
        return listMyOrganizationsAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Switch into an organization.
     *
     * Checks the organization's policies (allowed sign-in methods, MFA required, session
     * age) against this session, then returns an access token carrying `org_id`, `org_slug`,
     * `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
     * organization.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/organizations/&#123;organization&#125;/switch}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
     * @throws NotFoundException 404 No such tenant or organization
     */
    public SessionTokens switchOrganization(String tenant, String organization, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/organizations/" + enc(organization) + "/switch", null, null, Map.of(), List.of("session_token"), new TypeReference<SessionTokens>() {}, options);
    }

    /**
     * Switch into an organization.
     *
     * Checks the organization's policies (allowed sign-in methods, MFA required, session
     * age) against this session, then returns an access token carrying `org_id`, `org_slug`,
     * `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
     * organization.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/organizations/&#123;organization&#125;/switch}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
     * @throws NotFoundException 404 No such tenant or organization
     */
    public SessionTokens switchOrganization(String tenant, String organization) {
        return switchOrganization(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Leave an organization.
     *
     * Ends my membership; my sessions switched into it carry no organization from their next
     * token on. The last owner cannot leave.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or organization, or not a member
     * @throws ConflictException 409 I am the last owner
     */
    public void leaveOrganization(String tenant, String organization, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me/organizations/" + enc(organization), null, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Leave an organization.
     *
     * Ends my membership; my sessions switched into it carry no organization from their next
     * token on. The last owner cannot leave.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or organization, or not a member
     * @throws ConflictException 409 I am the last owner
     */
    public void leaveOrganization(String tenant, String organization) {
        leaveOrganization(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Get my organization.
     *
     * Needs an access token switched into this organization and the `organization:read`
     * permission.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     */
    public Organization getMemberOrganization(String tenant, String organization, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/organizations/" + enc(organization), null, null, Map.of(), List.of("session_token"), new TypeReference<Organization>() {}, options);
    }

    /**
     * Get my organization.
     *
     * Needs an access token switched into this organization and the `organization:read`
     * permission.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/organizations/&#123;organization&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     */
    public Organization getMemberOrganization(String tenant, String organization) {
        return getMemberOrganization(tenant, organization, RequestOptions.NONE);
    }

    /**
     * List my organization's members.
     *
     * Needs an access token switched into this organization and the `members:read` permission.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listMemberOrganizationMembers(String tenant, String organization, ListMemberOrganizationMembersParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/t/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", null, null, query, List.of("session_token"), new TypeReference<MembershipList>() {}, options);
    }

    /**
     * List my organization's members.
     *
     * Needs an access token switched into this organization and the `members:read` permission.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listMemberOrganizationMembers(String tenant, String organization, ListMemberOrganizationMembersParams params) {
        return listMemberOrganizationMembers(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * List my organization's members.
     *
     * Needs an access token switched into this organization and the `members:read` permission.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/organizations/&#123;organization&#125;/members}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public MembershipList listMemberOrganizationMembers(String tenant, String organization) {
        return listMemberOrganizationMembers(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Membership} of {@link #listMemberOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listMemberOrganizationMembersAll(String tenant, String organization, ListMemberOrganizationMembersParams params, RequestOptions options) {
        ListMemberOrganizationMembersParams start = params == null ? ListMemberOrganizationMembersParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listMemberOrganizationMembers(tenant, organization, start.toBuilder().cursor(cursor).build(), options), MembershipList::data, MembershipList::nextCursor);
    }

    /**
     * Every {@link Membership} of {@link #listMemberOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listMemberOrganizationMembersAll(String tenant, String organization, ListMemberOrganizationMembersParams params) {
        return listMemberOrganizationMembersAll(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Membership} of {@link #listMemberOrganizationMembers}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<MembershipList, Membership> listMemberOrganizationMembersAll(String tenant, String organization) {
        return listMemberOrganizationMembersAll(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * List invitations.
     *
     * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public InvitationList listInvitations(String tenant, String organization, ListInvitationsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", null, null, query, List.of("admin_key"), new TypeReference<InvitationList>() {}, options);
    }

    /**
     * List invitations.
     *
     * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public InvitationList listInvitations(String tenant, String organization, ListInvitationsParams params) {
        return listInvitations(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * List invitations.
     *
     * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public InvitationList listInvitations(String tenant, String organization) {
        return listInvitations(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Every {@link Invitation} of {@link #listInvitations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<InvitationList, Invitation> listInvitationsAll(String tenant, String organization, ListInvitationsParams params, RequestOptions options) {
        ListInvitationsParams start = params == null ? ListInvitationsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listInvitations(tenant, organization, start.toBuilder().cursor(cursor).build(), options), InvitationList::data, InvitationList::nextCursor);
    }

    /**
     * Every {@link Invitation} of {@link #listInvitations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<InvitationList, Invitation> listInvitationsAll(String tenant, String organization, ListInvitationsParams params) {
        return listInvitationsAll(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * Every {@link Invitation} of {@link #listInvitations}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<InvitationList, Invitation> listInvitationsAll(String tenant, String organization) {
        return listInvitationsAll(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Invite someone by email.
     *
     * Sends a single-use link (7 days by default) to the address; the email is sent before the
     * answer, and if it cannot be, no invitation is kept.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation createInvitation(String tenant, String organization, CreateInvitation body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", body, null, Map.of(), List.of("admin_key"), new TypeReference<Invitation>() {}, options);
    }

    /**
     * Invite someone by email.
     *
     * Sends a single-use link (7 days by default) to the address; the email is sent before the
     * answer, and if it cannot be, no invitation is kept.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation createInvitation(String tenant, String organization, CreateInvitation body) {
        return createInvitation(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Get an invitation.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     */
    public Invitation getInvitation(String tenant, String organization, String invitation, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation), null, null, Map.of(), List.of("admin_key"), new TypeReference<Invitation>() {}, options);
    }

    /**
     * Get an invitation.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     */
    public Invitation getInvitation(String tenant, String organization, String invitation) {
        return getInvitation(tenant, organization, invitation, RequestOptions.NONE);
    }

    /**
     * Revoke an invitation.
     *
     * Its link stops working at once.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     */
    public void revokeInvitation(String tenant, String organization, String invitation, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Revoke an invitation.
     *
     * Its link stops working at once.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     */
    public void revokeInvitation(String tenant, String organization, String invitation) {
        revokeInvitation(tenant, organization, invitation, RequestOptions.NONE);
    }

    /**
     * Resend an invitation.
     *
     * Sends a new link with a fresh expiry (the same lifetime as before); the previous link
     * stops working.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;/resend}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation resendInvitation(String tenant, String organization, String invitation, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation) + "/resend", null, null, Map.of(), List.of("admin_key"), new TypeReference<Invitation>() {}, options);
    }

    /**
     * Resend an invitation.
     *
     * Sends a new link with a fresh expiry (the same lifetime as before); the previous link
     * stops working.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations/&#123;invitation&#125;/resend}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation resendInvitation(String tenant, String organization, String invitation) {
        return resendInvitation(tenant, organization, invitation, RequestOptions.NONE);
    }

    /**
     * Invite a teammate.
     *
     * A member with `members:invite` (an `admin` or `owner` by default) invites someone into
     * the organization their access token is switched into.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks `members:invite`
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation inviteMember(String tenant, String organization, CreateInvitation body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", body, null, Map.of(), List.of("session_token"), new TypeReference<Invitation>() {}, options);
    }

    /**
     * Invite a teammate.
     *
     * A member with `members:invite` (an `admin` or `owner` by default) invites someone into
     * the organization their access token is switched into.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/organizations/&#123;organization&#125;/invitations}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks `members:invite`
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public Invitation inviteMember(String tenant, String organization, CreateInvitation body) {
        return inviteMember(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Accept an invitation.
     *
     * With the `tin_…` token from the email. An invitee with an account signs in first and
     * sends the access token (`Authorization: Bearer …`); one without an account sends a
     * password, which creates the account (its email verified) and returns session tokens,
     * switched into the organization when its policies allow.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/invitations/accept}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
     * @throws PermissionDeniedException 403 Signed in as another address than the invited one
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The invited address has an account: sign in first
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A password is missing or breaks the policy
     */
    public InvitationAccepted acceptInvitation(String tenant, AcceptInvitation body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/invitations/accept", body, null, Map.of(), List.of("session_token"), new TypeReference<InvitationAccepted>() {}, options);
    }

    /**
     * Accept an invitation.
     *
     * With the `tin_…` token from the email. An invitee with an account signs in first and
     * sends the access token (`Authorization: Bearer …`); one without an account sends a
     * password, which creates the account (its email verified) and returns session tokens,
     * switched into the organization when its policies allow.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/invitations/accept}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
     * @throws PermissionDeniedException 403 Signed in as another address than the invited one
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The invited address has an account: sign in first
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A password is missing or breaks the policy
     */
    public InvitationAccepted acceptInvitation(String tenant, AcceptInvitation body) {
        return acceptInvitation(tenant, body, RequestOptions.NONE);
    }

    /**
     * List API keys.
     *
     * Oldest first, optionally of one organization or user, revoked and expired keys included.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/api-keys}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ApiKeyList listApiKeys(String tenant, ListApiKeysParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("organization", params.organization());
            query.put("user", params.user());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/api-keys", null, null, query, List.of("admin_key"), new TypeReference<ApiKeyList>() {}, options);
    }

    /**
     * List API keys.
     *
     * Oldest first, optionally of one organization or user, revoked and expired keys included.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/api-keys}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ApiKeyList listApiKeys(String tenant, ListApiKeysParams params) {
        return listApiKeys(tenant, params, RequestOptions.NONE);
    }

    /**
     * List API keys.
     *
     * Oldest first, optionally of one organization or user, revoked and expired keys included.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/api-keys}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ApiKeyList listApiKeys(String tenant) {
        return listApiKeys(tenant, null, RequestOptions.NONE);
    }

    /**
     * Every {@link ApiKey} of {@link #listApiKeys}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ApiKeyList, ApiKey> listApiKeysAll(String tenant, ListApiKeysParams params, RequestOptions options) {
        ListApiKeysParams start = params == null ? ListApiKeysParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listApiKeys(tenant, start.toBuilder().cursor(cursor).build(), options), ApiKeyList::data, ApiKeyList::nextCursor);
    }

    /**
     * Every {@link ApiKey} of {@link #listApiKeys}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ApiKeyList, ApiKey> listApiKeysAll(String tenant, ListApiKeysParams params) {
        return listApiKeysAll(tenant, params, RequestOptions.NONE);
    }

    /**
     * Every {@link ApiKey} of {@link #listApiKeys}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ApiKeyList, ApiKey> listApiKeysAll(String tenant) {
        return listApiKeysAll(tenant, null, RequestOptions.NONE);
    }

    /**
     * Create an API key.
     *
     * For an organization or a user, limited to permission patterns, optionally expiring. The
     * `tsk_…` secret is in this answer only; resource servers check it by introspection.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/api-keys}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
     */
    public ApiKeyWithSecret createApiKey(String tenant, CreateApiKey body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/api-keys", body, null, Map.of(), List.of("admin_key"), new TypeReference<ApiKeyWithSecret>() {}, options);
    }

    /**
     * Create an API key.
     *
     * For an organization or a user, limited to permission patterns, optionally expiring. The
     * `tsk_…` secret is in this answer only; resource servers check it by introspection.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/api-keys}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
     */
    public ApiKeyWithSecret createApiKey(String tenant, CreateApiKey body) {
        return createApiKey(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get an API key.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     */
    public ApiKey getApiKey(String tenant, String key, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key), null, null, Map.of(), List.of("admin_key"), new TypeReference<ApiKey>() {}, options);
    }

    /**
     * Get an API key.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     */
    public ApiKey getApiKey(String tenant, String key) {
        return getApiKey(tenant, key, RequestOptions.NONE);
    }

    /**
     * Revoke an API key.
     *
     * Introspection answers `active: false` for it from now on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 Already revoked
     */
    public void revokeApiKey(String tenant, String key, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Revoke an API key.
     *
     * Introspection answers `active: false` for it from now on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 Already revoked
     */
    public void revokeApiKey(String tenant, String key) {
        revokeApiKey(tenant, key, RequestOptions.NONE);
    }

    /**
     * Rotate an API key.
     *
     * Issues a successor with the same owner, name, permissions and lifetime; the old key
     * keeps working for `overlap_secs` (a day by default).
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;/rotate}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 The key is revoked, expired or already rotated
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap out of range
     */
    public ApiKeyWithSecret rotateApiKey(String tenant, String key, RotateApiKey body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key) + "/rotate", body, null, Map.of(), List.of("admin_key"), new TypeReference<ApiKeyWithSecret>() {}, options);
    }

    /**
     * Rotate an API key.
     *
     * Issues a successor with the same owner, name, permissions and lifetime; the old key
     * keeps working for `overlap_secs` (a day by default).
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/api-keys/&#123;key&#125;/rotate}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 The key is revoked, expired or already rotated
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap out of range
     */
    public ApiKeyWithSecret rotateApiKey(String tenant, String key, RotateApiKey body) {
        return rotateApiKey(tenant, key, body, RequestOptions.NONE);
    }

    /**
     * List an organization's domains.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public OrganizationDomainList listOrganizationDomains(String tenant, String organization, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains", null, null, Map.of(), List.of("admin_key"), new TypeReference<OrganizationDomainList>() {}, options);
    }

    /**
     * List an organization's domains.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public OrganizationDomainList listOrganizationDomains(String tenant, String organization) {
        return listOrganizationDomains(tenant, organization, RequestOptions.NONE);
    }

    /**
     * Claim a domain.
     *
     * Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The organization already claims it
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not a domain name
     */
    public OrganizationDomain addOrganizationDomain(String tenant, String organization, CreateOrganizationDomain body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains", body, null, Map.of(), List.of("admin_key"), new TypeReference<OrganizationDomain>() {}, options);
    }

    /**
     * Claim a domain.
     *
     * Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The organization already claims it
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not a domain name
     */
    public OrganizationDomain addOrganizationDomain(String tenant, String organization, CreateOrganizationDomain body) {
        return addOrganizationDomain(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Remove a domain.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     */
    public void removeOrganizationDomain(String tenant, String organization, String domain, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Remove a domain.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     */
    public void removeOrganizationDomain(String tenant, String organization, String domain) {
        removeOrganizationDomain(tenant, organization, domain, RequestOptions.NONE);
    }

    /**
     * Change a domain's auto-join.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ApiException 415 Body is not JSON
     */
    public OrganizationDomain updateOrganizationDomain(String tenant, String organization, String domain, UpdateOrganizationDomain body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain), body, null, Map.of(), List.of("admin_key"), new TypeReference<OrganizationDomain>() {}, options);
    }

    /**
     * Change a domain's auto-join.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ApiException 415 Body is not JSON
     */
    public OrganizationDomain updateOrganizationDomain(String tenant, String organization, String domain, UpdateOrganizationDomain body) {
        return updateOrganizationDomain(tenant, organization, domain, body, RequestOptions.NONE);
    }

    /**
     * Verify a domain.
     *
     * Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
     * holds `txt_value`, the domain is verified.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;/verify}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ConflictException 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
     */
    public OrganizationDomain verifyOrganizationDomain(String tenant, String organization, String domain, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain) + "/verify", null, null, Map.of(), List.of("admin_key"), new TypeReference<OrganizationDomain>() {}, options);
    }

    /**
     * Verify a domain.
     *
     * Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
     * holds `txt_value`, the domain is verified.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/domains/&#123;domain&#125;/verify}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ConflictException 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
     */
    public OrganizationDomain verifyOrganizationDomain(String tenant, String organization, String domain) {
        return verifyOrganizationDomain(tenant, organization, domain, RequestOptions.NONE);
    }

    /**
     * List service accounts.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ServiceAccountList listServiceAccounts(String tenant, String organization, ListServiceAccountsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts", null, null, query, List.of("admin_key"), new TypeReference<ServiceAccountList>() {}, options);
    }

    /**
     * List service accounts.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ServiceAccountList listServiceAccounts(String tenant, String organization, ListServiceAccountsParams params) {
        return listServiceAccounts(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * List service accounts.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ServiceAccountList listServiceAccounts(String tenant, String organization) {
        return listServiceAccounts(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Every {@link ServiceAccount} of {@link #listServiceAccounts}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ServiceAccountList, ServiceAccount> listServiceAccountsAll(String tenant, String organization, ListServiceAccountsParams params, RequestOptions options) {
        ListServiceAccountsParams start = params == null ? ListServiceAccountsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listServiceAccounts(tenant, organization, start.toBuilder().cursor(cursor).build(), options), ServiceAccountList::data, ServiceAccountList::nextCursor);
    }

    /**
     * Every {@link ServiceAccount} of {@link #listServiceAccounts}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ServiceAccountList, ServiceAccount> listServiceAccountsAll(String tenant, String organization, ListServiceAccountsParams params) {
        return listServiceAccountsAll(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * Every {@link ServiceAccount} of {@link #listServiceAccounts}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ServiceAccountList, ServiceAccount> listServiceAccountsAll(String tenant, String organization) {
        return listServiceAccountsAll(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Create a service account.
     *
     * A confidential client with the `client_credentials` grant, owned by the organization and
     * acting with one of its roles (`member` by default). Its tokens carry `org_id`,
     * `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, role, scopes or audiences
     */
    public ServiceAccountWithSecret createServiceAccount(String tenant, String organization, CreateServiceAccount body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts", body, null, Map.of(), List.of("admin_key"), new TypeReference<ServiceAccountWithSecret>() {}, options);
    }

    /**
     * Create a service account.
     *
     * A confidential client with the `client_credentials` grant, owned by the organization and
     * acting with one of its roles (`member` by default). Its tokens carry `org_id`,
     * `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, role, scopes or audiences
     */
    public ServiceAccountWithSecret createServiceAccount(String tenant, String organization, CreateServiceAccount body) {
        return createServiceAccount(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Get a service account.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public ServiceAccount getServiceAccount(String tenant, String organization, String serviceAccount, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), null, null, Map.of(), List.of("admin_key"), new TypeReference<ServiceAccount>() {}, options);
    }

    /**
     * Get a service account.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public ServiceAccount getServiceAccount(String tenant, String organization, String serviceAccount) {
        return getServiceAccount(tenant, organization, serviceAccount, RequestOptions.NONE);
    }

    /**
     * Delete a service account.
     *
     * Deletes its client too: its secret stops working at once.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public void deleteServiceAccount(String tenant, String organization, String serviceAccount, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a service account.
     *
     * Deletes its client too: its secret stops working at once.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public void deleteServiceAccount(String tenant, String organization, String serviceAccount) {
        deleteServiceAccount(tenant, organization, serviceAccount, RequestOptions.NONE);
    }

    /**
     * Change a service account's role.
     *
     * Its next token carries the new role; checks use it at once.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public ServiceAccount updateServiceAccount(String tenant, String organization, String serviceAccount, UpdateServiceAccount body, RequestOptions options) {
        return transport.call("PATCH", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), body, null, Map.of(), List.of("admin_key"), new TypeReference<ServiceAccount>() {}, options);
    }

    /**
     * Change a service account's role.
     *
     * Its next token carries the new role; checks use it at once.
     *
     * <p>{@code PATCH /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/service-accounts/&#123;service_account&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public ServiceAccount updateServiceAccount(String tenant, String organization, String serviceAccount, UpdateServiceAccount body) {
        return updateServiceAccount(tenant, organization, serviceAccount, body, RequestOptions.NONE);
    }

    /**
     * List resource grants.
     *
     * Oldest first, optionally of one subject or on one resource.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ResourceGrantList listResourceGrants(String tenant, String organization, ListResourceGrantsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("subject", params.subject());
            query.put("resource", params.resource());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants", null, null, query, List.of("admin_key"), new TypeReference<ResourceGrantList>() {}, options);
    }

    /**
     * List resource grants.
     *
     * Oldest first, optionally of one subject or on one resource.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ResourceGrantList listResourceGrants(String tenant, String organization, ListResourceGrantsParams params) {
        return listResourceGrants(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * List resource grants.
     *
     * Oldest first, optionally of one subject or on one resource.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants}
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public ResourceGrantList listResourceGrants(String tenant, String organization) {
        return listResourceGrants(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Every {@link ResourceGrant} of {@link #listResourceGrants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceGrantList, ResourceGrant> listResourceGrantsAll(String tenant, String organization, ListResourceGrantsParams params, RequestOptions options) {
        ListResourceGrantsParams start = params == null ? ListResourceGrantsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listResourceGrants(tenant, organization, start.toBuilder().cursor(cursor).build(), options), ResourceGrantList::data, ResourceGrantList::nextCursor);
    }

    /**
     * Every {@link ResourceGrant} of {@link #listResourceGrants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceGrantList, ResourceGrant> listResourceGrantsAll(String tenant, String organization, ListResourceGrantsParams params) {
        return listResourceGrantsAll(tenant, organization, params, RequestOptions.NONE);
    }

    /**
     * Every {@link ResourceGrant} of {@link #listResourceGrants}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<ResourceGrantList, ResourceGrant> listResourceGrantsAll(String tenant, String organization) {
        return listResourceGrantsAll(tenant, organization, null, RequestOptions.NONE);
    }

    /**
     * Grant a role on one resource.
     *
     * To a member or a service account of the organization, on top of their organization-wide
     * role; `authz/check` with that `resource` consults it.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The subject already holds a role on the resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A subject outside the organization, an unknown role or a malformed resource
     */
    public ResourceGrant createResourceGrant(String tenant, String organization, CreateResourceGrant body, RequestOptions options) {
        return transport.call("POST", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants", body, null, Map.of(), List.of("admin_key"), new TypeReference<ResourceGrant>() {}, options);
    }

    /**
     * Grant a role on one resource.
     *
     * To a member or a service account of the organization, on top of their organization-wide
     * role; `authz/check` with that `resource` consults it.
     *
     * <p>{@code POST /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The subject already holds a role on the resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A subject outside the organization, an unknown role or a malformed resource
     */
    public ResourceGrant createResourceGrant(String tenant, String organization, CreateResourceGrant body) {
        return createResourceGrant(tenant, organization, body, RequestOptions.NONE);
    }

    /**
     * Revoke a resource grant.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants/&#123;grant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or grant
     */
    public void deleteResourceGrant(String tenant, String organization, String grant, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants/" + enc(grant), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Revoke a resource grant.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/organizations/&#123;organization&#125;/resource-grants/&#123;grant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or grant
     */
    public void deleteResourceGrant(String tenant, String organization, String grant) {
        deleteResourceGrant(tenant, organization, grant, RequestOptions.NONE);
    }

    /**
     * Get passkey settings.
     *
     * The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
     * Unset values show their defaults, derived from the server's public URL.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/webauthn-settings}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public WebauthnSettings getWebauthnSettings(String tenant, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/webauthn-settings", null, null, Map.of(), List.of("admin_key"), new TypeReference<WebauthnSettings>() {}, options);
    }

    /**
     * Get passkey settings.
     *
     * The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
     * Unset values show their defaults, derived from the server's public URL.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/webauthn-settings}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public WebauthnSettings getWebauthnSettings(String tenant) {
        return getWebauthnSettings(tenant, RequestOptions.NONE);
    }

    /**
     * Set passkey settings.
     *
     * Replaces the settings; omitted fields return to their defaults. Passkeys registered under
     * another RP ID stop working, since browsers scope credentials to the RP ID.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/webauthn-settings}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed RP ID, origin or format, or an origin outside the RP ID
     */
    public WebauthnSettings setWebauthnSettings(String tenant, UpdateWebauthnSettings body, RequestOptions options) {
        return transport.call("PUT", "/v1/tenants/" + enc(tenant) + "/webauthn-settings", body, null, Map.of(), List.of("admin_key"), new TypeReference<WebauthnSettings>() {}, options);
    }

    /**
     * Set passkey settings.
     *
     * Replaces the settings; omitted fields return to their defaults. Passkeys registered under
     * another RP ID stop working, since browsers scope credentials to the RP ID.
     *
     * <p>{@code PUT /v1/tenants/&#123;tenant&#125;/webauthn-settings}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed RP ID, origin or format, or an origin outside the RP ID
     */
    public WebauthnSettings setWebauthnSettings(String tenant, UpdateWebauthnSettings body) {
        return setWebauthnSettings(tenant, body, RequestOptions.NONE);
    }

    /**
     * List a user's passkeys.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/passkeys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public PasskeyList listUserPasskeys(String tenant, String user, RequestOptions options) {
        return transport.call("GET", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/passkeys", null, null, Map.of(), List.of("admin_key"), new TypeReference<PasskeyList>() {}, options);
    }

    /**
     * List a user's passkeys.
     *
     * <p>{@code GET /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/passkeys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public PasskeyList listUserPasskeys(String tenant, String user) {
        return listUserPasskeys(tenant, user, RequestOptions.NONE);
    }

    /**
     * Delete a user's passkey.
     *
     * The passkey can no longer sign in, from the next ceremony on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or passkey
     */
    public void deleteUserPasskey(String tenant, String user, String passkey, RequestOptions options) {
        transport.call("DELETE", "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/passkeys/" + enc(passkey), null, null, Map.of(), List.of("admin_key"), Transport.EMPTY, options);
    }

    /**
     * Delete a user's passkey.
     *
     * The passkey can no longer sign in, from the next ceremony on.
     *
     * <p>{@code DELETE /v1/tenants/&#123;tenant&#125;/users/&#123;user&#125;/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or passkey
     */
    public void deleteUserPasskey(String tenant, String user, String passkey) {
        deleteUserPasskey(tenant, user, passkey, RequestOptions.NONE);
    }

    /**
     * My passkeys.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/passkeys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public PasskeyList listMyPasskeys(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/me/passkeys", null, null, Map.of(), List.of("session_token"), new TypeReference<PasskeyList>() {}, options);
    }

    /**
     * My passkeys.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/passkeys}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public PasskeyList listMyPasskeys(String tenant) {
        return listMyPasskeys(tenant, RequestOptions.NONE);
    }

    /**
     * Add a passkey.
     *
     * Verifies the browser's answer to the registration options and stores the passkey.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/passkeys}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 This credential is already registered
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
     */
    public Passkey registerPasskey(String tenant, PasskeyRegistrationFinish body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/passkeys", body, null, Map.of(), List.of("session_token"), new TypeReference<Passkey>() {}, options);
    }

    /**
     * Add a passkey.
     *
     * Verifies the browser's answer to the registration options and stores the passkey.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/passkeys}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 This credential is already registered
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
     */
    public Passkey registerPasskey(String tenant, PasskeyRegistrationFinish body) {
        return registerPasskey(tenant, body, RequestOptions.NONE);
    }

    /**
     * Start adding a passkey.
     *
     * Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
     * browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/passkeys/options}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public PasskeyCeremony startPasskeyRegistration(String tenant, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/passkeys/options", null, null, Map.of(), List.of("session_token"), new TypeReference<PasskeyCeremony>() {}, options);
    }

    /**
     * Start adding a passkey.
     *
     * Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
     * browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/passkeys/options}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public PasskeyCeremony startPasskeyRegistration(String tenant) {
        return startPasskeyRegistration(tenant, RequestOptions.NONE);
    }

    /**
     * Delete one of my passkeys.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     */
    public void deleteMyPasskey(String tenant, String passkey, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me/passkeys/" + enc(passkey), null, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Delete one of my passkeys.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     */
    public void deleteMyPasskey(String tenant, String passkey) {
        deleteMyPasskey(tenant, passkey, RequestOptions.NONE);
    }

    /**
     * Rename one of my passkeys.
     *
     * <p>{@code PATCH /t/&#123;tenant&#125;/me/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A name that is empty or longer than 64 characters
     */
    public Passkey renameMyPasskey(String tenant, String passkey, RenamePasskey body, RequestOptions options) {
        return transport.call("PATCH", "/t/" + enc(tenant) + "/me/passkeys/" + enc(passkey), body, null, Map.of(), List.of("session_token"), new TypeReference<Passkey>() {}, options);
    }

    /**
     * Rename one of my passkeys.
     *
     * <p>{@code PATCH /t/&#123;tenant&#125;/me/passkeys/&#123;passkey&#125;}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A name that is empty or longer than 64 characters
     */
    public Passkey renameMyPasskey(String tenant, String passkey, RenamePasskey body) {
        return renameMyPasskey(tenant, passkey, body, RequestOptions.NONE);
    }

    /**
     * Start a passkey sign-in.
     *
     * Answers the options for `navigator.credentials.get()`. With the `email` of an account
     * that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
     * or one without passkeys) they are username-less, with `mediation: "conditional"` for
     * autofill, and any passkey of the tenant may answer.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/passkeys/options}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed email
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public PasskeyCeremony startPasskeySignIn(String tenant, PasskeySignInStart body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/passkeys/options", body, null, Map.of(), List.of(), new TypeReference<PasskeyCeremony>() {}, options);
    }

    /**
     * Start a passkey sign-in.
     *
     * Answers the options for `navigator.credentials.get()`. With the `email` of an account
     * that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
     * or one without passkeys) they are username-less, with `mediation: "conditional"` for
     * autofill, and any passkey of the tenant may answer.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/passkeys/options}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed email
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public PasskeyCeremony startPasskeySignIn(String tenant, PasskeySignInStart body) {
        return startPasskeySignIn(tenant, body, RequestOptions.NONE);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/passkeys/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential, or `organization` names no organization of the tenant
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifyPasskeySignIn(String tenant, PasskeySignInFinish body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/passkeys/verify", body, null, Map.of(), List.of(), new TypeReference<SessionTokens>() {}, options);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/passkeys/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential, or `organization` names no organization of the tenant
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifyPasskeySignIn(String tenant, PasskeySignInFinish body) {
        return verifyPasskeySignIn(tenant, body, RequestOptions.NONE);
    }

    /**
     * Start the passkey step of an MFA challenge.
     *
     * For a login answer whose `factors` include `passkey`: options for
     * `navigator.credentials.get()` listing the account's passkeys.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/passkey/options}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: unknown, expired or spent MFA token
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The account has no passkey
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public PasskeyCeremony startPasskeySecondFactor(String tenant, PasskeySecondFactorStart body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/mfa/passkey/options", body, null, Map.of(), List.of(), new TypeReference<PasskeyCeremony>() {}, options);
    }

    /**
     * Start the passkey step of an MFA challenge.
     *
     * For a login answer whose `factors` include `passkey`: options for
     * `navigator.credentials.get()` listing the account's passkeys.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/passkey/options}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: unknown, expired or spent MFA token
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The account has no passkey
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public PasskeyCeremony startPasskeySecondFactor(String tenant, PasskeySecondFactorStart body) {
        return startPasskeySecondFactor(tenant, body, RequestOptions.NONE);
    }

    /**
     * Complete an MFA challenge with a passkey.
     *
     * Verifies the assertion, spends the MFA token and opens the session.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/passkey/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifyPasskeySecondFactor(String tenant, PasskeySecondFactorFinish body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/mfa/passkey/verify", body, null, Map.of(), List.of(), new TypeReference<SessionTokens>() {}, options);
    }

    /**
     * Complete an MFA challenge with a passkey.
     *
     * Verifies the assertion, spends the MFA token and opens the session.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/passkey/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifyPasskeySecondFactor(String tenant, PasskeySecondFactorFinish body) {
        return verifyPasskeySecondFactor(tenant, body, RequestOptions.NONE);
    }

    /**
     * OpenID Provider configuration.
     *
     * The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
     *
     * <p>{@code GET /t/&#123;tenant&#125;/.well-known/openid-configuration}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public OpenIdConfiguration getOpenIdConfiguration(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/.well-known/openid-configuration", null, null, Map.of(), List.of(), new TypeReference<OpenIdConfiguration>() {}, options);
    }

    /**
     * OpenID Provider configuration.
     *
     * The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
     *
     * <p>{@code GET /t/&#123;tenant&#125;/.well-known/openid-configuration}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public OpenIdConfiguration getOpenIdConfiguration(String tenant) {
        return getOpenIdConfiguration(tenant, RequestOptions.NONE);
    }

    /**
     * JSON Web Key Set.
     *
     * The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
     * they signed has expired.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/.well-known/jwks.json}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public JwkSet getJwks(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/.well-known/jwks.json", null, null, Map.of(), List.of(), new TypeReference<JwkSet>() {}, options);
    }

    /**
     * JSON Web Key Set.
     *
     * The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
     * they signed has expired.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/.well-known/jwks.json}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public JwkSet getJwks(String tenant) {
        return getJwks(tenant, RequestOptions.NONE);
    }

    /**
     * OAuth authorization server metadata.
     *
     * RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
     * path appended; clients such as the MCP SDK look here first.
     *
     * <p>{@code GET /.well-known/oauth-authorization-server/t/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public OpenIdConfiguration getAuthorizationServerMetadata(String tenant, RequestOptions options) {
        return transport.call("GET", "/.well-known/oauth-authorization-server/t/" + enc(tenant), null, null, Map.of(), List.of(), new TypeReference<OpenIdConfiguration>() {}, options);
    }

    /**
     * OAuth authorization server metadata.
     *
     * RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
     * path appended; clients such as the MCP SDK look here first.
     *
     * <p>{@code GET /.well-known/oauth-authorization-server/t/&#123;tenant&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public OpenIdConfiguration getAuthorizationServerMetadata(String tenant) {
        return getAuthorizationServerMetadata(tenant, RequestOptions.NONE);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/login}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Wrong email or password
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 `organization` names no organization of the tenant
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public LoginResponse login(String tenant, LoginRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/login", body, null, Map.of(), List.of(), new TypeReference<LoginResponse>() {}, options);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/login}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Wrong email or password
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 `organization` names no organization of the tenant
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public LoginResponse login(String tenant, LoginRequest body) {
        return login(tenant, body, RequestOptions.NONE);
    }

    /**
     * Refresh a session.
     *
     * Spends the refresh token (from the body or the cookie) and returns a new access token
     * and a new refresh token. A refresh token works once: presenting a spent one revokes the
     * whole session.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/refresh}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, revoked or reused refresh token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens refreshSession(String tenant, RefreshRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/refresh", body, null, Map.of(), List.of(), new TypeReference<SessionTokens>() {}, options);
    }

    /**
     * Refresh a session.
     *
     * Spends the refresh token (from the body or the cookie) and returns a new access token
     * and a new refresh token. A refresh token works once: presenting a spent one revokes the
     * whole session.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/refresh}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, revoked or reused refresh token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens refreshSession(String tenant, RefreshRequest body) {
        return refreshSession(tenant, body, RequestOptions.NONE);
    }

    /**
     * Sign out.
     *
     * Revokes the session of the refresh token (from the body or the cookie) and clears the
     * cookie. Signing out twice, or with an unknown token, also answers 204.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/logout}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public void logout(String tenant, RefreshRequest body, RequestOptions options) {
        transport.call("POST", "/t/" + enc(tenant) + "/auth/logout", body, null, Map.of(), List.of(), Transport.EMPTY, options);
    }

    /**
     * Sign out.
     *
     * Revokes the session of the refresh token (from the body or the cookie) and clears the
     * cookie. Signing out twice, or with an unknown token, also answers 204.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/logout}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public void logout(String tenant, RefreshRequest body) {
        logout(tenant, body, RequestOptions.NONE);
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
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/token}
     * @throws BadRequestException 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public TokenResponse oauthToken(String tenant, TokenRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/oauth/token", null, body, Map.of(), List.of(), new TypeReference<TokenResponse>() {}, options);
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
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/token}
     * @throws BadRequestException 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public TokenResponse oauthToken(String tenant, TokenRequest body) {
        return oauthToken(tenant, body, RequestOptions.NONE);
    }

    /**
     * Token introspection.
     *
     * RFC 7662: whether an access token of this tenant is active, with its claims. Callers
     * authenticate as a confidential client of the tenant.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/introspect}
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public IntrospectionResponse oauthIntrospect(String tenant, TokenQuery body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/oauth/introspect", null, body, Map.of(), List.of(), new TypeReference<IntrospectionResponse>() {}, options);
    }

    /**
     * Token introspection.
     *
     * RFC 7662: whether an access token of this tenant is active, with its claims. Callers
     * authenticate as a confidential client of the tenant.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/introspect}
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public IntrospectionResponse oauthIntrospect(String tenant, TokenQuery body) {
        return oauthIntrospect(tenant, body, RequestOptions.NONE);
    }

    /**
     * Token revocation.
     *
     * RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
     * foreign tokens also answer 200, as the RFC requires.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/revoke}
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public void oauthRevoke(String tenant, TokenQuery body, RequestOptions options) {
        transport.call("POST", "/t/" + enc(tenant) + "/oauth/revoke", null, body, Map.of(), List.of(), Transport.EMPTY, options);
    }

    /**
     * Token revocation.
     *
     * RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
     * foreign tokens also answer 200, as the RFC requires.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/revoke}
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public void oauthRevoke(String tenant, TokenQuery body) {
        oauthRevoke(tenant, body, RequestOptions.NONE);
    }

    /**
     * UserInfo.
     *
     * OpenID Connect Core §5.3: the claims about the token's user that its scopes release
     * (`openid` required; `profile` and `email` add claims). Send the access token as a
     * Bearer token.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/oauth/userinfo}
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public UserInfo oauthUserInfo(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/oauth/userinfo", null, null, Map.of(), List.of("bearer_token"), new TypeReference<UserInfo>() {}, options);
    }

    /**
     * UserInfo.
     *
     * OpenID Connect Core §5.3: the claims about the token's user that its scopes release
     * (`openid` required; `profile` and `email` add claims). Send the access token as a
     * Bearer token.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/oauth/userinfo}
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public UserInfo oauthUserInfo(String tenant) {
        return oauthUserInfo(tenant, RequestOptions.NONE);
    }

    /**
     * UserInfo (POST).
     *
     * The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/userinfo}
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public UserInfo oauthUserInfoPost(String tenant, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/oauth/userinfo", null, null, Map.of(), List.of("bearer_token"), new TypeReference<UserInfo>() {}, options);
    }

    /**
     * UserInfo (POST).
     *
     * The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/userinfo}
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public UserInfo oauthUserInfoPost(String tenant) {
        return oauthUserInfoPost(tenant, RequestOptions.NONE);
    }

    /**
     * Register a client dynamically.
     *
     * RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
     * need. Registered clients get the authorization code flow (with `refresh_token` when
     * asked); `token_endpoint_auth_method: none` makes a public client. The response carries
     * the client secret and the registration access token, once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/register}
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws PermissionDeniedException 403 access_denied: the tenant does not allow dynamic registration
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthRegister(String tenant, ClientRegistrationRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/oauth/register", body, null, Map.of(), List.of(), new TypeReference<ClientRegistrationResponse>() {}, options);
    }

    /**
     * Register a client dynamically.
     *
     * RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
     * need. Registered clients get the authorization code flow (with `refresh_token` when
     * asked); `token_endpoint_auth_method: none` makes a public client. The response carries
     * the client secret and the registration access token, once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/register}
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws PermissionDeniedException 403 access_denied: the tenant does not allow dynamic registration
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthRegister(String tenant, ClientRegistrationRequest body) {
        return oauthRegister(tenant, body, RequestOptions.NONE);
    }

    /**
     * Read a registration.
     *
     * RFC 7592 §2.1, with the registration access token as a Bearer token.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthReadRegistration(String tenant, String client, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/oauth/register/" + enc(client), null, null, Map.of(), List.of("registration_token"), new TypeReference<ClientRegistrationResponse>() {}, options);
    }

    /**
     * Read a registration.
     *
     * RFC 7592 §2.1, with the registration access token as a Bearer token.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthReadRegistration(String tenant, String client) {
        return oauthReadRegistration(tenant, client, RequestOptions.NONE);
    }

    /**
     * Update a registration.
     *
     * RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
     * cannot change).
     *
     * <p>{@code PUT /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthUpdateRegistration(String tenant, String client, ClientRegistrationRequest body, RequestOptions options) {
        return transport.call("PUT", "/t/" + enc(tenant) + "/oauth/register/" + enc(client), body, null, Map.of(), List.of("registration_token"), new TypeReference<ClientRegistrationResponse>() {}, options);
    }

    /**
     * Update a registration.
     *
     * RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
     * cannot change).
     *
     * <p>{@code PUT /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public ClientRegistrationResponse oauthUpdateRegistration(String tenant, String client, ClientRegistrationRequest body) {
        return oauthUpdateRegistration(tenant, client, body, RequestOptions.NONE);
    }

    /**
     * Delete a registration.
     *
     * RFC 7592 §2.3: the client stops working at once.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public void oauthDeleteRegistration(String tenant, String client, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/oauth/register/" + enc(client), null, null, Map.of(), List.of("registration_token"), Transport.EMPTY, options);
    }

    /**
     * Delete a registration.
     *
     * RFC 7592 §2.3: the client stops working at once.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/oauth/register/&#123;client&#125;}
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public void oauthDeleteRegistration(String tenant, String client) {
        oauthDeleteRegistration(tenant, client, RequestOptions.NONE);
    }

    /**
     * Protected resource metadata.
     *
     * RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
     * behalf: resource servers point clients here from their `WWW-Authenticate` challenge
     * (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
     *
     * <p>{@code GET /.well-known/oauth-protected-resource/t/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant or resource
     */
    public ProtectedResourceMetadata getProtectedResourceMetadata(String tenant, String resource, RequestOptions options) {
        return transport.call("GET", "/.well-known/oauth-protected-resource/t/" + enc(tenant) + "/resources/" + enc(resource), null, null, Map.of(), List.of(), new TypeReference<ProtectedResourceMetadata>() {}, options);
    }

    /**
     * Protected resource metadata.
     *
     * RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
     * behalf: resource servers point clients here from their `WWW-Authenticate` challenge
     * (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
     *
     * <p>{@code GET /.well-known/oauth-protected-resource/t/&#123;tenant&#125;/resources/&#123;resource&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant or resource
     */
    public ProtectedResourceMetadata getProtectedResourceMetadata(String tenant, String resource) {
        return getProtectedResourceMetadata(tenant, resource, RequestOptions.NONE);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not exactly one of `code` and `recovery_code`, or a malformed one
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public SessionTokens verifyMfa(String tenant, MfaVerifyRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/mfa/verify", body, null, Map.of(), List.of(), new TypeReference<SessionTokens>() {}, options);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/mfa/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not exactly one of `code` and `recovery_code`, or a malformed one
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public SessionTokens verifyMfa(String tenant, MfaVerifyRequest body) {
        return verifyMfa(tenant, body, RequestOptions.NONE);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/signup}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws PermissionDeniedException 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address, a name that is too long, or a password that does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted signup(String tenant, SignupRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/signup", body, null, Map.of(), List.of(), new TypeReference<EmailRequestAccepted>() {}, options);
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
     * <p>{@code POST /t/&#123;tenant&#125;/auth/signup}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws PermissionDeniedException 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address, a name that is too long, or a password that does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted signup(String tenant, SignupRequest body) {
        return signup(tenant, body, RequestOptions.NONE);
    }

    /**
     * Finish signing up.
     *
     * Spends the token of a signup link, creates the user (with the email verified) and signs
     * them in: the session's tokens, the refresh token in JSON or in the session cookie as
     * `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
     * signup of the same address; 409 if the address got an account in the meantime.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/signup/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The tenant no longer takes signups from this address
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The address already has an account
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifySignup(String tenant, SignupVerify body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/signup/verify", body, null, Map.of(), List.of(), new TypeReference<SessionTokens>() {}, options);
    }

    /**
     * Finish signing up.
     *
     * Spends the token of a signup link, creates the user (with the email verified) and signs
     * them in: the session's tokens, the refresh token in JSON or in the session cookie as
     * `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
     * signup of the same address; 409 if the address got an account in the meantime.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/signup/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The tenant no longer takes signups from this address
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The address already has an account
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public SessionTokens verifySignup(String tenant, SignupVerify body) {
        return verifySignup(tenant, body, RequestOptions.NONE);
    }

    /**
     * Verify an email address.
     *
     * Spends the token of a verification link and marks the user's email verified. The token
     * is refused if it expired, was used or replaced, or if the user's email changed since.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/verify-email}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailVerified verifyEmail(String tenant, VerifyEmailRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/verify-email", body, null, Map.of(), List.of(), new TypeReference<EmailVerified>() {}, options);
    }

    /**
     * Verify an email address.
     *
     * Spends the token of a verification link and marks the user's email verified. The token
     * is refused if it expired, was used or replaced, or if the user's email changed since.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/verify-email}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailVerified verifyEmail(String tenant, VerifyEmailRequest body) {
        return verifyEmail(tenant, body, RequestOptions.NONE);
    }

    /**
     * Request a password reset.
     *
     * Emails a reset link (valid once, for 30 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/password-reset}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestPasswordReset(String tenant, EmailRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/password-reset", body, null, Map.of(), List.of(), new TypeReference<EmailRequestAccepted>() {}, options);
    }

    /**
     * Request a password reset.
     *
     * Emails a reset link (valid once, for 30 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/password-reset}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestPasswordReset(String tenant, EmailRequest body) {
        return requestPasswordReset(tenant, body, RequestOptions.NONE);
    }

    /**
     * Set a new password with a reset token.
     *
     * Spends the token of a reset link, sets the password (checked against the password
     * policy; a refused password leaves the token usable), marks the email verified, lifts a
     * sign-in lockout and revokes every session of the user.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/password-reset/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The password does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public void confirmPasswordReset(String tenant, PasswordResetConfirm body, RequestOptions options) {
        transport.call("POST", "/t/" + enc(tenant) + "/auth/password-reset/confirm", body, null, Map.of(), List.of(), Transport.EMPTY, options);
    }

    /**
     * Set a new password with a reset token.
     *
     * Spends the token of a reset link, sets the password (checked against the password
     * policy; a refused password leaves the token usable), marks the email verified, lifts a
     * sign-in lockout and revokes every session of the user.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/password-reset/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The password does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public void confirmPasswordReset(String tenant, PasswordResetConfirm body) {
        confirmPasswordReset(tenant, body, RequestOptions.NONE);
    }

    /**
     * Request a magic link.
     *
     * Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/magic-link}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestMagicLink(String tenant, EmailRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/magic-link", body, null, Map.of(), List.of(), new TypeReference<EmailRequestAccepted>() {}, options);
    }

    /**
     * Request a magic link.
     *
     * Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/magic-link}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestMagicLink(String tenant, EmailRequest body) {
        return requestMagicLink(tenant, body, RequestOptions.NONE);
    }

    /**
     * Sign in with a magic link.
     *
     * Spends the token of a magic link and answers as a password login does: the session's
     * tokens (the refresh token in JSON or in the session cookie), or, when the user has a
     * second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/magic-link/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public LoginResponse verifyMagicLink(String tenant, MagicLinkVerify body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/magic-link/verify", body, null, Map.of(), List.of(), new TypeReference<LoginResponse>() {}, options);
    }

    /**
     * Sign in with a magic link.
     *
     * Spends the token of a magic link and answers as a password login does: the session's
     * tokens (the refresh token in JSON or in the session cookie), or, when the user has a
     * second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/magic-link/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public LoginResponse verifyMagicLink(String tenant, MagicLinkVerify body) {
        return verifyMagicLink(tenant, body, RequestOptions.NONE);
    }

    /**
     * Request an email sign-in code.
     *
     * Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
     * account that may sign in. The answer is the same 202, after about the same time, whether
     * or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/email-code}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestEmailCode(String tenant, EmailRequest body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/email-code", body, null, Map.of(), List.of(), new TypeReference<EmailRequestAccepted>() {}, options);
    }

    /**
     * Request an email sign-in code.
     *
     * Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
     * account that may sign in. The answer is the same 202, after about the same time, whether
     * or not it does.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/email-code}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public EmailRequestAccepted requestEmailCode(String tenant, EmailRequest body) {
        return requestEmailCode(tenant, body, RequestOptions.NONE);
    }

    /**
     * Sign in with an email code.
     *
     * Checks the code last sent to the email and answers as a password login does: the
     * session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
     * `invalid_code` and count toward the email's sign-in lockout (shared with password login;
     * 429 with `Retry-After`), and a code dies after five wrong guesses.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/email-code/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong, expired or used code
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is not six digits
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public LoginResponse verifyEmailCode(String tenant, EmailCodeVerify body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/auth/email-code/verify", body, null, Map.of(), List.of(), new TypeReference<LoginResponse>() {}, options);
    }

    /**
     * Sign in with an email code.
     *
     * Checks the code last sent to the email and answers as a password login does: the
     * session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
     * `invalid_code` and count toward the email's sign-in lockout (shared with password login;
     * 429 with `Retry-After`), and a code dies after five wrong guesses.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/auth/email-code/verify}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong, expired or used code
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is not six digits
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public LoginResponse verifyEmailCode(String tenant, EmailCodeVerify body) {
        return verifyEmailCode(tenant, body, RequestOptions.NONE);
    }

    /**
     * Get my profile.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public User getMe(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/me", null, null, Map.of(), List.of("session_token"), new TypeReference<User>() {}, options);
    }

    /**
     * Get my profile.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public User getMe(String tenant) {
        return getMe(tenant, RequestOptions.NONE);
    }

    /**
     * Delete my account.
     *
     * Deletes the account and its sessions; needs the current password when the account has one.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public void deleteMe(String tenant, Reauthenticate body, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me", body, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Delete my account.
     *
     * Deletes the account and its sessions; needs the current password when the account has one.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public void deleteMe(String tenant, Reauthenticate body) {
        deleteMe(tenant, body, RequestOptions.NONE);
    }

    /**
     * Update my profile.
     *
     * Name, picture and locale. Email changes and metadata are for administrators.
     *
     * <p>{@code PATCH /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, picture or locale
     */
    public User updateMe(String tenant, UpdateProfile body, RequestOptions options) {
        return transport.call("PATCH", "/t/" + enc(tenant) + "/me", body, null, Map.of(), List.of("session_token"), new TypeReference<User>() {}, options);
    }

    /**
     * Update my profile.
     *
     * Name, picture and locale. Email changes and metadata are for administrators.
     *
     * <p>{@code PATCH /t/&#123;tenant&#125;/me}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, picture or locale
     */
    public User updateMe(String tenant, UpdateProfile body) {
        return updateMe(tenant, body, RequestOptions.NONE);
    }

    /**
     * Change my password.
     *
     * Needs the current password (when the account has one); every other session of the
     * user ends, this one stays.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/password}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The new password breaks the policy, or the current one is missing
     */
    public void changeMyPassword(String tenant, ChangePassword body, RequestOptions options) {
        transport.call("POST", "/t/" + enc(tenant) + "/me/password", body, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Change my password.
     *
     * Needs the current password (when the account has one); every other session of the
     * user ends, this one stays.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/password}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The new password breaks the policy, or the current one is missing
     */
    public void changeMyPassword(String tenant, ChangePassword body) {
        changeMyPassword(tenant, body, RequestOptions.NONE);
    }

    /**
     * List my sessions.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/sessions}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public SessionList listMySessions(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/me/sessions", null, null, Map.of(), List.of("session_token"), new TypeReference<SessionList>() {}, options);
    }

    /**
     * List my sessions.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/sessions}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public SessionList listMySessions(String tenant) {
        return listMySessions(tenant, RequestOptions.NONE);
    }

    /**
     * Sign out one of my sessions.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/sessions/&#123;session&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or live session
     */
    public void revokeMySession(String tenant, String session, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me/sessions/" + enc(session), null, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Sign out one of my sessions.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/sessions/&#123;session&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or live session
     */
    public void revokeMySession(String tenant, String session) {
        revokeMySession(tenant, session, RequestOptions.NONE);
    }

    /**
     * My TOTP status.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public TotpStatus getMyTotp(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/me/mfa/totp", null, null, Map.of(), List.of("session_token"), new TypeReference<TotpStatus>() {}, options);
    }

    /**
     * My TOTP status.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public TotpStatus getMyTotp(String tenant) {
        return getMyTotp(tenant, RequestOptions.NONE);
    }

    /**
     * Start my TOTP enrolment.
     *
     * Needs the current password (when the account has one). Returns a new secret, pending
     * until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public TotpEnrolment startMyTotpEnrolment(String tenant, Reauthenticate body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/mfa/totp", body, null, Map.of(), List.of("session_token"), new TypeReference<TotpEnrolment>() {}, options);
    }

    /**
     * Start my TOTP enrolment.
     *
     * Needs the current password (when the account has one). Returns a new secret, pending
     * until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public TotpEnrolment startMyTotpEnrolment(String tenant, Reauthenticate body) {
        return startMyTotpEnrolment(tenant, body, RequestOptions.NONE);
    }

    /**
     * Disable my TOTP.
     *
     * Needs the current password (when the account has one).
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public void disableMyTotp(String tenant, Reauthenticate body, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me/mfa/totp", body, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Disable my TOTP.
     *
     * Needs the current password (when the account has one).
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/mfa/totp}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public void disableMyTotp(String tenant, Reauthenticate body) {
        disableMyTotp(tenant, body, RequestOptions.NONE);
    }

    /**
     * Confirm my TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now and returns ten single-use
     * recovery codes, shown once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/totp/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public RecoveryCodes confirmMyTotp(String tenant, ConfirmTotp body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/mfa/totp/confirm", body, null, Map.of(), List.of("session_token"), new TypeReference<RecoveryCodes>() {}, options);
    }

    /**
     * Confirm my TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now and returns ten single-use
     * recovery codes, shown once.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/totp/confirm}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public RecoveryCodes confirmMyTotp(String tenant, ConfirmTotp body) {
        return confirmMyTotp(tenant, body, RequestOptions.NONE);
    }

    /**
     * Regenerate my recovery codes.
     *
     * Needs the current password (when the account has one); the old codes stop working.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/recovery-codes}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enabled authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public RecoveryCodes regenerateMyRecoveryCodes(String tenant, Reauthenticate body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/me/mfa/recovery-codes", body, null, Map.of(), List.of("session_token"), new TypeReference<RecoveryCodes>() {}, options);
    }

    /**
     * Regenerate my recovery codes.
     *
     * Needs the current password (when the account has one); the old codes stop working.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/me/mfa/recovery-codes}
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enabled authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public RecoveryCodes regenerateMyRecoveryCodes(String tenant, Reauthenticate body) {
        return regenerateMyRecoveryCodes(tenant, body, RequestOptions.NONE);
    }

    /**
     * List my connected applications.
     *
     * Applications I allowed at the consent page, with the scopes granted.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/consents}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public ConsentList listMyConsents(String tenant, RequestOptions options) {
        return transport.call("GET", "/t/" + enc(tenant) + "/me/consents", null, null, Map.of(), List.of("session_token"), new TypeReference<ConsentList>() {}, options);
    }

    /**
     * List my connected applications.
     *
     * Applications I allowed at the consent page, with the scopes granted.
     *
     * <p>{@code GET /t/&#123;tenant&#125;/me/consents}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public ConsentList listMyConsents(String tenant) {
        return listMyConsents(tenant, RequestOptions.NONE);
    }

    /**
     * Disconnect an application.
     *
     * Withdraws my consent: the application must ask again, and its refresh tokens stop working.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/consents/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no consent for this application
     */
    public void revokeMyConsent(String tenant, String client, RequestOptions options) {
        transport.call("DELETE", "/t/" + enc(tenant) + "/me/consents/" + enc(client), null, null, Map.of(), List.of("session_token"), Transport.EMPTY, options);
    }

    /**
     * Disconnect an application.
     *
     * Withdraws my consent: the application must ask again, and its refresh tokens stop working.
     *
     * <p>{@code DELETE /t/&#123;tenant&#125;/me/consents/&#123;client&#125;}
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no consent for this application
     */
    public void revokeMyConsent(String tenant, String client) {
        revokeMyConsent(tenant, client, RequestOptions.NONE);
    }

    /**
     * Liveness.
     *
     * Answers while the process can serve HTTP; it does not touch the database.
     *
     * <p>{@code GET /healthz}
     */
    public HealthStatus getHealth(RequestOptions options) {
        return transport.call("GET", "/healthz", null, null, Map.of(), List.of(), new TypeReference<HealthStatus>() {}, options);
    }

    /**
     * Liveness.
     *
     * Answers while the process can serve HTTP; it does not touch the database.
     *
     * <p>{@code GET /healthz}
     */
    public HealthStatus getHealth() {
        return getHealth(RequestOptions.NONE);
    }

    /**
     * Readiness.
     *
     * Ready when the database answers within two seconds; recovers by itself when it returns.
     *
     * <p>{@code GET /readyz}
     * @throws InternalServerException 503 The database is unreachable
     */
    public HealthStatus getReadiness(RequestOptions options) {
        return transport.call("GET", "/readyz", null, null, Map.of(), List.of(), new TypeReference<HealthStatus>() {}, options);
    }

    /**
     * Readiness.
     *
     * Ready when the database answers within two seconds; recovers by itself when it returns.
     *
     * <p>{@code GET /readyz}
     * @throws InternalServerException 503 The database is unreachable
     */
    public HealthStatus getReadiness() {
        return getReadiness(RequestOptions.NONE);
    }

    /**
     * Prometheus metrics.
     *
     * Requests by route and status, latency histograms and database pool gauges, in the
     * Prometheus text format.
     *
     * <p>{@code GET /metrics}
     */
    public String getMetrics(RequestOptions options) {
        return transport.call("GET", "/metrics", null, null, Map.of(), List.of(), Transport.TEXT, options);
    }

    /**
     * Prometheus metrics.
     *
     * Requests by route and status, latency histograms and database pool gauges, in the
     * Prometheus text format.
     *
     * <p>{@code GET /metrics}
     */
    public String getMetrics() {
        return getMetrics(RequestOptions.NONE);
    }

    /**
     * OpenAPI document.
     *
     * This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
     *
     * <p>{@code GET /openapi.json}
     */
    public Map<String, JsonNode> getOpenApi(RequestOptions options) {
        return transport.call("GET", "/openapi.json", null, null, Map.of(), List.of(), new TypeReference<Map<String, JsonNode>>() {}, options);
    }

    /**
     * OpenAPI document.
     *
     * This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
     *
     * <p>{@code GET /openapi.json}
     */
    public Map<String, JsonNode> getOpenApi() {
        return getOpenApi(RequestOptions.NONE);
    }

    /** Builds a {@link TesseraClient}. */
    public static final class Builder {
        private String baseUrl;
        private HttpClient httpClient;
        private Duration timeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration maxRetryDelay = Duration.ofSeconds(60);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, TokenSource> credentials = new LinkedHashMap<>();
        private Consumer<RetryEvent> onRetry;

        private Builder() {}

        private Builder copy() {
            Builder copy = new Builder();
            copy.baseUrl = baseUrl;
            copy.httpClient = httpClient;
            copy.timeout = timeout;
            copy.maxRetries = maxRetries;
            copy.maxRetryDelay = maxRetryDelay;
            copy.headers.putAll(headers);
            copy.credentials.putAll(credentials);
            copy.onRetry = onRetry;
            return copy;
        }

        /**
         * @param baseUrl the server's base URL, such as {@code https://id.example.com}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sends {@code token} on the operations that accept the "admin_key" scheme. An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
         *
         * @param token the credential
         * @return this builder
         */
        public Builder adminKey(String token) {
            return credential("admin_key", token == null ? null : () -> token);
        }

        /**
         * Sends {@code token} on the operations that accept the "bearer_token" scheme. An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
         *
         * @param token the credential
         * @return this builder
         */
        public Builder bearerToken(String token) {
            return credential("bearer_token", token == null ? null : () -> token);
        }

        /**
         * Sends {@code token} on the operations that accept the "registration_token" scheme. The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
         *
         * @param token the credential
         * @return this builder
         */
        public Builder registrationToken(String token) {
            return credential("registration_token", token == null ? null : () -> token);
        }

        /**
         * Sends {@code token} on the operations that accept the "session_token" scheme. A session access token from `POST /t/{tenant}/auth/login`.
         *
         * @param token the credential
         * @return this builder
         */
        public Builder sessionToken(String token) {
            return credential("session_token", token == null ? null : () -> token);
        }

        /**
         * Gets the credential of a security scheme, by its name in the spec, from {@code source}
         * before each request (a {@link ClientCredentials}, say).
         *
         * @param scheme the security scheme
         * @param source the credential's source, or {@code null} for none
         * @return this builder
         */
        public Builder credential(String scheme, TokenSource source) {
            if (source == null) {
                credentials.remove(scheme);
            } else {
                credentials.put(scheme, source);
            }
            return this;
        }

        /**
         * @param httpClient the client that sends requests (default: a new one, shared by derived clients)
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * @param timeout the bound on each attempt (default 60 s)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * @param maxRetries retries after a retryable failure (default 2; 0 turns them off)
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param maxRetryDelay the longest wait before a retry (default 60 s); a longer Retry-After is shortened to it
         * @return this builder
         */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = Objects.requireNonNull(maxRetryDelay);
            return this;
        }

        /**
         * @param name a header sent with every request
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * @param onRetry called before each retry, after the delay is chosen
         * @return this builder
         */
        public Builder onRetry(Consumer<RetryEvent> onRetry) {
            this.onRetry = onRetry;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalArgumentException when the base URL is missing or not absolute
         */
        public TesseraClient build() {
            if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
                throw new IllegalArgumentException("TesseraClient needs an absolute http(s) baseUrl, got " + baseUrl);
            }
            if (httpClient == null) {
                httpClient = HttpClient.newBuilder().connectTimeout(timeout).build();
            }
            Transport transport = new Transport(baseUrl, httpClient, timeout, maxRetries, maxRetryDelay, headers, credentials, SCHEMES, onRetry);
            return new TesseraClient(copy(), transport);
        }
    }
}
