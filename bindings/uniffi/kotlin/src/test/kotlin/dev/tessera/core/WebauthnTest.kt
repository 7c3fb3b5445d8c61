package dev.tessera.core

import com.google.gson.JsonParser
import java.io.ByteArrayOutputStream
import java.nio.ByteBuffer
import java.security.KeyPair
import java.security.KeyPairGenerator
import java.security.MessageDigest
import java.security.Signature
import java.security.interfaces.ECPublicKey
import java.security.spec.ECGenParameterSpec
import java.util.Base64
import java.util.UUID
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * Passkey ceremonies through the Kotlin binding, against a software authenticator written
 * here from the WebAuthn Level 3 data formats (§6.1 authenticator data, §6.5 attestation
 * object with the "none" format, RFC 9052 COSE EC2 keys, §6.3.3 assertion signatures over
 * authenticatorData || SHA-256(clientDataJSON)). The JSON it produces is what a browser's
 * `PublicKeyCredential.toJSON()` sends.
 */
class WebauthnTest {
    private val rpId = "app.example.com"
    private val origin = "https://app.example.com"
    private val now = 1_800_000_000L

    private fun relyingParty(timeoutSecs: UInt? = null) =
        WebauthnRelyingParty(WebauthnConfig(rpId = rpId, origins = listOf(origin), rpName = "Acme", timeoutSecs = timeoutSecs))

    @Test
    fun registersThenSignsInAndUpdatesTheCounter() {
        val rp = relyingParty()
        val authenticator = SoftAuthenticator(rpId, origin)
        val user = WebauthnUser(UUID.randomUUID().toString(), "ada@example.com", "Ada")

        val registration = rp.startRegistration(user, emptyList(), now)
        assertEquals(now + 300, registration.expiresAt)
        val credential = rp.finishRegistration(authenticator.create(registration.challengeJson), registration.stateJson, now + 5)
        assertEquals(SoftAuthenticator.b64(authenticator.credentialId), credential.credentialId)

        val signIn = rp.startAuthentication(listOf(credential.credentialJson), now + 10)
        authenticator.counter = 7
        val outcome = rp.finishAuthentication(authenticator.get(signIn.challengeJson), signIn.stateJson, now + 12)
        assertEquals(credential.credentialId, outcome.credentialId())
        assertTrue(outcome.userVerified())
        assertEquals(7u, outcome.counter())
        assertTrue(outcome.needsUpdate())
        val updated = outcome.updateCredential(credential.credentialJson)
        assertNotNull(updated)
        // Applying the same outcome again changes nothing.
        assertNull(outcome.updateCredential(updated!!))
    }

    @Test
    fun refusesAForgedAssertionAReplayedStateAndAnExpiredCeremony() {
        val rp = relyingParty(timeoutSecs = 60u)
        val authenticator = SoftAuthenticator(rpId, origin)
        val user = WebauthnUser(UUID.randomUUID().toString(), "bob@example.com", "Bob")
        val registration = rp.startRegistration(user, emptyList(), now)
        val credential = rp.finishRegistration(authenticator.create(registration.challengeJson), registration.stateJson, now)

        // Another authenticator claiming the same credential id: the signature does not verify.
        val signIn = rp.startAuthentication(listOf(credential.credentialJson), now)
        val impostor = SoftAuthenticator(rpId, origin, credentialId = authenticator.credentialId)
        val forged = assertThrows<WebauthnException.CeremonyFailed> {
            rp.finishAuthentication(impostor.get(signIn.challengeJson), signIn.stateJson, now)
        }
        assertEquals("webauthn_ceremony_failed", forged.code)

        // The answer to one challenge does not finish another ceremony.
        val other = rp.startAuthentication(listOf(credential.credentialJson), now)
        assertThrows<WebauthnException.CeremonyFailed> {
            rp.finishAuthentication(authenticator.get(signIn.challengeJson), other.stateJson, now)
        }

        val expired = assertThrows<WebauthnException.CeremonyExpired> {
            rp.finishAuthentication(authenticator.get(other.challengeJson), other.stateJson, now + 61)
        }
        assertEquals("webauthn_ceremony_expired", expired.code)

        // A state started by another relying party (tenant) is refused before any crypto.
        val elsewhere = WebauthnRelyingParty(WebauthnConfig(rpId = "other.example.org", origins = listOf("https://other.example.org")))
        assertThrows<WebauthnException.StateMismatch> {
            elsewhere.finishAuthentication(authenticator.get(other.challengeJson), other.stateJson, now)
        }
    }

    @Test
    fun badInputIsTyped() {
        assertThrows<WebauthnException.InvalidConfiguration> {
            WebauthnRelyingParty(WebauthnConfig(rpId = rpId, origins = emptyList()))
        }
        val rp = relyingParty()
        val badUser = assertThrows<WebauthnException.InvalidInput> {
            rp.startRegistration(WebauthnUser("not-a-uuid", "x", "x"), emptyList(), now)
        }
        assertEquals("webauthn_invalid_input", badUser.code)
        assertThrows<WebauthnException.InvalidState> { rp.startAuthentication(listOf("{}"), now) }
        val start = rp.startRegistration(WebauthnUser(UUID.randomUUID().toString(), "c", "C"), emptyList(), now)
        assertThrows<WebauthnException.InvalidInput> { rp.finishRegistration("{\"id\":1}", start.stateJson, now) }
        assertFalse(start.challengeJson.isEmpty())
    }
}

/** A CTAP2-like authenticator in memory: one P-256 credential, user present and verified. */
class SoftAuthenticator(
    private val rpId: String,
    private val origin: String,
    val credentialId: ByteArray = ByteArray(16).also { java.security.SecureRandom().nextBytes(it) },
) {
    private val keys: KeyPair = KeyPairGenerator.getInstance("EC")
        .apply { initialize(ECGenParameterSpec("secp256r1")) }.generateKeyPair()
    var counter = 0

    /** The registration response to `navigator.credentials.create(challengeJson)`. */
    fun create(challengeJson: String): String {
        val challenge = challengeOf(challengeJson)
        val clientData = clientData("webauthn.create", challenge)
        val point = keys.public as ECPublicKey
        val coseKey = Cbor().map(5)
            .int(1).int(2) // kty: EC2
            .int(3).int(-7) // alg: ES256
            .int(-1).int(1) // crv: P-256
            .int(-2).bytes(fixed32(point.w.affineX.toByteArray()))
            .int(-3).bytes(fixed32(point.w.affineY.toByteArray()))
            .done()
        val attested = ByteArray(16) + ByteBuffer.allocate(2).putShort(credentialId.size.toShort()).array() + credentialId + coseKey
        // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
        val authData = rpIdHash() + byteArrayOf(0x45) + ByteBuffer.allocate(4).putInt(counter).array() + attested
        val attestationObject = Cbor().map(3)
            .text("fmt").text("none")
            .text("attStmt").map(0)
            .text("authData").bytes(authData)
            .done()
        return """{"id":"${b64(credentialId)}","rawId":"${b64(credentialId)}","type":"public-key",""" +
            """"response":{"attestationObject":"${b64(attestationObject)}","clientDataJSON":"${b64(clientData)}"},""" +
            """"extensions":{}}"""
    }

    /** The assertion for `navigator.credentials.get(challengeJson)`. */
    fun get(challengeJson: String): String {
        val clientData = clientData("webauthn.get", challengeOf(challengeJson))
        val authData = rpIdHash() + byteArrayOf(0x05) + ByteBuffer.allocate(4).putInt(counter).array()
        val signature = Signature.getInstance("SHA256withECDSA").run {
            initSign(keys.private)
            update(authData + sha256(clientData))
            sign()
        }
        return """{"id":"${b64(credentialId)}","rawId":"${b64(credentialId)}","type":"public-key",""" +
            """"response":{"authenticatorData":"${b64(authData)}","clientDataJSON":"${b64(clientData)}",""" +
            """"signature":"${b64(signature)}","userHandle":null},"extensions":{}}"""
    }

    private fun challengeOf(json: String): String =
        JsonParser.parseString(json).asJsonObject["publicKey"].asJsonObject["challenge"].asString

    private fun clientData(type: String, challenge: String): ByteArray =
        """{"type":"$type","challenge":"$challenge","origin":"$origin","crossOrigin":false}""".toByteArray()

    private fun rpIdHash() = sha256(rpId.toByteArray())

    companion object {
        fun b64(bytes: ByteArray): String = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
        fun sha256(bytes: ByteArray): ByteArray = MessageDigest.getInstance("SHA-256").digest(bytes)
        private fun fixed32(bytes: ByteArray): ByteArray {
            val trimmed = bytes.dropWhile { it == 0.toByte() }.toByteArray()
            return ByteArray(32 - trimmed.size) + trimmed
        }
    }
}

/** The few CBOR (RFC 8949) items the authenticator writes: ints, bytes, text, maps. */
class Cbor {
    private val out = ByteArrayOutputStream()

    private fun head(major: Int, value: Long): Cbor {
        val m = major shl 5
        when {
            value < 24 -> out.write(m or value.toInt())
            value < 0x100 -> { out.write(m or 24); out.write(value.toInt()) }
            value < 0x10000 -> { out.write(m or 25); out.write((value shr 8).toInt()); out.write(value.toInt() and 0xff) }
            else -> { out.write(m or 26); out.write(ByteBuffer.allocate(4).putInt(value.toInt()).array()) }
        }
        return this
    }

    fun int(v: Int): Cbor = if (v >= 0) head(0, v.toLong()) else head(1, (-1 - v).toLong())
    fun bytes(b: ByteArray): Cbor = head(2, b.size.toLong()).also { out.write(b) }
    fun text(s: String): Cbor = s.toByteArray().let { head(3, it.size.toLong()); out.write(it); this }
    fun map(pairs: Int): Cbor = head(5, pairs.toLong())
    fun done(): ByteArray = out.toByteArray()
}
