"""The B2B scenario through the SDK, against a real server (``cargo xtask sdk-test`` starts
one): an organization, an invitation accepted by an existing user, the switch into the
organization and its claims, explained permission checks (with a role on one resource), an
organization's service account, and an API key checked by introspection, then revoked."""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from tessera import (
    AuthenticationError,
    ClientCredentials,
    ConflictError,
    IntrospectionResponse,
    SessionTokens,
    TesseraClient,
    UnprocessableError,
)

from .conftest import Live

PASSWORD = "correct horse battery staple"


def claims_of(jwt: str) -> dict[str, Any]:
    """A JWT's claims, unverified: the server's own tests verify signatures; this reads them."""
    payload = jwt.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


class B2B:
    def __init__(self, live: Live) -> None:
        self.url = live.url
        self.admin = TesseraClient(live.url, admin_key=live.admin_key)
        self.slug = f"sdk-py-b2b-{secrets.token_hex(4)}"
        self.admin.create_tenant(slug=self.slug, name="SDK Python B2B")
        owner = self.admin.create_user(self.slug, email="owner@globex.example", password=PASSWORD)
        self.bob_id = self.admin.create_user(self.slug, email="bob@globex.example", password=PASSWORD).id
        self.org_id = self.admin.create_organization(self.slug, slug="globex", name="Globex").id
        self.admin.add_organization_member(self.slug, "globex", user_id=owner.id, role="owner")
        server = self.admin.create_client(self.slug, name="Resource server")
        assert server.client_secret
        self.basic = base64.b64encode(f"{server.id}:{server.client_secret}".encode()).decode()
        self.bob_token = ""

    def introspect(self, token: str) -> IntrospectionResponse:
        return self.admin.oauth_introspect(
            self.slug, token=token, request_options={"headers": {"authorization": f"Basic {self.basic}"}}
        )


@pytest.fixture(scope="module")
def b2b(live: Live) -> Iterator[B2B]:
    scenario = B2B(live)
    yield scenario
    scenario.admin.delete_tenant(scenario.slug)


def test_invite_accept_and_switch(b2b: B2B) -> None:
    admin, slug = b2b.admin, b2b.slug
    invitation = admin.create_invitation(slug, "globex", email="bob@globex.example", role="member")
    assert invitation.state == "pending"
    with pytest.raises(ConflictError):
        admin.create_invitation(slug, "globex", email="bob@globex.example")

    # The token travels by email; the development outbox holds it.
    message = admin.list_outbox_messages(slug, to="bob@globex.example", limit=1).data[0]
    found = re.search(r"tin_[A-Za-z0-9_-]+", message.text)
    assert found, message.text

    tokens = admin.login(slug, email="bob@globex.example", password=PASSWORD)
    assert isinstance(tokens, SessionTokens)
    bob = TesseraClient(b2b.url, session_token=tokens.access_token)
    accepted = bob.accept_invitation(slug, token=found.group(0))
    assert (accepted.organization_id, accepted.role, accepted.user_created) == (b2b.org_id, "member", False)

    b2b.bob_token = bob.switch_organization(slug, "globex").access_token
    claims = claims_of(b2b.bob_token)
    assert (claims["org_id"], claims["org_slug"], claims["org_role"]) == (b2b.org_id, "globex", "member")
    assert claims["permissions"] == ["organization:read", "members:read"]
    assert [(o.slug, o.current) for o in bob.list_my_organizations(slug).data] == [("globex", True)]


def test_checks_explain_themselves_and_resource_grants_apply(b2b: B2B) -> None:
    admin, slug, bob = b2b.admin, b2b.slug, b2b.bob_id
    allowed = admin.check_permission(slug, subject=bob, permission="members:read", organization="globex")
    assert allowed.allowed and allowed.reason == "role_grants_permission"
    assert "member of globex" in allowed.explanation
    denied = admin.check_permission(slug, subject=bob, permission="members:invite", organization="globex")
    assert not denied.allowed and denied.reason == "role_lacks_permission"

    admin.create_role(slug, key="editor", name="Editor", permissions=["document:*"])
    grant = admin.create_resource_grant(slug, "globex", subject=bob, resource="document:42", role="editor")
    on_it = admin.check_permission(
        slug, subject=bob, permission="document:write", organization="globex", resource="document:42"
    )
    assert on_it.allowed and on_it.reason == "resource_grant_grants_permission"
    assert on_it.resource_grant == grant.id
    elsewhere = admin.check_permission(
        slug, subject=bob, permission="document:write", organization="globex", resource="document:43"
    )
    assert not elsewhere.allowed
    with pytest.raises(UnprocessableError):
        admin.check_permission(slug, subject=bob, permission="document:*", organization="globex")


def test_service_account_tokens_carry_its_role(b2b: B2B) -> None:
    admin, slug = b2b.admin, b2b.slug
    account = admin.create_service_account(slug, "globex", name="Nightly export", role="viewer")
    assert account.id.startswith("cli_")
    tokens = ClientCredentials(admin, slug, client_id=account.id, client_secret=account.client_secret)
    claims = claims_of(tokens.token())
    assert (claims["org_id"], claims["org_role"]) == (b2b.org_id, "viewer")
    admin.update_service_account(slug, "globex", account.id, role="admin")
    assert admin.check_permission(slug, subject=account.id, permission="members:invite", organization="globex").allowed
    assert [(a.id, a.role) for a in admin.list_service_accounts(slug, "globex").data] == [(account.id, "admin")]
    admin.delete_service_account(slug, "globex", account.id)


def test_api_key_is_introspected_then_revoked(b2b: B2B) -> None:
    admin, slug = b2b.admin, b2b.slug
    key = admin.create_api_key(slug, organization="globex", name="CI deploys", permissions=["deployments:create"])
    assert key.secret.startswith("tsk_")
    info = b2b.introspect(key.secret)
    assert info.active and info.org_id == b2b.org_id and info.permissions == ["deployments:create"]
    member = b2b.introspect(b2b.bob_token)
    assert member.active and member.org_role == "member"

    admin.revoke_api_key(slug, key.key.id)
    assert not b2b.introspect(key.secret).active

    # A member's token is not an admin key.
    with pytest.raises(AuthenticationError) as refused:
        TesseraClient(b2b.url, admin_key=b2b.bob_token).create_api_key(
            slug, organization="globex", name="x", permissions=["a:b"]
        )
    assert refused.value.status == 401
