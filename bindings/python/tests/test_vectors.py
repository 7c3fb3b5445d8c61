"""Every shared vector, one test each: the same accept/reject and error code as the core."""

from __future__ import annotations

from typing import Any

import pytest

import tessera_core as tc
from vectors import OPERATIONS, load_files

CASES = [
    pytest.param(doc["operation"], vector, id=f"{name}#{vector['tcId']}")
    for name, doc in load_files()
    for vector in doc["vectors"]
]


def test_files_are_consistent() -> None:
    total = 0
    for name, doc in load_files():
        assert doc["schema"] == "tessera-vectors/1", name
        assert doc["operation"] in OPERATIONS, name
        assert doc["numberOfTests"] == len(doc["vectors"]), name
        assert [v["tcId"] for v in doc["vectors"]] == list(range(1, len(doc["vectors"]) + 1))
        total += len(doc["vectors"])
    assert len(CASES) == total > 200


@pytest.mark.parametrize(("operation", "vector"), CASES)
def test_vector(operation: str, vector: dict[str, Any]) -> None:
    run = OPERATIONS[operation]
    expected = vector["expected"]
    if expected == "valid":
        output = run(vector["input"])
        for key, value in vector.get("output", {}).items():
            assert output[key] == value, f"output {key}"
    else:
        with pytest.raises(tc.TesseraError) as caught:
            run(vector["input"])
        assert caught.value.code == expected["error"], caught.value.message
        # The class is the one for that code, not just the base class.
        assert type(caught.value) is tc.errors._BY_CODE[expected["error"]]
