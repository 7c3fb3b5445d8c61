//! The JWS algorithms this core verifies (RFC 7518 §3, RFC 8037 §3.1).

use std::fmt;

use crate::error::{ErrorKind, Result, err};

/// An asymmetric JWS signature algorithm.
///
/// There is deliberately no HMAC and no `none` variant: a verifier of this crate only ever
/// holds public keys, so symmetric algorithms can only appear through algorithm confusion
/// (RFC 8725 §2.1) and are refused while parsing the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(clippy::upper_case_acronyms)]
pub enum Algorithm {
    /// ECDSA P-256 with SHA-256, signature `r || s` (64 bytes).
    ES256,
    /// ECDSA P-384 with SHA-384, signature `r || s` (96 bytes).
    ES384,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
    /// RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt (RFC 7518 §3.5).
    PS256,
    /// Ed25519 (RFC 8037). Ed448 is not supported.
    EdDSA,
}

impl Algorithm {
    /// Every supported algorithm.
    pub const ALL: &'static [Algorithm] = &[
        Algorithm::ES256,
        Algorithm::ES384,
        Algorithm::RS256,
        Algorithm::PS256,
        Algorithm::EdDSA,
    ];

    /// The JOSE name, e.g. `"ES256"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Algorithm::ES256 => "ES256",
            Algorithm::ES384 => "ES384",
            Algorithm::RS256 => "RS256",
            Algorithm::PS256 => "PS256",
            Algorithm::EdDSA => "EdDSA",
        }
    }

    /// Parses a JOSE `alg` value, with a distinct error for each way it can be unacceptable:
    /// `none` ([`ErrorKind::AlgNone`]), an HMAC algorithm ([`ErrorKind::AlgConfusion`]) and
    /// anything else unknown ([`ErrorKind::UnsupportedAlgorithm`]). Names are case-sensitive
    /// (RFC 7515 §4.1.1).
    pub fn parse(name: &str) -> Result<Algorithm> {
        match name {
            "ES256" => Ok(Algorithm::ES256),
            "ES384" => Ok(Algorithm::ES384),
            "RS256" => Ok(Algorithm::RS256),
            "PS256" => Ok(Algorithm::PS256),
            "EdDSA" => Ok(Algorithm::EdDSA),
            // Any case: "None" and "nOnE" are classic filter bypasses.
            _ if name.eq_ignore_ascii_case("none") => err(
                ErrorKind::AlgNone,
                "alg \"none\" (unsecured JWS) is never accepted",
            ),
            "HS256" | "HS384" | "HS512" => err(
                ErrorKind::AlgConfusion,
                format!("symmetric alg {name:?} cannot be verified with a public key"),
            ),
            other => err(
                ErrorKind::UnsupportedAlgorithm,
                format!("alg {other:?} is not supported"),
            ),
        }
    }

    /// Length in bytes of one ECDSA coordinate (and of `r` and `s`), if this is ECDSA.
    pub(crate) const fn ecdsa_coordinate_len(self) -> Option<usize> {
        match self {
            Algorithm::ES256 => Some(32),
            Algorithm::ES384 => Some(48),
            _ => None,
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Algorithm {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self> {
        Algorithm::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_round_trips_and_classifies() {
        for alg in Algorithm::ALL {
            assert_eq!(Algorithm::parse(alg.as_str()).unwrap(), *alg);
        }
        for none in ["none", "None", "nOnE"] {
            assert_eq!(
                Algorithm::parse(none).unwrap_err().kind(),
                ErrorKind::AlgNone
            );
        }
        assert_eq!(
            Algorithm::parse("HS256").unwrap_err().kind(),
            ErrorKind::AlgConfusion
        );
        for other in ["es256", "ES512", "RS384", "PS512", "Ed25519", ""] {
            assert_eq!(
                Algorithm::parse(other).unwrap_err().kind(),
                ErrorKind::UnsupportedAlgorithm
            );
        }
    }
}
