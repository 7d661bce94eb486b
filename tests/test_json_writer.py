"""JSON output is json.dumps(indent=2, ensure_ascii=False) byte for byte, however big.

Past BIG_JSON_ROWS rows orjson writes it (Python's encoder indents a 10,000-officer report in
~0.5 s); the two must not be told apart, small floats and control characters included.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visitlog.render.writers import BIG_JSON_ROWS, to_json

from .conftest import Cli, scaled, write_csv


def reference(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2,
                       default=lambda d: d.isoformat()) + "\n").encode()


def as_bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode()


def big(value: object) -> dict:
    """A report whose rows make to_json take the orjson path."""
    return {"officers": [value] * (BIG_JSON_ROWS + 1), "summary": {"value": value}}


@pytest.mark.parametrize("value", [
    0.895, 1 / 3, 0.0001, 0.00012345, 9.99e-05, 5e-05, 1e-05, 1e-07, 1.5e-09, 1e-10, 1e-20,
    -5e-05, -1e-07, 5e-324, 1e16, 1.5e16, 1e22, 1.7976931348623157e308, 123456789.123, 0.0,
    -0.0, 1.0, 2, -3, 2**63 - 1, -(2**63), True, False, None, "", "王伟", "a\x00b",
    "\x1f\x7f\x85\u2028\u2029", '"\\/\b\f\n\r\t', "x: 0.00001", 'a": 1e-7', "😀𠀀", [],
    {}, [[]], [{}], {"k": []}, {"k": {"j": [1, [2, []]]}}, date(2026, 11, 20), ("a", 1),
    {"nested": [0.5, 5e-05, "e-5", 1e-07]},
])
def test_big_json_is_python_json_byte_for_byte(value: object) -> None:
    data = big(value)
    out = to_json(data)
    assert isinstance(out, bytes)  # the orjson path ran
    assert out == reference(data)


def test_what_orjson_cannot_write_is_written_by_python() -> None:
    data = big(2**64)
    assert isinstance(to_json(data), str)
    assert as_bytes(to_json(data)) == reference(data)


def test_small_json_is_python_json() -> None:
    data = {"officers": [{"rate": 5e-05, "day": date(2026, 1, 2)}], "n": 1}
    assert as_bytes(to_json(data)) == reference(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text() | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=scaled(150), deadline=None)
@given(json_values)
def test_any_report_is_written_as_python_writes_it(value: object) -> None:
    data = big(value)
    assert as_bytes(to_json(data)) == reference(data)


def test_a_big_week_report_is_indented(cli: Cli) -> None:
    """A report of more than BIG_JSON_ROWS officers keeps the shape of every other JSON."""
    officers = write_csv(cli.tmp_path / "officers.csv", ["name", "dept", "since"],
                         [[f"干部{n}", "办公室", "2026-01-05"] for n in range(BIG_JSON_ROWS + 1)])
    cli.ok("officer", "import", str(officers))
    out = cli.ok("report", "week", "--week", "2026-W46", "--format", "json")
    assert out.startswith('{\n  "week": "2026-W46",\n')
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    assert len(json.loads(out)["officers"]) == BIG_JSON_ROWS + 1
