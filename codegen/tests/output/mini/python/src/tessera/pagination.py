# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""Cursor pagination: a page holds its items; iterating it yields every item of every page."""

from __future__ import annotations

from typing import Any, AsyncIterator, Awaitable, Callable, Generator, Generic, Iterator, TypeVar

__all__ = ["SyncPage", "AsyncPage", "AsyncPaginator"]

T = TypeVar("T")

_Fetch = Callable[[str | None], tuple[list[T], str | None]]
_AsyncFetch = Callable[[str | None], Awaitable[tuple[list[T], str | None]]]


class SyncPage(Generic[T]):
    """One page of a list. ``for item in page`` walks this page and every later one.

    >>> for tenant in client.list_tenants(limit=50):  # doctest: +SKIP
    ...     print(tenant.slug)
    """

    data: list[T]
    """This page's items."""
    next_cursor: str | None
    """The cursor of the next page; ``None`` on the last page."""

    def __init__(self, fetch: _Fetch[T], cursor: str | None, *, _first: tuple[list[T], str | None] | None = None) -> None:
        self._fetch = fetch
        self.data, self.next_cursor = _first if _first is not None else fetch(cursor)

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def next_page(self) -> SyncPage[T] | None:
        """The next page, fetched now; ``None`` after the last."""
        if self.next_cursor is None:
            return None
        return SyncPage(self._fetch, None, _first=self._fetch(self.next_cursor))

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every later one."""
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"SyncPage(items={len(self.data)}, next_cursor={self.next_cursor!r})"


class AsyncPage(Generic[T]):
    """One page of a list. ``async for item in page`` walks this page and every later one."""

    data: list[T]
    """This page's items."""
    next_cursor: str | None
    """The cursor of the next page; ``None`` on the last page."""

    def __init__(self, fetch: _AsyncFetch[T], data: list[T], next_cursor: str | None) -> None:
        self._fetch = fetch
        self.data = data
        self.next_cursor = next_cursor

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    async def next_page(self) -> AsyncPage[T] | None:
        """The next page, fetched now; ``None`` after the last."""
        if self.next_cursor is None:
            return None
        data, cursor = await self._fetch(self.next_cursor)
        return AsyncPage(self._fetch, data, cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every later one."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"AsyncPage(items={len(self.data)}, next_cursor={self.next_cursor!r})"


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item.

    >>> async for user in client.list_users("acme"):  # doctest: +SKIP
    ...     print(user.email)
    """

    def __init__(self, fetch: _AsyncFetch[T], cursor: str | None) -> None:
        self._fetch = fetch
        self._cursor = cursor

    async def _first(self) -> AsyncPage[T]:
        data, cursor = await self._fetch(self._cursor)
        return AsyncPage(self._fetch, data, cursor)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
