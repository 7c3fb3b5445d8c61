"""The binding as an application uses it: tokens signed by PyJWT (an independent JOSE
implementation), the JWK Set cache with a fetch callable, threads, and DPoP replay."""

from __future__ import annotations

import json
import threading
from typing import Any

import jwt as pyjwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

import tessera_core as tc
from tessera_core import errors
from vectors import load_files

ISSUER = "https://id.tessera.example/t/acme"
AUDIENCE = "https://api.example.com"
NOW = 1_767_225_600


def _keys() -> dict[str, Any]:
    ec_key = ec.generate_private_key(ec.SECP256R1())
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_jwk = json.loads(ECAlgorithm.to_jwk(ec_key.public_key()))
    rsa_jwk = json.loads(RSAAlgorithm.to_jwk(rsa_key.public_key()))
    ec_jwk.update(kid="ec-1", alg="ES256", use="sig")
    rsa_jwk.update(kid="rsa-1", alg="RS256", use="sig")
    return {
        "ES256": (ec_key, "ec-1"),
        "RS256": (rsa_key, "rsa-1"),
        "jwks": json.dumps({"keys": [ec_jwk, rsa_jwk]}),
    }


KEYS = _keys()


def sign(alg: str, **overrides: Any) -> str:
    private, kid = KEYS[alg]
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "user-1",
        "client_id": "app-1",
        "iat": NOW - 10,
        "exp": NOW + 300,
        "jti": "t-1",
        "scope": "orders:read profile",
    }
    claims.update(overrides)
    return pyjwt.encode(claims, private, algorithm=alg, headers={"kid": kid, "typ": "at+jwt"})


def verifier(**extra: Any) -> tc.JwtVerifier:
    return tc.JwtVerifier(
        ["ES256", "RS256"],
        issuer=ISSUER,
        audiences=[AUDIENCE],
        expected_type=tc.ACCESS_TOKEN_TYPE,
        **extra,
    )


@pytest.mark.parametrize("alg", ["ES256", "RS256"])
def test_tokens_signed_by_pyjwt_verify(alg: str) -> None:
    keys = tc.JwkSet.from_json(KEYS["jwks"])
    verified = verifier().verify_with_jwks(sign(alg), keys, now=NOW)
    assert verified.claims["sub"] == "user-1"
    assert verified.header == {"alg": alg, "kid": KEYS[alg][1], "typ": "at+jwt"}
    # The header dict is built when first read, then the same dict is returned.
    assert verified.header is verified.header


def test_claim_failures_from_pyjwt_tokens() -> None:
    keys = tc.JwkSet.from_json(KEYS["jwks"])
    with pytest.raises(errors.TokenExpiredError):
        verifier().verify_with_jwks(sign("ES256", exp=NOW - 120), keys, now=NOW)
    with pytest.raises(errors.InvalidAudienceError):
        verifier().verify_with_jwks(sign("RS256", aud="https://other"), keys, now=NOW)
    with pytest.raises(errors.InsufficientScopeError):
        verifier(required_scopes=["orders:write"]).verify_with_jwks(sign("ES256"), keys, now=NOW)
    tampered = sign("ES256")[:-4] + "AAAA"
    with pytest.raises(tc.TesseraError) as caught:
        verifier().verify_with_jwks(tampered, keys, now=NOW)
    assert caught.value.code in {"invalid_signature", "invalid_base64"}


def test_cache_fetches_once_then_serves_from_memory() -> None:
    calls: list[int] = []

    def fetch() -> str:
        calls.append(1)
        return str(KEYS["jwks"])

    cache = tc.JwksCache(ttl_secs=600, refetch_cooldown_secs=30)
    v = verifier()
    for _ in range(3):
        assert v.verify_with_cache(sign("ES256"), cache, fetch, now=NOW).claims["sub"] == "user-1"
    assert len(calls) == 1
    # An unknown kid refetches, but only once per cooldown.
    unknown = pyjwt.encode(
        {"iss": ISSUER, "aud": AUDIENCE, "exp": NOW + 60},
        KEYS["ES256"][0],
        algorithm="ES256",
        headers={"kid": "rotated", "typ": "at+jwt"},
    )
    for _ in range(2):
        with pytest.raises(errors.KeyNotFoundError):
            v.verify_with_cache(unknown, cache, fetch, now=NOW + 40)
    assert len(calls) == 2


def test_cache_fetch_failure_and_stale_keys() -> None:
    def failing() -> str:
        raise ConnectionError("issuer down")

    cold = tc.JwksCache()
    with pytest.raises(errors.JwksFetchFailedError) as caught:
        verifier().verify_with_cache(sign("ES256"), cold, failing, now=NOW)
    assert "issuer down" in caught.value.message
    assert not caught.value.is_client_error

    warm = tc.JwksCache(ttl_secs=60, max_stale_secs=3600)
    warm.insert(tc.JwkSet.from_json(KEYS["jwks"]), now=NOW - 100)
    # Expired keys, failing fetch: stale keys keep serving (stale-while-error).
    assert verifier().verify_with_cache(sign("ES256"), warm, failing, now=NOW).claims
    with pytest.raises(errors.InvalidJwksError):
        verifier().verify_with_cache(sign("ES256"), tc.JwksCache(), lambda: "{}", now=NOW)


def test_cache_step_by_step_for_async_callers() -> None:
    cache = tc.JwksCache()
    assert cache.plan("ec-1", now=NOW) is None
    keys = cache.complete_fetch(str(KEYS["jwks"]), now=NOW)
    assert len(keys) == 2
    planned = cache.plan("ec-1", now=NOW + 1)
    assert planned is not None and planned.select("ec-1", "ES256").kid == "ec-1"
    with pytest.raises(errors.AlgorithmNotAllowedError):
        tc.JwtVerifier(["RS256"]).header_kid(sign("ES256"))
    assert verifier().header_kid(sign("RS256")) == "rsa-1"


def test_threads_verify_in_parallel_with_the_gil_released() -> None:
    keys = tc.JwkSet.from_json(KEYS["jwks"])
    v = verifier()
    tokens = [sign("RS256", jti=f"t-{i}") for i in range(8)]
    results: list[str] = []
    lock = threading.Lock()

    def work(token: str) -> None:
        for _ in range(50):
            sub = v.verify_with_jwks(token, keys, now=NOW).claims["sub"]
        with lock:
            results.append(sub)

    threads = [threading.Thread(target=work, args=(t,)) for t in tokens]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["user-1"] * 8


def _dpop_vector(flag: str = "") -> dict[str, Any]:
    (doc,) = [d for n, d in load_files() if n == "dpop.json"]
    for v in doc["vectors"]:
        if v["expected"] == "valid" and "token_claims" not in v["input"]:
            if not flag or flag in v["flags"]:
                return dict(v["input"])
    raise AssertionError("no valid DPoP vector")


def test_dpop_replay_is_refused_by_one_verifier() -> None:
    i = _dpop_vector()
    verifier = tc.DpopVerifier()
    proof = verifier.verify(
        i["proof"], i["method"], i["url"], access_token=i.get("access_token"), now=i["now"]
    )
    assert proof.htm == i["method"] and proof.iat <= i["now"]
    assert json.loads(proof.jwk)["kty"] in {"EC", "RSA", "OKP"}
    with pytest.raises(errors.DpopReplayedError):
        verifier.verify(
            i["proof"], i["method"], i["url"], access_token=i.get("access_token"), now=i["now"]
        )
    # A fresh verifier has a fresh replay cache.
    tc.DpopVerifier().verify(
        i["proof"], i["method"], i["url"], access_token=i.get("access_token"), now=i["now"]
    )


def test_dpop_helpers() -> None:
    assert tc.access_token_hash("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU") == (
        "fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"  # RFC 9449 §7.1
    )
    assert tc.normalize_htu("HTTPS://Server.Example.com:443/token?x=1") == (
        "https://server.example.com/token"
    )
    tc.check_jkt_binding({"cnf": {"jkt": "abc"}}, "abc")
    with pytest.raises(errors.DpopJktMismatchError):
        tc.check_jkt_binding({"cnf": {"jkt": "abc"}}, "xyz")
    with pytest.raises(errors.InvalidUrlError):
        tc.normalize_htu("not a url")
