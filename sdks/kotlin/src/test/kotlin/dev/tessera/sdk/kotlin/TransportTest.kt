// Unit tests of the runtime against a stand-in server (the JDK's HttpServer): retries,
// timeouts, errors and the client-credentials cache.
package dev.tessera.sdk.kotlin

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import dev.tessera.sdk.kotlin.model.CreateTenant
import dev.tessera.sdk.kotlin.model.LoginResponse
import dev.tessera.sdk.kotlin.model.MfaChallenge
import dev.tessera.sdk.kotlin.model.SessionTokens
import dev.tessera.sdk.kotlin.model.SigningAlg
import java.net.InetSocketAddress
import java.time.Duration
import java.util.Base64
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class TransportTest {
    private var server: HttpServer? = null

    private fun standIn(handler: (HttpExchange, Int) -> Unit): ClientOptions {
        val attempts = AtomicInteger()
        val started = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        started.createContext("/") { exchange ->
            handler(exchange, attempts.incrementAndGet())
            exchange.close()
        }
        started.start()
        server = started
        return ClientOptions(baseUrl = "http://127.0.0.1:${started.address.port}", adminKey = "tsk_test", maxRetryDelay = Duration.ofMillis(5))
    }

    private fun reply(exchange: HttpExchange, status: Int, contentType: String, body: String) {
        val bytes = body.toByteArray()
        exchange.responseHeaders.set("Content-Type", contentType)
        exchange.sendResponseHeaders(status, if (bytes.isEmpty()) -1 else bytes.size.toLong())
        if (bytes.isNotEmpty()) exchange.responseBody.write(bytes)
    }

    @AfterEach
    fun stop() {
        server?.stop(0)
    }

    @Test
    fun retriesAnIdempotentCallOn5xxThenFails() = runBlocking {
        val seen = mutableListOf<String>()
        val events = mutableListOf<RetryEvent>()
        val options = standIn { exchange, _ ->
            seen += "${exchange.requestHeaders.getFirst("User-Agent")} ${exchange.requestHeaders.getFirst("Authorization")}"
            exchange.responseHeaders.set("Retry-After", "1")
            exchange.responseHeaders.set("X-Request-Id", "req_1")
            reply(exchange, 503, "application/problem+json",
                """{"type":"urn:tessera:problem:service_unavailable","title":"Unavailable","status":503,"detail":"try later","code":"service_unavailable","request_id":"req_1"}""")
        }
        val client = TesseraClient(options.copy(onRetry = { events += it }))
        val error = try {
            client.getTenant("acme")
            null
        } catch (e: InternalServerException) {
            e
        }
        assertEquals("service_unavailable", error?.code)
        assertEquals("try later", error?.detail)
        assertEquals("req_1", error?.requestId)
        assertEquals(Duration.ofSeconds(1), error?.retryAfter)
        assertEquals(3, seen.size)
        assertEquals("tessera-kotlin/${TesseraClient.VERSION} Bearer tsk_test", seen[0])
        assertEquals(listOf(Duration.ofMillis(5), Duration.ofMillis(5)), events.map { it.delay })
    }

    @Test
    fun doesNotRetryAPostUnlessAsked() {
        val seen = AtomicInteger()
        val client = TesseraClient(standIn { exchange, attempt ->
            seen.set(attempt)
            if (attempt == 1) reply(exchange, 502, "text/plain", "bad gateway")
            else reply(exchange, 201, "application/json", """{"slug":"acme","name":"Acme","unknown_field":1}""")
        })
        val body = CreateTenant(slug = "acme", name = "Acme")
        assertThrows(InternalServerException::class.java) { runBlocking { client.createTenant(body) } }
        assertEquals(1, seen.get())
        // Opted in, the POST is retried; the stand-in's tenant lacks required fields, and
        // decoding it fails loudly rather than handing out a half-empty object.
        val decoding = assertThrows(TesseraException::class.java) {
            runBlocking { client.createTenant(body, RequestOptions(retryNonIdempotent = true)) }
        }
        assertTrue(decoding.message.orEmpty().contains("could not decode"), decoding.message)
        assertEquals(2, seen.get())
    }

    @Test
    fun aTimeoutIsAConnectionException() {
        val client = TesseraClient(standIn { _, _ -> Thread.sleep(1000) }.copy(timeout = Duration.ofMillis(50), maxRetries = 0))
        assertThrows(TimeoutException::class.java) { runBlocking { client.getTenant("acme") } }
    }

    @Test
    fun clientCredentialsCachesItsToken() = runBlocking {
        val requests = mutableListOf<String>()
        val client = TesseraClient(standIn { exchange, attempt ->
            val form = exchange.requestBody.readAllBytes().decodeToString()
            requests += "${exchange.requestMethod} ${exchange.requestURI.path} ${exchange.requestHeaders.getFirst("Authorization")} $form"
            reply(exchange, 200, "application/json", """{"access_token":"at_$attempt","token_type":"Bearer","expires_in":3600}""")
        })
        val source = client.clientCredentials("acme", "cli_1", "tss_a+b", scope = "billing:read")
        assertEquals("at_1", source.token())
        assertEquals("at_1", source.token())
        assertEquals(1, requests.size)
        val basic = Base64.getEncoder().encodeToString("cli_1:tss_a%2Bb".toByteArray())
        assertEquals("POST /t/acme/oauth/token Basic $basic grant_type=client_credentials&scope=billing%3Aread", requests[0])
        source.invalidate()
        assertEquals("at_2", source.token())
    }

    @Test
    fun refusesARelativeBaseUrl() {
        assertThrows(IllegalArgumentException::class.java) { TesseraClient("localhost:8080") }
    }

    @Test
    fun readsRetryAfterAsSecondsOrADate() {
        assertEquals(Duration.ofSeconds(30), ApiException.parseRetryAfter("30"))
        assertEquals(Duration.ZERO, ApiException.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
        assertNull(ApiException.parseRetryAfter("soon"))
    }

    @Test
    fun aOneOfDecodesToTheVariantWhoseKeysArePresentAndUnknownEnumValuesAreTolerated() {
        val challenge = Transport.MAPPER.readValue(
            """{"mfa_required":true,"mfa_token":"mfa_1","factors":["totp"],"expires_in":300}""", LoginResponse::class.java)
        assertEquals("mfa_1", (challenge as MfaChallenge).mfaToken)
        val tokens = Transport.MAPPER.readValue(
            """{"access_token":"at","token_type":"Bearer","expires_in":900,"session_id":"ses_1"}""", LoginResponse::class.java)
        assertEquals("ses_1", (tokens as SessionTokens).sessionId)
        assertThrows(Exception::class.java) { Transport.MAPPER.readValue("""{"unrelated":1}""", LoginResponse::class.java) }
        assertEquals(SigningAlg.UNKNOWN, Transport.MAPPER.readValue("\"PS512\"", SigningAlg::class.java))
        assertEquals(SigningAlg.ED_DSA, Transport.MAPPER.readValue("\"EdDSA\"", SigningAlg::class.java))
        assertEquals("\"EdDSA\"", Transport.MAPPER.writeValueAsString(SigningAlg.ED_DSA))
    }
}
