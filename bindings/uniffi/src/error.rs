//! The binding's error: one variant per [`tessera_core::ErrorKind`], each carrying the
//! stable `code` and a human `detail`.
//!
//! Kotlin sees a sealed `TesseraException` with one subclass per kind
//! (`TesseraException.TokenExpired`), Swift an `enum TesseraError`. Both can match on the
//! type or on `code`. The variants are listed here by hand because `ErrorKind` is
//! `#[non_exhaustive]`; the `Other` variant catches a kind added to the core later, and a
//! test fails until it gets its own variant here.

use tessera_core::ErrorKind;

macro_rules! binding_errors {
    ($($variant:ident),* $(,)?) => {
        /// A verification or configuration failure; `code` is the stable snake_case code of
        /// the core's error kind (e.g. `token_expired`), `detail` a message for logs.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
        pub enum TesseraError {
            $(
                #[error("{code}: {detail}")]
                $variant { code: String, detail: String },
            )*
            /// A kind this build of the binding does not know by name.
            #[error("{code}: {detail}")]
            Other { code: String, detail: String },
        }

        impl From<tessera_core::Error> for TesseraError {
            fn from(error: tessera_core::Error) -> Self {
                let code = error.code().to_owned();
                let detail = error.message().to_owned();
                match error.kind() {
                    $( ErrorKind::$variant => TesseraError::$variant { code, detail }, )*
                    _ => TesseraError::Other { code, detail },
                }
            }
        }

        impl TesseraError {
            /// The stable code, whatever the variant.
            pub fn code(&self) -> &str {
                match self {
                    $( TesseraError::$variant { code, .. } )|* | TesseraError::Other { code, .. } => code,
                }
            }
        }
    };
}

binding_errors! {
    TokenTooLarge, MalformedToken, InvalidBase64, InvalidHeader, InvalidPayload,
    AlgNone, AlgConfusion, UnsupportedAlgorithm, AlgorithmNotAllowed, UnsupportedCriticalHeader,
    InvalidKey, UnsupportedKey, PrivateKeyInJwk, KeyTypeMismatch, KeyAlgMismatch, KeyUseMismatch,
    RsaKeyTooSmall,
    InvalidSignatureFormat, InvalidSignature,
    InvalidJwks, KeyNotFound, AmbiguousKey, JwksFetchFailed,
    InvalidTokenType, MissingClaim, InvalidClaim, InvalidIssuer, InvalidAudience, TokenExpired,
    TokenNotYetValid, IssuedInFuture, InsufficientScope, InsufficientPermissions,
    DpopInvalidType, DpopMissingJwk, DpopHtmMismatch, DpopHtuMismatch, DpopIatOutOfWindow,
    DpopReplayed, DpopAthMismatch, DpopNonceMismatch, DpopJktMismatch,
    InvalidUrl, InvalidConfiguration,
}

/// Every stable error code of the core, in declaration order. Foreign tests compare it with
/// the exception classes they see, so a kind without a variant cannot go unnoticed.
#[uniffi::export]
pub fn error_codes() -> Vec<String> {
    ErrorKind::ALL
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_kind_has_its_own_variant() {
        for kind in ErrorKind::ALL {
            let error = TesseraError::from(tessera_core::Error::new(*kind, "x"));
            assert!(
                !matches!(error, TesseraError::Other { .. }),
                "{kind} has no variant in TesseraError"
            );
            assert_eq!(error.code(), kind.as_str());
            // The variant's name is the kind's name: Kotlin/Swift users see the same words.
            let variant = format!("{error:?}");
            let name = variant.split_whitespace().next().unwrap_or_default();
            assert_eq!(name, format!("{kind:?}"));
        }
    }
}
