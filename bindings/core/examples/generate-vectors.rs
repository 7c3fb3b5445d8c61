//! Writes the shared test vectors in `spec/test-vectors/`.
//!
//! ```text
//! cargo run -p tessera-core --example generate-vectors
//! ```
//!
//! Every key is fixed (RFC example keys where they exist, otherwise key material committed
//! below), so RS256 and EdDSA outputs are identical on every run. ECDSA and RSA-PSS
//! signatures are randomised, so ES256/ES384/PS256 tokens change whenever this is rerun:
//! the committed files are the reference, and `tests/integration/vectors.rs` checks that
//! the core decides each committed vector exactly as its `expected` says. The RFC tokens
//! are copied verbatim from the RFCs, not produced here.
//!
//! The generator deliberately does not use `tessera-core` to compute expectations or
//! thumbprints: the expected results come from how each vector was built.

// A development tool: failing loudly on a broken constant is the right behaviour here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use aws_lc_rs::digest::{SHA256, digest};
use aws_lc_rs::hmac;
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::{KeyPairComponents, PublicKeyComponents};
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_ASN1_SIGNING, ECDSA_P256_SHA256_FIXED_SIGNING,
    ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair, EcdsaSigningAlgorithm, Ed25519KeyPair,
    RSA_PKCS1_SHA256, RSA_PSS_SHA256, RsaEncoding, RsaKeyPair,
};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use num_bigint::BigUint;
use serde::Serialize;
use serde_json::{Value, json};

/// 2026-01-01T00:00:00Z: "now" for every generated vector.
const NOW: i64 = 1_767_225_600;
const ISS: &str = "https://id.tessera.example/t/acme";
const AUD: &str = "https://api.example.com";
const TOKEN_URL: &str = "https://server.example.com/token";
const RESOURCE_URL: &str = "https://api.example.com/orders";

// --- RFC 7515 appendix A.3 / RFC 7517: the P-256 key ---
const EC_X: &str = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const EC_Y: &str = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
const EC_D: &str = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";

// --- RFC 7515 appendix A.2: the 2048-bit RSA key ---
const RSA_N: &str = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
const RSA_E: &str = "AQAB";
const RSA_D: &str = "Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ";
const RSA_P: &str = "4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_Py5PJdTJNPY8cQn7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-y2XDwGUc";
const RSA_Q: &str = "uQPEfgmVtjL0Uyyx88GZFF1fOunH3-7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_YwD66t62wDmpe_HlB-TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc";
const RSA_DP: &str = "BwKfV3Akq5_MFZDFZCnW-wzl-CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-FOKnu1R6HsJeDCjn12Sk3vmAktV2zb34MCdy7cpdTh_YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0";
const RSA_DQ: &str = "h_96-mK1R_7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaHF-NKJnwgjMd2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU";
const RSA_QI: &str = "IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-ZQwVK0JKSHuLFkuQ3U";

// --- RFC 7517 appendix A.1: the RSA key of the RFC 7638 §3.1 thumbprint example ---
const RFC7638_N: &str = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

// --- RFC 8037 appendix A.1: the Ed25519 key ---
const ED_D: &str = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
const ED_X: &str = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

// --- Generated once for these vectors (test keys, never used elsewhere) ---
const P384_D: &str = "VlLBgb72bJ3heiIX5DiyK4kJpmZCh9Qnqa8QTvGw_7NmvNQCrwODUN_G8kQShV7Z";
const P384_X: &str = "9CAkPkd-y2uBJcl6o4aTjoYQawWKZIcSKz_Ox5-aO7WdrXRPUCEknBpIMk6BiVat";
const P384_Y: &str = "ZisUVx8jfznH7T4UvX-npFU8wV0hBcRNhlOrpqc4GJyYSIp_dmoLhpC2DXuDaez_";
/// The DPoP client's P-256 key (also "some other key" in JWS vectors).
const CLIENT_D: &str = "0_7jhz1FoAcfJ1sjgvoYtiJu3_vPbK9K52KZ5tkguxM";
const CLIENT_X: &str = "__d2i0TYbbLRCXq5lHPvXG4yz-eVxjwRTBGd-hdEgU8";
const CLIENT_Y: &str = "wlzrySAXyO_puZDGfC6eCKu11CxEU-2_ymC341z6iqU";
/// A 1024-bit RSA key, which verifiers must refuse (RFC 7518 §3.3).
const SMALL_N: &str = "vIaOwjqXnLeTJxrgnIguvzIJZKGsq2bU6uVaKymkB2V5b8e37JD0fGmEE9aDVvOwsLenAozGv36GbnDsyo3t2YmSfL1txNBFGnQR_Z8IIcUjajlZufK2FrCC-2LB7ADUsMN-11Xq8jzee5a2ItrMEmagN6UDwYBoRI9oDZy4LVE";
const SMALL_D: &str = "DpiUYPFMX7POzs5D6ZqZk-_5zjK-PZ7-iRksu_7DVldC6aaa1NP8Oc2pjiejj43adjQh2A6yLI1NNyvDCYOnkHgD7F6ceSULxnYF6q5BuvfdXM2MCSat8kHb4A3v50fLNouZYzUvz7F-aqigtiFEtHBDhZQPPCIheK0diG3MI-E";

// --- Tokens quoted from the RFCs ---
const RFC7515_PAYLOAD_B64: &str = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const RFC7515_A1_HS256: &str = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const RFC7515_A2_SIG: &str = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const RFC7515_A3_SIG: &str =
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const RFC7515_A4_ES512: &str = "eyJhbGciOiJFUzUxMiJ9.UGF5bG9hZA.AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZqwqT2SI-KGDKB34XO0aw_7XdtAG8GaSwFKdCAPZgoXD2YBJZCPEX3xKpRwcdOO8KpEHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn";
const RFC7515_A5_NONE: &str = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.";
const RFC8037_A4: &str = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
/// RFC 8037 appendix A.3: the thumbprint of the A.1 key.
const RFC8037_A3_THUMBPRINT: &str = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
/// RFC 7638 §3.1.
const RFC7638_THUMBPRINT: &str = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

/// The order of the P-256 group, for deriving high-S signatures.
const P256_ORDER_HEX: &str = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(s: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(s).unwrap()
}

fn point(x: &str, y: &str) -> Vec<u8> {
    let mut p = vec![4u8];
    p.extend(unb64(x));
    p.extend(unb64(y));
    p
}

fn ec_pair(alg: &'static EcdsaSigningAlgorithm, d: &str, x: &str, y: &str) -> EcdsaKeyPair {
    EcdsaKeyPair::from_private_key_and_public_key(alg, &unb64(d), &point(x, y)).unwrap()
}

struct Keys {
    es256: EcdsaKeyPair,
    es256_der: EcdsaKeyPair,
    es384: EcdsaKeyPair,
    client: EcdsaKeyPair,
    client_der: EcdsaKeyPair,
    rsa: RsaKeyPair,
    ed: Ed25519KeyPair,
}

impl Keys {
    fn load() -> Keys {
        let rsa = RsaKeyPair::from_components(&KeyPairComponents {
            public_key: PublicKeyComponents {
                n: unb64(RSA_N),
                e: unb64(RSA_E),
            },
            d: unb64(RSA_D),
            p: unb64(RSA_P),
            q: unb64(RSA_Q),
            dP: unb64(RSA_DP),
            dQ: unb64(RSA_DQ),
            qInv: unb64(RSA_QI),
        })
        .unwrap();
        Keys {
            es256: ec_pair(&ECDSA_P256_SHA256_FIXED_SIGNING, EC_D, EC_X, EC_Y),
            es256_der: ec_pair(&ECDSA_P256_SHA256_ASN1_SIGNING, EC_D, EC_X, EC_Y),
            es384: ec_pair(&ECDSA_P384_SHA384_FIXED_SIGNING, P384_D, P384_X, P384_Y),
            client: ec_pair(
                &ECDSA_P256_SHA256_FIXED_SIGNING,
                CLIENT_D,
                CLIENT_X,
                CLIENT_Y,
            ),
            client_der: ec_pair(
                &ECDSA_P256_SHA256_ASN1_SIGNING,
                CLIENT_D,
                CLIENT_X,
                CLIENT_Y,
            ),
            rsa,
            ed: Ed25519KeyPair::from_seed_and_public_key(&unb64(ED_D), &unb64(ED_X)).unwrap(),
        }
    }

    fn ec(pair: &EcdsaKeyPair, input: &[u8]) -> Vec<u8> {
        pair.sign(&SystemRandom::new(), input)
            .unwrap()
            .as_ref()
            .to_vec()
    }

    fn rsa_sign(&self, encoding: &'static dyn RsaEncoding, input: &[u8]) -> Vec<u8> {
        let mut sig = vec![0u8; self.rsa.public_modulus_len()];
        self.rsa
            .sign(encoding, &SystemRandom::new(), input, &mut sig)
            .unwrap();
        sig
    }

    /// Signs `input` as the header's `alg` says, with this file's key for that algorithm.
    fn sign_for(&self, alg: &str, input: &[u8]) -> Vec<u8> {
        match alg {
            "ES256" => Keys::ec(&self.es256, input),
            "ES384" => Keys::ec(&self.es384, input),
            "RS256" => self.rsa_sign(&RSA_PKCS1_SHA256, input),
            "PS256" => self.rsa_sign(&RSA_PSS_SHA256, input),
            "EdDSA" => self.ed.sign(input).as_ref().to_vec(),
            other => panic!("no key for {other}"),
        }
    }
}

/// RSASSA-PKCS1-v1_5 with SHA-256 by hand (RFC 8017 §8.2.1), for the 1024-bit key that
/// aws-lc refuses to sign with.
fn small_rsa_rs256(input: &[u8]) -> Vec<u8> {
    const DIGEST_INFO: [u8; 19] = [
        0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01,
        0x05, 0x00, 0x04, 0x20,
    ];
    let n = BigUint::from_bytes_be(&unb64(SMALL_N));
    let d = BigUint::from_bytes_be(&unb64(SMALL_D));
    let k = unb64(SMALL_N).len();
    let mut em = vec![0x00, 0x01];
    em.extend(std::iter::repeat_n(0xff, k - 3 - DIGEST_INFO.len() - 32));
    em.push(0x00);
    em.extend(DIGEST_INFO);
    em.extend(digest(&SHA256, input).as_ref());
    let s = BigUint::from_bytes_be(&em).modpow(&d, &n).to_bytes_be();
    let mut out = vec![0u8; k - s.len()];
    out.extend(s);
    out
}

/// (r, s) -> (r, n - s): the other valid ECDSA signature of the same message.
fn high_s(sig: &[u8]) -> Vec<u8> {
    let order = BigUint::parse_bytes(P256_ORDER_HEX.as_bytes(), 16).unwrap();
    let s = BigUint::from_bytes_be(&sig[32..]);
    let flipped = (&order - s).to_bytes_be();
    let mut out = sig[..32].to_vec();
    out.extend(std::iter::repeat_n(0u8, 32 - flipped.len()));
    out.extend(flipped);
    out
}

fn thumbprint(canonical: &str) -> String {
    b64(digest(&SHA256, canonical.as_bytes()).as_ref())
}

fn ec_jwk() -> Value {
    json!({"kty": "EC", "crv": "P-256", "x": EC_X, "y": EC_Y})
}

fn p384_jwk() -> Value {
    json!({"kty": "EC", "crv": "P-384", "x": P384_X, "y": P384_Y})
}

fn client_jwk() -> Value {
    json!({"kty": "EC", "crv": "P-256", "x": CLIENT_X, "y": CLIENT_Y})
}

fn client_thumbprint() -> String {
    thumbprint(&format!(
        r#"{{"crv":"P-256","kty":"EC","x":"{CLIENT_X}","y":"{CLIENT_Y}"}}"#
    ))
}

fn rsa_jwk() -> Value {
    json!({"kty": "RSA", "n": RSA_N, "e": RSA_E})
}

fn ed_jwk() -> Value {
    json!({"kty": "OKP", "crv": "Ed25519", "x": ED_X})
}

fn small_rsa_jwk() -> Value {
    json!({"kty": "RSA", "n": SMALL_N, "e": "AQAB"})
}

/// `base` with the members of `extra` added or replaced (a `null` removes the member).
fn with(base: &Value, extra: Value) -> Value {
    let mut out = base.clone();
    let (Some(map), Value::Object(extra)) = (out.as_object_mut(), extra) else {
        panic!("with() needs objects");
    };
    for (k, v) in extra {
        if v.is_null() {
            map.remove(&k);
        } else {
            map.insert(k, v);
        }
    }
    out
}

/// The compact serialisation of `header` and `payload` with the signature `sign` makes.
fn compact(header: &Value, payload: &[u8], sign: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let input = format!("{}.{}", b64(header.to_string().as_bytes()), b64(payload));
    let sig = sign(input.as_bytes());
    format!("{input}.{}", b64(&sig))
}

/// A token signed with this file's key for the header's `alg`.
fn signed(keys: &Keys, header: &Value, payload: &[u8]) -> String {
    let alg = header["alg"].as_str().unwrap().to_owned();
    compact(header, payload, |i| keys.sign_for(&alg, i))
}

fn jwt(keys: &Keys, header: &Value, claims: &Value) -> String {
    signed(keys, header, claims.to_string().as_bytes())
}

/// Replaces the signature part of a compact token.
fn resign(token: &str, sig: &str) -> String {
    let cut = token.rfind('.').unwrap();
    format!("{}.{sig}", &token[..cut])
}

fn signature_of(token: &str) -> Vec<u8> {
    unb64(&token[token.rfind('.').unwrap() + 1..])
}

enum Expected {
    Valid,
    Error(&'static str),
}

/// One vector, serialised with its members in reading order (tcId first, as Wycheproof).
#[derive(Serialize)]
struct Vector {
    #[serde(rename = "tcId")]
    tc_id: usize,
    comment: String,
    flags: Vec<String>,
    input: Value,
    expected: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    output: Option<Value>,
}

#[derive(Serialize)]
struct Document<'a> {
    topic: &'a str,
    description: &'a str,
    schema: &'a str,
    operation: &'a str,
    generator: &'a str,
    #[serde(rename = "numberOfTests")]
    number_of_tests: usize,
    vectors: &'a [Vector],
}

struct VectorFile {
    topic: &'static str,
    description: &'static str,
    operation: &'static str,
    vectors: Vec<Vector>,
}

impl VectorFile {
    fn new(topic: &'static str, description: &'static str, operation: &'static str) -> Self {
        VectorFile {
            topic,
            description,
            operation,
            vectors: Vec::new(),
        }
    }

    fn add(&mut self, comment: &str, input: Value, expected: Expected, flags: &[&str]) {
        self.add_with_output(comment, input, expected, flags, None);
    }

    fn add_with_output(
        &mut self,
        comment: &str,
        input: Value,
        expected: Expected,
        flags: &[&str],
        output: Option<Value>,
    ) {
        let expected = match expected {
            Expected::Valid => json!("valid"),
            Expected::Error(code) => json!({ "error": code }),
        };
        self.vectors.push(Vector {
            tc_id: self.vectors.len() + 1,
            comment: comment.to_owned(),
            flags: flags.iter().map(|f| (*f).to_owned()).collect(),
            input,
            expected,
            output,
        });
    }

    fn write(&self, dir: &Path) {
        let doc = Document {
            topic: self.topic,
            description: self.description,
            schema: "tessera-vectors/1",
            operation: self.operation,
            generator: "cargo run -p tessera-core --example generate-vectors",
            number_of_tests: self.vectors.len(),
            vectors: &self.vectors,
        };
        let path = dir.join(format!("{}.json", self.topic));
        let shown = format!("spec/test-vectors/{}.json", self.topic);
        let mut text = serde_json::to_string_pretty(&doc).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        println!("wrote {shown} ({} vectors)", self.vectors.len());
    }
}

const ALL_ALGS: [&str; 5] = ["ES256", "ES384", "RS256", "PS256", "EdDSA"];

fn jws_input(token: &str, jwk: &Value, algorithms: &[&str]) -> Value {
    json!({ "token": token, "jwk": jwk, "algorithms": algorithms })
}

fn jws_vectors(keys: &Keys) -> VectorFile {
    let mut f = VectorFile::new(
        "jws",
        "JWS compact serialisation: structure, algorithm policy, crit, keys and signatures",
        "verify_jws",
    );
    let es = json!({"alg": "ES256"});
    let payload = br#"{"sub":"alice"}"#;
    let es_token = signed(keys, &es, payload);

    // --- RFC examples, verbatim ---
    let a3 = format!("eyJhbGciOiJFUzI1NiJ9.{RFC7515_PAYLOAD_B64}.{RFC7515_A3_SIG}");
    f.add_with_output(
        "RFC 7515 A.3: ES256",
        jws_input(&a3, &ec_jwk(), &["ES256"]),
        Expected::Valid,
        &["rfc7515-a.3"],
        Some(json!({"payload": "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"})),
    );
    let a2 = format!("eyJhbGciOiJSUzI1NiJ9.{RFC7515_PAYLOAD_B64}.{RFC7515_A2_SIG}");
    f.add(
        "RFC 7515 A.2: RS256",
        jws_input(&a2, &rsa_jwk(), &["RS256"]),
        Expected::Valid,
        &["rfc7515-a.2"],
    );
    f.add_with_output(
        "RFC 8037 A.4: EdDSA over a non-JSON payload",
        jws_input(RFC8037_A4, &ed_jwk(), &["EdDSA"]),
        Expected::Valid,
        &["rfc8037-a.4"],
        Some(json!({"payload": "Example of Ed25519 signing"})),
    );
    f.add(
        "RFC 7515 A.3 with the last signature character changed (Q -> A)",
        jws_input(
            &resign(&a3, &RFC7515_A3_SIG.replace("NU1Q", "NU1A")),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("invalid_signature"),
        &["rfc7515-a.3", "modified-signature"],
    );
    f.add(
        "RFC 7515 A.2 RS256 token with the A.3 P-256 key",
        jws_input(&a2, &ec_jwk(), &["RS256", "ES256"]),
        Expected::Error("key_type_mismatch"),
        &["rfc7515-a.2", "key-mismatch"],
    );
    f.add(
        "RFC 7515 A.1: an HS256 token presented to a public-key verifier",
        jws_input(RFC7515_A1_HS256, &rsa_jwk(), &["RS256"]),
        Expected::Error("alg_confusion"),
        &["rfc7515-a.1", "alg-confusion"],
    );
    f.add(
        "RFC 7515 A.4: ES512 is not supported",
        jws_input(RFC7515_A4_ES512, &ec_jwk(), &["ES256"]),
        Expected::Error("unsupported_algorithm"),
        &["rfc7515-a.4"],
    );
    f.add(
        "RFC 7515 A.5: unsecured JWS (alg none)",
        jws_input(RFC7515_A5_NONE, &ec_jwk(), &["ES256"]),
        Expected::Error("alg_none"),
        &["rfc7515-a.5", "alg-none"],
    );
    f.add(
        "RFC 8037 A.4 with the EdDSA algorithm left out of the allow-list",
        jws_input(RFC8037_A4, &ed_jwk(), &["ES256", "RS256"]),
        Expected::Error("algorithm_not_allowed"),
        &["rfc8037-a.4", "allow-list"],
    );

    // --- Every algorithm, generated ---
    for (alg, jwk) in [
        ("ES256", ec_jwk()),
        ("ES384", p384_jwk()),
        ("RS256", rsa_jwk()),
        ("PS256", rsa_jwk()),
        ("EdDSA", ed_jwk()),
    ] {
        let token = signed(keys, &json!({"alg": alg, "kid": "k1"}), payload);
        f.add_with_output(
            &format!("{alg} signed by the generator"),
            jws_input(&token, &jwk, &ALL_ALGS),
            Expected::Valid,
            &["generated"],
            Some(json!({"payload": "{\"sub\":\"alice\"}"})),
        );
        let tampered = compact(
            &json!({"alg": alg, "kid": "k1"}),
            br#"{"sub":"mallory"}"#,
            |_| signature_of(&token),
        );
        f.add(
            &format!("{alg}: valid signature over a different payload"),
            jws_input(&tampered, &jwk, &ALL_ALGS),
            Expected::Error("invalid_signature"),
            &["modified-payload"],
        );
    }
    f.add(
        "ES256 token checked with a different P-256 key",
        jws_input(&es_token, &client_jwk(), &["ES256"]),
        Expected::Error("invalid_signature"),
        &["wrong-key"],
    );

    // --- Algorithm policy ---
    f.add(
        "ES256 token, allow-list RS256 only",
        jws_input(&es_token, &ec_jwk(), &["RS256"]),
        Expected::Error("algorithm_not_allowed"),
        &["allow-list"],
    );
    let hmac_over = |alg: hmac::Algorithm, name: &str, secret: &[u8]| {
        compact(&json!({"alg": name}), payload, |i| {
            hmac::sign(&hmac::Key::new(alg, secret), i)
                .as_ref()
                .to_vec()
        })
    };
    let rsa_jwk_text = rsa_jwk().to_string();
    f.add(
        "alg confusion: HS256 keyed with the verifier's RSA public JWK text",
        jws_input(
            &hmac_over(hmac::HMAC_SHA256, "HS256", rsa_jwk_text.as_bytes()),
            &rsa_jwk(),
            &ALL_ALGS,
        ),
        Expected::Error("alg_confusion"),
        &["alg-confusion"],
    );
    f.add(
        "alg confusion: HS384 keyed with the raw RSA modulus",
        jws_input(
            &hmac_over(hmac::HMAC_SHA384, "HS384", &unb64(RSA_N)),
            &rsa_jwk(),
            &ALL_ALGS,
        ),
        Expected::Error("alg_confusion"),
        &["alg-confusion"],
    );
    f.add(
        "alg confusion: HS512 keyed with the EC public point",
        jws_input(
            &hmac_over(hmac::HMAC_SHA512, "HS512", &point(EC_X, EC_Y)),
            &ec_jwk(),
            &ALL_ALGS,
        ),
        Expected::Error("alg_confusion"),
        &["alg-confusion"],
    );
    for (comment, alg, sig) in [
        ("alg none with an empty signature", "none", String::new()),
        ("alg none with a signature attached", "none", b64(b"sig")),
        ("alg None (mixed case)", "None", String::new()),
        ("alg NONE (upper case)", "NONE", String::new()),
    ] {
        let token = format!(
            "{}.{}.{sig}",
            b64(json!({"alg": alg}).to_string().as_bytes()),
            b64(payload)
        );
        f.add(
            comment,
            jws_input(&token, &ec_jwk(), &ALL_ALGS),
            Expected::Error("alg_none"),
            &["alg-none"],
        );
    }
    for alg in [
        "RS384", "RS512", "PS384", "ES512", "ES256K", "Ed25519", "es256", "",
    ] {
        let token = compact(&json!({"alg": alg}), payload, |_| vec![0u8; 64]);
        f.add(
            &format!("unsupported alg {alg:?}"),
            jws_input(&token, &ec_jwk(), &ALL_ALGS),
            Expected::Error("unsupported_algorithm"),
            &["unsupported-alg"],
        );
    }

    // --- crit (RFC 7515 §4.1.11) ---
    let crit_token = |header: Value| signed(keys, &header, payload);
    f.add(
        "crit names an extension the verifier does not understand",
        jws_input(
            &crit_token(json!({"alg": "ES256", "crit": ["exp"], "exp": NOW})),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("unsupported_critical_header"),
        &["crit"],
    );
    f.add(
        "crit b64 (RFC 7797 unencoded payload) is not supported",
        jws_input(
            &crit_token(json!({"alg": "ES256", "crit": ["b64"], "b64": false})),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("unsupported_critical_header"),
        &["crit"],
    );
    f.add(
        "crit names an extension the caller declared it understands",
        json!({
            "token": crit_token(json!({"alg": "ES256", "crit": ["exp"], "exp": NOW})),
            "jwk": ec_jwk(),
            "algorithms": ["ES256"],
            "critical_headers": ["exp"],
        }),
        Expected::Valid,
        &["crit"],
    );
    f.add(
        "crit lists a registered header (alg)",
        jws_input(
            &crit_token(json!({"alg": "ES256", "crit": ["alg"]})),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("invalid_header"),
        &["crit"],
    );
    f.add(
        "crit is an empty array",
        jws_input(
            &crit_token(json!({"alg": "ES256", "crit": []})),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("invalid_header"),
        &["crit"],
    );
    f.add(
        "crit is a string, not an array",
        jws_input(
            &crit_token(json!({"alg": "ES256", "crit": "exp", "exp": 1})),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("invalid_header"),
        &["crit"],
    );
    f.add(
        "crit names an understood extension the header does not carry",
        json!({
            "token": crit_token(json!({"alg": "ES256", "crit": ["exp"]})),
            "jwk": ec_jwk(),
            "algorithms": ["ES256"],
            "critical_headers": ["exp"],
        }),
        Expected::Error("invalid_header"),
        &["crit"],
    );

    // --- Malformed serialisations ---
    let [h, p, s]: [&str; 3] = es_token.split('.').collect::<Vec<_>>().try_into().unwrap();
    for (comment, token) in [
        ("empty string", String::new()),
        ("one part", h.to_owned()),
        ("two parts", format!("{h}.{p}")),
        ("four parts", format!("{h}.{p}.{s}.{s}")),
        ("five parts (JWE)", format!("{h}.{p}.{s}.{s}.{s}")),
    ] {
        f.add(
            comment,
            jws_input(&token, &ec_jwk(), &["ES256"]),
            Expected::Error("malformed_token"),
            &["malformed"],
        );
    }
    let canonical_sig = b64(&signature_of(&es_token));
    for (comment, token) in [
        ("padded header", format!("{h}==.{p}.{s}")),
        (
            "padded signature (64 bytes leave 2 pad chars)",
            format!("{h}.{p}.{canonical_sig}=="),
        ),
        (
            "standard-alphabet character in the payload",
            format!("{h}.{}.{s}", p.replacen('e', "+", 1)),
        ),
        (
            "whitespace inside the header",
            format!("{} {}.{p}.{s}", &h[..4], &h[4..]),
        ),
        ("trailing newline", format!("{es_token}\n")),
        (
            "non-canonical trailing bits in the signature",
            format!("{h}.{p}.{}", {
                let mut c = canonical_sig.clone();
                let last = c.pop().unwrap();
                // 64 bytes end in a character carrying 2 bits; set a low (unused) bit.
                let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
                let i = alphabet.find(last).unwrap();
                c.push(alphabet.as_bytes()[i | 1] as char);
                c
            }),
        ),
        ("a length that is 1 mod 4", format!("{h}.{p}.{s}AAA")),
    ] {
        f.add(
            comment,
            jws_input(&token, &ec_jwk(), &["ES256"]),
            Expected::Error("invalid_base64"),
            &["bad-base64"],
        );
    }
    let raw_header = |text: &str| {
        compact(&json!({}), payload, |_| vec![0u8; 64]).replacen(
            &b64(b"{}"),
            &b64(text.as_bytes()),
            1,
        )
    };
    for (comment, header) in [
        ("header is not JSON", "not json"),
        ("header is a JSON array", r#"["ES256"]"#),
        ("header has no alg", r#"{"typ":"JWT"}"#),
        ("alg is a number", r#"{"alg":256}"#),
        ("alg is repeated", r#"{"alg":"ES256","alg":"none"}"#),
        ("kid is not a string", r#"{"alg":"ES256","kid":7}"#),
        ("typ is not a string", r#"{"alg":"ES256","typ":{}}"#),
        ("header has trailing garbage", r#"{"alg":"ES256"}x"#),
        (
            "header is not UTF-8",
            "{\"alg\":\"ES256\",\"x\":\"\u{00ff}\"}",
        ),
    ] {
        let token = if comment == "header is not UTF-8" {
            // Latin-1 bytes, not UTF-8.
            let mut bytes = br#"{"alg":"ES256","x":""#.to_vec();
            bytes.push(0xff);
            bytes.extend(br#""}"#);
            format!("{}.{}.{}", b64(&bytes), b64(payload), b64(&[0u8; 64]))
        } else {
            raw_header(header)
        };
        f.add(
            comment,
            jws_input(&token, &ec_jwk(), &["ES256"]),
            Expected::Error("invalid_header"),
            &["bad-header"],
        );
    }
    f.add(
        "token longer than the 16 KiB default limit",
        jws_input(
            &signed(
                keys,
                &es,
                format!("{{\"pad\":\"{}\"}}", "a".repeat(17_000)).as_bytes(),
            ),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("token_too_large"),
        &["size"],
    );

    // --- Signature shape ---
    let sig = signature_of(&es_token);
    f.add(
        "ES256 signature truncated to 63 bytes",
        jws_input(&resign(&es_token, &b64(&sig[..63])), &ec_jwk(), &["ES256"]),
        Expected::Error("invalid_signature_format"),
        &["truncated-signature"],
    );
    f.add(
        "ES256 with an empty signature",
        jws_input(&resign(&es_token, ""), &ec_jwk(), &["ES256"]),
        Expected::Error("invalid_signature_format"),
        &["truncated-signature"],
    );
    let der = compact(&es, payload, |i| Keys::ec(&keys.es256_der, i));
    f.add(
        "ES256 signature in ASN.1 DER instead of r || s (RFC 7518 §3.4)",
        jws_input(&der, &ec_jwk(), &["ES256"]),
        Expected::Error("invalid_signature_format"),
        &["der-signature"],
    );
    f.add(
        "ES256 high-S twin (r, n - s) of a valid signature: ECDSA is malleable and JWS does not require low-S",
        jws_input(&resign(&es_token, &b64(&high_s(&sig))), &ec_jwk(), &["ES256"]),
        Expected::Valid,
        &["ecdsa-malleability"],
    );
    f.add(
        "ES256 signature with r = s = 0",
        jws_input(&resign(&es_token, &b64(&[0u8; 64])), &ec_jwk(), &["ES256"]),
        Expected::Error("invalid_signature"),
        &["range-check"],
    );
    f.add(
        "ES256 signature with r, s above the group order",
        jws_input(
            &resign(&es_token, &b64(&[0xffu8; 64])),
            &ec_jwk(),
            &["ES256"],
        ),
        Expected::Error("invalid_signature"),
        &["range-check"],
    );
    let es384_token = signed(keys, &json!({"alg": "ES384"}), payload);
    f.add(
        "ES384 signature of 64 bytes (the P-256 size)",
        jws_input(
            &resign(&es384_token, &b64(&signature_of(&es384_token)[..64])),
            &p384_jwk(),
            &["ES384"],
        ),
        Expected::Error("invalid_signature_format"),
        &["truncated-signature"],
    );
    let rs_token = signed(keys, &json!({"alg": "RS256"}), payload);
    f.add(
        "RS256 signature one byte short of the modulus length",
        jws_input(
            &resign(&rs_token, &b64(&signature_of(&rs_token)[1..])),
            &rsa_jwk(),
            &["RS256"],
        ),
        Expected::Error("invalid_signature_format"),
        &["truncated-signature"],
    );
    let ed_token = signed(keys, &json!({"alg": "EdDSA"}), payload);
    f.add(
        "EdDSA signature with a byte appended",
        jws_input(
            &resign(
                &ed_token,
                &b64(&[signature_of(&ed_token), vec![0]].concat()),
            ),
            &ed_jwk(),
            &["EdDSA"],
        ),
        Expected::Error("invalid_signature_format"),
        &["signature-with-garbage"],
    );
    f.add(
        "PKCS#1 v1.5 signature under a PS256 header",
        jws_input(
            &compact(&json!({"alg": "PS256"}), payload, |i| {
                keys.rsa_sign(&RSA_PKCS1_SHA256, i)
            }),
            &rsa_jwk(),
            &["PS256"],
        ),
        Expected::Error("invalid_signature"),
        &["rsa-padding-confusion"],
    );
    f.add(
        "PSS signature under an RS256 header",
        jws_input(
            &compact(&json!({"alg": "RS256"}), payload, |i| {
                keys.rsa_sign(&RSA_PSS_SHA256, i)
            }),
            &rsa_jwk(),
            &["RS256"],
        ),
        Expected::Error("invalid_signature"),
        &["rsa-padding-confusion"],
    );

    // --- Key / algorithm mismatches ---
    f.add(
        "ES256 header with an RSA key",
        jws_input(&es_token, &rsa_jwk(), &ALL_ALGS),
        Expected::Error("key_type_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "ES384 header with a P-256 key",
        jws_input(&es384_token, &ec_jwk(), &ALL_ALGS),
        Expected::Error("key_type_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "EdDSA header with an EC key",
        jws_input(&ed_token, &ec_jwk(), &ALL_ALGS),
        Expected::Error("key_type_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "RS256 header with an Ed25519 key",
        jws_input(&rs_token, &ed_jwk(), &ALL_ALGS),
        Expected::Error("key_type_mismatch"),
        &["key-mismatch"],
    );
    let ps_token = signed(keys, &json!({"alg": "PS256"}), payload);
    f.add(
        "PS256 token, RSA key declared alg RS256",
        jws_input(
            &ps_token,
            &with(&rsa_jwk(), json!({"alg": "RS256"})),
            &ALL_ALGS,
        ),
        Expected::Error("key_alg_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "RS256 token, RSA key declared alg PS256",
        jws_input(
            &rs_token,
            &with(&rsa_jwk(), json!({"alg": "PS256"})),
            &ALL_ALGS,
        ),
        Expected::Error("key_alg_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "RS256 token, RSA key declared alg RS256 and use sig",
        jws_input(
            &rs_token,
            &with(&rsa_jwk(), json!({"alg": "RS256", "use": "sig"})),
            &ALL_ALGS,
        ),
        Expected::Valid,
        &[],
    );
    f.add(
        "ES256 token, key use enc",
        jws_input(
            &es_token,
            &with(&ec_jwk(), json!({"use": "enc"})),
            &ALL_ALGS,
        ),
        Expected::Error("key_use_mismatch"),
        &["key-use"],
    );
    f.add(
        "ES256 token, key_ops [sign] without verify",
        jws_input(
            &es_token,
            &with(&ec_jwk(), json!({"key_ops": ["sign"]})),
            &ALL_ALGS,
        ),
        Expected::Error("key_use_mismatch"),
        &["key-use"],
    );
    f.add(
        "ES256 token, key_ops [verify]",
        jws_input(
            &es_token,
            &with(&ec_jwk(), json!({"key_ops": ["verify"]})),
            &ALL_ALGS,
        ),
        Expected::Valid,
        &["key-use"],
    );
    f.add(
        "RS256 signed with a 1024-bit RSA key (signature otherwise valid)",
        jws_input(
            &compact(&json!({"alg": "RS256"}), payload, small_rsa_rs256),
            &small_rsa_jwk(),
            &ALL_ALGS,
        ),
        Expected::Error("rsa_key_too_small"),
        &["small-rsa-key"],
    );
    f.add(
        "the verification key carries its private part",
        jws_input(&es_token, &with(&ec_jwk(), json!({"d": EC_D})), &ALL_ALGS),
        Expected::Error("private_key_in_jwk"),
        &["private-key"],
    );
    f
}

fn jwks_vectors(keys: &Keys) -> VectorFile {
    let mut f = VectorFile::new(
        "jwks",
        "JWK Set parsing and key selection by kid and alg",
        "verify_jws_with_jwks",
    );
    let payload = br#"{"sub":"alice"}"#;
    let es_k1 = signed(keys, &json!({"alg": "ES256", "kid": "k1"}), payload);
    let es_nokid = signed(keys, &json!({"alg": "ES256"}), payload);
    let rs_k2 = signed(keys, &json!({"alg": "RS256", "kid": "k2"}), payload);
    let set = |keys: Vec<Value>| json!({ "keys": keys });
    let input =
        |token: &str, jwks: Value| json!({"token": token, "jwks": jwks, "algorithms": ALL_ALGS});
    let k1 = with(
        &ec_jwk(),
        json!({"kid": "k1", "use": "sig", "alg": "ES256"}),
    );
    let k2 = with(
        &rsa_jwk(),
        json!({"kid": "k2", "use": "sig", "alg": "RS256"}),
    );
    let k3 = with(&ed_jwk(), json!({"kid": "k3"}));
    let standard = set(vec![k1.clone(), k2.clone(), k3.clone()]);

    f.add_with_output(
        "kid k1 selects the EC key among three",
        input(&es_k1, standard.clone()),
        Expected::Valid,
        &[],
        Some(json!({"kid": "k1", "keys": 3, "skipped": 0})),
    );
    f.add_with_output(
        "kid k2 selects the RSA key",
        input(&rs_k2, standard.clone()),
        Expected::Valid,
        &[],
        Some(json!({"kid": "k2", "keys": 3, "skipped": 0})),
    );
    f.add(
        "kid not in the set",
        input(
            &signed(keys, &json!({"alg": "ES256", "kid": "k9"}), payload),
            standard.clone(),
        ),
        Expected::Error("key_not_found"),
        &[],
    );
    f.add(
        "kid names a key of the wrong type",
        input(
            &signed(keys, &json!({"alg": "ES256", "kid": "k2"}), payload),
            standard.clone(),
        ),
        Expected::Error("key_type_mismatch"),
        &["key-mismatch"],
    );
    f.add(
        "no kid, several keys but only one can verify ES256",
        input(&es_nokid, standard.clone()),
        Expected::Valid,
        &[],
    );
    f.add(
        "no kid, two P-256 keys",
        input(
            &es_nokid,
            set(vec![k1.clone(), with(&client_jwk(), json!({"kid": "c1"}))]),
        ),
        Expected::Error("ambiguous_key"),
        &[],
    );
    f.add(
        "no kid, single key without kid",
        input(&es_nokid, set(vec![ec_jwk()])),
        Expected::Valid,
        &[],
    );
    f.add(
        "no kid, single key of the wrong type reports why",
        input(&es_nokid, set(vec![rsa_jwk()])),
        Expected::Error("key_type_mismatch"),
        &[],
    );
    f.add(
        "kid in the token, keys without kid: no fallback",
        input(&es_k1, set(vec![ec_jwk()])),
        Expected::Error("key_not_found"),
        &[],
    );
    f.add_with_output(
        "the same kid on an RSA and an EC key: the EC one verifies ES256",
        input(
            &es_k1,
            set(vec![
                with(&rsa_jwk(), json!({"kid": "k1"})),
                with(&ec_jwk(), json!({"kid": "k1"})),
            ]),
        ),
        Expected::Valid,
        &[],
        Some(json!({"kid": "k1", "keys": 2, "skipped": 0})),
    );
    f.add(
        "the only key with the kid has use enc",
        input(
            &es_k1,
            set(vec![with(&ec_jwk(), json!({"kid": "k1", "use": "enc"}))]),
        ),
        Expected::Error("key_use_mismatch"),
        &["key-use"],
    );
    f.add_with_output(
        "unsupported and private keys are skipped, the usable one is used",
        input(
            &es_k1,
            set(vec![
                json!({"kty": "oct", "kid": "s1", "k": "c2VjcmV0"}),
                json!({"kty": "EC", "crv": "P-521", "kid": "p521",
                       "x": "AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk",
                       "y": "ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2"}),
                json!({"kty": "OKP", "crv": "X25519", "kid": "x1", "x": ED_X}),
                with(&client_jwk(), json!({"kid": "priv", "d": CLIENT_D})),
                json!({"kty": "EC", "crv": "P-256", "kid": "broken", "x": "AQAB", "y": "AQAB"}),
                k1.clone(),
            ]),
        ),
        Expected::Valid,
        &["skipped-keys"],
        Some(json!({"kid": "k1", "keys": 1, "skipped": 5})),
    );
    f.add(
        "the token's kid names a skipped private key",
        input(
            &signed(keys, &json!({"alg": "ES256", "kid": "priv"}), payload),
            set(vec![with(&ec_jwk(), json!({"kid": "priv", "d": EC_D}))]),
        ),
        Expected::Error("key_not_found"),
        &["skipped-keys"],
    );
    f.add(
        "empty key set",
        input(&es_k1, set(vec![])),
        Expected::Error("key_not_found"),
        &[],
    );
    for (comment, jwks) in [
        ("JWK Set is not JSON", json!("{\"keys\": [")),
        ("JWK Set has no keys member", json!({"kty": "EC"})),
        ("keys is an object", json!({"keys": {"kid": "k1"}})),
        ("JWK Set is an array", json!([ec_jwk()])),
        (
            "duplicate member names in the set",
            json!("{\"keys\":[],\"keys\":[]}"),
        ),
    ] {
        f.add(
            comment,
            input(&es_k1, jwks),
            Expected::Error("invalid_jwks"),
            &["bad-jwks"],
        );
    }
    let many: Vec<Value> = (0..101)
        .map(|i| with(&ec_jwk(), json!({"kid": format!("k{i}")})))
        .collect();
    f.add(
        "101 keys: more than the limit of 100",
        input(&es_k1, set(many)),
        Expected::Error("invalid_jwks"),
        &["bad-jwks"],
    );
    f
}

fn jwk_vectors() -> VectorFile {
    let mut f = VectorFile::new(
        "jwk",
        "Single public JWK parsing and RFC 7638 thumbprints",
        "parse_jwk",
    );
    let input = |jwk: Value| json!({ "jwk": jwk });
    f.add_with_output(
        "RFC 7638 §3.1 example (RFC 7517 A.1 RSA key)",
        input(
            json!({"kty": "RSA", "n": RFC7638_N, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"}),
        ),
        Expected::Valid,
        &["rfc7638"],
        Some(json!({"thumbprint": RFC7638_THUMBPRINT, "kty": "RSA", "rsa_bits": 2048})),
    );
    f.add_with_output(
        "RFC 8037 A.3: Ed25519 thumbprint",
        input(ed_jwk()),
        Expected::Valid,
        &["rfc8037-a.3"],
        Some(json!({"thumbprint": RFC8037_A3_THUMBPRINT, "kty": "OKP"})),
    );
    f.add_with_output(
        "RFC 7515 A.3 P-256 key",
        input(ec_jwk()),
        Expected::Valid,
        &[],
        Some(json!({
            "thumbprint": thumbprint(&format!(r#"{{"crv":"P-256","kty":"EC","x":"{EC_X}","y":"{EC_Y}"}}"#)),
            "kty": "EC",
        })),
    );
    f.add_with_output(
        "P-384 key",
        input(p384_jwk()),
        Expected::Valid,
        &[],
        Some(json!({
            "thumbprint": thumbprint(&format!(r#"{{"crv":"P-384","kty":"EC","x":"{P384_X}","y":"{P384_Y}"}}"#)),
            "kty": "EC",
        })),
    );
    let mut padded_n = vec![0u8];
    padded_n.extend(unb64(RFC7638_N));
    f.add_with_output(
        "RSA modulus with a leading zero byte: accepted, same thumbprint",
        input(json!({"kty": "RSA", "n": b64(&padded_n), "e": "AQAB"})),
        Expected::Valid,
        &["leading-zero"],
        Some(json!({"thumbprint": RFC7638_THUMBPRINT, "kty": "RSA", "rsa_bits": 2048})),
    );
    f.add_with_output(
        "1024-bit RSA key parses (verification refuses it later)",
        input(small_rsa_jwk()),
        Expected::Valid,
        &["small-rsa-key"],
        Some(json!({"kty": "RSA", "rsa_bits": 1024})),
    );
    f.add(
        "extra members (x5c, ext, custom) are ignored",
        input(with(
            &ec_jwk(),
            json!({"x5c": ["AAAA"], "ext": true, "custom": {"a": 1}}),
        )),
        Expected::Valid,
        &[],
    );
    for (comment, jwk) in [
        ("EC key with d", with(&ec_jwk(), json!({"d": EC_D}))),
        ("OKP key with d", with(&ed_jwk(), json!({"d": ED_D}))),
        (
            "RSA key with p and q",
            with(&rsa_jwk(), json!({"p": RSA_P, "q": RSA_Q})),
        ),
        ("RSA key with d only", with(&rsa_jwk(), json!({"d": RSA_D}))),
    ] {
        f.add(
            comment,
            input(jwk),
            Expected::Error("private_key_in_jwk"),
            &["private-key"],
        );
    }
    for (comment, jwk) in [
        ("symmetric oct key", json!({"kty": "oct", "k": "c2VjcmV0"})),
        (
            "EC P-521",
            json!({"kty": "EC", "crv": "P-521", "x": "AQAB", "y": "AQAB"}),
        ),
        (
            "EC secp256k1",
            json!({"kty": "EC", "crv": "secp256k1", "x": EC_X, "y": EC_Y}),
        ),
        (
            "OKP X25519",
            json!({"kty": "OKP", "crv": "X25519", "x": ED_X}),
        ),
        (
            "OKP Ed448",
            json!({"kty": "OKP", "crv": "Ed448", "x": ED_X}),
        ),
        ("unknown kty", json!({"kty": "PQC", "x": ED_X})),
        (
            "kty in lower case",
            json!({"kty": "ec", "crv": "P-256", "x": EC_X, "y": EC_Y}),
        ),
    ] {
        f.add(
            comment,
            input(jwk),
            Expected::Error("unsupported_key"),
            &["unsupported-key"],
        );
    }
    let mut off_curve_y = unb64(EC_Y);
    off_curve_y[0] ^= 1;
    let mut short_x = unb64(EC_X);
    short_x.remove(0);
    for (comment, jwk) in [
        ("not JSON", json!("{\"kty\":")),
        ("a JSON array", json!([ec_jwk()])),
        ("no kty", json!({"crv": "P-256", "x": EC_X, "y": EC_Y})),
        ("kty is a number", json!({"kty": 1})),
        (
            "EC without y",
            json!({"kty": "EC", "crv": "P-256", "x": EC_X}),
        ),
        ("EC without crv", json!({"kty": "EC", "x": EC_X, "y": EC_Y})),
        (
            "EC point not on the curve",
            with(&ec_jwk(), json!({"y": b64(&off_curve_y)})),
        ),
        (
            "EC x one byte short (leading zero dropped)",
            with(&ec_jwk(), json!({"x": b64(&short_x)})),
        ),
        (
            "EC x padded base64",
            with(&ec_jwk(), json!({"x": format!("{EC_X}=")})),
        ),
        ("EC x is a number", with(&ec_jwk(), json!({"x": 5}))),
        (
            "Ed25519 x of 31 bytes",
            with(&ed_jwk(), json!({"x": b64(&[7u8; 31])})),
        ),
        ("RSA without e", json!({"kty": "RSA", "n": RSA_N})),
        (
            "RSA with an even exponent",
            with(&rsa_jwk(), json!({"e": "AQAA"})),
        ),
        ("RSA with exponent 1", with(&rsa_jwk(), json!({"e": "AQ"}))),
        (
            "RSA modulus in standard base64",
            with(
                &rsa_jwk(),
                json!({"n": RSA_N.replace('-', "+").replace('_', "/")}),
            ),
        ),
        ("kid is a number", with(&ec_jwk(), json!({"kid": 1}))),
        ("use is an array", with(&ec_jwk(), json!({"use": ["sig"]}))),
        (
            "key_ops is a string",
            with(&ec_jwk(), json!({"key_ops": "verify"})),
        ),
        (
            "duplicate x member",
            json!(format!(
                r#"{{"kty":"EC","crv":"P-256","x":"{EC_X}","x":"{EC_X}","y":"{EC_Y}"}}"#
            )),
        ),
    ] {
        f.add(
            comment,
            input(jwk),
            Expected::Error("invalid_key"),
            &["bad-key"],
        );
    }
    f
}

fn access_claims() -> Value {
    json!({
        "iss": ISS,
        "sub": "user-123",
        "aud": AUD,
        "exp": NOW + 600,
        "iat": NOW - 10,
        "nbf": NOW - 10,
        "jti": "at-0001",
        "client_id": "app-1",
        "scope": "openid profile orders:read",
        "permissions": ["orders:read", "orders:write"],
    })
}

fn claims_vectors(keys: &Keys) -> VectorFile {
    let mut f = VectorFile::new(
        "claims",
        "JWT access-token validation: typ, iss, aud, exp/nbf/iat with leeway, scopes, permissions",
        "verify_jwt",
    );
    let at_header = json!({"alg": "ES256", "typ": "at+jwt", "kid": "k1"});
    let key = with(&ec_jwk(), json!({"kid": "k1"}));
    let base_options = json!({
        "algorithms": ["ES256", "RS256", "EdDSA"],
        "issuer": ISS,
        "audiences": [AUD],
        "expected_type": "at+jwt",
    });
    let mut add = |comment: &str,
                   header: &Value,
                   claims: &Value,
                   options: Value,
                   expected: Expected,
                   flags: &[&str]| {
        let jwk = match header["alg"].as_str() {
            Some("RS256") => rsa_jwk(),
            Some("EdDSA") => ed_jwk(),
            _ => key.clone(),
        };
        let token = jwt(keys, header, claims);
        f.add(
            comment,
            json!({"token": token, "jwk": jwk, "now": NOW, "options": options}),
            expected,
            flags,
        );
    };
    let opts = |extra: Value| with(&base_options, extra);
    let c = access_claims();

    add(
        "a valid RFC 9068 access token",
        &at_header,
        &c,
        opts(json!({})),
        Expected::Valid,
        &[],
    );
    add(
        "valid, RS256",
        &json!({"alg": "RS256", "typ": "at+jwt"}),
        &c,
        opts(json!({})),
        Expected::Valid,
        &[],
    );
    add(
        "valid, EdDSA",
        &json!({"alg": "EdDSA", "typ": "at+jwt"}),
        &c,
        opts(json!({})),
        Expected::Valid,
        &[],
    );
    add(
        "typ application/at+jwt is the same media type",
        &with(&at_header, json!({"typ": "application/at+jwt"})),
        &c,
        opts(json!({})),
        Expected::Valid,
        &["typ"],
    );
    add(
        "typ AT+JWT (media types are case-insensitive)",
        &with(&at_header, json!({"typ": "AT+JWT"})),
        &c,
        opts(json!({})),
        Expected::Valid,
        &["typ"],
    );
    add(
        "typ JWT where at+jwt is required (RFC 9068 §4)",
        &with(&at_header, json!({"typ": "JWT"})),
        &c,
        opts(json!({})),
        Expected::Error("invalid_token_type"),
        &["typ"],
    );
    add(
        "no typ where at+jwt is required",
        &with(&at_header, json!({"typ": null})),
        &c,
        opts(json!({})),
        Expected::Error("invalid_token_type"),
        &["typ"],
    );
    add(
        "typ dpop+jwt: a DPoP proof is not an access token",
        &with(&at_header, json!({"typ": "dpop+jwt"})),
        &c,
        opts(json!({})),
        Expected::Error("invalid_token_type"),
        &["typ"],
    );
    add(
        "typ JWT accepted when no type is required",
        &with(&at_header, json!({"typ": "JWT"})),
        &c,
        opts(json!({"expected_type": null})),
        Expected::Valid,
        &["typ"],
    );

    // exp
    add(
        "expired an hour ago",
        &at_header,
        &with(&c, json!({"exp": NOW - 3600})),
        opts(json!({})),
        Expected::Error("token_expired"),
        &["exp"],
    );
    add(
        "expired 30 s ago, inside the default 60 s leeway",
        &at_header,
        &with(&c, json!({"exp": NOW - 30})),
        opts(json!({})),
        Expected::Valid,
        &["exp", "leeway"],
    );
    add(
        "exp + leeway == now: expired (now must be before exp)",
        &at_header,
        &with(&c, json!({"exp": NOW - 60})),
        opts(json!({})),
        Expected::Error("token_expired"),
        &["exp", "leeway", "boundary"],
    );
    add(
        "exp + leeway == now + 1: valid",
        &at_header,
        &with(&c, json!({"exp": NOW - 59})),
        opts(json!({})),
        Expected::Valid,
        &["exp", "leeway", "boundary"],
    );
    add(
        "leeway 0, exp == now: expired",
        &at_header,
        &with(&c, json!({"exp": NOW})),
        opts(json!({"leeway_secs": 0})),
        Expected::Error("token_expired"),
        &["exp", "boundary"],
    );
    add(
        "leeway 300 (the maximum), expired 299 s ago",
        &at_header,
        &with(&c, json!({"exp": NOW - 299})),
        opts(json!({"leeway_secs": 300})),
        Expected::Valid,
        &["exp", "leeway"],
    );
    add(
        "leeway 301 is refused as configuration",
        &at_header,
        &c,
        opts(json!({"leeway_secs": 301})),
        Expected::Error("invalid_configuration"),
        &["leeway"],
    );
    add(
        "exp with a fractional part",
        &at_header,
        &with(&c, json!({"exp": (NOW + 600) as f64 + 0.5})),
        opts(json!({})),
        Expected::Valid,
        &["exp"],
    );
    add(
        "no exp",
        &at_header,
        &with(&c, json!({"exp": null})),
        opts(json!({})),
        Expected::Error("missing_claim"),
        &["exp"],
    );
    add(
        "no exp, require_exp false",
        &at_header,
        &with(&c, json!({"exp": null})),
        opts(json!({"require_exp": false})),
        Expected::Valid,
        &["exp"],
    );
    add(
        "exp is a string",
        &at_header,
        &with(&c, json!({"exp": (NOW + 600).to_string()})),
        opts(json!({})),
        Expected::Error("invalid_claim"),
        &["exp"],
    );

    // nbf, iat
    add(
        "nbf an hour ahead",
        &at_header,
        &with(&c, json!({"nbf": NOW + 3600})),
        opts(json!({})),
        Expected::Error("token_not_yet_valid"),
        &["nbf"],
    );
    add(
        "nbf 30 s ahead, inside the leeway",
        &at_header,
        &with(&c, json!({"nbf": NOW + 30})),
        opts(json!({})),
        Expected::Valid,
        &["nbf", "leeway"],
    );
    add(
        "nbf 61 s ahead",
        &at_header,
        &with(&c, json!({"nbf": NOW + 61})),
        opts(json!({})),
        Expected::Error("token_not_yet_valid"),
        &["nbf", "leeway", "boundary"],
    );
    add(
        "iat an hour ahead",
        &at_header,
        &with(&c, json!({"iat": NOW + 3600})),
        opts(json!({})),
        Expected::Error("issued_in_future"),
        &["iat"],
    );
    add(
        "iat is a boolean",
        &at_header,
        &with(&c, json!({"iat": true})),
        opts(json!({})),
        Expected::Error("invalid_claim"),
        &["iat"],
    );

    // iss
    add(
        "another tenant's issuer",
        &at_header,
        &with(&c, json!({"iss": "https://id.tessera.example/t/globex"})),
        opts(json!({})),
        Expected::Error("invalid_issuer"),
        &["iss"],
    );
    add(
        "issuer with a trailing slash (iss is compared exactly)",
        &at_header,
        &with(&c, json!({"iss": format!("{ISS}/")})),
        opts(json!({})),
        Expected::Error("invalid_issuer"),
        &["iss"],
    );
    add(
        "no iss",
        &at_header,
        &with(&c, json!({"iss": null})),
        opts(json!({})),
        Expected::Error("missing_claim"),
        &["iss"],
    );
    add(
        "iss is an array",
        &at_header,
        &with(&c, json!({"iss": [ISS]})),
        opts(json!({})),
        Expected::Error("invalid_claim"),
        &["iss"],
    );

    // aud
    add(
        "aud array containing the expected audience",
        &at_header,
        &with(&c, json!({"aud": ["https://other.example", AUD]})),
        opts(json!({})),
        Expected::Valid,
        &["aud"],
    );
    add(
        "aud for another resource",
        &at_header,
        &with(&c, json!({"aud": "https://other.example"})),
        opts(json!({})),
        Expected::Error("invalid_audience"),
        &["aud"],
    );
    add(
        "aud array without the expected audience",
        &at_header,
        &with(
            &c,
            json!({"aud": ["https://a.example", "https://b.example"]}),
        ),
        opts(json!({})),
        Expected::Error("invalid_audience"),
        &["aud"],
    );
    add(
        "any of several expected audiences",
        &at_header,
        &c,
        opts(json!({"audiences": ["https://other.example", AUD]})),
        Expected::Valid,
        &["aud"],
    );
    add(
        "no aud",
        &at_header,
        &with(&c, json!({"aud": null})),
        opts(json!({})),
        Expected::Error("missing_claim"),
        &["aud"],
    );
    add(
        "aud is a number",
        &at_header,
        &with(&c, json!({"aud": 7})),
        opts(json!({})),
        Expected::Error("invalid_claim"),
        &["aud"],
    );
    add(
        "aud not checked when no audience is configured",
        &at_header,
        &with(&c, json!({"aud": "https://other.example"})),
        opts(json!({"audiences": []})),
        Expected::Valid,
        &["aud"],
    );

    // scopes and permissions
    add(
        "required scopes granted",
        &at_header,
        &c,
        opts(json!({"required_scopes": ["orders:read", "openid"]})),
        Expected::Valid,
        &["scope"],
    );
    add(
        "a required scope is missing",
        &at_header,
        &c,
        opts(json!({"required_scopes": ["orders:read", "orders:write"]})),
        Expected::Error("insufficient_scope"),
        &["scope"],
    );
    add(
        "a scope is not matched by prefix",
        &at_header,
        &c,
        opts(json!({"required_scopes": ["orders"]})),
        Expected::Error("insufficient_scope"),
        &["scope"],
    );
    add(
        "no scope claim, a scope required",
        &at_header,
        &with(&c, json!({"scope": null})),
        opts(json!({"required_scopes": ["openid"]})),
        Expected::Error("insufficient_scope"),
        &["scope"],
    );
    add(
        "scope is an array, not a space-separated string",
        &at_header,
        &with(&c, json!({"scope": ["openid"]})),
        opts(json!({"required_scopes": ["openid"]})),
        Expected::Error("invalid_claim"),
        &["scope"],
    );
    add(
        "required permissions granted",
        &at_header,
        &c,
        opts(json!({"required_permissions": ["orders:write"]})),
        Expected::Valid,
        &["permissions"],
    );
    add(
        "a required permission is missing",
        &at_header,
        &c,
        opts(json!({"required_permissions": ["orders:delete"]})),
        Expected::Error("insufficient_permissions"),
        &["permissions"],
    );
    add(
        "permissions is a string",
        &at_header,
        &with(&c, json!({"permissions": "orders:read"})),
        opts(json!({"required_permissions": ["orders:read"]})),
        Expected::Error("invalid_claim"),
        &["permissions"],
    );
    add(
        "a required claim is missing",
        &at_header,
        &with(&c, json!({"client_id": null})),
        opts(json!({"required_claims": ["sub", "client_id"]})),
        Expected::Error("missing_claim"),
        &["required-claims"],
    );

    // Order: the signature is judged before any claim.
    let expired = jwt(keys, &at_header, &with(&c, json!({"exp": NOW - 3600})));
    let forged = resign(&expired, &b64(&[1u8; 64]));
    f.add(
        "expired and badly signed: the signature error wins",
        json!({"token": forged, "jwk": key.clone(), "now": NOW, "options": base_options.clone()}),
        Expected::Error("invalid_signature"),
        &["order"],
    );
    for (comment, payload) in [
        ("payload is a JSON array", b"[1,2]".to_vec()),
        ("payload is not JSON", b"hello".to_vec()),
        (
            "payload repeats exp",
            format!(
                r#"{{"iss":"{ISS}","aud":"{AUD}","exp":{},"exp":{}}}"#,
                NOW + 600,
                NOW + 9999
            )
            .into_bytes(),
        ),
    ] {
        f.add(
            comment,
            json!({
                "token": signed(keys, &at_header, &payload),
                "jwk": key.clone(),
                "now": NOW,
                "options": base_options.clone(),
            }),
            Expected::Error("invalid_payload"),
            &["bad-payload"],
        );
    }
    f.add(
        "empty algorithm allow-list is refused as configuration",
        json!({
            "token": jwt(keys, &at_header, &c),
            "jwk": key.clone(),
            "now": NOW,
            "options": with(&base_options, json!({"algorithms": []})),
        }),
        Expected::Error("invalid_configuration"),
        &["config"],
    );

    // The RFC 7515 A.3 token as a JWT: iss joe, exp 1300819380.
    let a3 = format!("eyJhbGciOiJFUzI1NiJ9.{RFC7515_PAYLOAD_B64}.{RFC7515_A3_SIG}");
    f.add(
        "RFC 7515 A.3 token before its exp",
        json!({"token": a3, "jwk": ec_jwk(), "now": 1_300_819_000, "options": {"algorithms": ["ES256"], "issuer": "joe"}}),
        Expected::Valid,
        &["rfc7515-a.3"],
    );
    f.add(
        "RFC 7515 A.3 token today",
        json!({"token": a3, "jwk": ec_jwk(), "now": NOW, "options": {"algorithms": ["ES256"], "issuer": "joe"}}),
        Expected::Error("token_expired"),
        &["rfc7515-a.3"],
    );
    f
}

fn dpop_vectors(keys: &Keys) -> VectorFile {
    let mut f = VectorFile::new(
        "dpop",
        "DPoP proofs (RFC 9449 §4.3): typ, alg, jwk, signature, htm, htu, iat window, jti replay, ath, nonce, cnf.jkt",
        "verify_dpop_proof",
    );
    let client = client_jwk();
    let jkt = client_thumbprint();
    let header = json!({"typ": "dpop+jwt", "alg": "ES256", "jwk": client});
    let claims = json!({"jti": "e1j3V_bKic8-LAEB", "htm": "POST", "htu": TOKEN_URL, "iat": NOW});
    let proof_with =
        |h: &Value, c: &Value| compact(h, c.to_string().as_bytes(), |i| Keys::ec(&keys.client, i));
    let good = proof_with(&header, &claims);
    let request =
        |proof: &str| json!({"proof": proof, "method": "POST", "url": TOKEN_URL, "now": NOW});
    let out = json!({"jkt": jkt});

    f.add_with_output(
        "a proof at the token endpoint",
        request(&good),
        Expected::Valid,
        &[],
        Some(out.clone()),
    );

    // Bound access token at a resource server.
    let access_token = jwt(
        keys,
        &json!({"alg": "ES256", "typ": "at+jwt", "kid": "k1"}),
        &with(&access_claims(), json!({"cnf": {"jkt": jkt}})),
    );
    let ath = b64(digest(&SHA256, access_token.as_bytes()).as_ref());
    let rs_claims =
        json!({"jti": "r-0001", "htm": "GET", "htu": RESOURCE_URL, "iat": NOW, "ath": ath});
    let rs_proof = proof_with(&header, &rs_claims);
    let rs_input = |proof: &str, extra: Value| {
        with(
            &json!({
                "proof": proof, "method": "GET", "url": RESOURCE_URL, "now": NOW,
                "access_token": access_token, "token_claims": {"cnf": {"jkt": jkt}},
            }),
            extra,
        )
    };
    f.add_with_output(
        "a proof with ath for a bound access token",
        rs_input(&rs_proof, json!({})),
        Expected::Valid,
        &["ath", "cnf"],
        Some(out.clone()),
    );
    f.add(
        "ath of another token",
        rs_input(
            &proof_with(
                &header,
                &with(
                    &rs_claims,
                    json!({"ath": b64(digest(&SHA256, b"other").as_ref())}),
                ),
            ),
            json!({}),
        ),
        Expected::Error("dpop_ath_mismatch"),
        &["ath"],
    );
    f.add(
        "no ath although an access token is presented",
        rs_input(
            &proof_with(&header, &with(&rs_claims, json!({"ath": null}))),
            json!({}),
        ),
        Expected::Error("dpop_ath_mismatch"),
        &["ath"],
    );
    f.add(
        "the token is bound to another key (cnf.jkt)",
        rs_input(
            &rs_proof,
            json!({"token_claims": {"cnf": {"jkt": RFC8037_A3_THUMBPRINT}}}),
        ),
        Expected::Error("dpop_jkt_mismatch"),
        &["cnf"],
    );
    f.add(
        "the token is not bound at all (no cnf.jkt)",
        rs_input(&rs_proof, json!({"token_claims": {"sub": "user-123"}})),
        Expected::Error("dpop_jkt_mismatch"),
        &["cnf"],
    );

    // Other key types.
    let ed_header = json!({"typ": "dpop+jwt", "alg": "EdDSA", "jwk": ed_jwk()});
    f.add_with_output(
        "an Ed25519 proof",
        request(&compact(&ed_header, claims.to_string().as_bytes(), |i| {
            keys.ed.sign(i).as_ref().to_vec()
        })),
        Expected::Valid,
        &[],
        Some(json!({"jkt": RFC8037_A3_THUMBPRINT})),
    );
    f.add(
        "an RS256 proof",
        request(&compact(
            &json!({"typ": "dpop+jwt", "alg": "RS256", "jwk": rsa_jwk()}),
            claims.to_string().as_bytes(),
            |i| keys.rsa_sign(&RSA_PKCS1_SHA256, i),
        )),
        Expected::Valid,
        &[],
    );

    // typ / alg / jwk
    for (comment, typ, expected) in [
        (
            "typ application/dpop+jwt",
            json!("application/dpop+jwt"),
            Expected::Valid,
        ),
        (
            "typ JWT",
            json!("JWT"),
            Expected::Error("dpop_invalid_type"),
        ),
        (
            "typ at+jwt",
            json!("at+jwt"),
            Expected::Error("dpop_invalid_type"),
        ),
        ("no typ", Value::Null, Expected::Error("dpop_invalid_type")),
    ] {
        f.add(
            comment,
            request(&proof_with(&with(&header, json!({"typ": typ})), &claims)),
            expected,
            &["typ"],
        );
    }
    let unsigned = |alg: &str| {
        format!(
            "{}.{}.",
            b64(with(&header, json!({"alg": alg})).to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        )
    };
    f.add(
        "alg none",
        request(&unsigned("none")),
        Expected::Error("alg_none"),
        &["alg-none"],
    );
    f.add(
        "alg HS256 keyed with the jwk's text",
        request(&compact(
            &with(&header, json!({"alg": "HS256"})),
            claims.to_string().as_bytes(),
            |i| {
                hmac::sign(
                    &hmac::Key::new(hmac::HMAC_SHA256, client.to_string().as_bytes()),
                    i,
                )
                .as_ref()
                .to_vec()
            },
        )),
        Expected::Error("alg_confusion"),
        &["alg-confusion"],
    );
    f.add(
        "ES256 not in the allow-list",
        with(
            &request(&good),
            json!({"options": {"algorithms": ["EdDSA"]}}),
        ),
        Expected::Error("algorithm_not_allowed"),
        &["allow-list"],
    );
    f.add(
        "no jwk header",
        request(&proof_with(&with(&header, json!({"jwk": null})), &claims)),
        Expected::Error("dpop_missing_jwk"),
        &["jwk"],
    );
    f.add(
        "jwk header is a string",
        request(&proof_with(
            &with(&header, json!({"jwk": client.to_string()})),
            &claims,
        )),
        Expected::Error("dpop_missing_jwk"),
        &["jwk"],
    );
    f.add(
        "jwk header carries the private key",
        request(&proof_with(
            &with(
                &header,
                json!({"jwk": with(&client, json!({"d": CLIENT_D}))}),
            ),
            &claims,
        )),
        Expected::Error("private_key_in_jwk"),
        &["jwk", "private-key"],
    );
    f.add(
        "jwk header is a symmetric key",
        request(&proof_with(
            &with(&header, json!({"jwk": {"kty": "oct", "k": "c2VjcmV0"}})),
            &claims,
        )),
        Expected::Error("unsupported_key"),
        &["jwk"],
    );
    f.add(
        "jwk header is an Ed25519 key under alg ES256",
        request(&proof_with(
            &with(&header, json!({"jwk": ed_jwk()})),
            &claims,
        )),
        Expected::Error("key_type_mismatch"),
        &["jwk"],
    );
    f.add(
        "signed by a key other than the jwk header's",
        request(&compact(
            &with(&header, json!({"jwk": ec_jwk()})),
            claims.to_string().as_bytes(),
            |i| Keys::ec(&keys.client, i),
        )),
        Expected::Error("invalid_signature"),
        &["jwk"],
    );
    f.add(
        "DER-encoded ECDSA signature",
        request(&compact(&header, claims.to_string().as_bytes(), |i| {
            Keys::ec(&keys.client_der, i)
        })),
        Expected::Error("invalid_signature_format"),
        &["der-signature"],
    );
    f.add(
        "a crit extension",
        request(&proof_with(
            &with(&header, json!({"crit": ["x"], "x": 1})),
            &claims,
        )),
        Expected::Error("unsupported_critical_header"),
        &["crit"],
    );

    // htm
    for (comment, htm) in [("htm GET for a POST", "GET"), ("htm in lower case", "post")] {
        f.add(
            comment,
            request(&proof_with(&header, &with(&claims, json!({"htm": htm})))),
            Expected::Error("dpop_htm_mismatch"),
            &["htm"],
        );
    }

    // htu
    for (comment, htu, url, expected) in [
        (
            "htu with upper-case host and the default port",
            "HTTPS://Server.Example.COM:443/token",
            TOKEN_URL,
            Expected::Valid,
        ),
        (
            "request URL with a query, htu without",
            TOKEN_URL,
            "https://server.example.com/token?x=1",
            Expected::Valid,
        ),
        (
            "htu with a query and fragment (ignored)",
            "https://server.example.com/token?a=b#c",
            TOKEN_URL,
            Expected::Valid,
        ),
        (
            "htu with a dot segment",
            "https://server.example.com/oauth/../token",
            TOKEN_URL,
            Expected::Valid,
        ),
        (
            "htu with an encoded unreserved character",
            "https://server.example.com/%74oken",
            TOKEN_URL,
            Expected::Valid,
        ),
        (
            "htu for another path",
            "https://server.example.com/authorize",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu for another host",
            "https://evil.example.com/token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu over http",
            "http://server.example.com/token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu with another port",
            "https://server.example.com:8443/token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu with a trailing slash",
            "https://server.example.com/token/",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "path case differs",
            "https://server.example.com/Token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu is not a URL",
            "/token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "htu with userinfo",
            "https://user@server.example.com/token",
            TOKEN_URL,
            Expected::Error("dpop_htu_mismatch"),
        ),
        (
            "the request URL itself is unusable",
            TOKEN_URL,
            "server.example.com/token",
            Expected::Error("invalid_url"),
        ),
    ] {
        f.add(
            comment,
            with(
                &request(&proof_with(&header, &with(&claims, json!({"htu": htu})))),
                json!({"url": url}),
            ),
            expected,
            &["htu"],
        );
    }

    // iat window: default max age 60 s, future leeway 5 s.
    for (comment, iat, expected) in [
        (
            "iat 2 minutes old",
            NOW - 120,
            Expected::Error("dpop_iat_out_of_window"),
        ),
        ("iat exactly 60 s old", NOW - 60, Expected::Valid),
        (
            "iat 61 s old",
            NOW - 61,
            Expected::Error("dpop_iat_out_of_window"),
        ),
        ("iat 5 s ahead", NOW + 5, Expected::Valid),
        (
            "iat 6 s ahead",
            NOW + 6,
            Expected::Error("dpop_iat_out_of_window"),
        ),
        (
            "iat an hour ahead",
            NOW + 3600,
            Expected::Error("dpop_iat_out_of_window"),
        ),
    ] {
        f.add(
            comment,
            request(&proof_with(&header, &with(&claims, json!({"iat": iat})))),
            expected,
            &["iat"],
        );
    }
    f.add(
        "iat 2 minutes old with max_age_secs 300",
        with(
            &request(&proof_with(
                &header,
                &with(&claims, json!({"iat": NOW - 120})),
            )),
            json!({"options": {"max_age_secs": 300}}),
        ),
        Expected::Valid,
        &["iat"],
    );

    // Required claims.
    for name in ["jti", "htm", "htu", "iat"] {
        f.add(
            &format!("no {name}"),
            request(&proof_with(&header, &with(&claims, json!({ name: null })))),
            Expected::Error("missing_claim"),
            &["claims"],
        );
    }
    f.add(
        "iat is a string",
        request(&proof_with(
            &header,
            &with(&claims, json!({"iat": NOW.to_string()})),
        )),
        Expected::Error("invalid_claim"),
        &["claims"],
    );
    f.add(
        "jti is empty",
        request(&proof_with(&header, &with(&claims, json!({"jti": ""})))),
        Expected::Error("invalid_claim"),
        &["claims"],
    );

    // Replay.
    f.add(
        "the same proof twice",
        with(&request(&good), json!({"prior_proofs": [good]})),
        Expected::Error("dpop_replayed"),
        &["replay"],
    );
    f.add(
        "a new proof reusing an earlier proof's jti with the same key",
        with(
            &request(&proof_with(
                &header,
                &with(&claims, json!({"iat": NOW - 1})),
            )),
            json!({"prior_proofs": [good]}),
        ),
        Expected::Error("dpop_replayed"),
        &["replay"],
    );
    let ed_same_jti = compact(&ed_header, claims.to_string().as_bytes(), |i| {
        keys.ed.sign(i).as_ref().to_vec()
    });
    f.add(
        "the same jti from a different key is not a replay",
        with(&request(&good), json!({"prior_proofs": [ed_same_jti]})),
        Expected::Valid,
        &["replay"],
    );
    f.add(
        "a fresh jti after another proof",
        with(
            &request(&proof_with(
                &header,
                &with(&claims, json!({"jti": "second"})),
            )),
            json!({"prior_proofs": [good]}),
        ),
        Expected::Valid,
        &["replay"],
    );

    // Nonce.
    for (comment, nonce, expected) in [
        (
            "the server's nonce",
            json!("eyJ7S_zG.eyJH0-Z.HX4w-7v"),
            Expected::Valid,
        ),
        (
            "another nonce",
            json!("stale-nonce"),
            Expected::Error("dpop_nonce_mismatch"),
        ),
        (
            "no nonce although the server requires one",
            Value::Null,
            Expected::Error("dpop_nonce_mismatch"),
        ),
    ] {
        f.add(
            comment,
            with(
                &request(&proof_with(
                    &header,
                    &with(&claims, json!({"nonce": nonce})),
                )),
                json!({"nonce": "eyJ7S_zG.eyJH0-Z.HX4w-7v"}),
            ),
            expected,
            &["nonce"],
        );
    }
    f
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../spec/test-vectors");
    std::fs::create_dir_all(&dir).unwrap();
    let keys = Keys::load();
    // The RFC 8037 A.4 signature is deterministic: regenerating it checks the key constants.
    let a4_input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    assert_eq!(
        format!(
            "{a4_input}.{}",
            b64(keys.ed.sign(a4_input.as_bytes()).as_ref())
        ),
        RFC8037_A4
    );
    // So is RS256 (RFC 7515 A.2).
    let a2_input = format!("eyJhbGciOiJSUzI1NiJ9.{RFC7515_PAYLOAD_B64}");
    assert_eq!(
        b64(&keys.rsa_sign(&RSA_PKCS1_SHA256, a2_input.as_bytes())),
        RFC7515_A2_SIG
    );
    jws_vectors(&keys).write(&dir);
    jwks_vectors(&keys).write(&dir);
    jwk_vectors().write(&dir);
    claims_vectors(&keys).write(&dir);
    dpop_vectors(&keys).write(&dir);
}
