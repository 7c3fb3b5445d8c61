//! One error type for the whole core, with a stable, enumerable catalogue of kinds.
//!
//! Every language binding maps [`ErrorKind`] one to one (a Python exception class, a
//! TypeScript string union, a Kotlin sealed class) and carries a parity test that its table
//! equals [`ErrorKind::ALL`]. The snake_case codes returned by [`ErrorKind::as_str`] are part
//! of the public contract: they appear in the shared test vectors (`spec/test-vectors/`) and
//! in logs, so a code is never renamed or reused; new kinds are only appended.
//!
//! The human message is for logs and developers. It may name a claim or header but never
//! echoes key material, and it is not stable: match on the kind, not on the text.

use std::fmt;

macro_rules! error_kinds {
    ($( $(#[doc = $doc:literal])* $variant:ident => $code:literal, )*) => {
        /// What went wrong, as a stable machine-readable kind.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorKind {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl ErrorKind {
            /// Every kind, in declaration order. Bindings compare their own tables against it.
            pub const ALL: &'static [ErrorKind] = &[ $( ErrorKind::$variant, )* ];

            /// The stable snake_case code, e.g. `"token_expired"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( ErrorKind::$variant => $code, )*
                }
            }

            /// The kind for a code, the inverse of [`ErrorKind::as_str`].
            pub fn from_code(code: &str) -> Option<ErrorKind> {
                match code {
                    $( $code => Some(ErrorKind::$variant), )*
                    _ => None,
                }
            }
        }
    };
}

error_kinds! {
    // --- Compact serialisation (RFC 7515 §7.1) ---
    /// The token is longer than the verifier's configured maximum.
    TokenTooLarge => "token_too_large",
    /// Not three dot-separated parts (a JWE has five and is refused here too).
    MalformedToken => "malformed_token",
    /// A part is not strict base64url: padding, `+`/`/`, whitespace or non-canonical trailing bits.
    InvalidBase64 => "invalid_base64",
    /// The protected header is not a JSON object, repeats a member, or has a member of the wrong type.
    InvalidHeader => "invalid_header",
    /// The payload of a JWT is not a JSON object, or repeats a member.
    InvalidPayload => "invalid_payload",

    // --- Algorithms (RFC 7518, RFC 8725 §3.1) ---
    /// `alg: none` (an unsecured JWS) is never accepted.
    AlgNone => "alg_none",
    /// An HMAC algorithm (`HS256`...) was presented to a verifier that holds public keys.
    AlgConfusion => "alg_confusion",
    /// The algorithm is not one this core implements (e.g. `ES512`, `RS384`).
    UnsupportedAlgorithm => "unsupported_algorithm",
    /// The algorithm is implemented but not in this verifier's allow-list.
    AlgorithmNotAllowed => "algorithm_not_allowed",
    /// `crit` names an extension this verifier does not understand (RFC 7515 §4.1.11).
    UnsupportedCriticalHeader => "unsupported_critical_header",

    // --- Keys (RFC 7517, RFC 7518 §6) ---
    /// The JWK is malformed: missing or badly encoded members, a point not on its curve.
    InvalidKey => "invalid_key",
    /// The JWK's type or curve is not supported (`oct`, `P-521`, `X25519`...).
    UnsupportedKey => "unsupported_key",
    /// A JWK that must be public carries private members (`d`, `p`, `q`...).
    PrivateKeyInJwk => "private_key_in_jwk",
    /// The key's type or curve does not fit the header's `alg` (e.g. ES256 with an RSA key).
    KeyTypeMismatch => "key_type_mismatch",
    /// The JWK declares an `alg` different from the header's `alg`.
    KeyAlgMismatch => "key_alg_mismatch",
    /// The JWK's `use` is not `sig`, or its `key_ops` lacks `verify`.
    KeyUseMismatch => "key_use_mismatch",
    /// An RSA key shorter than 2048 bits (RFC 7518 §3.3, §3.5).
    RsaKeyTooSmall => "rsa_key_too_small",

    // --- Signatures ---
    /// The signature has the wrong length or shape for the algorithm, e.g. a DER-encoded
    /// ECDSA signature where JWS requires fixed-width `r || s` (RFC 7518 §3.4).
    InvalidSignatureFormat => "invalid_signature_format",
    /// The signature does not verify.
    InvalidSignature => "invalid_signature",

    // --- JWK Sets ---
    /// The JWK Set document is not JSON, has no `keys` array, or too many keys.
    InvalidJwks => "invalid_jwks",
    /// No key in the set matches the token's `kid` (and algorithm).
    KeyNotFound => "key_not_found",
    /// The token has no `kid` and more than one key in the set could verify it.
    AmbiguousKey => "ambiguous_key",
    /// The JWK Set could not be fetched and no usable cached copy exists.
    JwksFetchFailed => "jwks_fetch_failed",

    // --- Claims (RFC 7519 §4.1, RFC 9068) ---
    /// The header's `typ` is not the expected one (e.g. `at+jwt`, RFC 9068 §4).
    InvalidTokenType => "invalid_token_type",
    /// A required claim is absent.
    MissingClaim => "missing_claim",
    /// A claim has the wrong JSON type (e.g. `exp` as a string).
    InvalidClaim => "invalid_claim",
    /// `iss` is not exactly the expected issuer.
    InvalidIssuer => "invalid_issuer",
    /// `aud` contains none of the expected audiences.
    InvalidAudience => "invalid_audience",
    /// `exp` is in the past, beyond the leeway.
    TokenExpired => "token_expired",
    /// `nbf` is in the future, beyond the leeway.
    TokenNotYetValid => "token_not_yet_valid",
    /// `iat` is in the future, beyond the leeway.
    IssuedInFuture => "issued_in_future",
    /// A required scope is missing from the space-separated `scope` claim.
    InsufficientScope => "insufficient_scope",
    /// A required entry is missing from the `permissions` array.
    InsufficientPermissions => "insufficient_permissions",

    // --- DPoP (RFC 9449 §4.3) ---
    /// The proof's `typ` is not `dpop+jwt`.
    DpopInvalidType => "dpop_invalid_type",
    /// The proof has no `jwk` header object.
    DpopMissingJwk => "dpop_missing_jwk",
    /// `htm` is not the request's method.
    DpopHtmMismatch => "dpop_htm_mismatch",
    /// `htu` does not match the request's URI after normalisation.
    DpopHtuMismatch => "dpop_htu_mismatch",
    /// `iat` is outside the acceptance window.
    DpopIatOutOfWindow => "dpop_iat_out_of_window",
    /// This `jti` was already seen for this key within the window.
    DpopReplayed => "dpop_replayed",
    /// `ath` is missing or is not the hash of the presented access token.
    DpopAthMismatch => "dpop_ath_mismatch",
    /// The proof's `nonce` is missing or not the one the server issued (RFC 9449 §8).
    DpopNonceMismatch => "dpop_nonce_mismatch",
    /// The access token's `cnf.jkt` is not the thumbprint of the proof's key.
    DpopJktMismatch => "dpop_jkt_mismatch",

    // --- Caller input ---
    /// A URL given to the core cannot be parsed as an absolute http(s) URL.
    InvalidUrl => "invalid_url",
    /// Options out of range (e.g. leeway over 300 s, an empty algorithm allow-list).
    InvalidConfiguration => "invalid_configuration",
}

impl ErrorKind {
    /// True for kinds that describe the token or proof presented (the caller should answer
    /// 401/403), false for the caller's own configuration or infrastructure problems.
    pub const fn is_client_error(self) -> bool {
        !matches!(
            self,
            ErrorKind::InvalidConfiguration | ErrorKind::JwksFetchFailed | ErrorKind::InvalidJwks
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error from the core: a stable [`ErrorKind`] plus a human-readable message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable code of the kind, e.g. `"invalid_signature"`.
    pub fn code(&self) -> &'static str {
        self.kind.as_str()
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Shorthand used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn err<T>(kind: ErrorKind, message: impl Into<String>) -> Result<T> {
    Err(Error::new(kind, message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = HashSet::new();
        for kind in ErrorKind::ALL {
            let code = kind.as_str();
            assert!(seen.insert(code), "duplicate code {code}");
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{code} is not snake_case"
            );
            assert_eq!(ErrorKind::from_code(code), Some(*kind));
        }
        assert_eq!(ErrorKind::from_code("nope"), None);
    }

    #[test]
    fn display_carries_code_and_message() {
        let e = Error::new(ErrorKind::TokenExpired, "exp 10 is before now 20");
        assert_eq!(e.to_string(), "token_expired: exp 10 is before now 20");
        assert_eq!(e.code(), "token_expired");
    }
}
