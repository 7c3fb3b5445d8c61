// The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
// (`cargo xtask sdk-test` starts one and sets both).
package dev.tessera.sdk.kotlin

import com.fasterxml.jackson.databind.JsonNode
import dev.tessera.sdk.kotlin.model.*
import java.time.Duration
import java.util.Base64
import kotlin.random.Random
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.MethodOrderer
import org.junit.jupiter.api.Order
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.TestMethodOrder

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation::class)
class LiveScenarioTest {
    private val password = "correct horse battery staple"
    private lateinit var client: TesseraClient
    private lateinit var slug: String
    private val users = mutableListOf<User>()
    private var tokens: SessionTokens? = null

    /** The typed exception a call throws, with a request id the problem document repeats. */
    private suspend inline fun <reified E : ApiException> failure(crossinline call: suspend () -> Any?): E {
        val error = try {
            call()
            fail("expected ${E::class.simpleName}")
        } catch (e: ApiException) {
            e
        }
        assertTrue(error is E, "expected ${E::class.simpleName}, got $error")
        assertTrue(error.requestId?.matches(Regex("\\S+")) == true, "every error carries the request id")
        error.problem?.let { assertEquals(it.requestId, error.requestId, "header and body agree on the request id") }
        return error as E
    }

    /** A login's session tokens; these users have no second factor. */
    private fun session(answer: LoginResponse): SessionTokens = when (answer) {
        is SessionTokens -> answer
        is MfaChallenge -> fail("expected session tokens, got $answer")
    }

    /** A JWT's payload (no verification: the server issued it to us). */
    private fun jwtClaims(token: String): JsonNode {
        val parts = token.split('.')
        assertEquals(3, parts.size, "not a JWT: $token")
        return Transport.readTree(String(Base64.getUrlDecoder().decode(parts[1]))) ?: fail("no claims")
    }

    @BeforeAll
    fun createTenant() = runBlocking {
        val url = System.getenv("TESSERA_URL")
        val adminKey = System.getenv("TESSERA_ADMIN_KEY")
        // A missing server is a failure, not a skip: `cargo xtask sdk-test` starts one.
        assertTrue(url != null && adminKey != null, "TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`")
        client = TesseraClient(url, adminKey = adminKey)
        slug = "sdk-kotlin-" + Random.nextBytes(4).joinToString("") { "%02x".format(it) }
        val tenant = client.createTenant(CreateTenant(slug = slug, name = "SDK Kotlin"))
        assertEquals(slug, tenant.slug)
        assertTrue(tenant.issuer.endsWith("/t/$slug"))
    }

    @Test
    @Order(1)
    fun createsUsers() = runBlocking {
        repeat(5) { i ->
            users += client.createUser(slug, CreateUser(email = "user$i@example.com", password = password, name = "User $i"))
        }
        assertTrue(users.all { it.id.startsWith("usr_") && it.hasPassword && !it.disabled })
    }

    @Test
    @Order(2)
    fun pagesThroughUsersWithTheFlow() = runBlocking {
        val first = client.listUsers(slug, ListUsersParams(limit = 2))
        assertEquals(2, first.data.size)
        assertNotNull(first.nextCursor, "a first page of two out of five has a next cursor")
        val emails = client.listUsersAll(slug, ListUsersParams(limit = 2)).map { it.email }.toList()
        assertEquals(users.map { it.email }, emails)
        assertEquals(5, client.listUsersAll(slug, ListUsersParams(limit = 2)).count())
    }

    @Test
    @Order(3)
    fun logsInAndCallsTheApiWithTheSessionToken() = runBlocking {
        val signedIn = session(client.login(slug, LoginRequest(email = "user0@example.com", password = password)))
        tokens = signedIn
        assertEquals("Bearer", signedIn.tokenType)
        assertNotNull(signedIn.refreshToken)
        val me = client.withOptions { copy(sessionToken = signedIn.accessToken) }.getMe(slug)
        assertEquals(users[0].id, me.id)
    }

    @Test
    @Order(4)
    fun refreshesTheSession() = runBlocking {
        val spent = tokens ?: fail("needs the login of the previous test")
        val refreshed = client.refreshSession(slug, RefreshRequest(refreshToken = spent.refreshToken))
        assertEquals(spent.sessionId, refreshed.sessionId)
        assertNotEquals(spent.refreshToken, refreshed.refreshToken)
        assertNotEquals(spent.accessToken, refreshed.accessToken)
        // The spent refresh token is refused as a typed error.
        val reused = failure<AuthenticationException> { client.refreshSession(slug, RefreshRequest(refreshToken = spent.refreshToken)) }
        assertEquals(401, reused.status)
    }

    @Test
    @Order(5)
    fun answers404AsNotFound() = runBlocking {
        val error = failure<NotFoundException> { client.getUser(slug, "usr_doesnotexist") }
        assertEquals(404, error.status)
        assertEquals(ErrorCode.NOT_FOUND.value, error.code)
    }

    @Test
    @Order(6)
    fun answers409AsConflict() = runBlocking {
        val error = failure<ConflictException> { client.createTenant(CreateTenant(slug = slug, name = "Again")) }
        assertEquals(409, error.status)
        assertEquals(ErrorCode.ALREADY_EXISTS.value, error.code)
    }

    @Test
    @Order(7)
    fun answers422AsUnprocessableWithFieldErrors() = runBlocking {
        val error = failure<UnprocessableException> { client.createUser(slug, CreateUser(email = "not-an-email")) }
        assertEquals(422, error.status)
        assertEquals("validation_failed", error.code)
        val problem = error.problem ?: fail("no problem document")
        assertTrue(problem.errors.orEmpty().any { it.pointer == "/email" }, problem.toString())
    }

    @Test
    @Order(8)
    fun getsAClientCredentialsTokenCachedUntilItNearsExpiry() = runBlocking {
        val created = client.createClient(slug, CreateClient(name = "Billing service", scopes = listOf("billing:read")))
        val secret = created.clientSecret ?: fail("a confidential client comes with its secret once")
        assertTrue(secret.startsWith("tss_"))
        val source = client.clientCredentials(slug, created.id, secret)
        val first = source.token()
        assertEquals(first, source.token(), "the token is cached")
        // The token is the tenant's RFC 9068 JWT for this client.
        val claims = jwtClaims(first)
        assertEquals(created.id, claims.path("client_id").asText())
        assertTrue(claims.path("iss").asText().endsWith("/t/$slug"), claims.toString())
        // The tenant's introspection endpoint knows it (client authentication: HTTP Basic).
        val basic = "Basic " + Base64.getEncoder().encodeToString("${created.id}:$secret".toByteArray())
        val introspection = client.oauthIntrospect(slug, TokenQuery(token = first), RequestOptions(headers = mapOf("Authorization" to basic)))
        assertTrue(introspection.active)
        assertEquals(created.id, introspection.clientId)
        // A leeway longer than the token's life makes every call fetch a new token.
        assertNotEquals(first, client.clientCredentials(slug, created.id, secret, leeway = Duration.ofDays(1)).token())
        // A wrong secret is the token endpoint's RFC 6749 error, typed like the others.
        val refused = failure<AuthenticationException> { client.clientCredentials(slug, created.id, "tss_wrong").token() }
        assertEquals("invalid_client", refused.code)
    }

    @Test
    @Order(9)
    fun answersALockoutWith429AndRetriesItWhenAPostMayBeRetried() = runBlocking {
        val email = "user4@example.com"
        repeat(5) {
            val wrong = failure<AuthenticationException> { client.login(slug, LoginRequest(email = email, password = "wrong password!")) }
            assertEquals(ErrorCode.INVALID_CREDENTIALS.value, wrong.code)
        }
        // By default a POST is not retried: one attempt, and the lock's Retry-After on the error.
        val events = mutableListOf<RetryEvent>()
        val counting = client.withOptions { copy(onRetry = { events += it }) }
        val locked = failure<RateLimitedException> { counting.login(slug, LoginRequest(email = email, password = password)) }
        assertEquals(429, locked.status)
        assertEquals(ErrorCode.ACCOUNT_LOCKED.value, locked.code)
        assertTrue(locked.retryAfter?.isZero == false, "Retry-After: ${locked.retryAfter}")
        assertEquals(0, events.size, "a POST is not retried by default")

        // Opted in: the SDK retries the 429. The lock lasts 30 s, so the wait is capped at
        // 200 ms and an administrator unlocks the user while the SDK waits.
        val retrying = client.withOptions {
            copy(maxRetryDelay = Duration.ofMillis(200), onRetry = {
                events += it
                client.unlockUser(slug, users[4].id)
            })
        }
        val signedIn = session(retrying.login(slug, LoginRequest(email = email, password = password), RequestOptions(retryNonIdempotent = true)))
        assertEquals("Bearer", signedIn.tokenType)
        assertEquals(1, events.size)
        assertTrue(events[0].error is RateLimitedException)
        assertEquals(Duration.ofMillis(200), events[0].delay, "Retry-After (30 s) shortened to maxRetryDelay")
    }

    @Test
    @Order(10)
    fun knowsEveryErrorCodeTheServerKnows() = runBlocking {
        val spec = client.getOpenApi()
        val served = spec.getValue("components").at("/schemas/ErrorCode/enum").map { it.asText() }
        assertEquals(served, ErrorCode.entries.filter { it != ErrorCode.UNKNOWN }.map { it.value })
    }
}
