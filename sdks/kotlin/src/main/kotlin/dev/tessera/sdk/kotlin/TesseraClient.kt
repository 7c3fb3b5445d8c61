// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The client: one suspend function per operation of the API.
package dev.tessera.sdk.kotlin

import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.core.type.TypeReference
import com.fasterxml.jackson.databind.JsonNode
import dev.tessera.sdk.kotlin.model.*
import java.net.http.HttpClient
import java.time.Duration
import java.time.OffsetDateTime
import kotlinx.coroutines.flow.Flow

/**
 * Everything a [TesseraClient] is configured with; `copy` it to derive another.
 *
 * @property baseUrl the server's base URL, such as `https://id.example.com`
 * @property adminKey sent on the operations that accept the "admin_key" scheme. An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
 * @property bearerToken sent on the operations that accept the "bearer_token" scheme. An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
 * @property registrationToken sent on the operations that accept the "registration_token" scheme. The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
 * @property sessionToken sent on the operations that accept the "session_token" scheme. A session access token from `POST /t/{tenant}/auth/login`.
 * @property credentials token sources by security scheme name (a [ClientCredentials], say);
 *   they take precedence over the strings above
 * @property timeout the bound on each attempt
 * @property maxRetries retries after a retryable failure; 0 turns them off
 * @property maxRetryDelay the longest wait before a retry; a longer Retry-After is shortened to it
 * @property headers sent with every request
 * @property httpClient sends the requests (default: one shared by the clients derived from this one)
 * @property onRetry called before each retry, after the delay is chosen
 */
data class ClientOptions(
    val baseUrl: String,
    val adminKey: String? = null,
    val bearerToken: String? = null,
    val registrationToken: String? = null,
    val sessionToken: String? = null,
    val credentials: Map<String, TokenSource> = emptyMap(),
    val timeout: Duration = Duration.ofSeconds(60),
    val maxRetries: Int = 2,
    val maxRetryDelay: Duration = Duration.ofSeconds(60),
    val headers: Map<String, String> = emptyMap(),
    val httpClient: HttpClient? = null,
    val onRetry: (suspend (RetryEvent) -> Unit)? = null,
)

/**
 * Query parameters of [TesseraClient.listTenants].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListTenantsParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listUsers].
 *
 * @property email Exact email (normalised before matching).
 * @property q Case-insensitive substring of the email or name.
 * @property disabled Only disabled (`true`) or only enabled (`false`) users.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListUsersParams(
    @param:JsonProperty("email") val email: String? = null,
    @param:JsonProperty("q") val q: String? = null,
    @param:JsonProperty("disabled") val disabled: Boolean? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listOutboxMessages].
 *
 * @property to Only messages to this address.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListOutboxMessagesParams(
    @param:JsonProperty("to") val to: String? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listClients].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListClientsParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listResources].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListResourcesParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listAuditEvents].
 *
 * @property action Exact action, such as `user.created`.
 * @property since Events at or after this RFC 3339 time.
 * @property until Events before this RFC 3339 time.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListAuditEventsParams(
    @param:JsonProperty("action") val action: String? = null,
    @param:JsonProperty("actor_id") val actorId: String? = null,
    @param:JsonProperty("target_id") val targetId: String? = null,
    @param:JsonProperty("since") val since: String? = null,
    @param:JsonProperty("until") val until: String? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.exportAuditEvents].
 *
 * @property since Events at or after this RFC 3339 time.
 * @property until Events before this RFC 3339 time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ExportAuditEventsParams(
    @param:JsonProperty("format") val format: AuditExportFormat? = null,
    @param:JsonProperty("action") val action: String? = null,
    @param:JsonProperty("actor_id") val actorId: String? = null,
    @param:JsonProperty("target_id") val targetId: String? = null,
    @param:JsonProperty("since") val since: String? = null,
    @param:JsonProperty("until") val until: String? = null,
)

/**
 * Query parameters of [TesseraClient.listOrganizations].
 *
 * @property q Case-insensitive substring of the slug or name.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListOrganizationsParams(
    @param:JsonProperty("q") val q: String? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listOrganizationMembers].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListOrganizationMembersParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listMyOrganizations].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListMyOrganizationsParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listMemberOrganizationMembers].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListMemberOrganizationMembersParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listInvitations].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListInvitationsParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listApiKeys].
 *
 * @property organization Only this organization's keys (id or slug).
 * @property user Only this user's keys.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListApiKeysParams(
    @param:JsonProperty("organization") val organization: String? = null,
    @param:JsonProperty("user") val user: String? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listServiceAccounts].
 *
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListServiceAccountsParams(
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * Query parameters of [TesseraClient.listResourceGrants].
 *
 * @property subject Only this subject's grants.
 * @property resource Only grants on this resource.
 * @property limit Items per page, 1-100 (default 20).
 * @property cursor The `next_cursor` of the previous page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListResourceGrantsParams(
    @param:JsonProperty("subject") val subject: String? = null,
    @param:JsonProperty("resource") val resource: String? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * A client for the Tessera API.
 *
 * The management and protocol API of Tessera, a self-hosted multi-tenant identity platform.
 */
class TesseraClient(
    /** The settings of this client. */
    val options: ClientOptions,
) {
    /** A client for [baseUrl], with the other settings as named arguments of [ClientOptions]. */
    constructor(baseUrl: String, adminKey: String? = null, bearerToken: String? = null, registrationToken: String? = null, sessionToken: String? = null) : this(ClientOptions(baseUrl, adminKey = adminKey, bearerToken = bearerToken, registrationToken = registrationToken, sessionToken = sessionToken))

    private val http: HttpClient = options.httpClient ?: HttpClient.newBuilder().connectTimeout(options.timeout).build()
    private val transport: Transport

    init {
        require(options.baseUrl.startsWith("http://") || options.baseUrl.startsWith("https://")) {
            "TesseraClient needs an absolute http(s) baseUrl, got ${options.baseUrl}"
        }
        val credentials = buildMap<String, TokenSource> {
            options.adminKey?.let { token -> put("admin_key", TokenSource { token }) }
            options.bearerToken?.let { token -> put("bearer_token", TokenSource { token }) }
            options.registrationToken?.let { token -> put("registration_token", TokenSource { token }) }
            options.sessionToken?.let { token -> put("session_token", TokenSource { token }) }
            putAll(options.credentials)
        }
        transport = Transport(
            options.baseUrl, http, options.timeout, options.maxRetries, options.maxRetryDelay,
            options.headers, credentials, SCHEMES, options.onRetry,
        )
    }

    /**
     * A client like this one with some settings changed, sharing its connection pool:
     * `client.withOptions { copy(sessionToken = token) }`.
     */
    fun withOptions(change: ClientOptions.() -> ClientOptions): TesseraClient =
        TesseraClient(options.change().let { if (it.httpClient == null) it.copy(httpClient = http) else it })

    /**
     * A token source for the OAuth client [clientId] of [tenant], through this client's
     * transport, timeouts and retries: `client.clientCredentials("acme", id, secret).token()`.
     */
    fun clientCredentials(
        tenant: String,
        clientId: String,
        clientSecret: String,
        scope: String? = null,
        resource: String? = null,
        leeway: Duration = Duration.ofSeconds(30),
    ): ClientCredentials = ClientCredentials(transport, tenant, clientId, clientSecret, scope, resource, leeway)

    private fun enc(value: Any): String = Transport.encodePath(value)

    /**
     * List tenants.
     *
     * Oldest first, paginated by cursor.
     *
     * `GET /v1/tenants`
     *
     * @throws BadRequestException 400 Malformed query
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listTenants(params: ListTenantsParams = ListTenantsParams(), options: RequestOptions = RequestOptions()): TenantList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<TenantList>() {})

    /**
     * Every [Tenant] of [listTenants], a cold flow that fetches the next page as collection reaches it.
     */
    fun listTenantsAll(params: ListTenantsParams = ListTenantsParams(), options: RequestOptions = RequestOptions()): Flow<Tenant> =
        paginate(params.cursor, { cursor -> listTenants(params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Create a tenant.
     *
     * Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
     * `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
     *
     * `POST /v1/tenants`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name or origins
     */
    suspend fun createTenant(body: CreateTenant, options: RequestOptions = RequestOptions()): Tenant =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Tenant>() {})

    /**
     * Get a tenant.
     *
     * `GET /v1/tenants/{tenant}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getTenant(tenant: String, options: RequestOptions = RequestOptions()): Tenant =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant), auth = listOf("admin_key"), options = options), object : TypeReference<Tenant>() {})

    /**
     * Delete a tenant.
     *
     * Deletes the tenant and everything it owns, keys included. Tokens it issued stop
     * verifying as soon as relying parties refresh its JWKS.
     *
     * `DELETE /v1/tenants/{tenant}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun deleteTenant(tenant: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant), auth = listOf("admin_key"), options = options))

    /**
     * Update a tenant.
     *
     * Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
     * it is part of the issuer that tokens carry.
     *
     * `PATCH /v1/tenants/{tenant}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent key change
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or origins
     */
    suspend fun updateTenant(tenant: String, body: UpdateTenant, options: RequestOptions = RequestOptions()): Tenant =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Tenant>() {})

    /**
     * List signing keys.
     *
     * The tenant's published keys: active ones first, then retired ones that stay in the JWKS
     * until no token they signed can still be valid.
     *
     * `GET /v1/tenants/{tenant}/keys`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listSigningKeys(tenant: String, options: RequestOptions = RequestOptions()): SigningKeyList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/keys", auth = listOf("admin_key"), options = options), object : TypeReference<SigningKeyList>() {})

    /**
     * Rotate signing keys.
     *
     * Activates a new key for each algorithm (or only `alg`) and retires the previous one,
     * which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
     *
     * `POST /v1/tenants/{tenant}/keys/rotate`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent rotation won
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The tenant has no key of that algorithm
     */
    suspend fun rotateSigningKeys(tenant: String, body: RotateKeysRequest? = null, options: RequestOptions = RequestOptions()): SigningKeyList =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/keys/rotate", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<SigningKeyList>() {})

    /**
     * Mint a test access token.
     *
     * Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
     * resource servers and token validation; `client_id` is `tessera-test-token`.
     *
     * `POST /v1/tenants/{tenant}/test-tokens`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid subject, audience, scope or lifetime
     */
    suspend fun createTestToken(tenant: String, body: TestTokenRequest, options: RequestOptions = RequestOptions()): TestToken =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/test-tokens", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<TestToken>() {})

    /**
     * Search users.
     *
     * Filters by exact email, a case-insensitive substring of email or name, and disabled
     * state; oldest first, paginated by cursor.
     *
     * `GET /v1/tenants/{tenant}/users`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed email or unknown cursor
     */
    suspend fun listUsers(tenant: String, params: ListUsersParams = ListUsersParams(), options: RequestOptions = RequestOptions()): UserList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/users", query = mapOf("email" to params.email, "q" to params.q, "disabled" to params.disabled, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<UserList>() {})

    /**
     * Every [User] of [listUsers], a cold flow that fetches the next page as collection reaches it.
     */
    fun listUsersAll(tenant: String, params: ListUsersParams = ListUsersParams(), options: RequestOptions = RequestOptions()): Flow<User> =
        paginate(params.cursor, { cursor -> listUsers(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Create a user.
     *
     * The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
     * when given, must meet the password policy and is stored as an argon2id hash.
     *
     * `POST /v1/tenants/{tenant}/users`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    suspend fun createUser(tenant: String, body: CreateUser, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * Get a user.
     *
     * `GET /v1/tenants/{tenant}/users/{user}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun getUser(tenant: String, user: String, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * Delete a user.
     *
     * Deletes the user and their sessions.
     *
     * `DELETE /v1/tenants/{tenant}/users/{user}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun deleteUser(tenant: String, user: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), auth = listOf("admin_key"), options = options))

    /**
     * Update a user.
     *
     * Changes only the fields present. A new password revokes every session of the user; a
     * new email is unverified unless `email_verified` is sent too.
     *
     * `PATCH /v1/tenants/{tenant}/users/{user}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    suspend fun updateUser(tenant: String, user: String, body: UpdateUser, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * Disable a user.
     *
     * The user can no longer sign in or refresh, and every session is revoked at once.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/disable`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun disableUser(tenant: String, user: String, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/disable", auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * Enable a user.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/enable`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun enableUser(tenant: String, user: String, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/enable", auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * Unlock a user.
     *
     * Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/unlock`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun unlockUser(tenant: String, user: String, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/unlock", auth = listOf("admin_key"), options = options), object : TypeReference<User>() {})

    /**
     * List a user's sessions.
     *
     * Live sessions (neither revoked nor expired), newest first.
     *
     * `GET /v1/tenants/{tenant}/users/{user}/sessions`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun listUserSessions(tenant: String, user: String, options: RequestOptions = RequestOptions()): SessionList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/sessions", auth = listOf("admin_key"), options = options), object : TypeReference<SessionList>() {})

    /**
     * Revoke a user's session.
     *
     * Its refresh tokens stop working at once; access tokens already issued expire on their own.
     *
     * `DELETE /v1/tenants/{tenant}/users/{user}/sessions/{session}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or live session
     */
    suspend fun revokeUserSession(tenant: String, user: String, session: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/sessions/" + enc(session), auth = listOf("admin_key"), options = options))

    /**
     * Get a user's TOTP status.
     *
     * Whether the user has an authenticator (pending or enabled) and how many unused recovery
     * codes are left.
     *
     * `GET /v1/tenants/{tenant}/users/{user}/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun getUserTotp(tenant: String, user: String, options: RequestOptions = RequestOptions()): TotpStatus =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", auth = listOf("admin_key"), options = options), object : TypeReference<TotpStatus>() {})

    /**
     * Start TOTP enrolment.
     *
     * Creates a new shared secret for the user, pending until confirmed, and returns it once:
     * as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
     * authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
     * the enrolment is confirmed.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 TOTP is already enabled; disable it first
     */
    suspend fun startUserTotpEnrolment(tenant: String, user: String, options: RequestOptions = RequestOptions()): TotpEnrolment =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", auth = listOf("admin_key"), options = options), object : TypeReference<TotpEnrolment>() {})

    /**
     * Disable TOTP.
     *
     * Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
     * sign-in challenges: the password alone signs in again.
     *
     * `DELETE /v1/tenants/{tenant}/users/{user}/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user, or the user has no authenticator
     */
    suspend fun disableUserTotp(tenant: String, user: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp", auth = listOf("admin_key"), options = options))

    /**
     * Confirm TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now (the previous and next
     * 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
     * From then on, a correct password leads to a second-factor challenge.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/mfa/totp/confirm`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    suspend fun confirmUserTotp(tenant: String, user: String, body: ConfirmTotp, options: RequestOptions = RequestOptions()): RecoveryCodes =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/totp/confirm", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<RecoveryCodes>() {})

    /**
     * Regenerate recovery codes.
     *
     * Replaces the user's recovery codes, used or not, with ten new ones, shown once.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/mfa/recovery-codes`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The user has no enabled TOTP authenticator
     */
    suspend fun regenerateUserRecoveryCodes(tenant: String, user: String, options: RequestOptions = RequestOptions()): RecoveryCodes =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/mfa/recovery-codes", auth = listOf("admin_key"), options = options), object : TypeReference<RecoveryCodes>() {})

    /**
     * Send a verification email.
     *
     * Emails the user a link that verifies their address; it works once, for 24 hours, and a
     * newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
     * token in the URL fragment; that page posts it to `verifyEmail`.
     *
     * `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is already verified, or the user is disabled
     * @throws InternalServerException 503 The mail relay is unavailable
     */
    suspend fun sendVerificationEmail(tenant: String, user: String, options: RequestOptions = RequestOptions()): VerificationEmailSent =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/send-verification-email", auth = listOf("admin_key"), options = options), object : TypeReference<VerificationEmailSent>() {})

    /**
     * List the development outbox.
     *
     * Messages the server stored instead of sending, newest first, in full (links and codes
     * included). Messages land here only when no SMTP relay is configured: it is a development
     * tool, and empty in a deployment that sends email.
     *
     * `GET /v1/tenants/{tenant}/outbox`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed address or unknown cursor
     */
    suspend fun listOutboxMessages(tenant: String, params: ListOutboxMessagesParams = ListOutboxMessagesParams(), options: RequestOptions = RequestOptions()): OutboxMessageList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/outbox", query = mapOf("to" to params.to, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<OutboxMessageList>() {})

    /**
     * Every [OutboxMessage] of [listOutboxMessages], a cold flow that fetches the next page as collection reaches it.
     */
    fun listOutboxMessagesAll(tenant: String, params: ListOutboxMessagesParams = ListOutboxMessagesParams(), options: RequestOptions = RequestOptions()): Flow<OutboxMessage> =
        paginate(params.cursor, { cursor -> listOutboxMessages(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * List email template overrides.
     *
     * The tenant's own versions of the built-in templates, by template and locale.
     *
     * `GET /v1/tenants/{tenant}/email-templates`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listEmailTemplates(tenant: String, options: RequestOptions = RequestOptions()): EmailTemplateList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/email-templates", auth = listOf("admin_key"), options = options), object : TypeReference<EmailTemplateList>() {})

    /**
     * Set an email template override.
     *
     * Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
     * `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
     * `email_change_notice`)
     * for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
     * are filled in, HTML-escaped in the HTML part; there is no other template logic.
     *
     * `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`
     *
     * @throws BadRequestException 400 Malformed body, tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or template
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Empty or too long parts, unknown variables, or a missing link or code
     */
    suspend fun putEmailTemplate(tenant: String, template: String, locale: String, body: PutEmailTemplate, options: RequestOptions = RequestOptions()): EmailTemplate =
        transport.call(Transport.Call(method = "PUT", path = "/v1/tenants/" + enc(tenant) + "/email-templates/" + enc(template) + "/" + enc(locale), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<EmailTemplate>() {})

    /**
     * Remove an email template override.
     *
     * The built-in template applies again.
     *
     * `DELETE /v1/tenants/{tenant}/email-templates/{template}/{locale}`
     *
     * @throws BadRequestException 400 Malformed tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, template or override
     */
    suspend fun deleteEmailTemplate(tenant: String, template: String, locale: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/email-templates/" + enc(template) + "/" + enc(locale), auth = listOf("admin_key"), options = options))

    /**
     * List clients.
     *
     * `GET /v1/tenants/{tenant}/clients`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listClients(tenant: String, params: ListClientsParams = ListClientsParams(), options: RequestOptions = RequestOptions()): ClientList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/clients", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<ClientList>() {})

    /**
     * Every [Client] of [listClients], a cold flow that fetches the next page as collection reaches it.
     */
    fun listClientsAll(tenant: String, params: ListClientsParams = ListClientsParams(), options: RequestOptions = RequestOptions()): Flow<Client> =
        paginate(params.cursor, { cursor -> listClients(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Register a client.
     *
     * Confidential clients (the default) get a first secret, shown in this response only;
     * service accounts are confidential clients with the `client_credentials` grant.
     *
     * `POST /v1/tenants/{tenant}/clients`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or client type
     */
    suspend fun createClient(tenant: String, body: CreateClient, options: RequestOptions = RequestOptions()): ClientWithSecret =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/clients", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ClientWithSecret>() {})

    /**
     * Get a client.
     *
     * `GET /v1/tenants/{tenant}/clients/{client}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    suspend fun getClient(tenant: String, client: String, options: RequestOptions = RequestOptions()): Client =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), auth = listOf("admin_key"), options = options), object : TypeReference<Client>() {})

    /**
     * Delete a client.
     *
     * Its secrets stop working at once; access tokens already issued expire on their own
     * (revoke them first if they must stop now).
     *
     * `DELETE /v1/tenants/{tenant}/clients/{client}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    suspend fun deleteClient(tenant: String, client: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), auth = listOf("admin_key"), options = options))

    /**
     * Update a client.
     *
     * `PATCH /v1/tenants/{tenant}/clients/{client}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or grants
     */
    suspend fun updateClient(tenant: String, client: String, body: UpdateClient, options: RequestOptions = RequestOptions()): Client =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Client>() {})

    /**
     * Rotate a client's secret.
     *
     * Creates a new secret, shown once, and lets the current ones keep working for
     * `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
     *
     * `POST /v1/tenants/{tenant}/clients/{client}/secrets`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ConflictException 409 A public client has no secrets
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap too long
     */
    suspend fun rotateClientSecret(tenant: String, client: String, body: RotateClientSecret? = null, options: RequestOptions = RequestOptions()): ClientWithSecret =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client) + "/secrets", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ClientWithSecret>() {})

    /**
     * Revoke a client secret.
     *
     * `DELETE /v1/tenants/{tenant}/clients/{client}/secrets/{secret}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, client or live secret
     */
    suspend fun revokeClientSecret(tenant: String, client: String, secret: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/clients/" + enc(client) + "/secrets/" + enc(secret), auth = listOf("admin_key"), options = options))

    /**
     * List resources.
     *
     * `GET /v1/tenants/{tenant}/resources`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listResources(tenant: String, params: ListResourcesParams = ListResourcesParams(), options: RequestOptions = RequestOptions()): ResourceList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/resources", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<ResourceList>() {})

    /**
     * Every [Resource] of [listResources], a cold flow that fetches the next page as collection reaches it.
     */
    fun listResourcesAll(tenant: String, params: ListResourcesParams = ListResourcesParams(), options: RequestOptions = RequestOptions()): Flow<Resource> =
        paginate(params.cursor, { cursor -> listResources(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Register a resource.
     *
     * An API the tenant protects, such as an MCP server: clients request tokens for it with
     * `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
     * tool, for instance) become requestable.
     *
     * `POST /v1/tenants/{tenant}/resources`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A resource with this identifier exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid identifier, name or scopes
     */
    suspend fun createResource(tenant: String, body: CreateResource, options: RequestOptions = RequestOptions()): Resource =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/resources", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Resource>() {})

    /**
     * Get a resource.
     *
     * `GET /v1/tenants/{tenant}/resources/{resource}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    suspend fun getResource(tenant: String, resource: String, options: RequestOptions = RequestOptions()): Resource =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), auth = listOf("admin_key"), options = options), object : TypeReference<Resource>() {})

    /**
     * Delete a resource.
     *
     * `DELETE /v1/tenants/{tenant}/resources/{resource}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    suspend fun deleteResource(tenant: String, resource: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), auth = listOf("admin_key"), options = options))

    /**
     * Update a resource.
     *
     * Its name and scopes; the identifier is fixed, since issued tokens carry it.
     *
     * `PATCH /v1/tenants/{tenant}/resources/{resource}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or scopes
     */
    suspend fun updateResource(tenant: String, resource: String, body: UpdateResource, options: RequestOptions = RequestOptions()): Resource =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/resources/" + enc(resource), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Resource>() {})

    /**
     * Get OAuth settings.
     *
     * `GET /v1/tenants/{tenant}/oauth-settings`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getOAuthSettings(tenant: String, options: RequestOptions = RequestOptions()): OAuthSettings =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/oauth-settings", auth = listOf("admin_key"), options = options), object : TypeReference<OAuthSettings>() {})

    /**
     * Update OAuth settings.
     *
     * `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
     * as MCP clients need; registered clients get only the code flow.
     *
     * `PATCH /v1/tenants/{tenant}/oauth-settings`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    suspend fun updateOAuthSettings(tenant: String, body: UpdateOAuthSettings, options: RequestOptions = RequestOptions()): OAuthSettings =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/oauth-settings", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<OAuthSettings>() {})

    /**
     * Get branding.
     *
     * How the tenant's hosted sign-in and consent pages look.
     *
     * `GET /v1/tenants/{tenant}/branding`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getBranding(tenant: String, options: RequestOptions = RequestOptions()): Branding =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/branding", auth = listOf("admin_key"), options = options), object : TypeReference<Branding>() {})

    /**
     * Set branding.
     *
     * Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
     * omitted fields return to the defaults.
     *
     * `PUT /v1/tenants/{tenant}/branding`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid logo URL or colour
     */
    suspend fun setBranding(tenant: String, body: Branding, options: RequestOptions = RequestOptions()): Branding =
        transport.call(Transport.Call(method = "PUT", path = "/v1/tenants/" + enc(tenant) + "/branding", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Branding>() {})

    /**
     * Get the password policy.
     *
     * The policy in force: the tenant's choices over the server's defaults. It applies to
     * sign-up, admin create and update, password change, password reset and invitation accept;
     * existing passwords keep working.
     *
     * `GET /v1/tenants/{tenant}/password-policy`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getPasswordPolicy(tenant: String, options: RequestOptions = RequestOptions()): PasswordPolicy =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/password-policy", auth = listOf("admin_key"), options = options), object : TypeReference<PasswordPolicy>() {})

    /**
     * Set the password policy.
     *
     * Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
     * count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
     * to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
     * range API configured.
     *
     * `PUT /v1/tenants/{tenant}/password-policy`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Lengths out of range, or a breach check the server cannot do
     */
    suspend fun setPasswordPolicy(tenant: String, body: SetPasswordPolicy, options: RequestOptions = RequestOptions()): PasswordPolicy =
        transport.call(Transport.Call(method = "PUT", path = "/v1/tenants/" + enc(tenant) + "/password-policy", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<PasswordPolicy>() {})

    /**
     * List audit events.
     *
     * The tenant's audit log, oldest first, filtered and paginated by cursor.
     *
     * `GET /v1/tenants/{tenant}/audit-events`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, limit or cursor
     */
    suspend fun listAuditEvents(tenant: String, params: ListAuditEventsParams = ListAuditEventsParams(), options: RequestOptions = RequestOptions()): AuditEventList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/audit-events", query = mapOf("action" to params.action, "actor_id" to params.actorId, "target_id" to params.targetId, "since" to params.since, "until" to params.until, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<AuditEventList>() {})

    /**
     * Every [AuditEvent] of [listAuditEvents], a cold flow that fetches the next page as collection reaches it.
     */
    fun listAuditEventsAll(tenant: String, params: ListAuditEventsParams = ListAuditEventsParams(), options: RequestOptions = RequestOptions()): Flow<AuditEvent> =
        paginate(params.cursor, { cursor -> listAuditEvents(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Export audit events.
     *
     * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
     *
     * `GET /v1/tenants/{tenant}/audit-events/export`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, or too many events to export at once
     */
    suspend fun exportAuditEvents(tenant: String, params: ExportAuditEventsParams = ExportAuditEventsParams(), options: RequestOptions = RequestOptions()): String =
        transport.text(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/audit-events/export", query = mapOf("format" to params.format, "action" to params.action, "actor_id" to params.actorId, "target_id" to params.targetId, "since" to params.since, "until" to params.until), auth = listOf("admin_key"), options = options))

    /**
     * Verify the audit chain.
     *
     * Recomputes every event's hash and link, and reports the first broken one.
     *
     * `POST /v1/tenants/{tenant}/audit-events/verify`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun verifyAuditEvents(tenant: String, options: RequestOptions = RequestOptions()): AuditVerification =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/audit-events/verify", auth = listOf("admin_key"), options = options), object : TypeReference<AuditVerification>() {})

    /**
     * Search organizations.
     *
     * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
     *
     * `GET /v1/tenants/{tenant}/organizations`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listOrganizations(tenant: String, params: ListOrganizationsParams = ListOrganizationsParams(), options: RequestOptions = RequestOptions()): OrganizationList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations", query = mapOf("q" to params.q, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<OrganizationList>() {})

    /**
     * Every [Organization] of [listOrganizations], a cold flow that fetches the next page as collection reaches it.
     */
    fun listOrganizationsAll(tenant: String, params: ListOrganizationsParams = ListOrganizationsParams(), options: RequestOptions = RequestOptions()): Flow<Organization> =
        paginate(params.cursor, { cursor -> listOrganizations(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Create an organization.
     *
     * The slug is unique within the tenant and cannot change later.
     *
     * `POST /v1/tenants/{tenant}/organizations`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name, logo, metadata or policies
     */
    suspend fun createOrganization(tenant: String, body: CreateOrganization, options: RequestOptions = RequestOptions()): Organization =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Organization>() {})

    /**
     * Get an organization.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun getOrganization(tenant: String, organization: String, options: RequestOptions = RequestOptions()): Organization =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), auth = listOf("admin_key"), options = options), object : TypeReference<Organization>() {})

    /**
     * Delete an organization.
     *
     * Deletes its memberships, custom roles and invitations; sessions switched into it carry
     * no organization from their next token on.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun deleteOrganization(tenant: String, organization: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), auth = listOf("admin_key"), options = options))

    /**
     * Update an organization.
     *
     * Changes only the fields present; `policies` replaces every policy at once.
     *
     * `PATCH /v1/tenants/{tenant}/organizations/{organization}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, logo, metadata or policies
     */
    suspend fun updateOrganization(tenant: String, organization: String, body: UpdateOrganization, options: RequestOptions = RequestOptions()): Organization =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Organization>() {})

    /**
     * List members.
     *
     * Ordered by user id, paginated by cursor.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/members`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listOrganizationMembers(tenant: String, organization: String, params: ListOrganizationMembersParams = ListOrganizationMembersParams(), options: RequestOptions = RequestOptions()): MembershipList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<MembershipList>() {})

    /**
     * Every [Membership] of [listOrganizationMembers], a cold flow that fetches the next page as collection reaches it.
     */
    fun listOrganizationMembersAll(tenant: String, organization: String, params: ListOrganizationMembersParams = ListOrganizationMembersParams(), options: RequestOptions = RequestOptions()): Flow<Membership> =
        paginate(params.cursor, { cursor -> listOrganizationMembers(tenant, organization, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Add a member.
     *
     * Adds a user of the tenant with a role (`member` by default).
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/members`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The user is already a member
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown user or role
     */
    suspend fun addOrganizationMember(tenant: String, organization: String, body: AddMember, options: RequestOptions = RequestOptions()): Membership =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Membership>() {})

    /**
     * Get a member.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/members/{user}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     */
    suspend fun getOrganizationMember(tenant: String, organization: String, user: String, options: RequestOptions = RequestOptions()): Membership =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), auth = listOf("admin_key"), options = options), object : TypeReference<Membership>() {})

    /**
     * Remove a member.
     *
     * The user's sessions switched into the organization carry no organization from their
     * next token on. The last owner cannot be removed.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/members/{user}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     */
    suspend fun removeOrganizationMember(tenant: String, organization: String, user: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), auth = listOf("admin_key"), options = options))

    /**
     * Change a member's role.
     *
     * The last owner keeps the owner role until another member is made owner.
     *
     * `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    suspend fun updateOrganizationMember(tenant: String, organization: String, user: String, body: UpdateMember, options: RequestOptions = RequestOptions()): Membership =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/members/" + enc(user), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Membership>() {})

    /**
     * List the tenant's roles.
     *
     * The built-in roles (with the tenant's permissions when it changed them), then the
     * tenant-wide custom roles.
     *
     * `GET /v1/tenants/{tenant}/roles`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listRoles(tenant: String, options: RequestOptions = RequestOptions()): RoleList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/roles", auth = listOf("admin_key"), options = options), object : TypeReference<RoleList>() {})

    /**
     * Create a tenant-wide role.
     *
     * A custom role every organization of the tenant can assign.
     *
     * `POST /v1/tenants/{tenant}/roles`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    suspend fun createRole(tenant: String, body: CreateRole, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/roles", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * Get a tenant-wide role.
     *
     * `GET /v1/tenants/{tenant}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     */
    suspend fun getRole(tenant: String, role: String, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * Delete a tenant-wide role.
     *
     * Only a custom role that no member holds.
     *
     * `DELETE /v1/tenants/{tenant}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 A built-in role, or one that members hold
     */
    suspend fun deleteRole(tenant: String, role: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), auth = listOf("admin_key"), options = options))

    /**
     * Update a tenant-wide role.
     *
     * For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
     * cannot change.
     *
     * `PATCH /v1/tenants/{tenant}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 The owner role cannot change
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    suspend fun updateRole(tenant: String, role: String, body: UpdateRole, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/roles/" + enc(role), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * List an organization's roles.
     *
     * The built-in and tenant-wide roles, then the organization's own.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/roles`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun listOrganizationRoles(tenant: String, organization: String, options: RequestOptions = RequestOptions()): RoleList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles", auth = listOf("admin_key"), options = options), object : TypeReference<RoleList>() {})

    /**
     * Create an organization's role.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/roles`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    suspend fun createOrganizationRole(tenant: String, organization: String, body: CreateRole, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * Get an organization's role.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     */
    suspend fun getOrganizationRole(tenant: String, organization: String, role: String, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * Delete an organization's role.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ConflictException 409 Members hold the role
     */
    suspend fun deleteOrganizationRole(tenant: String, organization: String, role: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), auth = listOf("admin_key"), options = options))

    /**
     * Update an organization's role.
     *
     * `PATCH /v1/tenants/{tenant}/organizations/{organization}/roles/{role}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    suspend fun updateOrganizationRole(tenant: String, organization: String, role: String, body: UpdateRole, options: RequestOptions = RequestOptions()): Role =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/roles/" + enc(role), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Role>() {})

    /**
     * Check a permission.
     *
     * May the subject do `permission` in the organization? The answer explains itself: the
     * role and pattern that granted it, or what was missing. Checks read live memberships.
     *
     * `POST /v1/tenants/{tenant}/authz/check`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Malformed subject, permission, organization or resource
     */
    suspend fun checkPermission(tenant: String, body: AuthzCheck, options: RequestOptions = RequestOptions()): AuthzDecision =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/authz/check", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<AuthzDecision>() {})

    /**
     * Check permissions in a batch.
     *
     * 1 to 100 checks, answered in order; malformed checks fail the whole batch.
     *
     * `POST /v1/tenants/{tenant}/authz/check-batch`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Too many or too few checks, or a malformed one
     */
    suspend fun checkPermissions(tenant: String, body: AuthzCheckBatch, options: RequestOptions = RequestOptions()): AuthzDecisionList =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/authz/check-batch", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<AuthzDecisionList>() {})

    /**
     * List my organizations.
     *
     * The organizations I belong to, with my role; `current` marks the one this session is
     * switched into.
     *
     * `GET /t/{tenant}/me/organizations`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listMyOrganizations(tenant: String, params: ListMyOrganizationsParams = ListMyOrganizationsParams(), options: RequestOptions = RequestOptions()): MyOrganizationList =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me/organizations", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("session_token"), options = options), object : TypeReference<MyOrganizationList>() {})

    /**
     * Every [MyOrganization] of [listMyOrganizations], a cold flow that fetches the next page as collection reaches it.
     */
    fun listMyOrganizationsAll(tenant: String, params: ListMyOrganizationsParams = ListMyOrganizationsParams(), options: RequestOptions = RequestOptions()): Flow<MyOrganization> =
        paginate(params.cursor, { cursor -> listMyOrganizations(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Switch into an organization.
     *
     * Checks the organization's policies (allowed sign-in methods, MFA required, session
     * age) against this session, then returns an access token carrying `org_id`, `org_slug`,
     * `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
     * organization.
     *
     * `POST /t/{tenant}/me/organizations/{organization}/switch`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun switchOrganization(tenant: String, organization: String, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/organizations/" + enc(organization) + "/switch", auth = listOf("session_token"), options = options), object : TypeReference<SessionTokens>() {})

    /**
     * Leave an organization.
     *
     * Ends my membership; my sessions switched into it carry no organization from their next
     * token on. The last owner cannot leave.
     *
     * `DELETE /t/{tenant}/me/organizations/{organization}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or organization, or not a member
     * @throws ConflictException 409 I am the last owner
     */
    suspend fun leaveOrganization(tenant: String, organization: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me/organizations/" + enc(organization), auth = listOf("session_token"), options = options))

    /**
     * Get my organization.
     *
     * Needs an access token switched into this organization and the `organization:read`
     * permission.
     *
     * `GET /t/{tenant}/organizations/{organization}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun getMemberOrganization(tenant: String, organization: String, options: RequestOptions = RequestOptions()): Organization =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/organizations/" + enc(organization), auth = listOf("session_token"), options = options), object : TypeReference<Organization>() {})

    /**
     * List my organization's members.
     *
     * Needs an access token switched into this organization and the `members:read` permission.
     *
     * `GET /t/{tenant}/organizations/{organization}/members`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listMemberOrganizationMembers(tenant: String, organization: String, params: ListMemberOrganizationMembersParams = ListMemberOrganizationMembersParams(), options: RequestOptions = RequestOptions()): MembershipList =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/organizations/" + enc(organization) + "/members", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("session_token"), options = options), object : TypeReference<MembershipList>() {})

    /**
     * Every [Membership] of [listMemberOrganizationMembers], a cold flow that fetches the next page as collection reaches it.
     */
    fun listMemberOrganizationMembersAll(tenant: String, organization: String, params: ListMemberOrganizationMembersParams = ListMemberOrganizationMembersParams(), options: RequestOptions = RequestOptions()): Flow<Membership> =
        paginate(params.cursor, { cursor -> listMemberOrganizationMembers(tenant, organization, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * List invitations.
     *
     * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/invitations`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listInvitations(tenant: String, organization: String, params: ListInvitationsParams = ListInvitationsParams(), options: RequestOptions = RequestOptions()): InvitationList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<InvitationList>() {})

    /**
     * Every [Invitation] of [listInvitations], a cold flow that fetches the next page as collection reaches it.
     */
    fun listInvitationsAll(tenant: String, organization: String, params: ListInvitationsParams = ListInvitationsParams(), options: RequestOptions = RequestOptions()): Flow<Invitation> =
        paginate(params.cursor, { cursor -> listInvitations(tenant, organization, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Invite someone by email.
     *
     * Sends a single-use link (7 days by default) to the address; the email is sent before the
     * answer, and if it cannot be, no invitation is kept.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    suspend fun createInvitation(tenant: String, organization: String, body: CreateInvitation, options: RequestOptions = RequestOptions()): Invitation =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<Invitation>() {})

    /**
     * Get an invitation.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     */
    suspend fun getInvitation(tenant: String, organization: String, invitation: String, options: RequestOptions = RequestOptions()): Invitation =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation), auth = listOf("admin_key"), options = options), object : TypeReference<Invitation>() {})

    /**
     * Revoke an invitation.
     *
     * Its link stops working at once.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     */
    suspend fun revokeInvitation(tenant: String, organization: String, invitation: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation), auth = listOf("admin_key"), options = options))

    /**
     * Resend an invitation.
     *
     * Sends a new link with a fresh expiry (the same lifetime as before); the previous link
     * stops working.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/invitations/{invitation}/resend`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     * @throws InternalServerException 503 The email could not be sent
     */
    suspend fun resendInvitation(tenant: String, organization: String, invitation: String, options: RequestOptions = RequestOptions()): Invitation =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations/" + enc(invitation) + "/resend", auth = listOf("admin_key"), options = options), object : TypeReference<Invitation>() {})

    /**
     * Invite a teammate.
     *
     * A member with `members:invite` (an `admin` or `owner` by default) invites someone into
     * the organization their access token is switched into.
     *
     * `POST /t/{tenant}/organizations/{organization}/invitations`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks `members:invite`
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    suspend fun inviteMember(tenant: String, organization: String, body: CreateInvitation, options: RequestOptions = RequestOptions()): Invitation =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/organizations/" + enc(organization) + "/invitations", body = body, auth = listOf("session_token"), options = options), object : TypeReference<Invitation>() {})

    /**
     * Accept an invitation.
     *
     * With the `tin_…` token from the email. An invitee with an account signs in first and
     * sends the access token (`Authorization: Bearer …`); one without an account sends a
     * password, which creates the account (its email verified) and returns session tokens,
     * switched into the organization when its policies allow.
     *
     * `POST /t/{tenant}/invitations/accept`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
     * @throws PermissionDeniedException 403 Signed in as another address than the invited one
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The invited address has an account: sign in first
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A password is missing or breaks the policy
     */
    suspend fun acceptInvitation(tenant: String, body: AcceptInvitation, options: RequestOptions = RequestOptions()): InvitationAccepted =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/invitations/accept", body = body, auth = listOf("session_token"), options = options), object : TypeReference<InvitationAccepted>() {})

    /**
     * List API keys.
     *
     * Oldest first, optionally of one organization or user, revoked and expired keys included.
     *
     * `GET /v1/tenants/{tenant}/api-keys`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listApiKeys(tenant: String, params: ListApiKeysParams = ListApiKeysParams(), options: RequestOptions = RequestOptions()): ApiKeyList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/api-keys", query = mapOf("organization" to params.organization, "user" to params.user, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<ApiKeyList>() {})

    /**
     * Every [ApiKey] of [listApiKeys], a cold flow that fetches the next page as collection reaches it.
     */
    fun listApiKeysAll(tenant: String, params: ListApiKeysParams = ListApiKeysParams(), options: RequestOptions = RequestOptions()): Flow<ApiKey> =
        paginate(params.cursor, { cursor -> listApiKeys(tenant, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Create an API key.
     *
     * For an organization or a user, limited to permission patterns, optionally expiring. The
     * `tsk_…` secret is in this answer only; resource servers check it by introspection.
     *
     * `POST /v1/tenants/{tenant}/api-keys`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
     */
    suspend fun createApiKey(tenant: String, body: CreateApiKey, options: RequestOptions = RequestOptions()): ApiKeyWithSecret =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/api-keys", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ApiKeyWithSecret>() {})

    /**
     * Get an API key.
     *
     * `GET /v1/tenants/{tenant}/api-keys/{key}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     */
    suspend fun getApiKey(tenant: String, key: String, options: RequestOptions = RequestOptions()): ApiKey =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key), auth = listOf("admin_key"), options = options), object : TypeReference<ApiKey>() {})

    /**
     * Revoke an API key.
     *
     * Introspection answers `active: false` for it from now on.
     *
     * `DELETE /v1/tenants/{tenant}/api-keys/{key}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 Already revoked
     */
    suspend fun revokeApiKey(tenant: String, key: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key), auth = listOf("admin_key"), options = options))

    /**
     * Rotate an API key.
     *
     * Issues a successor with the same owner, name, permissions and lifetime; the old key
     * keeps working for `overlap_secs` (a day by default).
     *
     * `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 The key is revoked, expired or already rotated
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap out of range
     */
    suspend fun rotateApiKey(tenant: String, key: String, body: RotateApiKey? = null, options: RequestOptions = RequestOptions()): ApiKeyWithSecret =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/api-keys/" + enc(key) + "/rotate", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ApiKeyWithSecret>() {})

    /**
     * List an organization's domains.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/domains`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    suspend fun listOrganizationDomains(tenant: String, organization: String, options: RequestOptions = RequestOptions()): OrganizationDomainList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains", auth = listOf("admin_key"), options = options), object : TypeReference<OrganizationDomainList>() {})

    /**
     * Claim a domain.
     *
     * Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/domains`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The organization already claims it
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not a domain name
     */
    suspend fun addOrganizationDomain(tenant: String, organization: String, body: CreateOrganizationDomain, options: RequestOptions = RequestOptions()): OrganizationDomain =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<OrganizationDomain>() {})

    /**
     * Remove a domain.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     */
    suspend fun removeOrganizationDomain(tenant: String, organization: String, domain: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain), auth = listOf("admin_key"), options = options))

    /**
     * Change a domain's auto-join.
     *
     * `PATCH /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ApiException 415 Body is not JSON
     */
    suspend fun updateOrganizationDomain(tenant: String, organization: String, domain: String, body: UpdateOrganizationDomain, options: RequestOptions = RequestOptions()): OrganizationDomain =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<OrganizationDomain>() {})

    /**
     * Verify a domain.
     *
     * Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
     * holds `txt_value`, the domain is verified.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/domains/{domain}/verify`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ConflictException 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
     */
    suspend fun verifyOrganizationDomain(tenant: String, organization: String, domain: String, options: RequestOptions = RequestOptions()): OrganizationDomain =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/domains/" + enc(domain) + "/verify", auth = listOf("admin_key"), options = options), object : TypeReference<OrganizationDomain>() {})

    /**
     * List service accounts.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/service-accounts`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listServiceAccounts(tenant: String, organization: String, params: ListServiceAccountsParams = ListServiceAccountsParams(), options: RequestOptions = RequestOptions()): ServiceAccountList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts", query = mapOf("limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<ServiceAccountList>() {})

    /**
     * Every [ServiceAccount] of [listServiceAccounts], a cold flow that fetches the next page as collection reaches it.
     */
    fun listServiceAccountsAll(tenant: String, organization: String, params: ListServiceAccountsParams = ListServiceAccountsParams(), options: RequestOptions = RequestOptions()): Flow<ServiceAccount> =
        paginate(params.cursor, { cursor -> listServiceAccounts(tenant, organization, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Create a service account.
     *
     * A confidential client with the `client_credentials` grant, owned by the organization and
     * acting with one of its roles (`member` by default). Its tokens carry `org_id`,
     * `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, role, scopes or audiences
     */
    suspend fun createServiceAccount(tenant: String, organization: String, body: CreateServiceAccount, options: RequestOptions = RequestOptions()): ServiceAccountWithSecret =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ServiceAccountWithSecret>() {})

    /**
     * Get a service account.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    suspend fun getServiceAccount(tenant: String, organization: String, serviceAccount: String, options: RequestOptions = RequestOptions()): ServiceAccount =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), auth = listOf("admin_key"), options = options), object : TypeReference<ServiceAccount>() {})

    /**
     * Delete a service account.
     *
     * Deletes its client too: its secret stops working at once.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    suspend fun deleteServiceAccount(tenant: String, organization: String, serviceAccount: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), auth = listOf("admin_key"), options = options))

    /**
     * Change a service account's role.
     *
     * Its next token carries the new role; checks use it at once.
     *
     * `PATCH /v1/tenants/{tenant}/organizations/{organization}/service-accounts/{service_account}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    suspend fun updateServiceAccount(tenant: String, organization: String, serviceAccount: String, body: UpdateServiceAccount, options: RequestOptions = RequestOptions()): ServiceAccount =
        transport.call(Transport.Call(method = "PATCH", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/service-accounts/" + enc(serviceAccount), body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ServiceAccount>() {})

    /**
     * List resource grants.
     *
     * Oldest first, optionally of one subject or on one resource.
     *
     * `GET /v1/tenants/{tenant}/organizations/{organization}/resource-grants`
     *
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    suspend fun listResourceGrants(tenant: String, organization: String, params: ListResourceGrantsParams = ListResourceGrantsParams(), options: RequestOptions = RequestOptions()): ResourceGrantList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants", query = mapOf("subject" to params.subject, "resource" to params.resource, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("admin_key"), options = options), object : TypeReference<ResourceGrantList>() {})

    /**
     * Every [ResourceGrant] of [listResourceGrants], a cold flow that fetches the next page as collection reaches it.
     */
    fun listResourceGrantsAll(tenant: String, organization: String, params: ListResourceGrantsParams = ListResourceGrantsParams(), options: RequestOptions = RequestOptions()): Flow<ResourceGrant> =
        paginate(params.cursor, { cursor -> listResourceGrants(tenant, organization, params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Grant a role on one resource.
     *
     * To a member or a service account of the organization, on top of their organization-wide
     * role; `authz/check` with that `resource` consults it.
     *
     * `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The subject already holds a role on the resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A subject outside the organization, an unknown role or a malformed resource
     */
    suspend fun createResourceGrant(tenant: String, organization: String, body: CreateResourceGrant, options: RequestOptions = RequestOptions()): ResourceGrant =
        transport.call(Transport.Call(method = "POST", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<ResourceGrant>() {})

    /**
     * Revoke a resource grant.
     *
     * `DELETE /v1/tenants/{tenant}/organizations/{organization}/resource-grants/{grant}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or grant
     */
    suspend fun deleteResourceGrant(tenant: String, organization: String, grant: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/organizations/" + enc(organization) + "/resource-grants/" + enc(grant), auth = listOf("admin_key"), options = options))

    /**
     * Get passkey settings.
     *
     * The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
     * Unset values show their defaults, derived from the server's public URL.
     *
     * `GET /v1/tenants/{tenant}/webauthn-settings`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getWebauthnSettings(tenant: String, options: RequestOptions = RequestOptions()): WebauthnSettings =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/webauthn-settings", auth = listOf("admin_key"), options = options), object : TypeReference<WebauthnSettings>() {})

    /**
     * Set passkey settings.
     *
     * Replaces the settings; omitted fields return to their defaults. Passkeys registered under
     * another RP ID stop working, since browsers scope credentials to the RP ID.
     *
     * `PUT /v1/tenants/{tenant}/webauthn-settings`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed RP ID, origin or format, or an origin outside the RP ID
     */
    suspend fun setWebauthnSettings(tenant: String, body: UpdateWebauthnSettings, options: RequestOptions = RequestOptions()): WebauthnSettings =
        transport.call(Transport.Call(method = "PUT", path = "/v1/tenants/" + enc(tenant) + "/webauthn-settings", body = body, auth = listOf("admin_key"), options = options), object : TypeReference<WebauthnSettings>() {})

    /**
     * List a user's passkeys.
     *
     * `GET /v1/tenants/{tenant}/users/{user}/passkeys`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    suspend fun listUserPasskeys(tenant: String, user: String, options: RequestOptions = RequestOptions()): PasskeyList =
        transport.call(Transport.Call(method = "GET", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/passkeys", auth = listOf("admin_key"), options = options), object : TypeReference<PasskeyList>() {})

    /**
     * Delete a user's passkey.
     *
     * The passkey can no longer sign in, from the next ceremony on.
     *
     * `DELETE /v1/tenants/{tenant}/users/{user}/passkeys/{passkey}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or passkey
     */
    suspend fun deleteUserPasskey(tenant: String, user: String, passkey: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/v1/tenants/" + enc(tenant) + "/users/" + enc(user) + "/passkeys/" + enc(passkey), auth = listOf("admin_key"), options = options))

    /**
     * My passkeys.
     *
     * `GET /t/{tenant}/me/passkeys`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listMyPasskeys(tenant: String, options: RequestOptions = RequestOptions()): PasskeyList =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me/passkeys", auth = listOf("session_token"), options = options), object : TypeReference<PasskeyList>() {})

    /**
     * Add a passkey.
     *
     * Verifies the browser's answer to the registration options and stores the passkey.
     *
     * `POST /t/{tenant}/me/passkeys`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 This credential is already registered
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
     */
    suspend fun registerPasskey(tenant: String, body: PasskeyRegistrationFinish, options: RequestOptions = RequestOptions()): Passkey =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/passkeys", body = body, auth = listOf("session_token"), options = options), object : TypeReference<Passkey>() {})

    /**
     * Start adding a passkey.
     *
     * Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
     * browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
     *
     * `POST /t/{tenant}/me/passkeys/options`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun startPasskeyRegistration(tenant: String, options: RequestOptions = RequestOptions()): PasskeyCeremony =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/passkeys/options", auth = listOf("session_token"), options = options), object : TypeReference<PasskeyCeremony>() {})

    /**
     * Delete one of my passkeys.
     *
     * `DELETE /t/{tenant}/me/passkeys/{passkey}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     */
    suspend fun deleteMyPasskey(tenant: String, passkey: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me/passkeys/" + enc(passkey), auth = listOf("session_token"), options = options))

    /**
     * Rename one of my passkeys.
     *
     * `PATCH /t/{tenant}/me/passkeys/{passkey}`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A name that is empty or longer than 64 characters
     */
    suspend fun renameMyPasskey(tenant: String, passkey: String, body: RenamePasskey, options: RequestOptions = RequestOptions()): Passkey =
        transport.call(Transport.Call(method = "PATCH", path = "/t/" + enc(tenant) + "/me/passkeys/" + enc(passkey), body = body, auth = listOf("session_token"), options = options), object : TypeReference<Passkey>() {})

    /**
     * Start a passkey sign-in.
     *
     * Answers the options for `navigator.credentials.get()`. With the `email` of an account
     * that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
     * or one without passkeys) they are username-less, with `mediation: "conditional"` for
     * autofill, and any passkey of the tenant may answer.
     *
     * `POST /t/{tenant}/auth/passkeys/options`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed email
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun startPasskeySignIn(tenant: String, body: PasskeySignInStart, options: RequestOptions = RequestOptions()): PasskeyCeremony =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/passkeys/options", body = body, options = options), object : TypeReference<PasskeyCeremony>() {})

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
     * `POST /t/{tenant}/auth/passkeys/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential, or `organization` names no organization of the tenant
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun verifyPasskeySignIn(tenant: String, body: PasskeySignInFinish, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/passkeys/verify", body = body, options = options), object : TypeReference<SessionTokens>() {})

    /**
     * Start the passkey step of an MFA challenge.
     *
     * For a login answer whose `factors` include `passkey`: options for
     * `navigator.credentials.get()` listing the account's passkeys.
     *
     * `POST /t/{tenant}/auth/mfa/passkey/options`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: unknown, expired or spent MFA token
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The account has no passkey
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun startPasskeySecondFactor(tenant: String, body: PasskeySecondFactorStart, options: RequestOptions = RequestOptions()): PasskeyCeremony =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/mfa/passkey/options", body = body, options = options), object : TypeReference<PasskeyCeremony>() {})

    /**
     * Complete an MFA challenge with a passkey.
     *
     * Verifies the assertion, spends the MFA token and opens the session.
     *
     * `POST /t/{tenant}/auth/mfa/passkey/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun verifyPasskeySecondFactor(tenant: String, body: PasskeySecondFactorFinish, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/mfa/passkey/verify", body = body, options = options), object : TypeReference<SessionTokens>() {})

    /**
     * OpenID Provider configuration.
     *
     * The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
     *
     * `GET /t/{tenant}/.well-known/openid-configuration`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getOpenIdConfiguration(tenant: String, options: RequestOptions = RequestOptions()): OpenIdConfiguration =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/.well-known/openid-configuration", options = options), object : TypeReference<OpenIdConfiguration>() {})

    /**
     * JSON Web Key Set.
     *
     * The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
     * they signed has expired.
     *
     * `GET /t/{tenant}/.well-known/jwks.json`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getJwks(tenant: String, options: RequestOptions = RequestOptions()): JwkSet =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/.well-known/jwks.json", options = options), object : TypeReference<JwkSet>() {})

    /**
     * OAuth authorization server metadata.
     *
     * RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
     * path appended; clients such as the MCP SDK look here first.
     *
     * `GET /.well-known/oauth-authorization-server/t/{tenant}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getAuthorizationServerMetadata(tenant: String, options: RequestOptions = RequestOptions()): OpenIdConfiguration =
        transport.call(Transport.Call(method = "GET", path = "/.well-known/oauth-authorization-server/t/" + enc(tenant), options = options), object : TypeReference<OpenIdConfiguration>() {})

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
     * `POST /t/{tenant}/auth/login`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Wrong email or password
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 `organization` names no organization of the tenant
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    suspend fun login(tenant: String, body: LoginRequest, options: RequestOptions = RequestOptions()): LoginResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/login", body = body, options = options), object : TypeReference<LoginResponse>() {})

    /**
     * Refresh a session.
     *
     * Spends the refresh token (from the body or the cookie) and returns a new access token
     * and a new refresh token. A refresh token works once: presenting a spent one revokes the
     * whole session.
     *
     * `POST /t/{tenant}/auth/refresh`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, revoked or reused refresh token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun refreshSession(tenant: String, body: RefreshRequest, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/refresh", body = body, options = options), object : TypeReference<SessionTokens>() {})

    /**
     * Sign out.
     *
     * Revokes the session of the refresh token (from the body or the cookie) and clears the
     * cookie. Signing out twice, or with an unknown token, also answers 204.
     *
     * `POST /t/{tenant}/auth/logout`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    suspend fun logout(tenant: String, body: RefreshRequest, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/logout", body = body, options = options))

    /**
     * Token endpoint.
     *
     * Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
     * returns an ID token for `openid` and a rotating refresh token when the client may use
     * `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
     * `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
     * `client_secret_post` as registered; public clients send only `client_id`.
     *
     * `POST /t/{tenant}/oauth/token`
     *
     * @throws BadRequestException 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthToken(tenant: String, body: TokenRequest, options: RequestOptions = RequestOptions()): TokenResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/token", form = body, options = options), object : TypeReference<TokenResponse>() {})

    /**
     * Token introspection.
     *
     * RFC 7662: whether an access token of this tenant is active, with its claims. Callers
     * authenticate as a confidential client of the tenant.
     *
     * `POST /t/{tenant}/oauth/introspect`
     *
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthIntrospect(tenant: String, body: TokenQuery, options: RequestOptions = RequestOptions()): IntrospectionResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/introspect", form = body, options = options), object : TypeReference<IntrospectionResponse>() {})

    /**
     * Token revocation.
     *
     * RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
     * foreign tokens also answer 200, as the RFC requires.
     *
     * `POST /t/{tenant}/oauth/revoke`
     *
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthRevoke(tenant: String, body: TokenQuery, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/revoke", form = body, options = options))

    /**
     * UserInfo.
     *
     * OpenID Connect Core §5.3: the claims about the token's user that its scopes release
     * (`openid` required; `profile` and `email` add claims). Send the access token as a
     * Bearer token.
     *
     * `GET /t/{tenant}/oauth/userinfo`
     *
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthUserInfo(tenant: String, options: RequestOptions = RequestOptions()): UserInfo =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/oauth/userinfo", auth = listOf("bearer_token"), options = options), object : TypeReference<UserInfo>() {})

    /**
     * UserInfo (POST).
     *
     * The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
     *
     * `POST /t/{tenant}/oauth/userinfo`
     *
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthUserInfoPost(tenant: String, options: RequestOptions = RequestOptions()): UserInfo =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/userinfo", auth = listOf("bearer_token"), options = options), object : TypeReference<UserInfo>() {})

    /**
     * Register a client dynamically.
     *
     * RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
     * need. Registered clients get the authorization code flow (with `refresh_token` when
     * asked); `token_endpoint_auth_method: none` makes a public client. The response carries
     * the client secret and the registration access token, once.
     *
     * `POST /t/{tenant}/oauth/register`
     *
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws PermissionDeniedException 403 access_denied: the tenant does not allow dynamic registration
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthRegister(tenant: String, body: ClientRegistrationRequest, options: RequestOptions = RequestOptions()): ClientRegistrationResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/register", body = body, options = options), object : TypeReference<ClientRegistrationResponse>() {})

    /**
     * Read a registration.
     *
     * RFC 7592 §2.1, with the registration access token as a Bearer token.
     *
     * `GET /t/{tenant}/oauth/register/{client}`
     *
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthReadRegistration(tenant: String, client: String, options: RequestOptions = RequestOptions()): ClientRegistrationResponse =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/oauth/register/" + enc(client), auth = listOf("registration_token"), options = options), object : TypeReference<ClientRegistrationResponse>() {})

    /**
     * Update a registration.
     *
     * RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
     * cannot change).
     *
     * `PUT /t/{tenant}/oauth/register/{client}`
     *
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthUpdateRegistration(tenant: String, client: String, body: ClientRegistrationRequest, options: RequestOptions = RequestOptions()): ClientRegistrationResponse =
        transport.call(Transport.Call(method = "PUT", path = "/t/" + enc(tenant) + "/oauth/register/" + enc(client), body = body, auth = listOf("registration_token"), options = options), object : TypeReference<ClientRegistrationResponse>() {})

    /**
     * Delete a registration.
     *
     * RFC 7592 §2.3: the client stops working at once.
     *
     * `DELETE /t/{tenant}/oauth/register/{client}`
     *
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun oauthDeleteRegistration(tenant: String, client: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/oauth/register/" + enc(client), auth = listOf("registration_token"), options = options))

    /**
     * Protected resource metadata.
     *
     * RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
     * behalf: resource servers point clients here from their `WWW-Authenticate` challenge
     * (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
     *
     * `GET /.well-known/oauth-protected-resource/t/{tenant}/resources/{resource}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant or resource
     */
    suspend fun getProtectedResourceMetadata(tenant: String, resource: String, options: RequestOptions = RequestOptions()): ProtectedResourceMetadata =
        transport.call(Transport.Call(method = "GET", path = "/.well-known/oauth-protected-resource/t/" + enc(tenant) + "/resources/" + enc(resource), options = options), object : TypeReference<ProtectedResourceMetadata>() {})

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
     * `POST /t/{tenant}/auth/mfa/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not exactly one of `code` and `recovery_code`, or a malformed one
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    suspend fun verifyMfa(tenant: String, body: MfaVerifyRequest, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/mfa/verify", body = body, options = options), object : TypeReference<SessionTokens>() {})

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
     * `POST /t/{tenant}/auth/signup`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws PermissionDeniedException 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address, a name that is too long, or a password that does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun signup(tenant: String, body: SignupRequest, options: RequestOptions = RequestOptions()): EmailRequestAccepted =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/signup", body = body, options = options), object : TypeReference<EmailRequestAccepted>() {})

    /**
     * Finish signing up.
     *
     * Spends the token of a signup link, creates the user (with the email verified) and signs
     * them in: the session's tokens, the refresh token in JSON or in the session cookie as
     * `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
     * signup of the same address; 409 if the address got an account in the meantime.
     *
     * `POST /t/{tenant}/auth/signup/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The tenant no longer takes signups from this address
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The address already has an account
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun verifySignup(tenant: String, body: SignupVerify, options: RequestOptions = RequestOptions()): SessionTokens =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/signup/verify", body = body, options = options), object : TypeReference<SessionTokens>() {})

    /**
     * Verify an email address.
     *
     * Spends the token of a verification link and marks the user's email verified. The token
     * is refused if it expired, was used or replaced, or if the user's email changed since.
     *
     * `POST /t/{tenant}/auth/verify-email`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun verifyEmail(tenant: String, body: VerifyEmailRequest, options: RequestOptions = RequestOptions()): EmailVerified =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/verify-email", body = body, options = options), object : TypeReference<EmailVerified>() {})

    /**
     * Request a password reset.
     *
     * Emails a reset link (valid once, for 30 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * `POST /t/{tenant}/auth/password-reset`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun requestPasswordReset(tenant: String, body: EmailRequest, options: RequestOptions = RequestOptions()): EmailRequestAccepted =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/password-reset", body = body, options = options), object : TypeReference<EmailRequestAccepted>() {})

    /**
     * Set a new password with a reset token.
     *
     * Spends the token of a reset link, sets the password (checked against the password
     * policy; a refused password leaves the token usable), marks the email verified, lifts a
     * sign-in lockout and revokes every session of the user.
     *
     * `POST /t/{tenant}/auth/password-reset/confirm`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The password does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun confirmPasswordReset(tenant: String, body: PasswordResetConfirm, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/password-reset/confirm", body = body, options = options))

    /**
     * Request a magic link.
     *
     * Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * `POST /t/{tenant}/auth/magic-link`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun requestMagicLink(tenant: String, body: EmailRequest, options: RequestOptions = RequestOptions()): EmailRequestAccepted =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/magic-link", body = body, options = options), object : TypeReference<EmailRequestAccepted>() {})

    /**
     * Sign in with a magic link.
     *
     * Spends the token of a magic link and answers as a password login does: the session's
     * tokens (the refresh token in JSON or in the session cookie), or, when the user has a
     * second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
     *
     * `POST /t/{tenant}/auth/magic-link/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun verifyMagicLink(tenant: String, body: MagicLinkVerify, options: RequestOptions = RequestOptions()): LoginResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/magic-link/verify", body = body, options = options), object : TypeReference<LoginResponse>() {})

    /**
     * Request an email sign-in code.
     *
     * Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
     * account that may sign in. The answer is the same 202, after about the same time, whether
     * or not it does.
     *
     * `POST /t/{tenant}/auth/email-code`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    suspend fun requestEmailCode(tenant: String, body: EmailRequest, options: RequestOptions = RequestOptions()): EmailRequestAccepted =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/email-code", body = body, options = options), object : TypeReference<EmailRequestAccepted>() {})

    /**
     * Sign in with an email code.
     *
     * Checks the code last sent to the email and answers as a password login does: the
     * session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
     * `invalid_code` and count toward the email's sign-in lockout (shared with password login;
     * 429 with `Retry-After`), and a code dies after five wrong guesses.
     *
     * `POST /t/{tenant}/auth/email-code/verify`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong, expired or used code
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is not six digits
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    suspend fun verifyEmailCode(tenant: String, body: EmailCodeVerify, options: RequestOptions = RequestOptions()): LoginResponse =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/auth/email-code/verify", body = body, options = options), object : TypeReference<LoginResponse>() {})

    /**
     * Get my profile.
     *
     * `GET /t/{tenant}/me`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getMe(tenant: String, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me", auth = listOf("session_token"), options = options), object : TypeReference<User>() {})

    /**
     * Delete my account.
     *
     * Deletes the account and its sessions; needs the current password when the account has one.
     *
     * `DELETE /t/{tenant}/me`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    suspend fun deleteMe(tenant: String, body: Reauthenticate, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me", body = body, auth = listOf("session_token"), options = options))

    /**
     * Update my profile.
     *
     * Name, picture and locale. Email changes and metadata are for administrators.
     *
     * `PATCH /t/{tenant}/me`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, picture or locale
     */
    suspend fun updateMe(tenant: String, body: UpdateProfile, options: RequestOptions = RequestOptions()): User =
        transport.call(Transport.Call(method = "PATCH", path = "/t/" + enc(tenant) + "/me", body = body, auth = listOf("session_token"), options = options), object : TypeReference<User>() {})

    /**
     * Change my password.
     *
     * Needs the current password (when the account has one); every other session of the
     * user ends, this one stays.
     *
     * `POST /t/{tenant}/me/password`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The new password breaks the policy, or the current one is missing
     */
    suspend fun changeMyPassword(tenant: String, body: ChangePassword, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/password", body = body, auth = listOf("session_token"), options = options))

    /**
     * List my sessions.
     *
     * `GET /t/{tenant}/me/sessions`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listMySessions(tenant: String, options: RequestOptions = RequestOptions()): SessionList =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me/sessions", auth = listOf("session_token"), options = options), object : TypeReference<SessionList>() {})

    /**
     * Sign out one of my sessions.
     *
     * `DELETE /t/{tenant}/me/sessions/{session}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or live session
     */
    suspend fun revokeMySession(tenant: String, session: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me/sessions/" + enc(session), auth = listOf("session_token"), options = options))

    /**
     * My TOTP status.
     *
     * `GET /t/{tenant}/me/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun getMyTotp(tenant: String, options: RequestOptions = RequestOptions()): TotpStatus =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me/mfa/totp", auth = listOf("session_token"), options = options), object : TypeReference<TotpStatus>() {})

    /**
     * Start my TOTP enrolment.
     *
     * Needs the current password (when the account has one). Returns a new secret, pending
     * until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
     *
     * `POST /t/{tenant}/me/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    suspend fun startMyTotpEnrolment(tenant: String, body: Reauthenticate, options: RequestOptions = RequestOptions()): TotpEnrolment =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/mfa/totp", body = body, auth = listOf("session_token"), options = options), object : TypeReference<TotpEnrolment>() {})

    /**
     * Disable my TOTP.
     *
     * Needs the current password (when the account has one).
     *
     * `DELETE /t/{tenant}/me/mfa/totp`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    suspend fun disableMyTotp(tenant: String, body: Reauthenticate, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me/mfa/totp", body = body, auth = listOf("session_token"), options = options))

    /**
     * Confirm my TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now and returns ten single-use
     * recovery codes, shown once.
     *
     * `POST /t/{tenant}/me/mfa/totp/confirm`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    suspend fun confirmMyTotp(tenant: String, body: ConfirmTotp, options: RequestOptions = RequestOptions()): RecoveryCodes =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/mfa/totp/confirm", body = body, auth = listOf("session_token"), options = options), object : TypeReference<RecoveryCodes>() {})

    /**
     * Regenerate my recovery codes.
     *
     * Needs the current password (when the account has one); the old codes stop working.
     *
     * `POST /t/{tenant}/me/mfa/recovery-codes`
     *
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enabled authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    suspend fun regenerateMyRecoveryCodes(tenant: String, body: Reauthenticate, options: RequestOptions = RequestOptions()): RecoveryCodes =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/me/mfa/recovery-codes", body = body, auth = listOf("session_token"), options = options), object : TypeReference<RecoveryCodes>() {})

    /**
     * List my connected applications.
     *
     * Applications I allowed at the consent page, with the scopes granted.
     *
     * `GET /t/{tenant}/me/consents`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    suspend fun listMyConsents(tenant: String, options: RequestOptions = RequestOptions()): ConsentList =
        transport.call(Transport.Call(method = "GET", path = "/t/" + enc(tenant) + "/me/consents", auth = listOf("session_token"), options = options), object : TypeReference<ConsentList>() {})

    /**
     * Disconnect an application.
     *
     * Withdraws my consent: the application must ask again, and its refresh tokens stop working.
     *
     * `DELETE /t/{tenant}/me/consents/{client}`
     *
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no consent for this application
     */
    suspend fun revokeMyConsent(tenant: String, client: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/t/" + enc(tenant) + "/me/consents/" + enc(client), auth = listOf("session_token"), options = options))

    /**
     * Liveness.
     *
     * Answers while the process can serve HTTP; it does not touch the database.
     *
     * `GET /healthz`
     */
    suspend fun getHealth(options: RequestOptions = RequestOptions()): HealthStatus =
        transport.call(Transport.Call(method = "GET", path = "/healthz", options = options), object : TypeReference<HealthStatus>() {})

    /**
     * Readiness.
     *
     * Ready when the database answers within two seconds; recovers by itself when it returns.
     *
     * `GET /readyz`
     *
     * @throws InternalServerException 503 The database is unreachable
     */
    suspend fun getReadiness(options: RequestOptions = RequestOptions()): HealthStatus =
        transport.call(Transport.Call(method = "GET", path = "/readyz", options = options), object : TypeReference<HealthStatus>() {})

    /**
     * Prometheus metrics.
     *
     * Requests by route and status, latency histograms and database pool gauges, in the
     * Prometheus text format.
     *
     * `GET /metrics`
     */
    suspend fun getMetrics(options: RequestOptions = RequestOptions()): String =
        transport.text(Transport.Call(method = "GET", path = "/metrics", options = options))

    /**
     * OpenAPI document.
     *
     * This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
     *
     * `GET /openapi.json`
     */
    suspend fun getOpenApi(options: RequestOptions = RequestOptions()): Map<String, JsonNode> =
        transport.call(Transport.Call(method = "GET", path = "/openapi.json", options = options), object : TypeReference<Map<String, JsonNode>>() {})

    companion object {
        /** This SDK's version, sent in the User-Agent (`tessera-kotlin/VERSION`). */
        const val VERSION: String = "0.1.0"

        private val SCHEMES: Map<String, Pair<String, String>> = mapOf(
            "admin_key" to ("Authorization" to "Bearer "),
            "bearer_token" to ("Authorization" to "Bearer "),
            "registration_token" to ("Authorization" to "Bearer "),
            "session_token" to ("Authorization" to "Bearer "),
        )
    }
}
