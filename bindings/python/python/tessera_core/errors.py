"""Exceptions raised by ``tessera_core``: one class per error kind of the core.

Every class derives from :class:`TesseraError` and carries the kind's stable code in
``code`` (``"token_expired"``...). Catch :class:`TesseraError` and branch on ``code``, or
catch a specific class. ``is_client_error`` is False only for the kinds that describe the
caller's configuration or infrastructure rather than the token presented.

The codes are the contract shared with the Rust core and every other binding; the test
``tests/test_errors.py`` checks that this module has exactly the core's kinds.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "TesseraError",
    "TokenTooLargeError",
    "MalformedTokenError",
    "InvalidBase64Error",
    "InvalidHeaderError",
    "InvalidPayloadError",
    "AlgNoneError",
    "AlgConfusionError",
    "UnsupportedAlgorithmError",
    "AlgorithmNotAllowedError",
    "UnsupportedCriticalHeaderError",
    "InvalidKeyError",
    "UnsupportedKeyError",
    "PrivateKeyInJwkError",
    "KeyTypeMismatchError",
    "KeyAlgMismatchError",
    "KeyUseMismatchError",
    "RsaKeyTooSmallError",
    "InvalidSignatureFormatError",
    "InvalidSignatureError",
    "InvalidJwksError",
    "KeyNotFoundError",
    "AmbiguousKeyError",
    "JwksFetchFailedError",
    "InvalidTokenTypeError",
    "MissingClaimError",
    "InvalidClaimError",
    "InvalidIssuerError",
    "InvalidAudienceError",
    "TokenExpiredError",
    "TokenNotYetValidError",
    "IssuedInFutureError",
    "InsufficientScopeError",
    "InsufficientPermissionsError",
    "DpopInvalidTypeError",
    "DpopMissingJwkError",
    "DpopHtmMismatchError",
    "DpopHtuMismatchError",
    "DpopIatOutOfWindowError",
    "DpopReplayedError",
    "DpopAthMismatchError",
    "DpopNonceMismatchError",
    "DpopJktMismatchError",
    "InvalidUrlError",
    "InvalidConfigurationError",
]


class TesseraError(Exception):
    """Base class of every error the core reports."""

    code: ClassVar[str] = ""
    is_client_error: ClassVar[bool] = True

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


# --- Compact serialisation (RFC 7515 §7.1) ---
class TokenTooLargeError(TesseraError):
    """The token is longer than the verifier's configured maximum."""

    code = "token_too_large"


class MalformedTokenError(TesseraError):
    """Not three dot-separated parts (a JWE has five and is refused here too)."""

    code = "malformed_token"


class InvalidBase64Error(TesseraError):
    """A part is not strict base64url: padding, ``+``/``/``, whitespace or non-canonical trailing bits."""

    code = "invalid_base64"


class InvalidHeaderError(TesseraError):
    """The protected header is not a JSON object, repeats a member, or has a member of the wrong type."""

    code = "invalid_header"


class InvalidPayloadError(TesseraError):
    """The payload of a JWT is not a JSON object, or repeats a member."""

    code = "invalid_payload"


# --- Algorithms (RFC 7518, RFC 8725 §3.1) ---
class AlgNoneError(TesseraError):
    """``alg: none`` (an unsecured JWS) is never accepted."""

    code = "alg_none"


class AlgConfusionError(TesseraError):
    """An HMAC algorithm (``HS256``...) was presented to a verifier that holds public keys."""

    code = "alg_confusion"


class UnsupportedAlgorithmError(TesseraError):
    """The algorithm is not one this core implements (e.g. ``ES512``, ``RS384``)."""

    code = "unsupported_algorithm"


class AlgorithmNotAllowedError(TesseraError):
    """The algorithm is implemented but not in this verifier's allow-list."""

    code = "algorithm_not_allowed"


class UnsupportedCriticalHeaderError(TesseraError):
    """``crit`` names an extension this verifier does not understand (RFC 7515 §4.1.11)."""

    code = "unsupported_critical_header"


# --- Keys (RFC 7517, RFC 7518 §6) ---
class InvalidKeyError(TesseraError):
    """The JWK is malformed: missing or badly encoded members, a point not on its curve."""

    code = "invalid_key"


class UnsupportedKeyError(TesseraError):
    """The JWK's type or curve is not supported (``oct``, ``P-521``, ``X25519``...)."""

    code = "unsupported_key"


class PrivateKeyInJwkError(TesseraError):
    """A JWK that must be public carries private members (``d``, ``p``, ``q``...)."""

    code = "private_key_in_jwk"


class KeyTypeMismatchError(TesseraError):
    """The key's type or curve does not fit the header's ``alg`` (e.g. ES256 with an RSA key)."""

    code = "key_type_mismatch"


class KeyAlgMismatchError(TesseraError):
    """The JWK declares an ``alg`` different from the header's ``alg``."""

    code = "key_alg_mismatch"


class KeyUseMismatchError(TesseraError):
    """The JWK's ``use`` is not ``sig``, or its ``key_ops`` lacks ``verify``."""

    code = "key_use_mismatch"


class RsaKeyTooSmallError(TesseraError):
    """An RSA key shorter than 2048 bits (RFC 7518 §3.3, §3.5)."""

    code = "rsa_key_too_small"


# --- Signatures ---
class InvalidSignatureFormatError(TesseraError):
    """The signature has the wrong length or shape for the algorithm, e.g. a DER-encoded ECDSA signature where JWS requires fixed-width ``r || s`` (RFC 7518 §3.4)."""

    code = "invalid_signature_format"


class InvalidSignatureError(TesseraError):
    """The signature does not verify."""

    code = "invalid_signature"


# --- JWK Sets ---
class InvalidJwksError(TesseraError):
    """The JWK Set document is not JSON, has no ``keys`` array, or too many keys."""

    code = "invalid_jwks"
    is_client_error = False


class KeyNotFoundError(TesseraError):
    """No key in the set matches the token's ``kid`` (and algorithm)."""

    code = "key_not_found"


class AmbiguousKeyError(TesseraError):
    """The token has no ``kid`` and more than one key in the set could verify it."""

    code = "ambiguous_key"


class JwksFetchFailedError(TesseraError):
    """The JWK Set could not be fetched and no usable cached copy exists."""

    code = "jwks_fetch_failed"
    is_client_error = False


# --- Claims (RFC 7519 §4.1, RFC 9068) ---
class InvalidTokenTypeError(TesseraError):
    """The header's ``typ`` is not the expected one (e.g. ``at+jwt``, RFC 9068 §4)."""

    code = "invalid_token_type"


class MissingClaimError(TesseraError):
    """A required claim is absent."""

    code = "missing_claim"


class InvalidClaimError(TesseraError):
    """A claim has the wrong JSON type (e.g. ``exp`` as a string)."""

    code = "invalid_claim"


class InvalidIssuerError(TesseraError):
    """``iss`` is not exactly the expected issuer."""

    code = "invalid_issuer"


class InvalidAudienceError(TesseraError):
    """``aud`` contains none of the expected audiences."""

    code = "invalid_audience"


class TokenExpiredError(TesseraError):
    """``exp`` is in the past, beyond the leeway."""

    code = "token_expired"


class TokenNotYetValidError(TesseraError):
    """``nbf`` is in the future, beyond the leeway."""

    code = "token_not_yet_valid"


class IssuedInFutureError(TesseraError):
    """``iat`` is in the future, beyond the leeway."""

    code = "issued_in_future"


class InsufficientScopeError(TesseraError):
    """A required scope is missing from the space-separated ``scope`` claim."""

    code = "insufficient_scope"


class InsufficientPermissionsError(TesseraError):
    """A required entry is missing from the ``permissions`` array."""

    code = "insufficient_permissions"


# --- DPoP (RFC 9449 §4.3) ---
class DpopInvalidTypeError(TesseraError):
    """The proof's ``typ`` is not ``dpop+jwt``."""

    code = "dpop_invalid_type"


class DpopMissingJwkError(TesseraError):
    """The proof has no ``jwk`` header object."""

    code = "dpop_missing_jwk"


class DpopHtmMismatchError(TesseraError):
    """``htm`` is not the request's method."""

    code = "dpop_htm_mismatch"


class DpopHtuMismatchError(TesseraError):
    """``htu`` does not match the request's URI after normalisation."""

    code = "dpop_htu_mismatch"


class DpopIatOutOfWindowError(TesseraError):
    """``iat`` is outside the acceptance window."""

    code = "dpop_iat_out_of_window"


class DpopReplayedError(TesseraError):
    """This ``jti`` was already seen for this key within the window."""

    code = "dpop_replayed"


class DpopAthMismatchError(TesseraError):
    """``ath`` is missing or is not the hash of the presented access token."""

    code = "dpop_ath_mismatch"


class DpopNonceMismatchError(TesseraError):
    """The proof's ``nonce`` is missing or not the one the server issued (RFC 9449 §8)."""

    code = "dpop_nonce_mismatch"


class DpopJktMismatchError(TesseraError):
    """The access token's ``cnf.jkt`` is not the thumbprint of the proof's key."""

    code = "dpop_jkt_mismatch"


# --- Caller input ---
class InvalidUrlError(TesseraError):
    """A URL given to the core cannot be parsed as an absolute http(s) URL."""

    code = "invalid_url"


class InvalidConfigurationError(TesseraError):
    """Options out of range (e.g. leeway over 300 s, an empty algorithm allow-list)."""

    code = "invalid_configuration"
    is_client_error = False


_BY_CODE: dict[str, type[TesseraError]] = {
    cls.code: cls for cls in TesseraError.__subclasses__()
}
"""Every kind's class by its code; the native module raises through this table."""
