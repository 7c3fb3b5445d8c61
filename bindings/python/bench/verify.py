"""Verifications per second of one ES256, one RS256 and one EdDSA access token, single thread:
tessera_core beside PyJWT, the incumbent, in the same process.

Each verification is the whole call a resource server makes: signature with the key
selected by kid (tessera_core: from a JwkSet; PyJWT: a key object prepared once, its
fastest path), then iss, aud and exp/nbf/iat (tessera_core also checks typ). Rounds
alternate between the implementations; the median round is reported. Run by
`cargo xtask bench bindings`, which parses the `RESULT` lines.

    python bench/verify.py [seconds-per-round] [rounds]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from importlib.metadata import version

import jwt as pyjwt
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

import tessera_core as tc

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
ISSUER = "https://id.tessera.example/t/acme"
AUDIENCE = "https://api.example.com"


def fixture(alg: str) -> tuple[str, str, object]:
    if alg == "ES256":
        private: object = ec.generate_private_key(ec.SECP256R1())
        jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))  # type: ignore[attr-defined]
    elif alg == "EdDSA":
        private = ed25519.Ed25519PrivateKey.generate()
        jwk = json.loads(OKPAlgorithm.to_jwk(private.public_key()))  # type: ignore[attr-defined]
    else:
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(RSAAlgorithm.to_jwk(private.public_key()))  # type: ignore[attr-defined]
    kid = f"{alg}-1"
    jwk.update(kid=kid, alg=alg, use="sig")
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "user-123",
        "client_id": "app-1",
        "scope": "openid orders:read",
        "iat": now,
        "exp": now + 3600,
        "jti": "b0b1b2b3b4b5",
    }
    token = pyjwt.encode(claims, private, algorithm=alg, headers={"kid": kid, "typ": "at+jwt"})  # type: ignore[arg-type]
    return token, json.dumps({"keys": [jwk]}), private.public_key()  # type: ignore[attr-defined]


def subjects(alg: str) -> list[tuple[str, Callable[[int], None]]]:
    token, jwks, public_key = fixture(alg)
    keys = tc.JwkSet.from_json(jwks)
    verifier = tc.JwtVerifier(
        [alg], issuer=ISSUER, audiences=[AUDIENCE], expected_type=tc.ACCESS_TOKEN_TYPE
    )

    def tessera(n: int) -> None:
        for _ in range(n):
            verifier.verify_with_jwks(token, keys)

    def peer(n: int) -> None:
        for _ in range(n):
            pyjwt.decode(token, public_key, algorithms=[alg], audience=AUDIENCE, issuer=ISSUER)  # type: ignore[arg-type]

    return [
        ("tessera_core verify_with_jwks", tessera),
        (f"PyJWT {version('PyJWT')} decode", peer),
    ]


def measure(run: Callable[[int], None]) -> float:
    batch, done = 64, 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < SECONDS:
        run(batch)
        done += batch
        elapsed = time.perf_counter() - start
        if elapsed < SECONDS / 20:
            batch *= 2
    return done / elapsed


def main() -> None:
    for alg in ("ES256", "RS256", "EdDSA"):
        listed = subjects(alg)
        for _, run in listed:
            run(1)  # every subject accepts the token before it is timed
            measure(run)  # warm-up
        rates: list[list[float]] = [[] for _ in listed]
        for _ in range(ROUNDS):
            for i, (_, run) in enumerate(listed):
                rates[i].append(measure(run))
        for (name, _), r in zip(listed, rates):
            print(f"RESULT\tpython\t{alg}\t{name}\t{statistics.median(r):.0f}", flush=True)


if __name__ == "__main__":
    main()
