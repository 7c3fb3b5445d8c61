"""Type stub of the native extension ``tessera_core._native`` (pyo3).

Every function that verifies releases the GIL while the core works. Every failure of the
core is raised as the :mod:`tessera_core.errors` class of its kind.
"""

from collections.abc import Callable, Sequence
from typing import Any, Final, Optional, final

__all__ = [
    "ACCESS_TOKEN_TYPE",
    "ALGORITHMS",
    "CLIENT_ERROR_CODES",
    "DpopProof",
    "DpopVerifier",
    "ERROR_CODES",
    "Jwk",
    "JwkSet",
    "JwksCache",
    "JwtVerifier",
    "SkippedKey",
    "VerifiedJws",
    "VerifiedJwt",
    "access_token_hash",
    "check_jkt_binding",
    "decode_header",
    "normalize_htu",
    "unix_now",
    "verify_jws",
    "verify_jws_with_jwks",
]

ERROR_CODES: Final[list[str]]
CLIENT_ERROR_CODES: Final[list[str]]
ALGORITHMS: Final[list[str]]
ACCESS_TOKEN_TYPE: Final[str]

def unix_now() -> int: ...

@final
class Jwk:
    @staticmethod
    def from_json(text: str) -> Jwk: ...
    @property
    def kid(self) -> Optional[str]: ...
    @property
    def kty(self) -> str: ...
    @property
    def alg(self) -> Optional[str]: ...
    @property
    def curve(self) -> Optional[str]: ...
    @property
    def rsa_bits(self) -> Optional[int]: ...
    @property
    def thumbprint(self) -> str: ...
    def to_json(self) -> str: ...

@final
class SkippedKey:
    @property
    def index(self) -> int: ...
    @property
    def kid(self) -> Optional[str]: ...
    @property
    def code(self) -> str: ...
    @property
    def message(self) -> str: ...

@final
class JwkSet:
    @staticmethod
    def from_json(text: str) -> JwkSet: ...
    def __len__(self) -> int: ...
    def keys(self) -> list[Jwk]: ...
    def skipped(self) -> list[SkippedKey]: ...
    def select(self, kid: Optional[str], alg: str) -> Jwk: ...

@final
class JwksCache:
    def __new__(
        cls,
        *,
        ttl_secs: Optional[int] = None,
        refetch_cooldown_secs: Optional[int] = None,
        max_stale_secs: Optional[int] = None,
    ) -> JwksCache: ...
    def insert(self, keys: JwkSet, now: Optional[int] = None) -> None: ...
    def plan(self, kid: Optional[str], now: Optional[int] = None) -> Optional[JwkSet]: ...
    def complete_fetch(
        self,
        body: Optional[str] = None,
        *,
        error: Optional[str] = None,
        now: Optional[int] = None,
    ) -> JwkSet: ...
    def current(self) -> Optional[JwkSet]: ...

@final
class VerifiedJwt:
    @property
    def header(self) -> dict[str, Any]: ...
    @property
    def claims(self) -> dict[str, Any]: ...

@final
class VerifiedJws:
    @property
    def header(self) -> dict[str, Any]: ...
    @property
    def payload(self) -> bytes: ...

def verify_jws(
    token: str,
    key: Jwk,
    algorithms: Sequence[str],
    *,
    critical_headers: Optional[Sequence[str]] = None,
    max_token_bytes: Optional[int] = None,
) -> VerifiedJws: ...
def verify_jws_with_jwks(
    token: str,
    keys: JwkSet,
    algorithms: Sequence[str],
    *,
    critical_headers: Optional[Sequence[str]] = None,
    max_token_bytes: Optional[int] = None,
) -> VerifiedJws: ...
def decode_header(token: str) -> dict[str, Any]: ...

@final
class JwtVerifier:
    def __new__(
        cls,
        algorithms: Sequence[str],
        *,
        issuer: Optional[str] = None,
        audiences: Optional[Sequence[str]] = None,
        leeway_secs: Optional[int] = None,
        expected_type: Optional[str] = None,
        require_exp: Optional[bool] = None,
        required_claims: Optional[Sequence[str]] = None,
        required_scopes: Optional[Sequence[str]] = None,
        required_permissions: Optional[Sequence[str]] = None,
        critical_headers: Optional[Sequence[str]] = None,
        max_token_bytes: Optional[int] = None,
    ) -> JwtVerifier: ...
    def verify(self, token: str, key: Jwk, now: Optional[int] = None) -> VerifiedJwt: ...
    def verify_with_jwks(
        self, token: str, keys: JwkSet, now: Optional[int] = None
    ) -> VerifiedJwt: ...
    def verify_with_cache(
        self,
        token: str,
        cache: JwksCache,
        fetch: Callable[[], str],
        now: Optional[int] = None,
    ) -> VerifiedJwt: ...
    def header_kid(self, token: str) -> Optional[str]: ...

@final
class DpopProof:
    @property
    def header(self) -> dict[str, Any]: ...
    @property
    def jwk(self) -> str: ...
    @property
    def claims(self) -> dict[str, Any]: ...
    @property
    def jti(self) -> str: ...
    @property
    def htm(self) -> str: ...
    @property
    def htu(self) -> str: ...
    @property
    def iat(self) -> int: ...
    @property
    def thumbprint(self) -> str: ...

@final
class DpopVerifier:
    def __new__(
        cls,
        *,
        algorithms: Optional[Sequence[str]] = None,
        max_age_secs: Optional[int] = None,
        leeway_secs: Optional[int] = None,
        replay_cache_capacity: Optional[int] = None,
        max_proof_bytes: Optional[int] = None,
    ) -> DpopVerifier: ...
    def verify(
        self,
        proof: str,
        method: str,
        url: str,
        *,
        access_token: Optional[str] = None,
        nonce: Optional[str] = None,
        now: Optional[int] = None,
    ) -> DpopProof: ...
    def verify_for_token(
        self,
        proof: str,
        method: str,
        url: str,
        *,
        access_token: str,
        token_claims: dict[str, Any],
        nonce: Optional[str] = None,
        now: Optional[int] = None,
    ) -> DpopProof: ...

def access_token_hash(access_token: str) -> str: ...
def normalize_htu(url: str) -> str: ...
def check_jkt_binding(token_claims: dict[str, Any], thumbprint: str) -> None: ...
