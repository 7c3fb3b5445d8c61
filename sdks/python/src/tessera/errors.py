# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""Errors: everything the client raises is a ``TesseraError``."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any, Mapping

from .models import ErrorCode, Problem

__all__ = [
    "ERROR_CODES",
    "TesseraError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableError",
    "RateLimitedError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
]

ERROR_CODES: tuple[ErrorCode, ...] = (
    "invalid_body",
    "unsupported_media_type",
    "payload_too_large",
    "invalid_parameter",
    "validation_failed",
    "unauthorized",
    "invalid_credentials",
    "invalid_token",
    "invalid_code",
    "account_locked",
    "rate_limited",
    "account_disabled",
    "signup_disabled",
    "email_domain_not_allowed",
    "origin_not_allowed",
    "not_found",
    "method_not_allowed",
    "already_exists",
    "conflict",
    "request_timeout",
    "service_unavailable",
    "internal_error",
    "permission_denied",
    "organization_policy_violation",
)
"""Every machine-readable ``code`` this version of the API can answer with."""


class TesseraError(Exception):
    """The base of every error the client raises."""


class APIError(TesseraError):
    """The server answered with an error status.

    Branch on ``code`` (stable) or on the subclass; ``detail`` is written for people.
    """

    status: int
    """The HTTP status."""
    code: str | None
    """The problem document's machine-readable code, when the body was one."""
    detail: str
    """What went wrong, for a person."""
    request_id: str | None
    """The server's request id (``x-request-id``), to quote when reporting a problem."""
    retry_after: float | None
    """Seconds to wait before retrying, from ``Retry-After``."""
    problem: Problem | None
    """The whole problem document (RFC 9457), when the body was one."""
    headers: Mapping[str, str]
    """The response headers, names in lowercase."""
    body: bytes
    """The raw response body."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        document = _json_object(body)
        code = _string(document, "code") or _string(document, "error")
        detail = (
            _string(document, "detail")
            or _string(document, "error_description")
            or _string(document, "title")
            or body.decode("utf-8", "replace").strip()[:200]
            or f"HTTP {status}"
        )
        super().__init__(f"{status} {code}: {detail}" if code else f"{status}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.request_id = headers.get("x-request-id") or _string(document, "request_id")
        self.retry_after = parse_retry_after(headers.get("retry-after"))
        self.problem = None
        if document is not None:
            try:
                self.problem = Problem.from_dict(document)
            except (KeyError, TypeError, ValueError):
                self.problem = None
        self.headers = headers
        self.body = body


class BadRequestError(APIError):
    """400: the request was malformed."""


class AuthenticationError(APIError):
    """401: missing or invalid credentials."""


class PermissionDeniedError(APIError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIError):
    """404: no such resource."""


class ConflictError(APIError):
    """409: the request conflicts with the current state."""


class UnprocessableError(APIError):
    """422: the request was well-formed but its values are invalid."""


class RateLimitedError(APIError):
    """429: too many requests, or a lock; ``retry_after`` says how long to wait."""


class InternalServerError(APIError):
    """5xx: the server failed."""


class APIConnectionError(TesseraError):
    """The server could not be reached, or the connection broke before an answer."""


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableError,
    429: RateLimitedError,
}


def make_api_error(status: int, headers: Mapping[str, str], body: bytes) -> APIError:
    """The error for a status: its subclass when it has one."""
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIError)
    return cls(status, headers, body)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: delay-seconds or an HTTP date (RFC 9110 section 10.2.3)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _string(document: Mapping[str, Any] | None, key: str) -> str | None:
    if document is None:
        return None
    value = document.get(key)
    return value if isinstance(value, str) else None
