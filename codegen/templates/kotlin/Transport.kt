// The HTTP engine: URLs, credentials, timeouts, retries and error mapping, on coroutines.
package dev.tessera.sdk.kotlin

import com.fasterxml.jackson.core.type.TypeReference
import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.SerializationFeature
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule
import com.fasterxml.jackson.module.kotlin.jacksonMapperBuilder
import java.io.IOException
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.HttpTimeoutException
import java.nio.charset.StandardCharsets
import java.time.Duration
import kotlin.random.Random
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.future.await

/** Supplies the credential of a security scheme for each request, such as [ClientCredentials]. */
fun interface TokenSource {
    /** The current token. */
    suspend fun token(): String
}

/**
 * Per-call settings, the last argument of every operation.
 *
 * @property timeout overrides the client's timeout for this call (per attempt)
 * @property maxRetries overrides the client's retries for this call
 * @property retryNonIdempotent also retry this call when its method is not idempotent (POST,
 *   PATCH); off by default, since a retried POST may act twice
 * @property headers extra headers for this call
 */
data class RequestOptions(
    val timeout: Duration? = null,
    val maxRetries: Int? = null,
    val retryNonIdempotent: Boolean = false,
    val headers: Map<String, String> = emptyMap(),
)

/**
 * What an `onRetry` callback is told before each retry.
 *
 * @property attempt 1 for the first retry
 * @property delay the wait before the retry
 * @property error why the previous attempt failed: an [ApiException] or a [ConnectionException]
 */
data class RetryEvent(val method: String, val path: String, val attempt: Int, val delay: Duration, val error: TesseraException)

internal class Transport(
    baseUrl: String,
    private val http: HttpClient,
    private val timeout: Duration,
    private val maxRetries: Int,
    private val maxRetryDelay: Duration,
    private val headers: Map<String, String>,
    private val credentials: Map<String, TokenSource>,
    private val schemes: Map<String, Pair<String, String>>,
    private val onRetry: (suspend (RetryEvent) -> Unit)?,
) {
    val baseUrl: String = baseUrl.trimEnd('/')

    /** One call, as an operation describes it. */
    class Call(
        val method: String,
        val path: String,
        val body: Any? = null,
        val form: Any? = null,
        val query: Map<String, Any?> = emptyMap(),
        val auth: List<String> = emptyList(),
        val options: RequestOptions = RequestOptions(),
    )

    suspend fun <T> call(call: Call, type: TypeReference<T>): T {
        val text = send(call)
        return try {
            MAPPER.readValue(text, type)
        } catch (e: IOException) {
            throw TesseraException("${call.method} ${call.path}: could not decode the response: ${e.message}", e)
        }
    }

    suspend fun text(call: Call): String = send(call)

    suspend fun empty(call: Call) {
        send(call)
    }

    /** Sends a call with retries; the body of a 2xx answer. */
    private suspend fun send(call: Call): String {
        val retries = call.options.maxRetries ?: maxRetries
        val retryable = call.method in IDEMPOTENT || call.options.retryNonIdempotent
        val request = build(call)
        var attempt = 0
        while (true) {
            var retryAfter: Duration? = null
            val failure: TesseraException = try {
                val response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).await()
                val status = response.statusCode()
                if (status in 200..299) return response.body()
                val error = ApiException.of(status, response.headers(), response.body())
                if (!isRetryableStatus(status)) throw error
                retryAfter = error.retryAfter
                error
            } catch (e: HttpTimeoutException) {
                TimeoutException("${call.method} ${call.path}: no response within ${request.timeout().orElse(timeout)}", e)
            } catch (e: IOException) {
                ConnectionException("${call.method} ${call.path}: $e", e)
            }
            if (!retryable || attempt >= retries) throw failure
            attempt++
            val wait = retryDelay(attempt, retryAfter, maxRetryDelay)
            onRetry?.invoke(RetryEvent(call.method, call.path, attempt, wait, failure))
            delay(wait.toMillis())
        }
    }

    private suspend fun build(call: Call): HttpRequest {
        val query = call.query.filterValues { it != null }.entries.joinToString("&") { (k, v) -> "${encode(k)}=${encode(scalar(v))}" }
        val url = baseUrl + call.path + if (query.isEmpty()) "" else "?$query"
        val builder = HttpRequest.newBuilder(URI.create(url))
            .timeout(call.options.timeout ?: timeout)
            .header("Accept", "application/json, application/problem+json")
            .header("User-Agent", "tessera-kotlin/${TesseraClient.VERSION}")
        var publisher = HttpRequest.BodyPublishers.noBody()
        try {
            if (call.form != null) {
                val values: Map<String, Any?> = MAPPER.convertValue(call.form, object : TypeReference<Map<String, Any?>>() {})
                val form = values.filterValues { it != null }.entries.joinToString("&") { (k, v) -> "${encode(k)}=${encode(scalar(v))}" }
                publisher = HttpRequest.BodyPublishers.ofString(form)
                builder.header("Content-Type", "application/x-www-form-urlencoded")
            } else if (call.body != null) {
                publisher = HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(call.body))
                builder.header("Content-Type", "application/json")
            }
        } catch (e: IOException) {
            throw TesseraException("${call.method} ${call.path}: could not encode the request: ${e.message}", e)
        } catch (e: IllegalArgumentException) {
            throw TesseraException("${call.method} ${call.path}: could not encode the request: ${e.message}", e)
        }
        for (scheme in call.auth) {
            val (header, prefix) = schemes[scheme] ?: continue
            val token = credentials[scheme]?.token()
            if (!token.isNullOrEmpty()) {
                builder.setHeader(header, prefix + token)
                break
            }
        }
        headers.forEach(builder::setHeader)
        call.options.headers.forEach(builder::setHeader)
        return builder.method(call.method, publisher).build()
    }

    internal companion object {
        /** The JSON codec: Kotlin classes, ISO-8601 date-times, unknown fields ignored (models leave absent fields out themselves). */
        val MAPPER: ObjectMapper = jacksonMapperBuilder()
            .addModule(JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build()

        private val IDEMPOTENT = setOf("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        private val INITIAL_RETRY_DELAY: Duration = Duration.ofMillis(500)
        private val MAX_BACKOFF: Duration = Duration.ofSeconds(8)

        fun readTree(text: String?): JsonNode? =
            if (text.isNullOrBlank()) null else runCatching { MAPPER.readTree(text) }.getOrNull()

        fun encodePath(value: Any): String = URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20")

        fun isRetryableStatus(status: Int): Boolean = status == 408 || status == 429 || status >= 500

        /**
         * The wait before retry number [attempt] (1-based): the server's Retry-After when it
         * sent one, else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
         */
        fun retryDelay(attempt: Int, retryAfter: Duration?, max: Duration): Duration {
            if (retryAfter != null) return minOf(retryAfter, max)
            val backoff = minOf(INITIAL_RETRY_DELAY.toMillis() shl minOf(attempt - 1, 16), MAX_BACKOFF.toMillis())
            val jittered = (backoff * (1 - Random.nextDouble() * 0.25)).toLong()
            return Duration.ofMillis(minOf(jittered, max.toMillis()))
        }

        private fun encode(value: String): String = URLEncoder.encode(value, StandardCharsets.UTF_8)

        private fun scalar(value: Any?): String = when (value) {
            is Map<*, *>, is Iterable<*> -> throw IllegalArgumentException("only scalars can be sent as form or query values")
            is Enum<*> -> MAPPER.convertValue(value, String::class.java)
            else -> value.toString()
        }
    }
}

/** Every item of every page, starting at [start], fetching the next page as collection reaches it. */
internal fun <P, T> paginate(start: String?, fetch: suspend (String?) -> P, items: (P) -> List<T>, next: (P) -> String?): Flow<T> = flow {
    var cursor = start
    do {
        val page = fetch(cursor)
        for (item in items(page)) emit(item)
        cursor = next(page)
    } while (!cursor.isNullOrEmpty())
}
