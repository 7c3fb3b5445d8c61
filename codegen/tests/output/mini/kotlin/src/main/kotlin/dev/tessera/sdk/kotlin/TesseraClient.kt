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
 * @property apiKey sent on the operations that accept the "api_key" scheme.
 * @property userToken sent on the operations that accept the "user_token" scheme.
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
    val apiKey: String? = null,
    val userToken: String? = null,
    val credentials: Map<String, TokenSource> = emptyMap(),
    val timeout: Duration = Duration.ofSeconds(60),
    val maxRetries: Int = 2,
    val maxRetryDelay: Duration = Duration.ofSeconds(60),
    val headers: Map<String, String> = emptyMap(),
    val httpClient: HttpClient? = null,
    val onRetry: (suspend (RetryEvent) -> Unit)? = null,
)

/**
 * Query parameters of [TesseraClient.listPets].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ListPetsParams(
    @param:JsonProperty("kind") val kind: PetKind? = null,
    @param:JsonProperty("limit") val limit: Long? = null,
    @param:JsonProperty("cursor") val cursor: String? = null,
)

/**
 * A client for the Mini API.
 *
 * A tiny API for the generator's golden tests.
 */
class TesseraClient(
    /** The settings of this client. */
    val options: ClientOptions,
) {
    /** A client for [baseUrl], with the other settings as named arguments of [ClientOptions]. */
    constructor(baseUrl: String, apiKey: String? = null, userToken: String? = null) : this(ClientOptions(baseUrl, apiKey = apiKey, userToken = userToken))

    private val http: HttpClient = options.httpClient ?: HttpClient.newBuilder().connectTimeout(options.timeout).build()
    private val transport: Transport

    init {
        require(options.baseUrl.startsWith("http://") || options.baseUrl.startsWith("https://")) {
            "TesseraClient needs an absolute http(s) baseUrl, got ${options.baseUrl}"
        }
        val credentials = buildMap<String, TokenSource> {
            options.apiKey?.let { token -> put("api_key", TokenSource { token }) }
            options.userToken?.let { token -> put("user_token", TokenSource { token }) }
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
     * List pets.
     *
     * `GET /pets`
     *
     * @throws UnprocessableException 422 Bad limit
     */
    suspend fun listPets(params: ListPetsParams = ListPetsParams(), options: RequestOptions = RequestOptions()): PetList =
        transport.call(Transport.Call(method = "GET", path = "/pets", query = mapOf("kind" to params.kind, "limit" to params.limit, "cursor" to params.cursor), auth = listOf("api_key"), options = options), object : TypeReference<PetList>() {})

    /**
     * Every [Pet] of [listPets], a cold flow that fetches the next page as collection reaches it.
     */
    fun listPetsAll(params: ListPetsParams = ListPetsParams(), options: RequestOptions = RequestOptions()): Flow<Pet> =
        paginate(params.cursor, { cursor -> listPets(params.copy(cursor = cursor), options = options) }, { it.data }, { it.nextCursor })

    /**
     * Add a pet.
     *
     * `POST /pets`
     *
     * @throws ConflictException 409 Taken
     */
    suspend fun createPet(body: NewPet, options: RequestOptions = RequestOptions()): Pet =
        transport.call(Transport.Call(method = "POST", path = "/pets", body = body, auth = listOf("api_key", "user_token"), options = options), object : TypeReference<Pet>() {})

    /**
     * Remove a pet.
     *
     * `DELETE /pets/{pet_id}`
     */
    suspend fun deletePet(petId: String, options: RequestOptions = RequestOptions()): Unit =
        transport.empty(Transport.Call(method = "DELETE", path = "/pets/" + enc(petId), options = options))

    /**
     * Rename a pet.
     *
     * An empty body changes nothing.
     *
     * `PATCH /pets/{pet_id}`
     */
    suspend fun renamePet(petId: String, body: Rename? = null, options: RequestOptions = RequestOptions()): Pet =
        transport.call(Transport.Call(method = "PATCH", path = "/pets/" + enc(petId), body = body, options = options), object : TypeReference<Pet>() {})

    /**
     * Get a token.
     *
     * `POST /t/{tenant}/oauth/token`
     */
    suspend fun getToken(tenant: String, body: TokenForm, options: RequestOptions = RequestOptions()): TokenAnswer =
        transport.call(Transport.Call(method = "POST", path = "/t/" + enc(tenant) + "/oauth/token", form = body, options = options), object : TypeReference<TokenAnswer>() {})

    /**
     * Adopt a pet, or be told to wait.
     *
     * `POST /adopt`
     */
    suspend fun adopt(options: RequestOptions = RequestOptions()): Adoption =
        transport.call(Transport.Call(method = "POST", path = "/adopt", options = options), object : TypeReference<Adoption>() {})

    /**
     * Export.
     *
     * `GET /export`
     */
    suspend fun exportPets(options: RequestOptions = RequestOptions()): String =
        transport.text(Transport.Call(method = "GET", path = "/export", options = options))

    companion object {
        /** This SDK's version, sent in the User-Agent (`tessera-kotlin/VERSION`). */
        const val VERSION: String = "1.2.3"

        private val SCHEMES: Map<String, Pair<String, String>> = mapOf(
            "api_key" to ("X-Api-Key" to ""),
            "user_token" to ("Authorization" to "Bearer "),
        )
    }
}
