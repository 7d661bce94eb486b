"""The plain table renderer lays out a sheet exactly as Rich does, whenever it answers."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import scaled
from visitlog.render.sheet import Column, Sheet
from visitlog.render.terminal import plain_table, rich_table


@pytest.fixture(autouse=True, scope="module")
def _made_up_columns_are_labelled_by_their_keys() -> Iterator[None]:
    """These sheets' columns are made up (`col.0`): the lenient catalog labels them by key."""
    strict = os.environ.pop("VISITLOG_STRICT_CATALOG", None)
    yield
    if strict is not None:
        os.environ["VISITLOG_STRICT_CATALOG"] = strict


words = st.text(alphabet=st.sampled_from("ab Z09-·✓✗、王伟江苏金海新能源（）%/"), max_size=12)
cells = st.one_of(words, st.integers(-5, 10_000), st.none(), st.booleans(),
                  st.lists(words, max_size=3))


@st.composite
def sheets(draw) -> Sheet:  # noqa: ANN001
    n = draw(st.integers(1, 6))
    columns = [Column(f"c{i}", f"col.{i}", draw(st.sampled_from(("left", "right"))))
               for i in range(n)]
    rows = draw(st.lists(st.lists(cells, min_size=n, max_size=n), max_size=6))
    title = draw(st.one_of(st.just(""), words))
    footer = draw(st.lists(words, max_size=2))
    return Sheet(title, columns, rows, footer=footer)


@settings(max_examples=scaled(300), deadline=None)
@given(sheet=sheets(), width=st.integers(20, 120))
def test_plain_layout_is_richs(sheet: Sheet, width: int) -> None:
    plain = plain_table(sheet, width)
    if plain is not None:
        assert plain == rich_table(sheet, width, False)


def test_wide_tables_and_control_characters_go_to_rich() -> None:
    columns = [Column("a", "col.a"), Column("b", "col.b")]
    assert plain_table(Sheet("", columns, [["x" * 50, "y" * 50]]), 80) is None
    assert plain_table(Sheet("", columns, [["line\nbreak", "y"]]), 80) is None
    assert plain_table(Sheet("", columns, [["a", "b"]]), 80) is not None


def test_a_table_for_a_file_or_pipe_is_not_wrapped(monkeypatch) -> None:  # noqa: ANN001
    """stdout not a terminal and no COLUMNS: one line per row, however wide."""
    from visitlog.render import terminal

    columns = [Column("a", "col.a"), Column("b", "col.b")]
    sheet = Sheet("", columns, [["江苏金海新能源科技有限公司" * 4, "y" * 120]])
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(terminal.os, "isatty", lambda fd: False)
    assert terminal.table_width(False) is None
    text = terminal.render_sheet(sheet)
    assert len(text.splitlines()) == 2 and text.splitlines()[1].endswith("y" * 120)
    monkeypatch.setenv("COLUMNS", "80")  # asked for a width: folded to it, as on a terminal
    assert len(terminal.render_sheet(sheet).splitlines()) > 2
    monkeypatch.setenv("COLUMNS", "0")
    assert terminal.table_width(False) is None
