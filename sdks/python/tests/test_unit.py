"""Offline tests of the client's HTTP behaviour against a scripted local server."""

from __future__ import annotations

import asyncio
import json

import pytest

from tessera import (
    VERSION,
    APIConnectionError,
    APITimeoutError,
    AsyncTesseraClient,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitedError,
    RetryEvent,
    Tenant,
    TesseraClient,
)

from .conftest import Reply, Scripted, Seen

TENANT = {
    "id": "ten_1",
    "slug": "acme",
    "name": "Acme",
    "issuer": "http://x/t/acme",
    "signing_alg": "ES256",
    "allowed_origins": [],
    "signup_mode": "invite_only",
    "signup_allowed_domains": [],
    "block_disposable_emails": True,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def problem(status: int, code: str, **headers: str) -> Reply:
    body = {"type": f"urn:tessera:problem:{code}", "title": code, "status": status, "detail": f"detail of {code}", "code": code, "request_id": "req_body"}
    return Reply(status, body, {"x-request-id": "req_header", **headers})


def test_sends_credentials_user_agent_and_json(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: Reply(201, TENANT)
    client = TesseraClient(scripted.url + "/", admin_key="tsk_abc")
    tenant = client.create_tenant(slug="acme", name="Acme", allowed_origins=["https://a.example"])
    assert isinstance(tenant, Tenant)
    assert tenant.created_at.year == 2026 and tenant.created_at.tzinfo is not None
    seen = scripted.seen[0]
    assert (seen.method, seen.path) == ("POST", "/v1/tenants")
    assert seen.headers["authorization"] == "Bearer tsk_abc"
    assert seen.headers["user-agent"] == f"tessera-python/{VERSION}"
    assert json.loads(seen.body) == {"slug": "acme", "name": "Acme", "allowed_origins": ["https://a.example"]}


def test_models_round_trip() -> None:
    tenant = Tenant.from_dict({**TENANT, "unknown_field": 1})
    again = tenant.to_dict()
    assert again["created_at"].startswith("2026-01-01T00:00:00")
    assert Tenant.from_dict(again) == tenant


def test_encodes_path_and_query(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: Reply(200, {"data": []})
    client = TesseraClient(scripted.url, admin_key="k")
    page = client.list_users("a/b", q="jane doe", disabled=False, limit=5)
    assert page.data == [] and page.next_cursor is None
    assert scripted.seen[0].path == "/v1/tenants/a%2Fb/users?q=jane+doe&disabled=false&limit=5"


def test_problem_documents_become_typed_errors(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(404, "not_found")
    client = TesseraClient(scripted.url)
    with pytest.raises(NotFoundError) as caught:
        client.get_tenant("nope")
    error = caught.value
    assert (error.status, error.code, error.detail) == (404, "not_found", "detail of not_found")
    assert error.request_id == "req_header"
    assert error.problem is not None and error.problem.code == "not_found"


def test_retries_idempotent_calls_honouring_retry_after(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(503, "service_unavailable", **{"retry-after": "0"}) if n < 3 else Reply(200, TENANT)
    events: list[RetryEvent] = []
    client = TesseraClient(scripted.url, on_retry=events.append)
    assert client.get_tenant("acme").slug == "acme"
    assert len(scripted.seen) == 3
    assert [(e.attempt, e.delay) for e in events] == [(1, 0.0), (2, 0.0)]
    assert isinstance(events[0].error, InternalServerError)


def test_gives_up_after_max_retries(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(503, "service_unavailable", **{"retry-after": "0"})
    client = TesseraClient(scripted.url, max_retries=1)
    with pytest.raises(InternalServerError):
        client.get_tenant("acme")
    assert len(scripted.seen) == 2


def test_post_is_retried_only_when_asked(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(429, "account_locked", **{"retry-after": "0"}) if n == 1 else Reply(201, TENANT)
    client = TesseraClient(scripted.url)
    with pytest.raises(RateLimitedError) as caught:
        client.create_tenant(slug="acme", name="Acme")
    assert caught.value.retry_after == 0.0
    assert len(scripted.seen) == 1
    tenant = client.create_tenant(slug="acme", name="Acme", request_options={"retry_non_idempotent": True})
    assert tenant.slug == "acme"


def test_conflicts_are_not_retried(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(409, "already_exists")
    client = TesseraClient(scripted.url)
    with pytest.raises(ConflictError):
        client.delete_tenant("acme")
    assert len(scripted.seen) == 1


def test_long_retry_after_is_shortened(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: problem(503, "service_unavailable", **{"retry-after": "3600"}) if n == 1 else Reply(200, TENANT)
    delays: list[float] = []
    client = TesseraClient(scripted.url, max_retry_delay=0.01, on_retry=lambda e: delays.append(e.delay))
    client.get_tenant("acme")
    assert delays == [0.01]


def test_unreachable_server_is_a_connection_error() -> None:
    client = TesseraClient("http://127.0.0.1:9", max_retries=1, max_retry_delay=0.01)
    with pytest.raises(APIConnectionError):
        client.get_health()


def test_timeouts(scripted: Scripted) -> None:
    scripted.script = lambda seen, n: Reply(200, {"status": "ok"}, delay=1.0)
    client = TesseraClient(scripted.url, timeout=0.1, max_retries=0)
    with pytest.raises(APITimeoutError):
        client.get_health()


def _pages(seen: Seen, n: int) -> Reply:
    cursor = seen.path.partition("cursor=")[2]
    pages = {
        "": {"data": [TENANT, {**TENANT, "slug": "b"}], "next_cursor": "c2"},
        "c2": {"data": [{**TENANT, "slug": "c"}], "next_cursor": "c3"},
        "c3": {"data": []},
    }
    return Reply(200, pages[cursor])


def test_pagination_walks_every_page(scripted: Scripted) -> None:
    scripted.script = _pages
    client = TesseraClient(scripted.url, admin_key="k")
    first = client.list_tenants(limit=2)
    assert [t.slug for t in first.data] == ["acme", "b"]
    assert [t.slug for t in first] == ["acme", "b", "c"]
    assert len(list(first.iter_pages())) == 3


def test_async_client(scripted: Scripted) -> None:
    scripted.script = _pages

    async def main() -> None:
        client = AsyncTesseraClient(scripted.url, admin_key="k")
        first = await client.list_tenants(limit=2)
        assert first.next_cursor == "c2"
        assert [t.slug async for t in client.list_tenants(limit=2)] == ["acme", "b", "c"]
        scripted.script = lambda seen, n: problem(404, "not_found")
        with pytest.raises(NotFoundError):
            await client.get_tenant("nope")

    asyncio.run(main())
