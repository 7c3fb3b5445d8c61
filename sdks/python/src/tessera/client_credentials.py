# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""Access tokens for a confidential client (OAuth 2.0 client credentials, RFC 6749 section 4.4),
fetched from its tenant's token endpoint and cached until shortly before they expire.

>>> tokens = ClientCredentials(client, "acme", client_id="cli_...", client_secret="tss_...")  # doctest: +SKIP
>>> headers = {"authorization": tokens.authorization()}  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import Callable, Literal

from ._base import RequestOptions
from .client import AsyncTesseraClient, TesseraClient
from .models import TokenResponse

__all__ = ["ClientCredentials", "AsyncClientCredentials", "AccessToken"]

AuthMethod = Literal["client_secret_basic", "client_secret_post"]
DEFAULT_REFRESH_BEFORE = 30.0


@dataclass(frozen=True)
class AccessToken:
    """A cached token and when, on the helper's clock, it stops being used."""

    value: str
    scope: str | None
    expires_at: float
    """Clock reading after which the helper fetches a new token."""


class _Settings:
    def __init__(
        self,
        tenant: str,
        client_id: str,
        client_secret: str,
        scope: str | None,
        resource: str | None,
        auth_method: AuthMethod,
        refresh_before: float,
        clock: Callable[[], float],
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client credentials need a client_id and a client_secret")
        if auth_method not in ("client_secret_basic", "client_secret_post"):
            raise ValueError(f"unsupported auth_method {auth_method!r}: use client_secret_basic or client_secret_post")
        self.tenant = tenant
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.resource = resource
        self.auth_method = auth_method
        self.refresh_before = refresh_before
        self.clock = clock

    def request(self) -> tuple[str | None, str | None, RequestOptions]:
        """``client_id`` and ``client_secret`` for the form, and the per-call options."""
        if self.auth_method == "client_secret_post":
            return self.client_id, self.client_secret, {}
        # RFC 6749 section 2.3.1: both parts form-encoded before the Basic encoding.
        pair = f"{urllib.parse.quote_plus(self.client_id)}:{urllib.parse.quote_plus(self.client_secret)}"
        basic = base64.b64encode(pair.encode()).decode()
        return None, None, {"headers": {"authorization": f"Basic {basic}"}}

    def cache(self, answer: TokenResponse, asked_at: float) -> AccessToken:
        # Refresh ahead of expiry, but never sooner than half the lifetime, so a short-lived
        # token is not fetched again on every call.
        margin = min(self.refresh_before, answer.expires_in / 2)
        return AccessToken(answer.access_token, answer.scope, asked_at + answer.expires_in - margin)


class ClientCredentials:
    """Client-credentials tokens for a blocking ``TesseraClient``; safe to share across threads.

    Args:
        client: The client whose base URL, timeouts, retries and user agent the token
            requests use. It needs no credential of its own.
        tenant: The tenant (slug) that registered the client.
        client_id: The client's id, ``cli_...``.
        client_secret: One of its live secrets, ``tss_...``.
        scope: Space-separated scopes to ask for; all the client's scopes when ``None``.
        resource: The API the token is for (RFC 8707), which becomes its ``aud``.
        auth_method: How the client authenticates, as registered: ``client_secret_basic``
            (the default) or ``client_secret_post``.
        refresh_before: Seconds before expiry at which a new token is fetched.
        clock: Seconds on a monotonic clock; tests pass their own.
    """

    def __init__(
        self,
        client: TesseraClient,
        tenant: str,
        *,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        resource: str | None = None,
        auth_method: AuthMethod = "client_secret_basic",
        refresh_before: float = DEFAULT_REFRESH_BEFORE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._settings = _Settings(tenant, client_id, client_secret, scope, resource, auth_method, refresh_before, clock)
        self._cached: AccessToken | None = None
        self._lock = threading.Lock()

    def token(self) -> str:
        """A valid access token: the cached one, or a new one when it is about to expire.

        Raises the client's errors (``AuthenticationError`` for a wrong secret,
        ``BadRequestError`` for a scope or resource the client may not have).
        """
        return self.access_token().value

    def access_token(self) -> AccessToken:
        """Like ``token()``, with the granted scope and the refresh time."""
        with self._lock:
            cached = self._cached
            if cached is not None and self._settings.clock() < cached.expires_at:
                return cached
            settings = self._settings
            client_id, client_secret, options = settings.request()
            asked_at = settings.clock()
            answer = self._client.oauth_token(
                settings.tenant,
                grant_type="client_credentials",
                scope=settings.scope,
                resource=settings.resource,
                client_id=client_id,
                client_secret=client_secret,
                request_options=options,
            )
            self._cached = self._settings.cache(answer, asked_at)
            return self._cached

    def authorization(self) -> str:
        """The ``Authorization`` header value, ``Bearer <token>``."""
        return f"Bearer {self.token()}"

    def invalidate(self) -> None:
        """Forget the cached token, so the next call fetches a new one (after a 401, say)."""
        with self._lock:
            self._cached = None


class AsyncClientCredentials:
    """Client-credentials tokens for an ``AsyncTesseraClient``; takes the same arguments as
    ``ClientCredentials``. Concurrent callers wait for one token request."""

    def __init__(
        self,
        client: AsyncTesseraClient,
        tenant: str,
        *,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        resource: str | None = None,
        auth_method: AuthMethod = "client_secret_basic",
        refresh_before: float = DEFAULT_REFRESH_BEFORE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._settings = _Settings(tenant, client_id, client_secret, scope, resource, auth_method, refresh_before, clock)
        self._cached: AccessToken | None = None
        self._lock: asyncio.Lock | None = None

    async def token(self) -> str:
        """A valid access token: the cached one, or a new one when it is about to expire."""
        return (await self.access_token()).value

    async def access_token(self) -> AccessToken:
        """Like ``token()``, with the granted scope and the refresh time."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            cached = self._cached
            if cached is not None and self._settings.clock() < cached.expires_at:
                return cached
            settings = self._settings
            client_id, client_secret, options = settings.request()
            asked_at = settings.clock()
            answer = await self._client.oauth_token(
                settings.tenant,
                grant_type="client_credentials",
                scope=settings.scope,
                resource=settings.resource,
                client_id=client_id,
                client_secret=client_secret,
                request_options=options,
            )
            self._cached = self._settings.cache(answer, asked_at)
            return self._cached

    async def authorization(self) -> str:
        """The ``Authorization`` header value, ``Bearer <token>``."""
        return f"Bearer {await self.token()}"

    def invalidate(self) -> None:
        """Forget the cached token, so the next call fetches a new one."""
        self._cached = None
