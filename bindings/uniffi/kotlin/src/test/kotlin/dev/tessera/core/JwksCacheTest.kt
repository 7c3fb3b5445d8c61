package dev.tessera.core

import java.util.concurrent.atomic.AtomicInteger
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The core's JWK Set cache driven from Kotlin: a Kotlin [JwksFetcher] (the foreign trait)
 * serves documents, and the core decides when to call it. Time is passed explicitly so the
 * TTL, cooldown and stale limit are exercised without sleeping.
 */
class JwksCacheTest {
    private val issuer = "https://id.tessera.example/t/acme"
    private val audience = "https://api.example.com"
    private val now = 1_800_000_000L

    /** Serves whatever [body] holds, or throws; counts calls. */
    private class ScriptedFetcher(var body: String?, var maxAge: UInt? = null) : JwksFetcher {
        val calls = AtomicInteger()
        override fun fetch(): JwksDocument {
            calls.incrementAndGet()
            val current = body ?: throw JwksFetchException.Failed("issuer down (503)")
            return JwksDocument(current, maxAge)
        }
    }

    private fun verifier() = JwtVerifier(
        VerifyOptions(algorithms = listOf("ES256", "EdDSA"), issuer = issuer, audiences = listOf(audience), expectedType = "at+jwt"),
    )

    private fun cache() = JwksCache(JwksCacheOptions(ttlSecs = 600u, refetchCooldownSecs = 30u, maxStaleSecs = 3600u))

    @Test
    fun fetchesOnceThenServesFromTheCache() {
        val key = TestKey("ES256", kid = "k1")
        val token = key.sign(TestKey.accessTokenClaims(issuer, audience, now))
        val fetcher = ScriptedFetcher(key.jwksJson())
        val cache = cache()
        assertNull(cache.current())
        repeat(3) {
            val verified = verifier().verifyWithCache(token, cache, fetcher, now + it)
            assertEquals("user-123", verified.subject)
        }
        assertEquals(1, fetcher.calls.get())
        assertEquals(1u, cache.current()!!.len())
        // Past the TTL the next token fetches again.
        verifier().verifyWithCache(token, cache, fetcher, now + 601)
        assertEquals(2, fetcher.calls.get())
    }

    @Test
    fun anUnknownKidRefetchesOncePerCooldown() {
        val old = TestKey("ES256", kid = "old")
        val rotated = TestKey("EdDSA", kid = "new")
        val fetcher = ScriptedFetcher(old.jwksJson())
        val cache = cache()
        verifier().verifyWithCache(old.sign(TestKey.accessTokenClaims(issuer, audience, now)), cache, fetcher, now)
        // The issuer rotates; a token with the new kid makes the cache refetch after the cooldown.
        fetcher.body = """{"keys":[${old.jwkJson()},${rotated.jwkJson()}]}"""
        val fresh = rotated.sign(TestKey.accessTokenClaims(issuer, audience, now))
        val within = assertThrows<TesseraException.KeyNotFound> {
            verifier().verifyWithCache(fresh, cache, fetcher, now + 10)
        }
        assertEquals("key_not_found", within.code)
        assertEquals(1, fetcher.calls.get(), "no refetch inside the cooldown")
        assertEquals("user-123", verifier().verifyWithCache(fresh, cache, fetcher, now + 31).subject)
        assertEquals(2, fetcher.calls.get())
    }

    @Test
    fun servesStaleKeysWhileTheIssuerIsDownThenGivesUp() {
        val key = TestKey("ES256")
        val token = key.sign(TestKey.accessTokenClaims(issuer, audience, now))
        val fetcher = ScriptedFetcher(key.jwksJson())
        val cache = cache()
        verifier().verifyWithCache(token, cache, fetcher, now)
        fetcher.body = null
        // Expired, the fetch fails: stale keys still verify within max_stale.
        assertEquals("user-123", verifier().verifyWithCache(token, cache, fetcher, now + 700).subject)
        assertEquals(2, fetcher.calls.get())
        val error = assertThrows<TesseraException.JwksFetchFailed> {
            verifier().verifyWithCache(token, cache, fetcher, now + 600 + 3600 + 1)
        }
        assertTrue(error.detail.contains("503"), error.detail)
    }

    @Test
    fun aFetcherExceptionOfAnotherTypeIsAFetchFailure() {
        val fetcher = object : JwksFetcher {
            override fun fetch(): JwksDocument = throw IllegalStateException("socket closed")
        }
        val token = TestKey("ES256").sign(TestKey.accessTokenClaims(issuer, audience, now))
        assertThrows<TesseraException.JwksFetchFailed> {
            verifier().verifyWithCache(token, cache(), fetcher, now)
        }
    }

    @Test
    fun seededKeysAndKeysForNeedNoFetch() {
        val key = TestKey("EdDSA", kid = "seed")
        val cache = cache()
        cache.insert(JwkSet.fromJson(key.jwksJson()), now)
        val fetcher = ScriptedFetcher(null)
        val keys = cache.keysFor("seed", fetcher, now + 1)
        assertEquals("seed", keys.keys().single().kid())
        assertEquals(0, fetcher.calls.get())
        val zeroTtl = assertThrows<TesseraException.InvalidConfiguration> { JwksCache(JwksCacheOptions(ttlSecs = 0u)) }
        assertEquals("invalid_configuration", zeroTtl.code)
    }
}
