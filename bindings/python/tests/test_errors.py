"""The exception classes are exactly the core's error kinds, in both directions."""

from __future__ import annotations

import re

import pytest

import tessera_core as tc
from tessera_core import errors


def class_name(code: str) -> str:
    return "".join(part.capitalize() for part in code.split("_")) + "Error"


def test_one_class_per_core_kind() -> None:
    assert len(tc.ERROR_CODES) == len(set(tc.ERROR_CODES)) == 44
    assert set(errors._BY_CODE) == set(tc.ERROR_CODES)
    for code in tc.ERROR_CODES:
        cls = errors._BY_CODE[code]
        assert re.fullmatch(r"[a-z0-9_]+", code)
        assert cls.__name__ == class_name(code)
        assert getattr(errors, cls.__name__) is cls
        assert issubclass(cls, tc.TesseraError)
        assert cls.__doc__, f"{cls.__name__} has no docstring"


def test_client_error_flags_match_the_core() -> None:
    for code in tc.ERROR_CODES:
        assert errors._BY_CODE[code].is_client_error == (code in tc.CLIENT_ERROR_CODES), code


def test_raised_errors_carry_code_and_message() -> None:
    with pytest.raises(errors.InvalidConfigurationError) as caught:
        tc.JwtVerifier(["ES256"], leeway_secs=301)
    assert caught.value.code == "invalid_configuration"
    assert "300" in caught.value.message
    assert str(caught.value).startswith("invalid_configuration: ")
    with pytest.raises(errors.AlgConfusionError):
        tc.JwtVerifier(["HS256"])
    with pytest.raises(errors.MalformedTokenError):
        tc.decode_header("not-a-token")


def test_bad_argument_types_are_type_errors_not_core_errors() -> None:
    with pytest.raises(TypeError):
        tc.JwtVerifier("ES256")  # a str is a Sequence[str] to mypy, not to the binding
    with pytest.raises(TypeError):
        tc.JwtVerifier(["ES256"], audiences="https://api.example.com")
