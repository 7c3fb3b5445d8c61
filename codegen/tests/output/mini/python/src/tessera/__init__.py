# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The Tessera SDK for Python: ``TesseraClient``, ``AsyncTesseraClient``, typed models and errors."""

from ._base import RequestOptions, RetryEvent
from ._version import VERSION
from .client import AsyncTesseraClient, TesseraClient
from .client_credentials import AccessToken, AsyncClientCredentials, ClientCredentials
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
    Adoption,
    Code,
    NewPet,
    Pet,
    PetKind,
    PetList,
    Problem,
    Rename,
    Tags,
    TokenAnswer,
    TokenForm,
    Waiting,
)
from .pagination import AsyncPage, AsyncPaginator, SyncPage

__all__ = [
    "VERSION",
    "TesseraClient",
    "AsyncTesseraClient",
    "ClientCredentials",
    "AsyncClientCredentials",
    "AccessToken",
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
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "Adoption",
    "Code",
    "NewPet",
    "Pet",
    "PetKind",
    "PetList",
    "Problem",
    "Rename",
    "Tags",
    "TokenAnswer",
    "TokenForm",
    "Waiting",
]
