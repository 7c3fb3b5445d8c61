package dev.tessera.core

import com.google.gson.JsonArray
import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.JsonPrimitive
import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.fail

/**
 * Runs every vector in spec/test-vectors/ through the Kotlin bindings, the same way the Rust
 * reference harness (bindings/core/tests/integration/vectors.rs) runs them through the core,
 * and asserts the same outcome: valid with the declared outputs, or the exact error code
 * carried by the exception subclass of the same name.
 */
class VectorsTest {
    private val vectorDir = File(
        System.getProperty("tessera.vectors.dir") ?: fail("set -Dtessera.vectors.dir"),
    )

    private fun files(): List<File> {
        val files = vectorDir.listFiles { f -> f.name.endsWith(".json") }?.sortedBy { it.name }
            ?: fail("no vector dir at $vectorDir")
        assertTrue(files.size >= 5, "vector files missing in $vectorDir: $files")
        return files
    }

    @TestFactory
    fun everyVectorIsDecidedAsTheCoreDecidesIt(): List<DynamicTest> = files().flatMap { file ->
        val doc = JsonParser.parseString(file.readText()).asJsonObject
        val operation = doc["operation"].asString
        val vectors = doc["vectors"].asJsonArray
        assertEquals(doc["numberOfTests"].asInt, vectors.size(), "${file.name}: numberOfTests")
        vectors.map { element ->
            val v = element.asJsonObject
            val name = "${file.name} #${v["tcId"].asInt}: ${v["comment"].asString}"
            DynamicTest.dynamicTest(name) { check(operation, v) }
        }
    }

    private fun check(operation: String, v: JsonObject) {
        val expected = v["expected"]
        val outcome = try {
            Result.success(run(operation, v["input"].asJsonObject))
        } catch (e: TesseraException) {
            Result.failure(e)
        }
        if (expected.isJsonPrimitive && expected.asString == "valid") {
            val actual = outcome.getOrElse { fail("expected valid, got ${it.message}", it) }
            v["output"]?.asJsonObject?.entrySet()?.forEach { (key, want) ->
                assertEquals(want, actual[key] ?: JsonNull.INSTANCE, "output $key")
            }
        } else {
            val code = expected.asJsonObject["error"].asString
            val error = outcome.exceptionOrNull() as? TesseraException
                ?: fail("expected error $code, got valid: ${outcome.getOrNull()}")
            assertEquals(code, codeOf(error), "error code (${error.message})")
            assertEquals(className(code), error.javaClass.simpleName, "exception class")
        }
    }

    private fun run(operation: String, input: JsonObject): JsonObject = when (operation) {
        "verify_jws" -> {
            val key = Jwk.fromJson(textOf(input["jwk"]))
            val options = JwsOptions(
                algorithms = strings(input["algorithms"]),
                criticalHeaders = strings(input["critical_headers"]),
            )
            val verified = verifyJws(input["token"].asString, key, options)
            obj("payload" to JsonPrimitive(String(verified.payload, Charsets.UTF_8)))
        }
        "verify_jws_with_jwks" -> {
            val set = JwkSet.fromJson(textOf(input["jwks"]))
            val token = input["token"].asString
            verifyJwsWithJwks(token, set, JwsOptions(algorithms = strings(input["algorithms"])))
            val header = decodeHeader(token)
            val selected = set.select(header.kid, header.alg)
            obj(
                "kid" to (selected.kid()?.let(::JsonPrimitive) ?: JsonNull.INSTANCE),
                "keys" to JsonPrimitive(set.len().toLong()),
                "skipped" to JsonPrimitive(set.skippedCount().toLong()),
            )
        }
        "parse_jwk" -> {
            val jwk = Jwk.fromJson(textOf(input["jwk"]))
            obj(
                "thumbprint" to JsonPrimitive(jwk.thumbprint()),
                "kty" to JsonPrimitive(jwk.kty()),
                "rsa_bits" to (jwk.rsaBits()?.let { JsonPrimitive(it.toLong()) } ?: JsonNull.INSTANCE),
            )
        }
        "verify_jwt" -> {
            val o = input["options"].asJsonObject
            val verifier = JwtVerifier(
                VerifyOptions(
                    algorithms = strings(o["algorithms"]),
                    issuer = o["issuer"]?.asString,
                    audiences = strings(o["audiences"]),
                    leewaySecs = o["leeway_secs"]?.asLong?.toUInt(),
                    expectedType = o["expected_type"]?.asString,
                    requireExp = o["require_exp"]?.asBoolean ?: true,
                    requiredClaims = strings(o["required_claims"]),
                    requiredScopes = strings(o["required_scopes"]),
                    requiredPermissions = strings(o["required_permissions"]),
                ),
            )
            val key = Jwk.fromJson(textOf(input["jwk"]))
            val verified = verifier.verify(input["token"].asString, key, input["now"].asLong)
            obj("sub" to (verified.subject?.let(::JsonPrimitive) ?: JsonNull.INSTANCE))
        }
        "verify_dpop_proof" -> runDpop(input)
        else -> fail("unknown operation $operation")
    }

    private fun runDpop(input: JsonObject): JsonObject {
        val o = input["options"]?.asJsonObject
        val verifier = DpopVerifier(
            DpopOptions(
                algorithms = o?.get("algorithms")?.let(::strings),
                maxAgeSecs = o?.get("max_age_secs")?.asLong?.toUInt(),
                leewaySecs = o?.get("leeway_secs")?.asLong?.toUInt(),
            ),
        )
        val method = input["method"].asString
        val url = input["url"].asString
        val now = input["now"].asLong
        // Prior proofs fill the replay cache; they must verify.
        for (prior in strings(input["prior_proofs"])) {
            verifier.verify(prior, DpopRequest(method = method, url = url), now)
        }
        val request = DpopRequest(
            method = method,
            url = url,
            accessToken = input["access_token"]?.asString,
            nonce = input["nonce"]?.asString,
        )
        val proof = input["proof"].asString
        val claims = input["token_claims"]
        val verified = if (claims != null && claims.isJsonObject) {
            verifier.verifyForToken(proof, request, claims.toString(), now)
        } else {
            verifier.verify(proof, request, now)
        }
        return obj("jkt" to JsonPrimitive(verified.jkt))
    }

    /** Every core error kind has an exception subclass of its own, and nothing more. */
    @Test
    fun everyErrorCodeHasItsOwnExceptionClass() {
        val classes = TesseraException::class.java.declaredClasses
            .filter { TesseraException::class.java.isAssignableFrom(it) }
            .map { it.simpleName }
            .toSet()
        val codes = errorCodes()
        assertTrue(codes.size >= 44, "the core has at least the 44 kinds of its first release")
        assertEquals(codes.map(::className).toSet() + "Other", classes)
    }

    @Test
    fun errorsCarryTheirCodeAndDetail() {
        val verifier = JwtVerifier(VerifyOptions(algorithms = listOf("ES256")))
        val key = Jwk.fromJson(P256_JWK)
        val e = try {
            verifier.verify("not-a-token", key, null)
            fail("a malformed token verified")
        } catch (e: TesseraException.MalformedToken) {
            e
        }
        assertEquals("malformed_token", e.code)
        assertTrue(e.detail.isNotEmpty())
        assertTrue(e.message!!.contains("malformed_token"))
    }

    @Test
    fun badOptionsAreAConfigurationError() {
        try {
            JwtVerifier(VerifyOptions(algorithms = listOf("ES256"), leewaySecs = 301u))
            fail("leeway over 300 s accepted")
        } catch (e: TesseraException.InvalidConfiguration) {
            assertEquals("invalid_configuration", e.code)
        }
        try {
            JwtVerifier(VerifyOptions(algorithms = listOf("HS256")))
            fail("HS256 accepted in an allow-list")
        } catch (e: TesseraException) {
            assertTrue(codeOf(e) in setOf("alg_confusion", "unsupported_algorithm"), codeOf(e))
        }
    }

    @Test
    fun helpersMatchTheRfcs() {
        // RFC 7638 §3.1 example thumbprint.
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", jwkThumbprint(RFC7638_JWK))
        assertEquals("https://server.example.com/token", normalizeHtu("HTTPS://Server.Example.COM:443/token?x=1"))
        // SHA-256 of "abc", base64url: the ath of an access token "abc".
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", accessTokenHash("abc"))
        assertTrue(unixNow() > 1_700_000_000L)
    }

    private companion object {
        const val P256_JWK = """{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"""
        const val RFC7638_JWK = """{"kty":"RSA","e":"AQAB","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"}"""

        /** `token_expired` -> `TokenExpired`: the exception subclass for a code. */
        fun className(code: String): String =
            code.split('_').joinToString("") { part -> part.replaceFirstChar { it.uppercaseChar() } }

        /** The `code` field every subclass carries. */
        fun codeOf(e: TesseraException): String =
            e.javaClass.getMethod("getCode").invoke(e) as String

        /** A JSON document given as its text (a JSON string) or as the value itself. */
        fun textOf(v: JsonElement): String =
            if (v.isJsonPrimitive && v.asJsonPrimitive.isString) v.asString else v.toString()

        fun strings(v: JsonElement?): List<String> =
            (v as? JsonArray)?.map { it.asString } ?: emptyList()

        fun obj(vararg members: Pair<String, JsonElement>): JsonObject =
            JsonObject().apply { members.forEach { (k, v) -> add(k, v) } }
    }
}
