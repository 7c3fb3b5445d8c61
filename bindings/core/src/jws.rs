//! JWS Compact Serialization verification (RFC 7515 §5.2, §7.1).
//!
//! The order of checks is fixed, because the shared test vectors pin the exact error kind a
//! token earns and every binding must agree: size, shape (three parts), header base64url,
//! header JSON, `alg` (none / HMAC / unknown / not allowed), `crit`, payload and signature
//! base64url, then the key (type, `alg`, `use`, RSA size), the signature's shape and finally
//! the signature itself. Cheap structural checks therefore always win over cryptography, and
//! nothing about the key is consulted before the header has been judged acceptable.
//!
//! The verifier never looks at `jku`, `x5u`, `x5c` or an embedded `jwk` to find a key:
//! the caller supplies the key or key set (RFC 8725 §3.10). The one place an embedded `jwk`
//! is used is a DPoP proof, handled in [`crate::dpop`].

use serde_json::{Map, Value};

use crate::alg::Algorithm;
use crate::encoding::{b64_decode, parse_object};
use crate::error::{ErrorKind, Result, err};
use crate::jwk::{Jwk, JwkSet};

/// Default upper bound on a token's length in bytes.
pub const DEFAULT_MAX_TOKEN_BYTES: usize = 16 * 1024;

/// Header parameters registered by RFC 7515 §4.1 and RFC 7518 for JWS; they may not be listed
/// in `crit` (RFC 7515 §4.1.11).
const REGISTERED_HEADERS: &[&str] = &[
    "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit",
];

/// A protected header whose `alg` is one this crate implements.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub alg: Algorithm,
    pub kid: Option<String>,
    pub typ: Option<String>,
    pub cty: Option<String>,
    /// The `crit` list, empty when absent.
    pub crit: Vec<String>,
    raw: Map<String, Value>,
}

impl Header {
    /// Any header member, including the ones with typed fields.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.raw.get(name)
    }

    /// All header members as parsed.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }

    /// All header members as parsed, owned.
    pub fn into_raw(self) -> Map<String, Value> {
        self.raw
    }

    /// The header as JSON text.
    pub fn to_json(&self) -> String {
        // A map of JSON values always serializes.
        serde_json::to_string(&self.raw).unwrap_or_default()
    }

    fn from_map(raw: Map<String, Value>) -> Result<Header> {
        let alg = match raw.get("alg") {
            Some(Value::String(alg)) => Algorithm::parse(alg)?,
            Some(_) => return err(ErrorKind::InvalidHeader, "header \"alg\" must be a string"),
            None => return err(ErrorKind::InvalidHeader, "header has no \"alg\""),
        };
        let string = |name: &str| -> Result<Option<String>> {
            match raw.get(name) {
                None => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => err(
                    ErrorKind::InvalidHeader,
                    format!("header {name:?} must be a string"),
                ),
            }
        };
        let kid = string("kid")?;
        let typ = string("typ")?;
        let cty = string("cty")?;
        let crit = match raw.get("crit") {
            None => Vec::new(),
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.clone()),
                    _ => err(
                        ErrorKind::InvalidHeader,
                        "header \"crit\" must hold strings",
                    ),
                })
                .collect::<Result<Vec<_>>>()?,
            Some(_) => {
                return err(
                    ErrorKind::InvalidHeader,
                    "header \"crit\" must be a non-empty array (RFC 7515 §4.1.11)",
                );
            }
        };
        Ok(Header {
            alg,
            kid,
            typ,
            cty,
            crit,
            raw,
        })
    }
}

/// Options for JWS-level verification (no claims).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwsOptions {
    /// The algorithm allow-list; must not be empty.
    pub algorithms: Vec<Algorithm>,
    /// `crit` extension names the caller processes itself; any other name in `crit` is
    /// refused. Empty by default: this crate implements no JWS extension.
    pub critical_headers: Vec<String>,
    /// Tokens longer than this are refused before any parsing.
    pub max_token_bytes: usize,
}

impl JwsOptions {
    pub fn new(algorithms: impl IntoIterator<Item = Algorithm>) -> Self {
        JwsOptions {
            algorithms: algorithms.into_iter().collect(),
            critical_headers: Vec::new(),
            max_token_bytes: DEFAULT_MAX_TOKEN_BYTES,
        }
    }

    /// Checks the options themselves: a non-empty allow-list, a positive size limit, and no
    /// registered header name among `critical_headers`.
    pub fn validate(&self) -> Result<()> {
        if self.algorithms.is_empty() {
            return err(
                ErrorKind::InvalidConfiguration,
                "the algorithm allow-list is empty",
            );
        }
        if self.max_token_bytes == 0 {
            return err(
                ErrorKind::InvalidConfiguration,
                "max_token_bytes must be positive",
            );
        }
        if let Some(name) = self
            .critical_headers
            .iter()
            .find(|n| REGISTERED_HEADERS.contains(&n.as_str()))
        {
            return err(
                ErrorKind::InvalidConfiguration,
                format!("{name:?} is a registered header and cannot be a crit extension"),
            );
        }
        Ok(())
    }
}

/// A JWS whose signature has been verified.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedJws {
    pub header: Header,
    /// The payload octets (RFC 7515 allows any payload; JWTs carry a JSON object).
    pub payload: Vec<u8>,
}

/// A compact JWS parsed and checked up to, not including, the key and signature.
pub(crate) struct ParsedJws<'a> {
    pub(crate) header: Header,
    pub(crate) signing_input: &'a str,
    pub(crate) payload: Vec<u8>,
    pub(crate) signature: Vec<u8>,
}

fn split_compact(token: &str, max_bytes: usize) -> Result<[&str; 3]> {
    if token.len() > max_bytes {
        return err(
            ErrorKind::TokenTooLarge,
            format!("token is {} bytes; the limit is {max_bytes}", token.len()),
        );
    }
    let mut parts = token.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(h), Some(p), Some(s), None) => Ok([h, p, s]),
        _ => {
            let count = token.split('.').count();
            let hint = if count == 5 {
                " (a JWE; only signed tokens are accepted)"
            } else {
                ""
            };
            err(
                ErrorKind::MalformedToken,
                format!("a compact JWS has 3 dot-separated parts, this has {count}{hint}"),
            )
        }
    }
}

fn parse_header(encoded: &str) -> Result<Header> {
    let bytes = b64_decode(encoded, "header")?;
    let map = parse_object(&bytes, ErrorKind::InvalidHeader, "header")?;
    Header::from_map(map)
}

/// Decodes a token's header without verifying anything else, e.g. to read `kid` before
/// fetching keys. Never trust what it returns beyond choosing a key.
pub fn decode_header(token: &str) -> Result<Header> {
    let [header, _, _] = split_compact(token, DEFAULT_MAX_TOKEN_BYTES)?;
    parse_header(header)
}

/// Parses a compact JWS and applies every check that does not need the key.
pub(crate) fn parse_compact<'a>(token: &'a str, options: &JwsOptions) -> Result<ParsedJws<'a>> {
    let [header_b64, payload_b64, signature_b64] = split_compact(token, options.max_token_bytes)?;
    let header = parse_header(header_b64)?;
    if !options.algorithms.contains(&header.alg) {
        return err(
            ErrorKind::AlgorithmNotAllowed,
            format!("alg {} is not in the allow-list", header.alg),
        );
    }
    for name in &header.crit {
        if REGISTERED_HEADERS.contains(&name.as_str()) {
            return err(
                ErrorKind::InvalidHeader,
                format!("crit lists the registered header {name:?} (RFC 7515 §4.1.11)"),
            );
        }
        if !options.critical_headers.iter().any(|c| c == name) {
            return err(
                ErrorKind::UnsupportedCriticalHeader,
                format!("crit extension {name:?} is not understood"),
            );
        }
        if !header.raw.contains_key(name) {
            return err(
                ErrorKind::InvalidHeader,
                format!("crit lists {name:?} but the header does not carry it"),
            );
        }
    }
    let payload = b64_decode(payload_b64, "payload")?;
    let signature = b64_decode(signature_b64, "signature")?;
    let signing_input = &token[..header_b64.len() + 1 + payload_b64.len()];
    Ok(ParsedJws {
        header,
        signing_input,
        payload,
        signature,
    })
}

impl ParsedJws<'_> {
    pub(crate) fn verify_with(&self, key: &Jwk) -> Result<()> {
        key.verify_signature(
            self.header.alg,
            self.signing_input.as_bytes(),
            &self.signature,
        )
    }
}

/// Verifies a compact JWS with one key.
pub fn verify_jws(token: &str, key: &Jwk, options: &JwsOptions) -> Result<VerifiedJws> {
    options.validate()?;
    let parsed = parse_compact(token, options)?;
    parsed.verify_with(key)?;
    Ok(VerifiedJws {
        header: parsed.header,
        payload: parsed.payload,
    })
}

/// Verifies a compact JWS with the key a JWK Set selects for its `kid` and `alg`
/// (see [`JwkSet::select`]).
pub fn verify_jws_with_jwks(
    token: &str,
    keys: &JwkSet,
    options: &JwsOptions,
) -> Result<VerifiedJws> {
    options.validate()?;
    let parsed = parse_compact(token, options)?;
    let key = keys.select(parsed.header.kid.as_deref(), parsed.header.alg)?;
    parsed.verify_with(key)?;
    Ok(VerifiedJws {
        header: parsed.header,
        payload: parsed.payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_counts() {
        let o = JwsOptions::new([Algorithm::ES256]);
        for t in ["", "a", "a.b", "a.b.c.d", "a.b.c.d.e"] {
            assert_eq!(
                parse_compact(t, &o).err().unwrap().kind(),
                ErrorKind::MalformedToken,
                "{t:?}"
            );
        }
    }

    #[test]
    fn size_limit_comes_first() {
        let mut o = JwsOptions::new([Algorithm::ES256]);
        o.max_token_bytes = 4;
        assert_eq!(
            parse_compact("a.b.c.d", &o).err().unwrap().kind(),
            ErrorKind::TokenTooLarge
        );
    }
}
