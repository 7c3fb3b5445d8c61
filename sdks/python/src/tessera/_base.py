# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The HTTP engine: URLs, auth, timeouts, retries and error mapping, over the standard library.

Operations live in ``client.py``; this module is shared by the sync and the async client. The
async client runs the same blocking transport in the event loop's default executor, so both
behave identically.
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import inspect
import json
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping, TypedDict

from ._version import VERSION
from .errors import APIConnectionError, APIError, APITimeoutError, make_api_error

__all__ = ["RequestOptions", "RetryEvent"]

_SECURITY_SCHEMES: dict[str, tuple[str, str, str]] = {
    "admin_key": ("admin_key", "authorization", "Bearer "),
    "bearer_token": ("bearer_token", "authorization", "Bearer "),
    "registration_token": ("registration_token", "authorization", "Bearer "),
    "session_token": ("session_token", "authorization", "Bearer "),
}
"""Security scheme -> (credential option, header, value prefix)."""

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_DELAY = 60.0
_INITIAL_RETRY_DELAY = 0.5
_MAX_BACKOFF = 8.0


class RequestOptions(TypedDict, total=False):
    """Per-call settings, the ``request_options`` argument of every operation."""

    timeout: float
    """Seconds to wait for each attempt's response."""
    max_retries: int
    """Overrides the client's ``max_retries`` for this call."""
    retry_non_idempotent: bool
    """Also retry a POST or PATCH. Off by default: a retried POST may act twice."""
    headers: Mapping[str, str]
    """Extra headers for this call."""


@dataclass(frozen=True)
class RetryEvent:
    """What ``on_retry`` is told before each retry."""

    method: str
    path: str
    attempt: int
    """1 for the first retry."""
    delay: float
    """Seconds until the retry."""
    error: APIError | APIConnectionError
    """Why the previous attempt failed."""


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers, not something to follow with credentials attached."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _send(method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout: float) -> _Answer:
    """One attempt over urllib: the answer, or APIConnectionError / APITimeoutError."""
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return _Answer(response.status, _lower(response.headers.items()), response.read())
    except urllib.error.HTTPError as error:
        with error:
            return _Answer(error.code, _lower(error.headers.items()), error.read())
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise APITimeoutError(f"{method} {url}: no response within {timeout} s") from error
        raise APIConnectionError(f"{method} {url}: {error.reason}") from error
    except (TimeoutError, socket.timeout) as error:
        raise APITimeoutError(f"{method} {url}: no response within {timeout} s") from error
    except (OSError, http.client.HTTPException) as error:
        raise APIConnectionError(f"{method} {url}: {error}") from error


def _lower(items: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in items}


def _path(value: Any) -> str:
    """A path parameter, percent-encoded."""
    return urllib.parse.quote(str(value), safe="")


def _to_json(value: Any) -> Any:
    """Models, date-times, lists and dicts as JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _to_json(v) for k, v in value.items()}
    return value


def _body(fields: Mapping[str, Any], optional: bool = False) -> dict[str, Any] | None:
    """A request body from keyword arguments: ``None`` ones are left out."""
    out = {k: _to_json(v) for k, v in fields.items() if v is not None}
    if optional and not out:
        return None
    return out


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def is_retryable_status(status: int) -> bool:
    """408, 429 and 5xx are worth another attempt."""
    return status == 408 or status == 429 or status >= 500


def retry_delay(attempt: int, retry_after: float | None, max_retry_delay: float) -> float:
    """Seconds before retry number ``attempt`` (1-based): ``Retry-After`` when the server sent
    one, else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter."""
    if retry_after is not None:
        return min(retry_after, max_retry_delay)
    backoff = min(_INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1), _MAX_BACKOFF)
    return min(backoff * (1 - random.random() * 0.25), max_retry_delay)


class _Prepared:
    """One call, ready to send."""

    def __init__(self, method: str, url: str, headers: dict[str, str], body: bytes | None, timeout: float, path: str) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.path = path


class _BaseClient:
    def __init__(
        self,
        base_url: str,
        *,
        credentials: Mapping[str, str | None],
        timeout: float,
        max_retries: int,
        max_retry_delay: float,
        default_headers: Mapping[str, str] | None,
        on_retry: Callable[[RetryEvent], Any] | None,
    ) -> None:
        if not base_url:
            raise ValueError("the client needs a base_url")
        self.base_url = base_url.rstrip("/")
        self._credentials = dict(credentials)
        self._timeout = timeout
        self._max_retries = max_retries
        self._max_retry_delay = max_retry_delay
        self._default_headers = dict(default_headers or {})
        self._on_retry = on_retry

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None,
        json_body: Any,
        form: Mapping[str, Any] | None,
        auth: tuple[str, ...],
        expect: str,
        options: RequestOptions | None,
    ) -> _Prepared:
        options = options or {}
        headers = {
            "accept": "application/json, application/problem+json" if expect == "json" else "*/*",
            "user-agent": f"tessera-python/{VERSION}",
        }
        headers.update(self._default_headers)
        for scheme in auth:
            known = _SECURITY_SCHEMES.get(scheme)
            if known is None:
                continue
            option, header, prefix = known
            credential = self._credentials.get(option)
            if credential:
                headers[header] = prefix + credential
                break
        body: bytes | None = None
        if form is not None:
            body = urllib.parse.urlencode({k: _query_value(v) for k, v in form.items() if v is not None}).encode()
            headers["content-type"] = "application/x-www-form-urlencoded"
        elif json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode()
            headers["content-type"] = "application/json"
        headers.update({k.lower(): v for k, v in options.get("headers", {}).items()})
        url = self.base_url + path
        if query:
            pairs = [(k, _query_value(v)) for k, v in query.items() if v is not None]
            if pairs:
                url += "?" + urllib.parse.urlencode(pairs)
        return _Prepared(method, url, headers, body, options.get("timeout", self._timeout), path)

    def _retry_plan(self, method: str, options: RequestOptions | None) -> tuple[bool, int]:
        options = options or {}
        retryable = method in _IDEMPOTENT or options.get("retry_non_idempotent", False)
        return retryable, options.get("max_retries", self._max_retries)

    @staticmethod
    def _decode(answer: _Answer, expect: str) -> Any:
        if expect == "empty":
            return None
        if expect == "text":
            return answer.body.decode("utf-8", "replace")
        return json.loads(answer.body) if answer.body else None


class SyncAPIClient(_BaseClient):
    def _request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        form: Mapping[str, Any] | None = None,
        auth: tuple[str, ...] = (),
        expect: str = "json",
        options: RequestOptions | None = None,
    ) -> Any:
        prepared = self._prepare(method, path, query=query, json_body=json, form=form, auth=auth, expect=expect, options=options)
        retryable, max_retries = self._retry_plan(method, options)
        attempt = 0
        while True:
            error: APIError | APIConnectionError
            retry_after: float | None = None
            try:
                answer = _send(prepared.method, prepared.url, prepared.headers, prepared.body, prepared.timeout)
            except APIConnectionError as caught:
                error = caught
            else:
                if 200 <= answer.status < 300:
                    return self._decode(answer, expect)
                error = make_api_error(answer.status, answer.headers, answer.body)
                if not is_retryable_status(answer.status):
                    raise error
                retry_after = error.retry_after
            if not retryable or attempt >= max_retries:
                raise error
            attempt += 1
            delay = retry_delay(attempt, retry_after, self._max_retry_delay)
            if self._on_retry is not None:
                self._on_retry(RetryEvent(method, path, attempt, delay, error))
            time.sleep(delay)


class AsyncAPIClient(_BaseClient):
    async def _request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        form: Mapping[str, Any] | None = None,
        auth: tuple[str, ...] = (),
        expect: str = "json",
        options: RequestOptions | None = None,
    ) -> Any:
        prepared = self._prepare(method, path, query=query, json_body=json, form=form, auth=auth, expect=expect, options=options)
        retryable, max_retries = self._retry_plan(method, options)
        loop = asyncio.get_running_loop()
        attempt = 0
        while True:
            error: APIError | APIConnectionError
            retry_after: float | None = None
            try:
                answer = await loop.run_in_executor(
                    None,
                    functools.partial(_send, prepared.method, prepared.url, prepared.headers, prepared.body, prepared.timeout),
                )
            except APIConnectionError as caught:
                error = caught
            else:
                if 200 <= answer.status < 300:
                    return self._decode(answer, expect)
                error = make_api_error(answer.status, answer.headers, answer.body)
                if not is_retryable_status(answer.status):
                    raise error
                retry_after = error.retry_after
            if not retryable or attempt >= max_retries:
                raise error
            attempt += 1
            delay = retry_delay(attempt, retry_after, self._max_retry_delay)
            if self._on_retry is not None:
                result = self._on_retry(RetryEvent(method, path, attempt, delay, error))
                if inspect.isawaitable(result):
                    await result
            await asyncio.sleep(delay)
