//! Just enough JOSE to judge a deployment's tokens: split a compact JWS, pick the JWK by `kid`,
//! verify the signature (RFC 7515 §5.2) with aws-lc-rs, and helpers for `at_hash`/PKCE.
//!
//! Written here rather than borrowed from tessera-core so the suite never grades our server
//! with our server's own code.

use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use aws_lc_rs::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// A compact JWS, decoded but not yet trusted.
pub struct Jws {
    pub header: Value,
    pub claims: Value,
    signing_input: String,
    signature: Vec<u8>,
}

pub fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(part: &str, what: &str) -> Result<Vec<u8>, String> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|e| format!("the {what} is not base64url without padding: {e}"))
}

pub fn decode(token: &str) -> Result<Jws, String> {
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(format!(
            "not a compact JWS: {} dot-separated parts, expected 3 (RFC 7515 §7.1)",
            parts.len()
        ));
    }
    let header: Value = serde_json::from_slice(&unb64(parts[0], "JOSE header")?)
        .map_err(|e| format!("the JOSE header is not JSON: {e}"))?;
    let claims: Value = serde_json::from_slice(&unb64(parts[1], "payload")?)
        .map_err(|e| format!("the payload is not a JSON claims set: {e}"))?;
    if !header.is_object() || !claims.is_object() {
        return Err("the header and claims must be JSON objects (RFC 7519 §7.2)".into());
    }
    Ok(Jws {
        header,
        claims,
        signing_input: format!("{}.{}", parts[0], parts[1]),
        signature: unb64(parts[2], "signature")?,
    })
}

impl Jws {
    pub fn alg(&self) -> &str {
        self.header["alg"].as_str().unwrap_or("")
    }

    /// Verifies the signature with the key of `jwks` named by the header's `kid` (or the only
    /// key, when the header has none and the set has one).
    pub fn verify(&self, jwks: &Value) -> Result<(), String> {
        let keys = jwks["keys"]
            .as_array()
            .ok_or("the JWKS has no `keys` array")?;
        let key = match self.header["kid"].as_str() {
            Some(kid) => keys
                .iter()
                .find(|k| k["kid"].as_str() == Some(kid))
                .ok_or_else(|| format!("no key with kid `{kid}` in the JWKS"))?,
            None if keys.len() == 1 => &keys[0],
            None => return Err("the token has no `kid` and the JWKS has several keys".into()),
        };
        if let Some(key_alg) = key["alg"].as_str()
            && key_alg != self.alg()
        {
            return Err(format!(
                "the token's alg {} differs from its key's alg {key_alg}",
                self.alg()
            ));
        }
        verify_with(
            self.alg(),
            key,
            self.signing_input.as_bytes(),
            &self.signature,
        )
    }
}

fn member(key: &Value, name: &str) -> Result<Vec<u8>, String> {
    let text = key[name]
        .as_str()
        .ok_or_else(|| format!("the JWK has no `{name}`"))?;
    unb64(text, &format!("JWK member `{name}`"))
}

fn verify_with(alg: &str, key: &Value, message: &[u8], sig: &[u8]) -> Result<(), String> {
    let bad = |_| format!("the {alg} signature does not verify with the JWKS key");
    match alg {
        "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => {
            let components = RsaPublicKeyComponents {
                n: member(key, "n")?,
                e: member(key, "e")?,
            };
            let params: &signature::RsaParameters = match alg {
                "RS256" => &signature::RSA_PKCS1_2048_8192_SHA256,
                "RS384" => &signature::RSA_PKCS1_2048_8192_SHA384,
                "RS512" => &signature::RSA_PKCS1_2048_8192_SHA512,
                "PS256" => &signature::RSA_PSS_2048_8192_SHA256,
                "PS384" => &signature::RSA_PSS_2048_8192_SHA384,
                _ => &signature::RSA_PSS_2048_8192_SHA512,
            };
            components.verify(params, message, sig).map_err(bad)
        }
        "ES256" | "ES384" => {
            let mut point = vec![4u8];
            point.extend(member(key, "x")?);
            point.extend(member(key, "y")?);
            let params = if alg == "ES256" {
                &signature::ECDSA_P256_SHA256_FIXED
            } else {
                &signature::ECDSA_P384_SHA384_FIXED
            };
            UnparsedPublicKey::new(params, point)
                .verify(message, sig)
                .map_err(bad)
        }
        "EdDSA" | "Ed25519" => UnparsedPublicKey::new(&signature::ED25519, member(key, "x")?)
            .verify(message, sig)
            .map_err(bad),
        "none" => Err("alg `none`: an unsigned token (RFC 7518 §3.6)".into()),
        other => Err(format!("unsupported alg `{other}`")),
    }
}

/// OIDC Core §3.1.3.6: base64url of the left half of the hash of `value`, the hash chosen by
/// the ID token's `alg` (SHA-256 for *S256, and for EdDSA with Ed25519, per OIDC Core errata).
pub fn half_hash(alg: &str, value: &str) -> Option<String> {
    let algorithm = match alg {
        "RS256" | "PS256" | "ES256" | "EdDSA" => &digest::SHA256,
        "RS384" | "PS384" | "ES384" => &digest::SHA384,
        "RS512" | "PS512" | "ES512" => &digest::SHA512,
        _ => return None,
    };
    let hash = digest::digest(algorithm, value.as_bytes());
    let bytes = hash.as_ref();
    Some(b64url(&bytes[..bytes.len() / 2]))
}

/// RFC 7636 §4.2 S256 challenge of a verifier.
pub fn s256(verifier: &str) -> String {
    b64url(digest::digest(&digest::SHA256, verifier.as_bytes()).as_ref())
}

/// A random base64url string of `bytes` random bytes (PKCE verifiers, state, nonce).
pub fn random(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The system generator only fails if the OS has no entropy source at all.
    if SystemRandom::new().fill(&mut buf).is_err() {
        buf.iter_mut().enumerate().for_each(|(i, b)| *b = i as u8);
    }
    b64url(&buf)
}

/// Seconds since the Unix epoch. The suite judges `exp`/`iat` against the clock of the
/// machine it runs on, like any relying party; there is no server clock to inject here.
#[allow(clippy::disallowed_methods)]
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7636_appendix_b_challenge() {
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn rejects_malformed_tokens() {
        assert!(decode("a.b").is_err());
        assert!(decode("e30.e30.").is_ok());
        assert!(decode("!!.e30.x").is_err());
    }
}
