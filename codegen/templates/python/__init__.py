"""The Tessera SDK for Python: ``TesseraClient``, ``AsyncTesseraClient``, typed models and errors."""

from ._base import RequestOptions, RetryEvent
from ._version import VERSION
from .client import AsyncTesseraClient, TesseraClient
{%- if client_credentials %}
from .client_credentials import AccessToken, AsyncClientCredentials, ClientCredentials
{%- endif %}
from .errors import (
    ERROR_CODES,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    TesseraError,
    UnprocessableError,
)
from .models import (
{%- for name in models %}
    {{ name }},
{%- endfor %}
)
{%- if paginated %}
from .pagination import AsyncPage, AsyncPaginator, SyncPage
{%- endif %}

__all__ = [
    "VERSION",
    "TesseraClient",
    "AsyncTesseraClient",
{%- if client_credentials %}
    "ClientCredentials",
    "AsyncClientCredentials",
    "AccessToken",
{%- endif %}
    "RequestOptions",
    "RetryEvent",
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
{%- if paginated %}
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
{%- endif %}
{%- for name in models %}
    "{{ name }}",
{%- endfor %}
]
