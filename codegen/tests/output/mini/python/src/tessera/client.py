# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The clients: ``TesseraClient`` (blocking) and ``AsyncTesseraClient`` (asyncio), one method
per operation of the API."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from ._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    RequestOptions,
    RetryEvent,
    SyncAPIClient,
    _body,
    _path,
    _to_json,
)
from .models import (
    Adoption,
    Pet,
    PetKind,
    PetList,
    TokenAnswer,
    _decode_adoption,
)
from .pagination import AsyncPaginator, SyncPage

__all__ = ["TesseraClient", "AsyncTesseraClient"]

_ = (_body, _path, _to_json, Any)


class TesseraClient(SyncAPIClient):
    """A blocking client for the Tessera API.

    >>> client = TesseraClient("http://127.0.0.1:8080", admin_key="tsk_...")  # doctest: +SKIP
    >>> client.create_tenant(slug="acme", name="Acme")  # doctest: +SKIP
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        user_token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        default_headers: Mapping[str, str] | None = None,
        on_retry: Callable[[RetryEvent], Any] | None = None,
    ) -> None:
        """
        Args:
            base_url: The server, such as ``https://id.example.com``.
            api_key: 
            user_token: 
            timeout: Seconds to wait for each attempt's response.
            max_retries: Retries after a retryable failure (408, 429, 5xx, no connection);
                only idempotent methods are retried unless a call opts in.
            max_retry_delay: The longest wait before a retry; a longer ``Retry-After`` is
                shortened to it.
            default_headers: Headers sent with every request.
            on_retry: Called before each retry with a ``RetryEvent``.
        """
        super().__init__(
            base_url,
            credentials={
                "api_key": api_key,
                "user_token": user_token,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )

    def list_pets(self, *, kind: PetKind | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Pet]:
        """List pets.

        Returns the first page; iterating it yields every Pet across pages.

        Raises:
            UnprocessableError: 422 Bad limit
        """
        def _fetch(_cursor: str | None) -> tuple[list[Pet], str | None]:
            _page = PetList.from_dict(self._request("GET", f"/pets", query={"kind": kind, "limit": limit, "cursor": _cursor}, auth=("api_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_pet(self, *, name: str, kind: PetKind, request_options: RequestOptions | None = None) -> Pet:
        """Add a pet.

        Raises:
            ConflictError: 409 Taken
        """
        _data = self._request("POST", f"/pets", json=_body({"name": name, "kind": kind}), auth=("api_key", "user_token",), expect="json", options=request_options)
        return Pet.from_dict(_data)

    def delete_pet(self, pet_id: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a pet."""
        self._request("DELETE", f"/pets/{_path(pet_id)}", expect="empty", options=request_options)

    def rename_pet(self, pet_id: str, *, name: str | None = None, request_options: RequestOptions | None = None) -> Pet:
        """Rename a pet.

        An empty body changes nothing.
        """
        _data = self._request("PATCH", f"/pets/{_path(pet_id)}", json=_body({"name": name}, optional=True), expect="json", options=request_options)
        return Pet.from_dict(_data)

    def get_token(self, tenant: str, *, grant_type: str, scope: str | None = None, resource: str | None = None, client_id: str | None = None, client_secret: str | None = None, request_options: RequestOptions | None = None) -> TokenAnswer:
        """Get a token."""
        _data = self._request("POST", f"/t/{_path(tenant)}/oauth/token", form=_body({"grant_type": grant_type, "scope": scope, "resource": resource, "client_id": client_id, "client_secret": client_secret}), expect="json", options=request_options)
        return TokenAnswer.from_dict(_data)

    def adopt(self, *, request_options: RequestOptions | None = None) -> Adoption:
        """Adopt a pet, or be told to wait."""
        _data = self._request("POST", f"/adopt", expect="json", options=request_options)
        return _decode_adoption(_data)

    def export_pets(self, *, request_options: RequestOptions | None = None) -> str:
        """Export."""
        _data = self._request("GET", f"/export", expect="text", options=request_options)
        return str(_data)


class AsyncTesseraClient(AsyncAPIClient):
    """An asyncio client for the Tessera API, with the same methods as ``TesseraClient``.

    >>> client = AsyncTesseraClient("http://127.0.0.1:8080", admin_key="tsk_...")  # doctest: +SKIP
    >>> await client.create_tenant(slug="acme", name="Acme")  # doctest: +SKIP
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        user_token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        default_headers: Mapping[str, str] | None = None,
        on_retry: Callable[[RetryEvent], Any] | None = None,
    ) -> None:
        """Takes the same arguments as ``TesseraClient``; ``on_retry`` may be async."""
        super().__init__(
            base_url,
            credentials={
                "api_key": api_key,
                "user_token": user_token,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )

    def list_pets(self, *, kind: PetKind | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Pet]:
        """List pets.

        Returns the first page; iterating it yields every Pet across pages.

        Raises:
            UnprocessableError: 422 Bad limit
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Pet], str | None]:
            _page = PetList.from_dict(await self._request("GET", f"/pets", query={"kind": kind, "limit": limit, "cursor": _cursor}, auth=("api_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_pet(self, *, name: str, kind: PetKind, request_options: RequestOptions | None = None) -> Pet:
        """Add a pet.

        Raises:
            ConflictError: 409 Taken
        """
        _data = await self._request("POST", f"/pets", json=_body({"name": name, "kind": kind}), auth=("api_key", "user_token",), expect="json", options=request_options)
        return Pet.from_dict(_data)

    async def delete_pet(self, pet_id: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a pet."""
        await self._request("DELETE", f"/pets/{_path(pet_id)}", expect="empty", options=request_options)

    async def rename_pet(self, pet_id: str, *, name: str | None = None, request_options: RequestOptions | None = None) -> Pet:
        """Rename a pet.

        An empty body changes nothing.
        """
        _data = await self._request("PATCH", f"/pets/{_path(pet_id)}", json=_body({"name": name}, optional=True), expect="json", options=request_options)
        return Pet.from_dict(_data)

    async def get_token(self, tenant: str, *, grant_type: str, scope: str | None = None, resource: str | None = None, client_id: str | None = None, client_secret: str | None = None, request_options: RequestOptions | None = None) -> TokenAnswer:
        """Get a token."""
        _data = await self._request("POST", f"/t/{_path(tenant)}/oauth/token", form=_body({"grant_type": grant_type, "scope": scope, "resource": resource, "client_id": client_id, "client_secret": client_secret}), expect="json", options=request_options)
        return TokenAnswer.from_dict(_data)

    async def adopt(self, *, request_options: RequestOptions | None = None) -> Adoption:
        """Adopt a pet, or be told to wait."""
        _data = await self._request("POST", f"/adopt", expect="json", options=request_options)
        return _decode_adoption(_data)

    async def export_pets(self, *, request_options: RequestOptions | None = None) -> str:
        """Export."""
        _data = await self._request("GET", f"/export", expect="text", options=request_options)
        return str(_data)
