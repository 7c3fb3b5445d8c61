// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Access tokens from the OAuth 2.0 client_credentials grant, cached and renewed.
package dev.tessera.sdk.kotlin

import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.core.type.TypeReference
import java.net.URLEncoder
import java.nio.charset.StandardCharsets
import java.time.Duration
import java.time.Instant
import java.util.Base64
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * Access tokens from the OAuth 2.0 client_credentials grant (RFC 6749 §4.4) at a tenant's
 * token endpoint, `/t/{tenant}/oauth/token`, authenticating with HTTP Basic (§2.3.1). The
 * token is cached and fetched again once it is within [leeway] of expiring. A [TokenSource],
 * so it can feed a client's credential; safe for concurrent use. Make one with
 * [TesseraClient.clientCredentials].
 *
 * @property scope space-separated scopes to ask for; all the client's scopes when null
 * @property resource the RFC 8707 resource indicator (the API the token is for), if any
 * @property leeway renews a token this long before it expires
 */
class ClientCredentials internal constructor(
    private val transport: Transport,
    private val tenant: String,
    clientId: String,
    clientSecret: String,
    val scope: String? = null,
    val resource: String? = null,
    val leeway: Duration = Duration.ofSeconds(30),
) : TokenSource {
    @JsonIgnoreProperties(ignoreUnknown = true)
    private data class TokenResponse(
        @param:JsonProperty("access_token") val accessToken: String,
        @param:JsonProperty("token_type") val tokenType: String? = null,
        @param:JsonProperty("expires_in") val expiresIn: Long = 0,
    )

    private val basic: String = "Basic " + Base64.getEncoder().encodeToString(
        (URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8))
            .toByteArray(StandardCharsets.UTF_8),
    )
    private val lock = Mutex()
    private var token: String? = null
    private var expiresAt: Instant = Instant.MIN

    /** The cached access token, or a new one when there is none or it is about to expire. */
    override suspend fun token(): String = lock.withLock {
        val now = Instant.now()
        token?.let { if (now.plus(leeway).isBefore(expiresAt)) return@withLock it }
        val form = buildMap {
            put("grant_type", "client_credentials")
            scope?.let { put("scope", it) }
            resource?.let { put("resource", it) }
        }
        // Safe to repeat: a second token request only issues a second token.
        val options = RequestOptions(retryNonIdempotent = true, headers = mapOf("Authorization" to basic))
        val answer = transport.call(
            Transport.Call(method = "POST", path = "/t/" + Transport.encodePath(tenant) + "/oauth/token", form = form, options = options),
            object : TypeReference<TokenResponse>() {},
        )
        token = answer.accessToken
        expiresAt = now.plusSeconds(answer.expiresIn)
        answer.accessToken
    }

    /** Drops the cached token, so the next [token] call fetches a new one. */
    suspend fun invalidate() = lock.withLock { token = null }
}
