"""Runs the shared vectors of ``spec/test-vectors/`` through the Python API.

This mirrors the Rust reference harness (``bindings/core/tests/integration/vectors.rs``)
one operation at a time, through the public ``tessera_core`` API only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import tessera_core as tc

VECTOR_DIR = Path(__file__).resolve().parents[3] / "spec" / "test-vectors"


def load_files() -> list[tuple[str, dict[str, Any]]]:
    files = sorted(VECTOR_DIR.glob("*.json"))
    assert len(files) >= 5, f"vector files missing in {VECTOR_DIR}"
    return [(f.name, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def text_of(document: Any) -> str:
    """A JSON document given as its raw text (a string) or as the value itself."""
    return document if isinstance(document, str) else json.dumps(document)


def _verify_jws(i: dict[str, Any]) -> dict[str, Any]:
    key = tc.Jwk.from_json(text_of(i["jwk"]))
    verified = tc.verify_jws(
        i["token"], key, i.get("algorithms", []), critical_headers=i.get("critical_headers")
    )
    return {"payload": verified.payload.decode("utf-8", errors="replace")}


def _verify_jws_with_jwks(i: dict[str, Any]) -> dict[str, Any]:
    keys = tc.JwkSet.from_json(text_of(i["jwks"]))
    tc.verify_jws_with_jwks(i["token"], keys, i.get("algorithms", []))
    header = tc.decode_header(i["token"])
    selected = keys.select(header.get("kid"), header["alg"])
    return {"kid": selected.kid, "keys": len(keys), "skipped": len(keys.skipped())}


def _parse_jwk(i: dict[str, Any]) -> dict[str, Any]:
    jwk = tc.Jwk.from_json(text_of(i["jwk"]))
    return {"thumbprint": jwk.thumbprint, "kty": jwk.kty, "rsa_bits": jwk.rsa_bits}


def _verify_jwt(i: dict[str, Any]) -> dict[str, Any]:
    o = i["options"]
    verifier = tc.JwtVerifier(
        o.get("algorithms", []),
        issuer=o.get("issuer"),
        audiences=o.get("audiences"),
        leeway_secs=o.get("leeway_secs"),
        expected_type=o.get("expected_type"),
        require_exp=o.get("require_exp"),
        required_claims=o.get("required_claims"),
        required_scopes=o.get("required_scopes"),
        required_permissions=o.get("required_permissions"),
    )
    key = tc.Jwk.from_json(text_of(i["jwk"]))
    verified = verifier.verify(i["token"], key, now=i["now"])
    return {"sub": verified.claims.get("sub")}


def _verify_dpop(i: dict[str, Any]) -> dict[str, Any]:
    o = i.get("options", {})
    verifier = tc.DpopVerifier(
        algorithms=o.get("algorithms"),
        max_age_secs=o.get("max_age_secs"),
        leeway_secs=o.get("leeway_secs"),
    )
    now = i["now"]
    for prior in i.get("prior_proofs", []):
        # Prior proofs fill the replay cache; they must verify.
        verifier.verify(prior, i["method"], i["url"], now=now)
    claims: Optional[dict[str, Any]] = i.get("token_claims")
    if claims is not None:
        proof = verifier.verify_for_token(
            i["proof"],
            i["method"],
            i["url"],
            access_token=i["access_token"],
            token_claims=claims,
            nonce=i.get("nonce"),
            now=now,
        )
    else:
        proof = verifier.verify(
            i["proof"],
            i["method"],
            i["url"],
            access_token=i.get("access_token"),
            nonce=i.get("nonce"),
            now=now,
        )
    return {"jkt": proof.thumbprint}


OPERATIONS = {
    "verify_jws": _verify_jws,
    "verify_jws_with_jwks": _verify_jws_with_jwks,
    "parse_jwk": _parse_jwk,
    "verify_jwt": _verify_jwt,
    "verify_dpop_proof": _verify_dpop,
}
