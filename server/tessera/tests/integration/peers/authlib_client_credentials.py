"""client_credentials, introspection and revocation with authlib, an OAuth stack nobody here
wrote. Usage: python authlib_client_credentials.py ISSUER CLIENT_ID CLIENT_SECRET AUDIENCE
Prints one JSON object with what it observed; the Rust test judges it."""

import json
import sys

import requests
from authlib.integrations.requests_client import OAuth2Session
from authlib.jose import JsonWebKey, jwt

issuer, client_id, client_secret, audience = sys.argv[1:5]

metadata = requests.get(issuer + "/.well-known/openid-configuration", timeout=10).json()
session = OAuth2Session(client_id, client_secret, token_endpoint_auth_method="client_secret_basic")
token = session.fetch_token(metadata["token_endpoint"], grant_type="client_credentials", resource=audience)

keys = JsonWebKey.import_key_set(requests.get(metadata["jwks_uri"], timeout=10).json())
claims = jwt.decode(
    token["access_token"],
    keys,
    claims_options={"iss": {"essential": True, "value": issuer}, "aud": {"essential": True, "value": audience}},
)
claims.validate()
header = dict(claims.header)

active = session.introspect_token(metadata["introspection_endpoint"], token=token["access_token"]).json()
revoked = session.revoke_token(metadata["revocation_endpoint"], token=token["access_token"])
after = session.introspect_token(metadata["introspection_endpoint"], token=token["access_token"]).json()

wrong = OAuth2Session(client_id, "tss_wrong", token_endpoint_auth_method="client_secret_basic")
try:
    wrong.fetch_token(metadata["token_endpoint"], grant_type="client_credentials")
    wrong_secret = "accepted"
except Exception as error:  # authlib raises OAuthError with the RFC 6749 error code
    wrong_secret = getattr(error, "error", type(error).__name__)

print(json.dumps({
    "token_type": token["token_type"],
    "header": header,
    "claims": dict(claims),
    "introspection": active,
    "revocation_status": revoked.status_code,
    "introspection_after_revocation": after,
    "wrong_secret": wrong_secret,
}))
