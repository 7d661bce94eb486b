"""Notes are stored exactly as typed (SPEC), an ESC included (typed, imported or merged from a
bundle), but what goes to the terminal shows control characters escaped: no note can recolour
the screen, move the cursor or ring the bell. Data formats keep the text as it is."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from visitlog.text import printable

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
