"""The authorization code flow with PKCE through authlib, an OAuth stack nobody here wrote:
authlib builds the request and validates the ID token (signature, iss, aud, nonce, at_hash),
requests posts the hosted sign-in and consent forms, then a refresh and UserInfo.
Usage: python authlib_code_flow.py ISSUER CLIENT_ID CLIENT_SECRET REDIRECT_URI EMAIL PASSWORD
With CLIENT_ID "register", the client first registers itself at the advertised registration
endpoint (RFC 7591) and reads its registration back (RFC 7592), as an MCP client would.
Prints one JSON object with what it observed; the Rust test judges it."""

import json
import re
import sys
from urllib.parse import parse_qs, urlparse

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.jose import JsonWebKey, jwt
from authlib.oidc.core import CodeIDToken

issuer, client_id, client_secret, redirect_uri, email, password = sys.argv[1:7]
metadata = requests.get(issuer + "/.well-known/openid-configuration", timeout=10).json()
registration = None
if client_id == "register":
    response = requests.post(
        metadata["registration_endpoint"],
        json={
            "client_name": "authlib (dynamic)",
            "redirect_uris": [redirect_uri],
            "grant_types": ["authorization_code", "refresh_token"],
            "token_endpoint_auth_method": "client_secret_basic",
        },
        timeout=10,
    )
    response.raise_for_status()
    registered = response.json()
    client_id, client_secret = registered["client_id"], registered["client_secret"]
    read_back = requests.get(
        registered["registration_client_uri"],
        headers={"Authorization": "Bearer " + registered["registration_access_token"]},
        timeout=10,
    )
    registration = {
        "status": response.status_code,
        "read_status": read_back.status_code,
        "read_client_id": read_back.json().get("client_id"),
        "redirect_uris": registered["redirect_uris"],
    }
session = OAuth2Session(
    client_id,
    client_secret,
    scope="openid email profile",
    redirect_uri=redirect_uri,
    code_challenge_method="S256",
    token_endpoint_auth_method="client_secret_basic",
)
verifier = generate_token(64)
nonce = generate_token(20)
url, state = session.create_authorization_url(
    metadata["authorization_endpoint"], code_verifier=verifier, nonce=nonce
)

browser = requests.Session()


def hidden(body, name):
    return re.search(r'name="%s" value="([^"]*)"' % name, body).group(1)


def action(body):
    return re.search(r'action="([^"]*)"', body).group(1)


response = browser.get(url, allow_redirects=False)
while response.is_redirect and not response.headers["location"].startswith(redirect_uri):
    response = browser.get(response.headers["location"], allow_redirects=False)
    for _ in range(2):
        if response.status_code != 200:
            break
        body = response.text
        form = {"request": hidden(body, "request"), "csrf_token": hidden(body, "csrf_token")}
        if 'type="password"' in body:
            form.update(email=email, password=password)
        else:
            form["decision"] = "allow"
        response = browser.post(action(body), data=form, allow_redirects=False)
callback = response.headers["location"]
returned = parse_qs(urlparse(callback).query)

token = session.fetch_token(
    metadata["token_endpoint"], authorization_response=callback, code_verifier=verifier
)
keys = JsonWebKey.import_key_set(requests.get(metadata["jwks_uri"], timeout=10).json())
claims = jwt.decode(
    token["id_token"],
    keys,
    claims_cls=CodeIDToken,
    claims_options={"iss": {"values": [issuer]}, "aud": {"values": [client_id]}},
    claims_params={"nonce": nonce, "access_token": token["access_token"]},
)
claims.validate()

refreshed = session.refresh_token(metadata["token_endpoint"], refresh_token=token["refresh_token"])
userinfo = session.get(metadata["userinfo_endpoint"]).json()

print(json.dumps({
    "state_matches": returned["state"][0] == state,
    "iss": returned["iss"][0],
    "id_token": dict(claims),
    "refreshed": refreshed["refresh_token"] != token["refresh_token"],
    "userinfo": userinfo,
    "client_id": client_id,
    "registration": registration,
}))
