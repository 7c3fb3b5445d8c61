package dev.tessera.core

import java.math.BigInteger
import java.security.KeyPair
import java.security.KeyPairGenerator
import java.security.Signature
import java.security.interfaces.ECPublicKey
import java.security.interfaces.RSAPublicKey
import java.security.spec.ECGenParameterSpec
import java.util.Base64

/**
 * Signing keys made with the JDK's own providers, to mint tokens the way another issuer
 * would: ES256 (P-256, `r || s` via SunEC's P1363 format), RS256 (2048-bit) and EdDSA
 * (Ed25519). Tests and the benchmark use them; nothing here verifies.
 */
class TestKey(val alg: String, val kid: String = "k1") {
    private val pair: KeyPair = when (alg) {
        "ES256" -> KeyPairGenerator.getInstance("EC").apply { initialize(ECGenParameterSpec("secp256r1")) }.generateKeyPair()
        "RS256" -> KeyPairGenerator.getInstance("RSA").apply { initialize(2048) }.generateKeyPair()
        "EdDSA" -> KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
        else -> error("no key for $alg")
    }

    val publicKey get() = pair.public

    /** The public JWK, with `kid`, `use` and `alg`. */
    fun jwkJson(): String {
        val members = when (val key = pair.public) {
            is ECPublicKey -> """"kty":"EC","crv":"P-256","x":"${b64(fixed(key.w.affineX, 32))}","y":"${b64(fixed(key.w.affineY, 32))}""""
            is RSAPublicKey -> """"kty":"RSA","n":"${b64(unsigned(key.modulus))}","e":"${b64(unsigned(key.publicExponent))}""""
            // X.509 SubjectPublicKeyInfo of Ed25519: a 12-byte prefix, then the 32-byte key.
            else -> """"kty":"OKP","crv":"Ed25519","x":"${b64(key.encoded.copyOfRange(12, 44))}""""
        }
        return """{$members,"kid":"$kid","use":"sig","alg":"$alg"}"""
    }

    fun jwksJson(): String = """{"keys":[${jwkJson()}]}"""

    /** A compact JWS of `claimsJson` with `typ` and this key's `kid`. */
    fun sign(claimsJson: String, typ: String = "at+jwt"): String {
        val header = """{"alg":"$alg","typ":"$typ","kid":"$kid"}"""
        val input = "${b64(header.toByteArray())}.${b64(claimsJson.toByteArray())}"
        val jca = when (alg) {
            "ES256" -> "SHA256withECDSAinP1363Format"
            "RS256" -> "SHA256withRSA"
            else -> "Ed25519"
        }
        val signature = Signature.getInstance(jca).run {
            initSign(pair.private)
            update(input.toByteArray())
            sign()
        }
        return "$input.${b64(signature)}"
    }

    companion object {
        fun b64(bytes: ByteArray): String = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)

        private fun unsigned(n: BigInteger): ByteArray = n.toByteArray().dropWhile { it == 0.toByte() }.toByteArray()

        private fun fixed(n: BigInteger, len: Int): ByteArray {
            val bytes = unsigned(n)
            return ByteArray(len - bytes.size) + bytes
        }

        /** RFC 9068 access-token claims valid around `now`. */
        fun accessTokenClaims(issuer: String, audience: String, now: Long): String =
            """{"iss":"$issuer","sub":"user-123","aud":"$audience","client_id":"app-1",""" +
                """"scope":"openid orders:read","jti":"at-1","iat":$now,"nbf":$now,"exp":${now + 3600}}"""
    }
}
