package dev.tessera.core

import com.nimbusds.jose.JOSEObjectType
import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.crypto.Ed25519Verifier
import com.nimbusds.jose.jwk.OctetKeyPair
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jose.jwk.source.ImmutableJWKSet
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier
import com.nimbusds.jose.proc.JWSVerificationKeySelector
import com.nimbusds.jose.proc.SecurityContext
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier
import com.nimbusds.jwt.SignedJWT
import com.nimbusds.jwt.proc.DefaultJWTProcessor
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test

/**
 * Verifications per second of one ES256, one RS256 and one EdDSA access token on the JVM,
 * single thread: the Kotlin binding beside nimbus-jose-jwt, the JVM incumbent, in the same
 * process. Not part of `mvn test` (the class name matches no Surefire pattern) and skipped
 * unless `-Dtessera.bench.seconds` is set: `cargo xtask bench bindings` runs it with
 * `-Dtest=VerifyBenchmark` and parses the `RESULT` lines.
 *
 * Both make the whole call a resource server makes, from a JWK Set parsed once: key by
 * `kid`, signature, `typ: at+jwt`, exact `iss`, `aud`, `exp`/`nbf` with the default skew.
 * nimbus: `DefaultJWTProcessor` with a `JWSVerificationKeySelector` over an `ImmutableJWKSet`,
 * a `DefaultJOSEObjectTypeVerifier` and a `DefaultJWTClaimsVerifier`, its documented setup
 * (for EdDSA, an `Ed25519Verifier` with the same checks: see below).
 * Rounds alternate between the two after a warm-up round each (JIT), the median is reported.
 */
class VerifyBenchmark {
    private val issuer = "https://id.tessera.example/t/acme"
    private val audience = "https://api.example.com"

    @Test
    fun verificationsPerSecond() {
        val seconds = System.getProperty("tessera.bench.seconds")?.toDoubleOrNull()
        assumeTrue(seconds != null, "set -Dtessera.bench.seconds to run the benchmark")
        val rounds = System.getProperty("tessera.bench.rounds")?.toIntOrNull() ?: 5
        val nimbusVersion = JWSAlgorithm::class.java.`package`.implementationVersion ?: "10.6"
        for (alg in listOf("ES256", "RS256", "EdDSA")) {
            val key = TestKey(alg)
            val now = System.currentTimeMillis() / 1000
            val token = key.sign(TestKey.accessTokenClaims(issuer, audience, now))

            val keys = JwkSet.fromJson(key.jwksJson())
            val verifier = JwtVerifier(
                VerifyOptions(algorithms = listOf(alg), issuer = issuer, audiences = listOf(audience), expectedType = "at+jwt"),
            )
            val tessera = { verifier.verifyWithJwks(token, keys, null).subject }

            val processor = DefaultJWTProcessor<SecurityContext>().apply {
                jwsTypeVerifier = DefaultJOSEObjectTypeVerifier(JOSEObjectType("at+jwt"))
                jwsKeySelector = JWSVerificationKeySelector(
                    JWSAlgorithm.parse(alg),
                    ImmutableJWKSet(JWKSet.parse(key.jwksJson())),
                )
                jwtClaimsSetVerifier = DefaultJWTClaimsVerifier(
                    audience,
                    JWTClaimsSet.Builder().issuer(issuer).build(),
                    setOf("exp", "sub"),
                )
            }
            // nimbus converts only EC and RSA JWKs to JCA keys for its key selectors, so an
            // OKP key never matches there; its documented Ed25519 path is an Ed25519Verifier
            // over the OctetKeyPair, with the same type and claims checks around it.
            val jwks = JWKSet.parse(key.jwksJson())
            val typeVerifier = DefaultJOSEObjectTypeVerifier<SecurityContext>(JOSEObjectType("at+jwt"))
            val claimsVerifier = DefaultJWTClaimsVerifier<SecurityContext>(
                audience,
                JWTClaimsSet.Builder().issuer(issuer).build(),
                setOf("exp", "sub"),
            )
            val nimbus: () -> String? = if (alg == "EdDSA") {
                {
                    val jwt = SignedJWT.parse(token)
                    typeVerifier.verify(jwt.header.type, null)
                    val okp = jwks.getKeyByKeyId(jwt.header.keyID) as OctetKeyPair
                    check(jwt.header.algorithm == JWSAlgorithm.EdDSA && jwt.verify(Ed25519Verifier(okp)))
                    val claims = jwt.jwtClaimsSet
                    claimsVerifier.verify(claims, null)
                    claims.subject
                }
            } else {
                { processor.process(token, null).subject }
            }

            assertEquals("user-123", tessera())
            assertEquals("user-123", nimbus())
            val subjects = listOf(
                "tessera-core (uniffi) verifyWithJwks" to tessera,
                "nimbus-jose-jwt $nimbusVersion DefaultJWTProcessor" to nimbus,
            )
            val rates = subjects.map { mutableListOf<Double>() }
            subjects.forEach { (_, op) -> rate(op, seconds!!) }
            repeat(rounds) {
                subjects.forEachIndexed { i, (_, op) -> rates[i].add(rate(op, seconds!!)) }
            }
            subjects.forEachIndexed { i, (name, _) ->
                println("RESULT\tkotlin\t$alg\t$name\t%.0f".format(rates[i].sorted()[rates[i].size / 2]))
            }
        }
    }

    /** Calls per second of `op` over about `seconds`, reading the clock every 64 calls. */
    private fun rate(op: () -> String?, seconds: Double): Double {
        val start = System.nanoTime()
        val until = start + (seconds * 1e9).toLong()
        var calls = 0L
        var sink = 0
        while (System.nanoTime() < until) {
            repeat(64) { sink += op()!!.length }
            calls += 64
        }
        check(sink > 0)
        return calls / ((System.nanoTime() - start) / 1e9)
    }
}
