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
{%- for s in schemes %}
 * @property {{ s.property }} sent on the operations that accept the {{ s.name }} scheme.{{ s.doc }}
{%- endfor %}
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
{%- for s in schemes %}
    val {{ s.property }}: String? = null,
{%- endfor %}
    val credentials: Map<String, TokenSource> = emptyMap(),
    val timeout: Duration = Duration.ofSeconds(60),
    val maxRetries: Int = 2,
    val maxRetryDelay: Duration = Duration.ofSeconds(60),
    val headers: Map<String, String> = emptyMap(),
    val httpClient: HttpClient? = null,
    val onRetry: (suspend (RetryEvent) -> Unit)? = null,
)
{%- for p in params %}

{{ p.doc }}@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class {{ p.name }}(
{%- for f in p.fields %}
    @param:JsonProperty({{ f.wire }}) val {{ f.name }}: {{ f.ty }}{{ f.default }},
{%- endfor %}
)
{%- endfor %}

{{ doc }}class TesseraClient(
    /** The settings of this client. */
    val options: ClientOptions,
) {
    /** A client for [baseUrl], with the other settings as named arguments of [ClientOptions]. */
    constructor(baseUrl: String{% for s in schemes %}, {{ s.property }}: String? = null{% endfor %}) : this(ClientOptions(baseUrl{% for s in schemes %}, {{ s.property }} = {{ s.property }}{% endfor %}))

    private val http: HttpClient = options.httpClient ?: HttpClient.newBuilder().connectTimeout(options.timeout).build()
    private val transport: Transport

    init {
        require(options.baseUrl.startsWith("http://") || options.baseUrl.startsWith("https://")) {
            "TesseraClient needs an absolute http(s) baseUrl, got ${options.baseUrl}"
        }
        val credentials = buildMap<String, TokenSource> {
{%- for s in schemes %}
            options.{{ s.property }}?.let { token -> put({{ s.name }}, TokenSource { token }) }
{%- endfor %}
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
{%- for m in methods %}

{{ m.doc }}    {{ m.signature }} =
        {{ m.body }}
{%- endfor %}

    companion object {
        /** This SDK's version, sent in the User-Agent (`tessera-kotlin/VERSION`). */
        const val VERSION: String = {{ version }}

        private val SCHEMES: Map<String, Pair<String, String>> = mapOf(
{%- for s in schemes %}
            {{ s.name }} to ({{ s.header }} to {{ s.prefix }}),
{%- endfor %}
        )
    }
}
