//! Tokens signed by another JOSE implementation (the `jsonwebtoken` crate) verify here, for
//! every supported algorithm, through the same call a resource server makes.

use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair,
    EcdsaSigningAlgorithm, Ed25519KeyPair, KeyPair, RsaKeyPair,
};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{EncodingKey, Header, encode};
use serde_json::json;
use tessera_core::{Algorithm, ErrorKind, Jwk, JwkSet, JwtVerifier, VerifyOptions};

const NOW: i64 = 1_767_225_600;

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn ec_key(alg: &'static EcdsaSigningAlgorithm, crv: &str) -> (EncodingKey, String) {
    let pair = EcdsaKeyPair::generate(alg).unwrap();
    let point = pair.public_key().as_ref().to_vec();
    let half = (point.len() - 1) / 2;
    let jwk = json!({
        "kty": "EC", "crv": crv, "kid": "interop",
        "x": b64(&point[1..=half]), "y": b64(&point[1 + half..]),
    });
    let pkcs8 = pair.to_pkcs8v1().unwrap();
    (EncodingKey::from_ec_der(pkcs8.as_ref()), jwk.to_string())
}

fn rsa_key() -> (EncodingKey, String) {
    let pair = RsaKeyPair::generate(KeySize::Rsa2048).unwrap();
    let public = pair.public_key();
    let jwk = json!({
        "kty": "RSA", "kid": "interop",
        "n": b64(public.modulus().big_endian_without_leading_zero()),
        "e": b64(public.exponent().big_endian_without_leading_zero()),
    });
    let der = AsDer::<Pkcs8V1Der>::as_der(&pair).unwrap();
    (
        EncodingKey::from_rsa_der(pkcs1_from_pkcs8(der.as_ref())),
        jwk.to_string(),
    )
}

/// One DER TLV: (tag, contents, rest).
fn tlv(der: &[u8]) -> (u8, &[u8], &[u8]) {
    let (len, header) = match der[1] {
        n if n < 0x80 => (usize::from(n), 2),
        0x81 => (usize::from(der[2]), 3),
        0x82 => (usize::from(der[2]) << 8 | usize::from(der[3]), 4),
        other => panic!("unexpected DER length byte {other:#x}"),
    };
    (der[0], &der[header..header + len], &der[header + len..])
}

/// jsonwebtoken wants RSA keys as PKCS#1 `RSAPrivateKey`; aws-lc exports PKCS#8, whose
/// `privateKey` OCTET STRING holds exactly that (RFC 5208 §5).
fn pkcs1_from_pkcs8(pkcs8: &[u8]) -> &[u8] {
    let (_, info, _) = tlv(pkcs8);
    let (_, _version, rest) = tlv(info);
    let (_, _algorithm, rest) = tlv(rest);
    let (tag, key, _) = tlv(rest);
    assert_eq!(tag, 0x04);
    key
}

fn ed_key() -> (EncodingKey, String) {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
    let jwk = json!({
        "kty": "OKP", "crv": "Ed25519", "kid": "interop",
        "x": b64(pair.public_key().as_ref()),
    });
    (EncodingKey::from_ed_der(pkcs8.as_ref()), jwk.to_string())
}

#[test]
fn jsonwebtoken_tokens_verify_for_every_algorithm() {
    let cases = [
        (
            jsonwebtoken::Algorithm::ES256,
            Algorithm::ES256,
            ec_key(&ECDSA_P256_SHA256_FIXED_SIGNING, "P-256"),
        ),
        (
            jsonwebtoken::Algorithm::ES384,
            Algorithm::ES384,
            ec_key(&ECDSA_P384_SHA384_FIXED_SIGNING, "P-384"),
        ),
        (jsonwebtoken::Algorithm::RS256, Algorithm::RS256, rsa_key()),
        (jsonwebtoken::Algorithm::PS256, Algorithm::PS256, rsa_key()),
        (jsonwebtoken::Algorithm::EdDSA, Algorithm::EdDSA, ed_key()),
    ];
    for (their_alg, our_alg, (encoding_key, jwk_json)) in cases {
        let mut header = Header::new(their_alg);
        header.typ = Some("at+jwt".into());
        header.kid = Some("interop".into());
        let claims = json!({
            "iss": "https://id.example", "aud": "api", "sub": "u1",
            "exp": NOW + 300, "iat": NOW, "scope": "read write",
        });
        let token = encode(&header, &claims, &encoding_key)
            .unwrap_or_else(|e| panic!("jsonwebtoken {their_alg:?}: {e}"));

        let jwks = JwkSet::from_json(&format!(r#"{{"keys":[{jwk_json}]}}"#)).unwrap();
        let mut options = VerifyOptions::access_token(
            Algorithm::ALL.iter().copied(),
            "https://id.example",
            "api",
        );
        options.required_scopes = vec!["write".into()];
        let verifier = JwtVerifier::new(options).unwrap();
        let verified = verifier
            .verify_with_jwks(&token, &jwks, NOW + 10)
            .unwrap_or_else(|e| panic!("{our_alg}: {e}"));
        assert_eq!(verified.header.alg, our_alg);
        assert_eq!(verified.claims.subject(), Some("u1"));

        // The same token an hour later is expired, and with another key it is forged.
        assert_eq!(
            verifier
                .verify_with_jwks(&token, &jwks, NOW + 3600)
                .unwrap_err()
                .kind(),
            ErrorKind::TokenExpired
        );
        let key = Jwk::from_json(&jwk_json).unwrap();
        let mut tampered = token.clone();
        tampered.insert_str(token.find('.').unwrap() + 1, "eyJ4IjoxfQ");
        assert!(verifier.verify(&tampered, &key, NOW).is_err());
    }
}
