//! Strict base64url and strict JSON: the two parsers every untrusted byte goes through.
//!
//! base64url follows RFC 7515 §2 and Appendix C: the URL-safe alphabet, no padding, no
//! whitespace, and (stricter than many libraries) no non-zero trailing bits, so each value
//! has exactly one accepted encoding and a token cannot be altered without changing its
//! signing input.
//!
//! JSON objects are parsed with duplicate member names refused at every depth. RFC 7515 §5.2
//! lets a parser either refuse duplicates or keep the last one; refusing is the choice that
//! cannot disagree with another parser about which `alg` a header carries.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind, Result};

/// Decodes strict unpadded base64url; `what` names the part in the error message.
pub(crate) fn b64_decode(input: &str, what: &str) -> Result<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(input).map_err(|e| {
        Error::new(
            ErrorKind::InvalidBase64,
            format!("{what} is not valid base64url: {e}"),
        )
    })
}

/// Encodes unpadded base64url.
pub fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A JSON value whose objects, at every depth, have no repeated member names.
struct StrictValue(Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = StrictValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v)))
    }

    fn visit_unit<E>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_none<E>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(StrictValue(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<StrictValue, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            // One lookup per member: the entry both detects a duplicate and inserts.
            match map.entry(key) {
                serde_json::map::Entry::Occupied(entry) => {
                    return Err(de::Error::custom(format_args!(
                        "duplicate member name {:?}",
                        entry.key()
                    )));
                }
                serde_json::map::Entry::Vacant(entry) => {
                    let StrictValue(value) = access.next_value()?;
                    entry.insert(value);
                }
            }
        }
        Ok(StrictValue(Value::Object(map)))
    }
}

/// Parses `bytes` as a JSON object with no duplicate member names at any depth.
/// On failure returns an error of `kind` with `what` in the message.
pub(crate) fn parse_object(
    bytes: &[u8],
    kind: ErrorKind,
    what: &str,
) -> Result<Map<String, Value>> {
    match serde_json::from_slice::<StrictValue>(bytes) {
        Ok(StrictValue(Value::Object(map))) => Ok(map),
        Ok(_) => Err(Error::new(kind, format!("{what} is not a JSON object"))),
        Err(e) => Err(Error::new(kind, format!("{what} is not valid JSON: {e}"))),
    }
}

/// Parses JSON text into a value with duplicate member names refused at any depth.
pub(crate) fn parse_value(text: &str, kind: ErrorKind, what: &str) -> Result<Value> {
    serde_json::from_str::<StrictValue>(text)
        .map(|StrictValue(v)| v)
        .map_err(|e| Error::new(kind, format!("{what} is not valid JSON: {e}")))
}

/// SHA-256, base64url-encoded: `ath` (RFC 9449 §4.2) and JWK thumbprints (RFC 7638 §3).
pub(crate) fn sha256_b64url(bytes: &[u8]) -> String {
    b64url(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, bytes).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_is_strict() {
        assert_eq!(b64_decode("AQAB", "x").unwrap(), vec![1, 0, 1]);
        // Padding, standard alphabet, whitespace, non-canonical trailing bits.
        for bad in ["AQ==", "a+b/", "AQ AB", "AR", "AQAB\n", "A"] {
            assert_eq!(
                b64_decode(bad, "x").unwrap_err().kind(),
                ErrorKind::InvalidBase64,
                "{bad:?}"
            );
        }
        assert_eq!(b64_decode("AQ", "x").unwrap(), vec![1]);
    }

    #[test]
    fn duplicate_members_are_refused_at_any_depth() {
        let k = ErrorKind::InvalidHeader;
        assert!(parse_object(br#"{"a":1,"b":{"c":[1,{"d":2}]}}"#, k, "h").is_ok());
        assert!(parse_object(br#"{"alg":"ES256","alg":"none"}"#, k, "h").is_err());
        assert!(parse_object(br#"{"a":{"x":1,"x":2}}"#, k, "h").is_err());
        assert!(parse_object(br#"[1]"#, k, "h").is_err());
        assert!(parse_object(br#"{"a":1} x"#, k, "h").is_err());
    }
}
