"""client_credentials, introspection and revocation through authlib with private_key_jwt
client authentication (RFC 7523 §2.2): authlib signs a fresh client assertion for each
request. Usage: python authlib_private_key_jwt.py ISSUER CLIENT_ID PKCS8_BASE64 KID
Prints one JSON object with what it observed; the Rust test judges it."""

import base64
import json
import sys
import textwrap

import requests
from authlib.integrations.requests_client import OAuth2Session
from authlib.common.errors import AuthlibBaseError as OAuthError
from authlib.oauth2.rfc7523 import PrivateKeyJWT, private_key_jwt_sign
# authlib signs client assertions with joserfc keys (authlib.jose is deprecated).
from joserfc.jwk import ECKey



class TenMinutePrivateKeyJWT(PrivateKeyJWT):
    """authlib's assertions live an hour by default; Tessera accepts at most ten minutes
    ahead (docs/oauth.md), so this client asks for five, through authlib's own signer."""

    def sign(self, auth, token_endpoint):
        return private_key_jwt_sign(
            auth.client_secret,
            client_id=auth.client_id,
            token_endpoint=token_endpoint,
            header=dict(self.headers),
            alg=self.alg,
            expires_in=300,
        )


issuer, client_id, pkcs8_b64, kid = sys.argv[1:5]
pem = (
    "-----BEGIN PRIVATE KEY-----\n"
    + "\n".join(textwrap.wrap(base64.b64encode(base64.b64decode(pkcs8_b64)).decode(), 64))
    + "\n-----END PRIVATE KEY-----\n"
)
key = ECKey.import_key(pem)

metadata = requests.get(issuer + "/.well-known/openid-configuration", timeout=10).json()
token_endpoint = metadata["token_endpoint"]
# authlib authenticates at the revocation endpoint with its own setting (default: Basic).
session = OAuth2Session(
    client_id,
    key,
    token_endpoint_auth_method="private_key_jwt",
    revocation_endpoint_auth_method="private_key_jwt",
)
session.register_client_auth_method(TenMinutePrivateKeyJWT(token_endpoint, headers={"kid": kid}, alg="ES256"))

token = session.fetch_token(token_endpoint, grant_type="client_credentials")
before = session.introspect_token(metadata["introspection_endpoint"], token=token["access_token"]).json()
revoked = session.revoke_token(metadata["revocation_endpoint"], token=token["access_token"])
after = session.introspect_token(metadata["introspection_endpoint"], token=token["access_token"]).json()

# A client that signs with a key the server does not know is refused.
stranger = OAuth2Session(
    client_id,
    ECKey.generate_key("P-256"),
    token_endpoint_auth_method="private_key_jwt",
)
stranger.register_client_auth_method(TenMinutePrivateKeyJWT(token_endpoint, headers={"kid": kid}, alg="ES256"))
try:
    stranger.fetch_token(token_endpoint, grant_type="client_credentials")
    unknown_key = "accepted"
except OAuthError as e:
    unknown_key = e.error

print(json.dumps({
    "scope": token.get("scope"),
    "token_type": token.get("token_type"),
    "before": before,
    "revocation_status": revoked.status_code,
    "after": after,
    "unknown_key": unknown_key,
}))
