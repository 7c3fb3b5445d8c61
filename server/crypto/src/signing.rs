//! Tenant signing keys: generation, public JWK export and compact JWS signing.
//!
//! Private keys travel as PKCS#8 DER (sealed by the master key at rest); the `kid` is the
//! RFC 7638 thumbprint of the public JWK, so it is stable, collision-free across tenants and
//! recomputable by anyone holding the public key.

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RSA_PKCS1_SHA256,
    RsaKeyPair,
};
use serde_json::{Map, Value};
use tessera_wire::{Jwk, SigningAlg};
use zeroize::Zeroizing;

use crate::b64url;

#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error("key generation failed")]
    Generate,
    #[error("the stored private key could not be parsed as {0}")]
    BadPrivateKey(&'static str),
    #[error("signing failed")]
    Sign,
}

/// A freshly generated key pair.
pub struct GeneratedKey {
    pub kid: String,
    pub alg: SigningAlg,
    /// PKCS#8 DER of the private key; seal it before storing.
    pub pkcs8: Zeroizing<Vec<u8>>,
    pub public_jwk: Jwk,
}

/// Generates a key pair for `alg` (RSA keys are 2048-bit, the NIST minimum through 2030).
pub fn generate(alg: SigningAlg) -> Result<GeneratedKey, SigningError> {
    let pkcs8: Zeroizing<Vec<u8>> = match alg {
        SigningAlg::ES256 => {
            let pair = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING)
                .map_err(|_| SigningError::Generate)?;
            Zeroizing::new(
                pair.to_pkcs8v1()
                    .map_err(|_| SigningError::Generate)?
                    .as_ref()
                    .to_vec(),
            )
        }
        SigningAlg::RS256 => {
            let pair =
                RsaKeyPair::generate(KeySize::Rsa2048).map_err(|_| SigningError::Generate)?;
            let der = AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair)
                .map_err(|_| SigningError::Generate)?;
            Zeroizing::new(der.as_ref().to_vec())
        }
        SigningAlg::EdDSA => {
            let doc = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
                .map_err(|_| SigningError::Generate)?;
            Zeroizing::new(doc.as_ref().to_vec())
        }
    };
    let signer = Signer::from_pkcs8(alg, String::new(), &pkcs8)?;
    let public_jwk = signer.public_jwk();
    Ok(GeneratedKey {
        kid: public_jwk.kid.clone(),
        alg,
        pkcs8,
        public_jwk,
    })
}

enum KeyMaterial {
    Es256(EcdsaKeyPair),
    Rs256(RsaKeyPair),
    EdDsa(Ed25519KeyPair),
}

/// A private key ready to sign, with its `kid`.
pub struct Signer {
    kid: String,
    key: KeyMaterial,
}

impl Signer {
    /// Loads a PKCS#8 private key. An empty `kid` is replaced by the key's thumbprint.
    pub fn from_pkcs8(alg: SigningAlg, kid: String, pkcs8: &[u8]) -> Result<Self, SigningError> {
        let key = match alg {
            SigningAlg::ES256 => KeyMaterial::Es256(
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8)
                    .map_err(|_| SigningError::BadPrivateKey("ES256"))?,
            ),
            SigningAlg::RS256 => KeyMaterial::Rs256(
                RsaKeyPair::from_pkcs8(pkcs8).map_err(|_| SigningError::BadPrivateKey("RS256"))?,
            ),
            SigningAlg::EdDSA => KeyMaterial::EdDsa(
                Ed25519KeyPair::from_pkcs8_maybe_unchecked(pkcs8)
                    .map_err(|_| SigningError::BadPrivateKey("EdDSA"))?,
            ),
        };
        let mut signer = Signer { kid, key };
        if signer.kid.is_empty() {
            signer.kid = thumbprint(&signer.public_members());
        }
        Ok(signer)
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    pub fn alg(&self) -> SigningAlg {
        match self.key {
            KeyMaterial::Es256(_) => SigningAlg::ES256,
            KeyMaterial::Rs256(_) => SigningAlg::RS256,
            KeyMaterial::EdDsa(_) => SigningAlg::EdDSA,
        }
    }

    /// The RFC 7638 required members of the public key, as `(name, value)` in
    /// lexicographic order.
    fn public_members(&self) -> Vec<(&'static str, String)> {
        match &self.key {
            KeyMaterial::Es256(pair) => {
                // Uncompressed SEC1 point: 0x04 || x (32 bytes) || y (32 bytes).
                let point = pair.public_key().as_ref();
                vec![
                    ("crv", "P-256".to_owned()),
                    ("kty", "EC".to_owned()),
                    ("x", b64url(&point[1..33])),
                    ("y", b64url(&point[33..65])),
                ]
            }
            KeyMaterial::Rs256(pair) => {
                let public = pair.public_key();
                vec![
                    (
                        "e",
                        b64url(public.exponent().big_endian_without_leading_zero()),
                    ),
                    ("kty", "RSA".to_owned()),
                    (
                        "n",
                        b64url(public.modulus().big_endian_without_leading_zero()),
                    ),
                ]
            }
            KeyMaterial::EdDsa(pair) => vec![
                ("crv", "Ed25519".to_owned()),
                ("kty", "OKP".to_owned()),
                ("x", b64url(pair.public_key().as_ref())),
            ],
        }
    }

    /// The public key as a JWK with `kid`, `use: sig` and `alg`.
    pub fn public_jwk(&self) -> Jwk {
        let mut jwk = Jwk {
            kty: String::new(),
            kid: self.kid.clone(),
            key_use: "sig".to_owned(),
            alg: self.alg().as_str().to_owned(),
            crv: None,
            x: None,
            y: None,
            n: None,
            e: None,
        };
        for (name, value) in self.public_members() {
            match name {
                "kty" => jwk.kty = value,
                "crv" => jwk.crv = Some(value),
                "x" => jwk.x = Some(value),
                "y" => jwk.y = Some(value),
                "n" => jwk.n = Some(value),
                "e" => jwk.e = Some(value),
                _ => {}
            }
        }
        jwk
    }

    /// Signs `claims` as a compact JWS with header `{alg, typ, kid}` (RFC 7515 §7.1).
    pub fn sign_jwt(&self, typ: &str, claims: &Map<String, Value>) -> Result<String, SigningError> {
        let header = serde_json::json!({ "alg": self.alg().as_str(), "typ": typ, "kid": self.kid });
        let payload = serde_json::to_vec(claims).map_err(|_| SigningError::Sign)?;
        let mut input = b64url(header.to_string().as_bytes());
        input.push('.');
        input.push_str(&b64url(&payload));
        let signature = self.sign_bytes(input.as_bytes())?;
        input.push('.');
        input.push_str(&b64url(&signature));
        Ok(input)
    }

    fn sign_bytes(&self, message: &[u8]) -> Result<Vec<u8>, SigningError> {
        let rng = SystemRandom::new();
        match &self.key {
            // FIXED signing yields the JWS form r || s (RFC 7518 §3.4), not ASN.1 DER.
            KeyMaterial::Es256(pair) => Ok(pair
                .sign(&rng, message)
                .map_err(|_| SigningError::Sign)?
                .as_ref()
                .to_vec()),
            KeyMaterial::Rs256(pair) => {
                let mut sig = vec![0u8; pair.public_modulus_len()];
                pair.sign(&RSA_PKCS1_SHA256, &rng, message, &mut sig)
                    .map_err(|_| SigningError::Sign)?;
                Ok(sig)
            }
            KeyMaterial::EdDsa(pair) => Ok(pair.sign(message).as_ref().to_vec()),
        }
    }
}

/// RFC 7638 §3: SHA-256 over the required members, lexicographically ordered, no whitespace.
fn thumbprint(members: &[(&'static str, String)]) -> String {
    let mut canonical = String::from("{");
    for (i, (name, value)) in members.iter().enumerate() {
        if i > 0 {
            canonical.push(',');
        }
        // Member values are base64url or fixed names: no character needs JSON escaping.
        canonical.push_str(&format!("\"{name}\":\"{value}\""));
    }
    canonical.push('}');
    b64url(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, canonical.as_bytes()).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::signature::{
        ECDSA_P256_SHA256_FIXED, ED25519, RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey,
    };
    use base64::Engine;

    fn decode(s: &str) -> Vec<u8> {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .unwrap()
    }

    #[test]
    fn rfc7638_example_thumbprint() {
        // RFC 7638 §3.1: the RSA key from RFC 7517 appendix A.1.
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        let members = vec![
            ("e", "AQAB".to_owned()),
            ("kty", "RSA".to_owned()),
            ("n", n.to_owned()),
        ];
        assert_eq!(
            thumbprint(&members),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    fn round_trip(alg: SigningAlg) {
        let generated = generate(alg).unwrap();
        let signer = Signer::from_pkcs8(alg, generated.kid.clone(), &generated.pkcs8).unwrap();
        assert_eq!(signer.public_jwk(), generated.public_jwk);
        let mut claims = Map::new();
        claims.insert("sub".into(), Value::from("alice"));
        let jwt = signer.sign_jwt("at+jwt", &claims).unwrap();
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: Value = serde_json::from_slice(&decode(parts[0])).unwrap();
        assert_eq!(header["alg"], alg.as_str());
        assert_eq!(header["typ"], "at+jwt");
        assert_eq!(header["kid"], generated.kid);
        let signed = format!("{}.{}", parts[0], parts[1]);
        let sig = decode(parts[2]);
        assert!(verify(&generated.public_jwk, signed.as_bytes(), &sig));
        // A changed payload must not verify: the check above is not vacuous.
        let tampered = format!("{}.{}", parts[0], b64url(b"{\"sub\":\"mallory\"}"));
        assert!(!verify(&generated.public_jwk, tampered.as_bytes(), &sig));
    }

    fn verify(jwk: &Jwk, message: &[u8], sig: &[u8]) -> bool {
        match jwk.alg.as_str() {
            "ES256" => {
                let mut point = vec![4u8];
                point.extend(decode(jwk.x.as_deref().unwrap()));
                point.extend(decode(jwk.y.as_deref().unwrap()));
                UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, point)
                    .verify(message, sig)
                    .is_ok()
            }
            "RS256" => aws_lc_rs::rsa::PublicKeyComponents {
                n: decode(jwk.n.as_deref().unwrap()),
                e: decode(jwk.e.as_deref().unwrap()),
            }
            .verify(&RSA_PKCS1_2048_8192_SHA256, message, sig)
            .is_ok(),
            "EdDSA" => UnparsedPublicKey::new(&ED25519, decode(jwk.x.as_deref().unwrap()))
                .verify(message, sig)
                .is_ok(),
            other => panic!("unexpected alg {other}"),
        }
    }

    #[test]
    fn es256_round_trip() {
        round_trip(SigningAlg::ES256);
    }

    #[test]
    fn rs256_round_trip() {
        round_trip(SigningAlg::RS256);
    }

    #[test]
    fn eddsa_round_trip() {
        round_trip(SigningAlg::EdDSA);
    }

    #[test]
    fn rejects_wrong_algorithm_material() {
        let ec = generate(SigningAlg::ES256).unwrap();
        assert!(Signer::from_pkcs8(SigningAlg::RS256, String::new(), &ec.pkcs8).is_err());
        assert!(Signer::from_pkcs8(SigningAlg::EdDSA, String::new(), &ec.pkcs8).is_err());
    }
}
