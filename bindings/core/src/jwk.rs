//! Public JSON Web Keys (RFC 7517) and JWK Sets, ready to verify.
//!
//! A [`Jwk`] is validated once, when it is parsed: coordinates must have their exact
//! length (RFC 7518 §6.2.1.2), EC points must lie on their curve, private members are refused
//! (a verifier has no business holding them, and a DPoP `jwk` header that carries them is an
//! attack or a bug), and the aws-lc public key is built then, so verifying a signature does
//! no key parsing. Its RFC 7638 thumbprint is computed at the same time.
//!
//! Whether a key may verify a given `alg` is a separate question ([`Jwk::supports`]) with its
//! own error kinds: a wrong key type, a JWK `alg` that differs from the header's, a `use`
//! other than `sig`, and RSA moduli under 2048 bits. Small RSA keys still parse, so that a
//! token signed with one is reported as [`ErrorKind::RsaKeyTooSmall`] rather than as a
//! missing key.
//!
//! A [`JwkSet`] keeps the keys it can use and lists the ones it skipped, as RFC 7517 §5
//! asks ("ignore JWKs ... that use kty values that are not understood").

use std::fmt;

use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_ASN1, ECDSA_P384_SHA384_ASN1, ED25519, ParsedPublicKey,
    RSA_PKCS1_2048_8192_SHA256, RSA_PSS_2048_8192_SHA256, RsaPublicKeyComponents,
};
use serde_json::{Map, Value};

use crate::alg::Algorithm;
use crate::encoding::{b64_decode, b64url, parse_object, parse_value, sha256_b64url};
use crate::error::{Error, ErrorKind, Result, err};

/// Members that only a private or symmetric JWK has (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2).
const PRIVATE_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// Smallest RSA modulus accepted for verification, in bits (RFC 7518 §3.3).
pub const MIN_RSA_BITS: usize = 2048;
/// Largest RSA modulus accepted, in bits.
pub const MAX_RSA_BITS: usize = 8192;

/// An elliptic curve for ECDSA keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EcCurve {
    P256,
    P384,
}

impl EcCurve {
    pub const fn as_str(self) -> &'static str {
        match self {
            EcCurve::P256 => "P-256",
            EcCurve::P384 => "P-384",
        }
    }

    const fn coordinate_len(self) -> usize {
        match self {
            EcCurve::P256 => 32,
            EcCurve::P384 => 48,
        }
    }
}

/// The public key material of a JWK, as raw big-endian bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyMaterial {
    /// `kty: EC`: the affine coordinates, each exactly the curve's length.
    Ec {
        curve: EcCurve,
        x: Vec<u8>,
        y: Vec<u8>,
    },
    /// `kty: RSA`: modulus and exponent without leading zero bytes.
    Rsa { n: Vec<u8>, e: Vec<u8> },
    /// `kty: OKP, crv: Ed25519`: the 32-byte public key.
    Ed25519 { x: Vec<u8> },
}

/// The aws-lc key objects, built once at parse time.
#[derive(Clone)]
enum Prepared {
    Ec(ParsedPublicKey),
    Rsa {
        pkcs1: ParsedPublicKey,
        pss: ParsedPublicKey,
    },
    /// Under [`MIN_RSA_BITS`]: parsed for reporting, never used.
    RsaTooSmall,
    Ed25519(ParsedPublicKey),
}

/// A validated public JWK.
#[derive(Clone)]
pub struct Jwk {
    kid: Option<String>,
    key_use: Option<String>,
    key_ops: Option<Vec<String>>,
    alg: Option<String>,
    material: KeyMaterial,
    prepared: Prepared,
    thumbprint: String,
}

impl fmt::Debug for Jwk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Jwk")
            .field("kty", &self.kty())
            .field("crv", &self.curve())
            .field("kid", &self.kid)
            .field("use", &self.key_use)
            .field("alg", &self.alg)
            .field("thumbprint", &self.thumbprint)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Jwk {
    fn eq(&self, other: &Self) -> bool {
        self.kid == other.kid
            && self.key_use == other.key_use
            && self.key_ops == other.key_ops
            && self.alg == other.alg
            && self.material == other.material
    }
}

fn optional_string(map: &Map<String, Value>, name: &str) -> Result<Option<String>> {
    match map.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => err(
            ErrorKind::InvalidKey,
            format!("JWK member {name:?} must be a string"),
        ),
    }
}

fn required_b64(map: &Map<String, Value>, name: &str) -> Result<Vec<u8>> {
    match map.get(name) {
        Some(Value::String(s)) => b64_decode(s, &format!("JWK member {name:?}"))
            .map_err(|e| Error::new(ErrorKind::InvalidKey, e.message())),
        Some(_) => err(
            ErrorKind::InvalidKey,
            format!("JWK member {name:?} must be a string"),
        ),
        None => err(
            ErrorKind::InvalidKey,
            format!("JWK is missing member {name:?}"),
        ),
    }
}

fn required_str<'a>(map: &'a Map<String, Value>, name: &str) -> Result<&'a str> {
    match map.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => err(
            ErrorKind::InvalidKey,
            format!("JWK member {name:?} must be a string"),
        ),
        None => err(
            ErrorKind::InvalidKey,
            format!("JWK is missing member {name:?}"),
        ),
    }
}

fn strip_leading_zeros(bytes: Vec<u8>) -> Vec<u8> {
    match bytes.iter().position(|b| *b != 0) {
        Some(0) => bytes,
        Some(i) => bytes[i..].to_vec(),
        None => Vec::new(),
    }
}

fn bit_len(bytes: &[u8]) -> usize {
    match bytes.first() {
        Some(first) => bytes.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

impl Jwk {
    /// Parses a public JWK from JSON text.
    pub fn from_json(text: &str) -> Result<Jwk> {
        let map = parse_object(text.as_bytes(), ErrorKind::InvalidKey, "JWK")?;
        Jwk::from_map(&map)
    }

    /// Parses a public JWK from an already-parsed JSON value.
    pub fn from_value(value: &Value) -> Result<Jwk> {
        match value {
            Value::Object(map) => Jwk::from_map(map),
            _ => err(ErrorKind::InvalidKey, "JWK is not a JSON object"),
        }
    }

    /// Parses a public JWK from a JSON object's members.
    pub fn from_map(map: &Map<String, Value>) -> Result<Jwk> {
        let kty = required_str(map, "kty")?;
        if !matches!(kty, "EC" | "RSA" | "OKP") {
            return err(
                ErrorKind::UnsupportedKey,
                format!("key type {kty:?} is not supported (only EC, RSA and OKP public keys)"),
            );
        }
        if let Some(member) = PRIVATE_MEMBERS.iter().find(|m| map.contains_key(**m)) {
            return err(
                ErrorKind::PrivateKeyInJwk,
                format!("JWK carries the private member {member:?}; only public keys are accepted"),
            );
        }
        let kid = optional_string(map, "kid")?;
        let key_use = optional_string(map, "use")?;
        let alg = optional_string(map, "alg")?;
        let key_ops = match map.get("key_ops") {
            None => None,
            Some(Value::Array(items)) => Some(
                items
                    .iter()
                    .map(|v| match v {
                        Value::String(s) => Ok(s.clone()),
                        _ => err(ErrorKind::InvalidKey, "JWK key_ops must hold strings"),
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
            Some(_) => return err(ErrorKind::InvalidKey, "JWK key_ops must be an array"),
        };

        let (material, prepared) = match kty {
            "EC" => {
                let curve = match required_str(map, "crv")? {
                    "P-256" => EcCurve::P256,
                    "P-384" => EcCurve::P384,
                    other => {
                        return err(
                            ErrorKind::UnsupportedKey,
                            format!("EC curve {other:?} is not supported (P-256, P-384)"),
                        );
                    }
                };
                let x = required_b64(map, "x")?;
                let y = required_b64(map, "y")?;
                let len = curve.coordinate_len();
                if x.len() != len || y.len() != len {
                    return err(
                        ErrorKind::InvalidKey,
                        format!(
                            "{} coordinates must be exactly {len} bytes (RFC 7518 §6.2.1.2)",
                            curve.as_str()
                        ),
                    );
                }
                let mut point = Vec::with_capacity(1 + 2 * len);
                point.push(4);
                point.extend_from_slice(&x);
                point.extend_from_slice(&y);
                let algorithm = match curve {
                    // DER signatures: `verify_signature` re-encodes the JWS `r || s` itself
                    // (see `ecdsa_der`), which skips aws-lc-rs's BIGNUM round trip.
                    EcCurve::P256 => &ECDSA_P256_SHA256_ASN1,
                    EcCurve::P384 => &ECDSA_P384_SHA384_ASN1,
                };
                let parsed = ParsedPublicKey::new(algorithm, &point).map_err(|_| {
                    Error::new(
                        ErrorKind::InvalidKey,
                        format!("the point is not on {}", curve.as_str()),
                    )
                })?;
                (KeyMaterial::Ec { curve, x, y }, Prepared::Ec(parsed))
            }
            "RSA" => {
                let n = strip_leading_zeros(required_b64(map, "n")?);
                let e = strip_leading_zeros(required_b64(map, "e")?);
                let bits = bit_len(&n);
                if bits > MAX_RSA_BITS {
                    return err(
                        ErrorKind::UnsupportedKey,
                        format!("RSA moduli over {MAX_RSA_BITS} bits are not supported"),
                    );
                }
                let e_odd = e.last().is_some_and(|b| b & 1 == 1);
                if e.is_empty() || e.len() > 4 || !e_odd || e == [1] {
                    return err(
                        ErrorKind::InvalidKey,
                        "RSA exponent must be odd, greater than 1 and at most 32 bits",
                    );
                }
                if bits < 512 || n.last().is_none_or(|b| b & 1 == 0) {
                    return err(
                        ErrorKind::InvalidKey,
                        "RSA modulus is not a plausible modulus",
                    );
                }
                let prepared = if bits < MIN_RSA_BITS {
                    Prepared::RsaTooSmall
                } else {
                    let components = RsaPublicKeyComponents {
                        n: n.as_slice(),
                        e: e.as_slice(),
                    };
                    let reject =
                        |_| Error::new(ErrorKind::InvalidKey, "RSA components were rejected");
                    Prepared::Rsa {
                        pkcs1: components
                            .to_parsed_public_key(&RSA_PKCS1_2048_8192_SHA256)
                            .map_err(reject)?,
                        pss: components
                            .to_parsed_public_key(&RSA_PSS_2048_8192_SHA256)
                            .map_err(reject)?,
                    }
                };
                (KeyMaterial::Rsa { n, e }, prepared)
            }
            _ => {
                let crv = required_str(map, "crv")?;
                if crv != "Ed25519" {
                    return err(
                        ErrorKind::UnsupportedKey,
                        format!("OKP curve {crv:?} is not supported (Ed25519 only)"),
                    );
                }
                let x = required_b64(map, "x")?;
                if x.len() != 32 {
                    return err(ErrorKind::InvalidKey, "Ed25519 public key must be 32 bytes");
                }
                let parsed = ParsedPublicKey::new(&ED25519, &x).map_err(|_| {
                    Error::new(ErrorKind::InvalidKey, "Ed25519 public key was rejected")
                })?;
                (KeyMaterial::Ed25519 { x }, Prepared::Ed25519(parsed))
            }
        };
        let thumbprint = sha256_b64url(thumbprint_input(&material).as_bytes());
        Ok(Jwk {
            kid,
            key_use,
            key_ops,
            alg,
            material,
            prepared,
            thumbprint,
        })
    }

    pub fn kid(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    /// The JWK `use` member, if any.
    pub fn key_use(&self) -> Option<&str> {
        self.key_use.as_deref()
    }

    pub fn key_ops(&self) -> Option<&[String]> {
        self.key_ops.as_deref()
    }

    /// The JWK `alg` member, if any (not necessarily one this crate supports).
    pub fn alg(&self) -> Option<&str> {
        self.alg.as_deref()
    }

    pub fn material(&self) -> &KeyMaterial {
        &self.material
    }

    pub fn kty(&self) -> &'static str {
        match self.material {
            KeyMaterial::Ec { .. } => "EC",
            KeyMaterial::Rsa { .. } => "RSA",
            KeyMaterial::Ed25519 { .. } => "OKP",
        }
    }

    pub fn curve(&self) -> Option<&'static str> {
        match &self.material {
            KeyMaterial::Ec { curve, .. } => Some(curve.as_str()),
            KeyMaterial::Rsa { .. } => None,
            KeyMaterial::Ed25519 { .. } => Some("Ed25519"),
        }
    }

    /// The RSA modulus length in bits, for RSA keys.
    pub fn rsa_bits(&self) -> Option<usize> {
        match &self.material {
            KeyMaterial::Rsa { n, .. } => Some(bit_len(n)),
            _ => None,
        }
    }

    /// The RFC 7638 JWK SHA-256 thumbprint, base64url: the value DPoP's `cnf.jkt` carries
    /// (RFC 9449 §6.1).
    pub fn thumbprint(&self) -> &str {
        &self.thumbprint
    }

    /// The public key as JSON text: the key members plus `kid`, `use`, `key_ops` and `alg`
    /// when present.
    pub fn to_json(&self) -> String {
        let mut map = Map::new();
        map.insert("kty".into(), self.kty().into());
        match &self.material {
            KeyMaterial::Ec { curve, x, y } => {
                map.insert("crv".into(), curve.as_str().into());
                map.insert("x".into(), b64url(x).into());
                map.insert("y".into(), b64url(y).into());
            }
            KeyMaterial::Rsa { n, e } => {
                map.insert("n".into(), b64url(n).into());
                map.insert("e".into(), b64url(e).into());
            }
            KeyMaterial::Ed25519 { x } => {
                map.insert("crv".into(), "Ed25519".into());
                map.insert("x".into(), b64url(x).into());
            }
        }
        if let Some(kid) = &self.kid {
            map.insert("kid".into(), kid.as_str().into());
        }
        if let Some(key_use) = &self.key_use {
            map.insert("use".into(), key_use.as_str().into());
        }
        if let Some(ops) = &self.key_ops {
            map.insert("key_ops".into(), ops.clone().into());
        }
        if let Some(alg) = &self.alg {
            map.insert("alg".into(), alg.as_str().into());
        }
        Value::Object(map).to_string()
    }

    /// Whether this key may verify signatures made with `alg`: the key type and curve fit
    /// the algorithm, the JWK's own `alg` (if any) is the same, `use` (if any) is `sig`,
    /// `key_ops` (if any) includes `verify`, and RSA keys have at least 2048 bits.
    pub fn supports(&self, alg: Algorithm) -> Result<()> {
        let fits = matches!(
            (alg, &self.material),
            (
                Algorithm::ES256,
                KeyMaterial::Ec {
                    curve: EcCurve::P256,
                    ..
                }
            ) | (
                Algorithm::ES384,
                KeyMaterial::Ec {
                    curve: EcCurve::P384,
                    ..
                }
            ) | (Algorithm::RS256 | Algorithm::PS256, KeyMaterial::Rsa { .. })
                | (Algorithm::EdDSA, KeyMaterial::Ed25519 { .. })
        );
        if !fits {
            let key = match self.curve() {
                Some(crv) => format!("{} {crv}", self.kty()),
                None => self.kty().to_owned(),
            };
            return err(
                ErrorKind::KeyTypeMismatch,
                format!("a {key} key cannot verify {alg}"),
            );
        }
        if let Some(key_alg) = &self.alg
            && key_alg != alg.as_str()
        {
            return err(
                ErrorKind::KeyAlgMismatch,
                format!("the key is for {key_alg:?}, the token uses {alg}"),
            );
        }
        if let Some(key_use) = &self.key_use
            && key_use != "sig"
        {
            return err(
                ErrorKind::KeyUseMismatch,
                format!("the key's use is {key_use:?}, not \"sig\""),
            );
        }
        if let Some(ops) = &self.key_ops
            && !ops.iter().any(|op| op == "verify")
        {
            return err(
                ErrorKind::KeyUseMismatch,
                "the key's key_ops do not include \"verify\"",
            );
        }
        if matches!(self.prepared, Prepared::RsaTooSmall) {
            return err(
                ErrorKind::RsaKeyTooSmall,
                format!(
                    "RSA key has {} bits; at least {MIN_RSA_BITS} are required",
                    self.rsa_bits().unwrap_or(0)
                ),
            );
        }
        Ok(())
    }

    /// Verifies `signature` over `message` with `alg`: first [`Jwk::supports`], then the
    /// signature's shape (fixed `r || s` for ECDSA, 64 bytes for Ed25519, the modulus length
    /// for RSA), then the signature itself.
    pub fn verify_signature(&self, alg: Algorithm, message: &[u8], signature: &[u8]) -> Result<()> {
        self.supports(alg)?;
        let (parsed, expected_len) = match (&self.prepared, alg) {
            (Prepared::Ec(key), _) => (key, alg.ecdsa_coordinate_len().map(|l| 2 * l)),
            (Prepared::Ed25519(key), _) => (key, Some(64)),
            (Prepared::Rsa { pkcs1, .. }, Algorithm::RS256) => {
                (pkcs1, self.rsa_bits().map(|b| b.div_ceil(8)))
            }
            (Prepared::Rsa { pss, .. }, _) => (pss, self.rsa_bits().map(|b| b.div_ceil(8))),
            (Prepared::RsaTooSmall, _) => {
                return err(ErrorKind::RsaKeyTooSmall, "RSA key is too small");
            }
        };
        if let Some(expected) = expected_len
            && signature.len() != expected
        {
            let hint = if alg.ecdsa_coordinate_len().is_some() && signature.first() == Some(&0x30) {
                " (it looks DER-encoded; JWS requires r || s, RFC 7518 §3.4)"
            } else {
                ""
            };
            return err(
                ErrorKind::InvalidSignatureFormat,
                format!(
                    "{alg} signature must be {expected} bytes, got {}{hint}",
                    signature.len()
                ),
            );
        }
        let mut der = [0; ECDSA_DER_MAX];
        let signature = match self.prepared {
            Prepared::Ec(_) => ecdsa_der(signature, &mut der),
            _ => signature,
        };
        parsed
            .verify_sig(message, signature)
            .map_err(|_| Error::new(ErrorKind::InvalidSignature, "signature verification failed"))
    }
}

/// Room for a DER ECDSA signature over P-384: a SEQUENCE header and two INTEGERs of at most
/// 49 bytes (48 plus a sign byte) with their headers; every length fits in one byte.
const ECDSA_DER_MAX: usize = 2 + 2 * (2 + 49);

/// Re-encodes a JWS ECDSA signature, `r || s` with both halves of equal length (RFC 7518
/// §3.4), as the DER `ECDSA-Sig-Value` (RFC 3279 §2.2.3) aws-lc verifies, on the stack.
/// Each INTEGER is minimal: leading zero bytes dropped, one zero byte put back when the top
/// bit is set, so the value stays positive. Out-of-range values (0, or not below the group
/// order) are encoded as they are and refused by aws-lc, as with the fixed-size form.
fn ecdsa_der<'a>(signature: &[u8], out: &'a mut [u8; ECDSA_DER_MAX]) -> &'a [u8] {
    fn integer(value: &[u8], out: &mut [u8], at: usize) -> usize {
        let first = value
            .iter()
            .position(|b| *b != 0)
            .unwrap_or(value.len() - 1);
        let value = &value[first..];
        let pad = usize::from(value[0] & 0x80 != 0);
        out[at] = 0x02;
        // At most 49: the callers' halves are 32 or 48 bytes.
        #[allow(clippy::cast_possible_truncation)]
        let len = (pad + value.len()) as u8;
        out[at + 1] = len;
        out[at + 2] = 0;
        out[at + 2 + pad..at + 2 + usize::from(len)].copy_from_slice(value);
        at + 2 + usize::from(len)
    }
    if signature.is_empty() || !signature.len().is_multiple_of(2) || signature.len() > 96 {
        // Not an `r || s` of a supported curve (the caller checked the length already):
        // nothing that could verify.
        return &out[..0];
    }
    let (r, s) = signature.split_at(signature.len() / 2);
    let end = integer(r, out, 2);
    let end = integer(s, out, end);
    out[0] = 0x30;
    #[allow(clippy::cast_possible_truncation)]
    {
        out[1] = (end - 2) as u8;
    }
    &out[..end]
}

/// RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace. Every
/// value is base64url or a fixed name, so none needs JSON escaping.
fn thumbprint_input(material: &KeyMaterial) -> String {
    match material {
        KeyMaterial::Ec { curve, x, y } => format!(
            r#"{{"crv":"{}","kty":"EC","x":"{}","y":"{}"}}"#,
            curve.as_str(),
            b64url(x),
            b64url(y)
        ),
        KeyMaterial::Rsa { n, e } => {
            format!(r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#, b64url(e), b64url(n))
        }
        KeyMaterial::Ed25519 { x } => {
            format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#, b64url(x))
        }
    }
}

/// A key a [`JwkSet`] left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedKey {
    /// Position in the document's `keys` array.
    pub index: usize,
    pub kid: Option<String>,
    pub error: Error,
}

/// A JWK Set (RFC 7517 §5): the usable keys, in document order, and the skipped ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JwkSet {
    keys: Vec<Jwk>,
    skipped: Vec<SkippedKey>,
}

impl JwkSet {
    /// More keys than this in one document is refused as [`ErrorKind::InvalidJwks`]: every
    /// key costs a parse, and no issuer needs more.
    pub const MAX_KEYS: usize = 100;

    /// Parses a JWK Set document. Keys that cannot be used (unsupported types, malformed or
    /// private members) are skipped and listed in [`JwkSet::skipped`].
    pub fn from_json(text: &str) -> Result<JwkSet> {
        let value = parse_value(text, ErrorKind::InvalidJwks, "JWK Set")?;
        let Some(Value::Array(items)) = value.get("keys") else {
            return err(
                ErrorKind::InvalidJwks,
                "JWK Set must be an object with a \"keys\" array",
            );
        };
        if items.len() > Self::MAX_KEYS {
            return err(
                ErrorKind::InvalidJwks,
                format!(
                    "JWK Set has {} keys; at most {} are accepted",
                    items.len(),
                    Self::MAX_KEYS
                ),
            );
        }
        let mut set = JwkSet::default();
        for (index, item) in items.iter().enumerate() {
            match Jwk::from_value(item) {
                Ok(jwk) => set.keys.push(jwk),
                Err(error) => set.skipped.push(SkippedKey {
                    index,
                    kid: item.get("kid").and_then(Value::as_str).map(str::to_owned),
                    error,
                }),
            }
        }
        Ok(set)
    }

    /// A set made of the given keys.
    pub fn from_keys(keys: Vec<Jwk>) -> JwkSet {
        JwkSet {
            keys,
            skipped: Vec::new(),
        }
    }

    pub fn keys(&self) -> &[Jwk] {
        &self.keys
    }

    pub fn skipped(&self) -> &[SkippedKey] {
        &self.skipped
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True if some usable key has this `kid`.
    pub fn contains_kid(&self, kid: &str) -> bool {
        self.keys.iter().any(|k| k.kid() == Some(kid))
    }

    /// Picks the key to verify a token with header `kid` and `alg`.
    ///
    /// With a `kid`: the first key with that `kid` that [supports](Jwk::supports) `alg`;
    /// if keys have the `kid` but none supports `alg`, the first one's reason
    /// ([`ErrorKind::KeyTypeMismatch`], [`ErrorKind::KeyAlgMismatch`]...); if none has it,
    /// [`ErrorKind::KeyNotFound`]. A `kid` never falls back to a key without one.
    ///
    /// Without a `kid`: a set of one key uses it (so its reason is reported); otherwise
    /// exactly one key must support `alg`, or [`ErrorKind::AmbiguousKey`] /
    /// [`ErrorKind::KeyNotFound`].
    pub fn select(&self, kid: Option<&str>, alg: Algorithm) -> Result<&Jwk> {
        match kid {
            Some(kid) => {
                let mut first_error = None;
                for key in self.keys.iter().filter(|k| k.kid() == Some(kid)) {
                    match key.supports(alg) {
                        Ok(()) => return Ok(key),
                        Err(e) => {
                            first_error.get_or_insert(e);
                        }
                    }
                }
                Err(first_error.unwrap_or_else(|| {
                    Error::new(
                        ErrorKind::KeyNotFound,
                        format!("no key with kid {kid:?} in the JWK Set"),
                    )
                }))
            }
            None => {
                if let [only] = self.keys.as_slice() {
                    only.supports(alg)?;
                    return Ok(only);
                }
                let mut candidates = self.keys.iter().filter(|k| k.supports(alg).is_ok());
                match (candidates.next(), candidates.next()) {
                    (Some(key), None) => Ok(key),
                    (Some(_), Some(_)) => err(
                        ErrorKind::AmbiguousKey,
                        format!("the token has no kid and several keys can verify {alg}"),
                    ),
                    (None, _) => err(
                        ErrorKind::KeyNotFound,
                        format!("no key in the JWK Set can verify {alg}"),
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecdsa_der_is_minimal() {
        let mut out = [0; ECDSA_DER_MAX];
        // High bit set: a zero byte keeps the INTEGER positive.
        let mut sig = [0u8; 64];
        sig[0] = 0x80;
        sig[63] = 1;
        let der = ecdsa_der(&sig, &mut out).to_vec();
        let mut expected = vec![0x30, 38, 0x02, 33, 0x00, 0x80];
        expected.extend([0; 31]);
        expected.extend([0x02, 1, 1]);
        assert_eq!(der, expected);
        // Leading zeros dropped; an all-zero half stays one zero byte.
        let mut sig = [0u8; 96];
        sig[47] = 0x7f;
        assert_eq!(
            ecdsa_der(&sig, &mut out),
            [0x30, 6, 0x02, 1, 0x7f, 0x02, 1, 0x00]
        );
        // Nothing that could be an `r || s`: an empty (never verifying) signature.
        assert!(ecdsa_der(&[], &mut out).is_empty());
        assert!(ecdsa_der(&[1; 97], &mut out).is_empty());
    }

    const RFC7517_A1_N: &str = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

    #[test]
    fn rfc7638_thumbprint() {
        // RFC 7638 §3.1, with the extra members the example carries.
        let jwk = Jwk::from_json(&format!(
            r#"{{"kty":"RSA","n":"{RFC7517_A1_N}","e":"AQAB","alg":"RS256","kid":"2011-04-29"}}"#
        ))
        .unwrap();
        assert_eq!(
            jwk.thumbprint(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
        assert_eq!(jwk.rsa_bits(), Some(2048));
        // The thumbprint survives a round trip through to_json.
        let again = Jwk::from_json(&jwk.to_json()).unwrap();
        assert_eq!(again, jwk);
        assert_eq!(again.thumbprint(), jwk.thumbprint());
    }

    #[test]
    fn refuses_private_and_symmetric_keys() {
        let ec = r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#;
        assert_eq!(
            Jwk::from_json(ec).unwrap_err().kind(),
            ErrorKind::PrivateKeyInJwk
        );
        assert_eq!(
            Jwk::from_json(r#"{"kty":"oct","k":"AAAA"}"#)
                .unwrap_err()
                .kind(),
            ErrorKind::UnsupportedKey
        );
    }

    #[test]
    fn refuses_off_curve_points_and_short_coordinates() {
        let off = r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEyRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#;
        assert_eq!(
            Jwk::from_json(off).unwrap_err().kind(),
            ErrorKind::InvalidKey
        );
        let short = r#"{"kty":"EC","crv":"P-256","x":"AQAB","y":"AQAB"}"#;
        assert_eq!(
            Jwk::from_json(short).unwrap_err().kind(),
            ErrorKind::InvalidKey
        );
    }
}
