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
{%- if !imports.is_empty() %}
from .models import (
{%- for name in imports %}
    {{ name }},
{%- endfor %}
)
{%- endif %}
{%- if paginated %}
from .pagination import AsyncPaginator, SyncPage
{%- endif %}

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
{%- for s in schemes %}
        {{ s.option }}: str | None = None,
{%- endfor %}
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        default_headers: Mapping[str, str] | None = None,
        on_retry: Callable[[RetryEvent], Any] | None = None,
    ) -> None:
        """
        Args:
            base_url: The server, such as ``https://id.example.com``.
{%- for s in schemes %}
            {{ s.option }}: {{ s.doc }}
{%- endfor %}
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
{%- for s in schemes %}
                "{{ s.option }}": {{ s.option }},
{%- endfor %}
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )
{%- for m in methods %}

    def {{ m.name }}({{ m.params }}) -> {% if let Some(p) = m.page %}SyncPage[{{ p.item }}]{% else %}{{ m.returns }}{% endif %}:
{{ m.doc }}
{%- if let Some(p) = m.page %}
        def _fetch(_cursor: str | None) -> tuple[list[{{ p.item }}], str | None]:
            _page = {{ p.model }}.from_dict(self._request({{ m.request }}))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, {{ p.start }})
{%- else if m.convert.is_empty() %}
        self._request({{ m.request }})
{%- else %}
        _data = self._request({{ m.request }})
        return {{ m.convert }}
{%- endif %}
{%- endfor %}


class AsyncTesseraClient(AsyncAPIClient):
    """An asyncio client for the Tessera API, with the same methods as ``TesseraClient``.

    >>> client = AsyncTesseraClient("http://127.0.0.1:8080", admin_key="tsk_...")  # doctest: +SKIP
    >>> await client.create_tenant(slug="acme", name="Acme")  # doctest: +SKIP
    """

    def __init__(
        self,
        base_url: str,
        *,
{%- for s in schemes %}
        {{ s.option }}: str | None = None,
{%- endfor %}
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
{%- for s in schemes %}
                "{{ s.option }}": {{ s.option }},
{%- endfor %}
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )
{%- for m in methods %}
{%- if let Some(p) = m.page %}

    def {{ m.name }}({{ m.params }}) -> AsyncPaginator[{{ p.item }}]:
{{ m.doc }}
        async def _fetch(_cursor: str | None) -> tuple[list[{{ p.item }}], str | None]:
            _page = {{ p.model }}.from_dict(await self._request({{ m.request }}))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, {{ p.start }})
{%- else %}

    async def {{ m.name }}({{ m.params }}) -> {{ m.returns }}:
{{ m.doc }}
{%- if m.convert.is_empty() %}
        await self._request({{ m.request }})
{%- else %}
        _data = await self._request({{ m.request }})
        return {{ m.convert }}
{%- endif %}
{%- endif %}
{%- endfor %}
