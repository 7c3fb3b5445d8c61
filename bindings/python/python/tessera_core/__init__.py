"""Tessera's verification core for Python: JWS/JWT access tokens, JWK Sets with a cache,
and DPoP proofs, verified by the same Rust code as every other Tessera binding.

>>> from tessera_core import JwtVerifier, JwkSet
>>> verifier = JwtVerifier(["ES256", "RS256"], issuer="https://id.example.com/t/acme",
...                        audiences=["https://api.example.com"], expected_type="at+jwt")

Errors are subclasses of :class:`TesseraError` with a stable ``code``; see
:mod:`tessera_core.errors`.
"""

from __future__ import annotations

from . import errors
from ._native import (
    ACCESS_TOKEN_TYPE,
    ALGORITHMS,
    CLIENT_ERROR_CODES,
    ERROR_CODES,
    DpopProof,
    DpopVerifier,
    Jwk,
    JwkSet,
    JwksCache,
    JwtVerifier,
    SkippedKey,
    VerifiedJws,
    VerifiedJwt,
    access_token_hash,
    check_jkt_binding,
    decode_header,
    normalize_htu,
    unix_now,
    verify_jws,
    verify_jws_with_jwks,
)
from .errors import TesseraError

__all__ = [
    "ACCESS_TOKEN_TYPE",
    "ALGORITHMS",
    "CLIENT_ERROR_CODES",
    "ERROR_CODES",
    "DpopProof",
    "DpopVerifier",
    "Jwk",
    "JwkSet",
    "JwksCache",
    "JwtVerifier",
    "SkippedKey",
    "TesseraError",
    "VerifiedJws",
    "VerifiedJwt",
    "access_token_hash",
    "check_jkt_binding",
    "decode_header",
    "errors",
    "normalize_htu",
    "unix_now",
    "verify_jws",
    "verify_jws_with_jwks",
]
