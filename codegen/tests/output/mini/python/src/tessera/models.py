# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The API's data types: dataclasses with ``from_dict`` and ``to_dict`` for their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Mapping

__all__ = [
    "PetKind",
    "Tags",
    "Code",
    "Pet",
    "Waiting",
    "NewPet",
    "Rename",
    "TokenForm",
    "TokenAnswer",
    "PetList",
    "Problem",
    "Adoption",
]


def _parse_datetime(value: Any) -> datetime:
    text = str(value)
    # fromisoformat reads a trailing Z only from Python 3.11 on.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def _format_datetime(value: datetime) -> str:
    return value.isoformat()


PetKind = Literal["cat", "dog"]


Tags = list[str]


Code = Literal["not_found", "taken"]


@dataclass(kw_only=True)
class Pet:
    """A pet. Its `name` may be "unknown" */ and that's fine."""

    id: str
    name: str
    """The \"\"\"name\"\"\"."""
    kind: PetKind
    born_at: datetime
    """A timezone-aware date-time."""
    tags: Tags
    traits: dict[str, int]
    owner: str | None
    vet_visits: list[datetime] | None = None
    friends: list[Pet] | None = None
    from_: str | None = None
    """A Python keyword."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Pet:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            name=_data["name"],
            kind=_data["kind"],
            born_at=_parse_datetime(_data["born_at"]),
            tags=list(_data["tags"]),
            traits=dict(_data["traits"]),
            owner=_data["owner"],
            vet_visits=None if _data.get("vet_visits") is None else [_parse_datetime(_v0) for _v0 in _data["vet_visits"]],
            friends=None if _data.get("friends") is None else [Pet.from_dict(_v0) for _v0 in _data["friends"]],
            from_=_data.get("from"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["name"] = self.name
        _out["kind"] = self.kind
        _out["born_at"] = _format_datetime(self.born_at)
        _out["tags"] = list(self.tags)
        _out["traits"] = dict(self.traits)
        _out["owner"] = self.owner
        if self.vet_visits is not None:
            _out["vet_visits"] = [_format_datetime(_v0) for _v0 in self.vet_visits]
        if self.friends is not None:
            _out["friends"] = [_v0.to_dict() for _v0 in self.friends]
        if self.from_ is not None:
            _out["from"] = self.from_
        return _out


@dataclass(kw_only=True)
class Waiting:
    """A record of the API."""

    position: int

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Waiting:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            position=_data["position"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["position"] = self.position
        return _out


@dataclass(kw_only=True)
class NewPet:
    """A record of the API."""

    name: str
    kind: PetKind

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> NewPet:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data["name"],
            kind=_data["kind"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["name"] = self.name
        _out["kind"] = self.kind
        return _out


@dataclass(kw_only=True)
class Rename:
    """A record of the API."""

    name: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Rename:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        return _out


@dataclass(kw_only=True)
class TokenForm:
    """A record of the API."""

    grant_type: str
    scope: str | None = None
    resource: str | None = None
    client_id: str | None = None
    client_secret: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TokenForm:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            grant_type=_data["grant_type"],
            scope=_data.get("scope"),
            resource=_data.get("resource"),
            client_id=_data.get("client_id"),
            client_secret=_data.get("client_secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["grant_type"] = self.grant_type
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.resource is not None:
            _out["resource"] = self.resource
        if self.client_id is not None:
            _out["client_id"] = self.client_id
        if self.client_secret is not None:
            _out["client_secret"] = self.client_secret
        return _out


@dataclass(kw_only=True)
class TokenAnswer:
    """A record of the API."""

    access_token: str
    expires_in: int
    scope: str | None = None
    extra: dict[str, str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TokenAnswer:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            access_token=_data["access_token"],
            expires_in=_data["expires_in"],
            scope=_data.get("scope"),
            extra=None if _data.get("extra") is None else dict(_data["extra"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["access_token"] = self.access_token
        _out["expires_in"] = self.expires_in
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.extra is not None:
            _out["extra"] = dict(self.extra)
        return _out


@dataclass(kw_only=True)
class PetList:
    """A record of the API."""

    data: list[Pet]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PetList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Pet.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class Problem:
    """A record of the API."""

    status: int
    detail: str
    code: Code
    request_id: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Problem:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            status=_data["status"],
            detail=_data["detail"],
            code=_data["code"],
            request_id=_data.get("request_id"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["status"] = self.status
        _out["detail"] = self.detail
        _out["code"] = self.code
        if self.request_id is not None:
            _out["request_id"] = self.request_id
        return _out


# A pet, or a place on the waiting list.
Adoption = Pet | Waiting


def _decode_adoption(_data: Mapping[str, Any]) -> Adoption:
    """Reads a ``Adoption``: the first variant whose required keys are all present."""
    if {"id", "name", "kind", "born_at", "tags", "traits", "owner"} <= _data.keys():
        return Pet.from_dict(_data)
    if {"position"} <= _data.keys():
        return Waiting.from_dict(_data)
    raise ValueError("the object matches no variant of Adoption")
