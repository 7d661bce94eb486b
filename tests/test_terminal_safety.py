"""Notes are stored exactly as typed (SPEC), an ESC included (typed, imported or merged from a
bundle), but what goes to the terminal shows control characters escaped: no note can recolour
the screen, move the cursor or ring the bell. Data formats keep the text as it is."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from visitlog.domain.text import printable

pytestmark = pytest.mark.engines

NOTE = "了解诉求\x1b[31m红\x1b[0m\x07\x9b2J end"


@pytest.mark.parametrize(("text", "shown"), [
    ("plain 中文 text", "plain 中文 text"),
    ("two\nlines\tand a tab", "two\nlines\tand a tab"),
    ("\x1b[2J", "\\x1b[2J"), ("bell\x07", "bell\\x07"), ("del\x7f", "del\\x7f"),
    ("csi\x9b", "csi\\x9b"), ("cr\roverwrite", "cr\\roverwrite"),
    ("\u2028 and \u00a0 stay", "\u2028 and \u00a0 stay"),  # not terminal controls
])
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_a_note_with_escapes_is_shown_escaped_and_kept_as_typed(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18", "--note", NOTE)
    card = cli.ok("visit", "show", "1")
    assert "\x1b" not in card and "\x07" not in card and "\x9b" not in card
    assert "note: 了解诉求\\x1b[31m红\\x1b[0m\\x07\\x9b2J end" in card
    table = cli.ok("visit", "list")
    assert "\x1b" not in table and "\x07" not in table
    assert json.loads(cli.ok("visit", "show", "1", "--format", "json"))["note"] == NOTE
    assert NOTE in cli.ok("visit", "list", "--format", "csv")


def test_on_a_terminal_the_tables_colours_stay_and_a_notes_escapes_do_not(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a real terminal (colour on): the report's own colour codes are real escapes,
    the ESC inside a note is shown escaped, whether the table is laid out plainly or by Rich."""
    import visitlog.render.terminal as terminal

    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18", "--note", NOTE)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(terminal.os, "isatty", lambda fd: True)
    week = cli.ok("report", "week")
    assert "\x1b[32m" in week and "\\x1b" not in week  # the met row in green, plainly laid out
    listing = cli.ok("visit", "list")  # the note's ESC sends it to Rich
    assert "\x1b[1m" in listing  # Rich's bold header
    assert "了解诉求\\x1b[31m红" in listing  # (folded by Rich further on)
    assert "\x1b[31m红" not in listing and "\x07" not in listing


def test_a_table_written_to_a_file_from_a_terminal_has_no_colour_codes(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # noqa: ANN001
    import visitlog.render.terminal as terminal

    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(terminal.os, "isatty", lambda fd: True)
    assert "\x1b[31m" in cli.ok("report", "week")  # missed, in red, on the terminal
    cli.ok("report", "week", "-o", str(tmp_path / "w.txt"))
    text = (tmp_path / "w.txt").read_text(encoding="utf-8")
    assert "\x1b" not in text and "王伟" in text and "missed" in text
