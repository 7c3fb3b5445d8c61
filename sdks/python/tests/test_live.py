"""The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
(``cargo xtask sdk-test`` starts one and sets both)."""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections.abc import Iterator
from typing import Any, TypeVar

import pytest

from tessera import (
    ERROR_CODES,
    APIError,
    AsyncClientCredentials,
    AsyncTesseraClient,
    ClientCredentials,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitedError,
    LoginResponse,
    RetryEvent,
    SessionTokens,
    TesseraClient,
    UnprocessableError,
    User,
)

from .conftest import Live

PASSWORD = "correct horse battery staple"
E = TypeVar("E", bound=APIError)


def session(answer: LoginResponse) -> SessionTokens:
    """A login's session tokens; these users have no second factor, so no MFA challenge."""
    assert isinstance(answer, SessionTokens), answer
    return answer


def check_request_id(error: APIError) -> None:
    assert error.request_id and " " not in error.request_id, "every error carries the request id"
    assert error.problem is not None and error.problem.request_id == error.request_id


@pytest.fixture(scope="module")
def client(live: Live) -> TesseraClient:
    return TesseraClient(live.url, admin_key=live.admin_key)


@pytest.fixture(scope="module")
def tenant(client: TesseraClient) -> Iterator[str]:
    slug = f"sdk-py-{secrets.token_hex(4)}"
    created = client.create_tenant(slug=slug, name="SDK Python")
    assert created.slug == slug and created.issuer.endswith(f"/t/{slug}")
    yield slug
    client.delete_tenant(slug)


@pytest.fixture(scope="module")
def users(client: TesseraClient, tenant: str) -> list[User]:
    return [client.create_user(tenant, email=f"user{i}@example.com", password=PASSWORD, name=f"User {i}") for i in range(5)]


def test_users_are_created(users: list[User]) -> None:
    assert len(users) == 5
    assert all(u.id.startswith("usr_") and u.has_password and not u.disabled for u in users)
    assert all(u.created_at.tzinfo is not None for u in users)


def test_pagination(client: TesseraClient, tenant: str, users: list[User]) -> None:
    first = client.list_users(tenant, limit=2)
    assert len(first.data) == 2 and first.next_cursor
    assert [u.email for u in first] == [u.email for u in users]
    assert [len(p.data) for p in first.iter_pages()] == [2, 2, 1]


def test_login_session_token_and_refresh(client: TesseraClient, tenant: str, users: list[User]) -> None:
    tokens = session(client.login(tenant, email="user0@example.com", password=PASSWORD))
    assert tokens.token_type == "Bearer" and tokens.refresh_token
    me = TesseraClient(client.base_url, session_token=tokens.access_token).get_me(tenant)
    assert me.id == users[0].id
    refreshed = client.refresh_session(tenant, refresh_token=tokens.refresh_token)
    assert refreshed.session_id == tokens.session_id
    assert refreshed.refresh_token != tokens.refresh_token
    with pytest.raises(AuthenticationError) as reused:
        client.refresh_session(tenant, refresh_token=tokens.refresh_token)
    check_request_id(reused.value)


def test_not_found(client: TesseraClient, tenant: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.get_user(tenant, "usr_doesnotexist")
    assert (caught.value.status, caught.value.code) == (404, "not_found")
    check_request_id(caught.value)


def test_conflict(client: TesseraClient, tenant: str) -> None:
    with pytest.raises(ConflictError) as caught:
        client.create_tenant(slug=tenant, name="Again")
    assert (caught.value.status, caught.value.code) == (409, "already_exists")
    check_request_id(caught.value)


def test_unprocessable(client: TesseraClient, tenant: str) -> None:
    with pytest.raises(UnprocessableError) as caught:
        client.create_user(tenant, email="not-an-email")
    error = caught.value
    assert (error.status, error.code) == (422, "validation_failed")
    assert error.problem is not None and any(e.pointer == "/email" for e in error.problem.errors or [])
    check_request_id(error)


def test_lockout_is_rate_limited_and_retried_when_allowed(client: TesseraClient, tenant: str, users: list[User]) -> None:
    email = "user4@example.com"
    for _ in range(5):
        with pytest.raises(AuthenticationError) as wrong:
            client.login(tenant, email=email, password="wrong password!")
        assert wrong.value.code == "invalid_credentials"

    # A POST is not retried by default: one attempt, the lock's Retry-After on the error.
    events: list[RetryEvent] = []
    counting = TesseraClient(client.base_url, on_retry=events.append)
    with pytest.raises(RateLimitedError) as locked:
        counting.login(tenant, email=email, password=PASSWORD)
    assert (locked.value.status, locked.value.code) == (429, "account_locked")
    assert locked.value.retry_after is not None and locked.value.retry_after > 0
    check_request_id(locked.value)
    assert events == []

    # Opted in, the SDK retries the 429. The lock lasts 30 s, so the wait is capped at 0.2 s
    # and an administrator unlocks the user while the SDK waits; the retried login succeeds.
    def unlock(event: RetryEvent) -> None:
        events.append(event)
        client.unlock_user(tenant, users[4].id)

    retrying = TesseraClient(client.base_url, max_retry_delay=0.2, on_retry=unlock)
    tokens = session(retrying.login(tenant, email=email, password=PASSWORD, request_options={"retry_non_idempotent": True}))
    assert tokens.token_type == "Bearer"
    assert len(events) == 1 and isinstance(events[0].error, RateLimitedError)
    assert events[0].delay == 0.2


def test_error_codes_match_the_server(client: TesseraClient) -> None:
    spec: dict[str, Any] = client.get_open_api()
    assert list(ERROR_CODES) == spec["components"]["schemas"]["ErrorCode"]["enum"]


def test_async_client(live: Live, tenant: str, users: list[User]) -> None:
    async def main() -> None:
        client = AsyncTesseraClient(live.url, admin_key=live.admin_key)
        emails = [u.email async for u in client.list_users(tenant, limit=2)]
        assert emails == [u.email for u in users]
        tokens = session(await client.login(tenant, email="user1@example.com", password=PASSWORD))
        assert tokens.refresh_token
        with pytest.raises(NotFoundError) as caught:
            await client.get_user(tenant, "usr_doesnotexist")
        check_request_id(caught.value)

    asyncio.run(main())


def test_client_credentials_are_cached_refreshed_and_accepted(client: TesseraClient, tenant: str) -> None:
    created = client.create_client(tenant, name="Python service", scopes=["read", "write"], access_token_ttl=60)
    assert created.client_secret
    now = [1000.0]
    tokens = ClientCredentials(
        client, tenant, client_id=created.id, client_secret=created.client_secret, scope="read", clock=lambda: now[0]
    )
    first = tokens.token()
    assert tokens.token() == first, "a live token is served from the cache"
    assert tokens.authorization() == f"Bearer {first}"

    # The client registered client_secret_basic, so it introspects with HTTP Basic too.
    basic = base64.b64encode(f"{created.id}:{created.client_secret}".encode()).decode()
    info = client.oauth_introspect(tenant, token=first, request_options={"headers": {"authorization": f"Basic {basic}"}})
    assert info.active and info.client_id == created.id and info.scope == "read"

    # 60 s tokens are refreshed after half their lifetime.
    now[0] += 31
    second = tokens.token()
    assert second != first
    tokens.invalidate()
    assert tokens.token() != second

    # A client registered for client_secret_post gets its tokens that way; a wrong secret is
    # the token endpoint's typed 401.
    poster = client.create_client(tenant, name="Python poster", token_endpoint_auth_method="client_secret_post")
    assert poster.client_secret
    post = ClientCredentials(
        client, tenant, client_id=poster.id, client_secret=poster.client_secret, auth_method="client_secret_post"
    )
    assert post.token()
    wrong = ClientCredentials(client, tenant, client_id=created.id, client_secret="tss_wrong")
    with pytest.raises(AuthenticationError) as caught:
        wrong.token()
    assert (caught.value.status, caught.value.code) == (401, "invalid_client")


def test_async_client_credentials_share_one_request(live: Live, client: TesseraClient, tenant: str) -> None:
    created = client.create_client(tenant, name="Python async service")
    assert created.client_secret
    secret = created.client_secret

    async def main() -> None:
        tokens = AsyncClientCredentials(AsyncTesseraClient(live.url), tenant, client_id=created.id, client_secret=secret)
        values = await asyncio.gather(*(tokens.token() for _ in range(5)))
        assert len(set(values)) == 1, "concurrent callers wait for one token request"
        assert await tokens.authorization() == f"Bearer {values[0]}"

    asyncio.run(main())
