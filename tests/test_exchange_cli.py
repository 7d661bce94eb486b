"""The exchange commands are registered, documented, translated, and quiet off a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from visitlog.cli.root import COMMANDS, app
from visitlog.i18n import t
from visitlog.i18n.browse import MESSAGES as BROWSE
from visitlog.i18n.export import MESSAGES as EXPORT
from visitlog.i18n.merge import MESSAGES as MERGE

README = (Path(__file__).resolve().parent.parent / "docs" / "guide.en.md").read_text(
    encoding="utf-8")


@pytest.mark.parametrize("name", ["export", "merge", "browse"])
def test_command_is_registered_documented_and_has_an_example(name: str) -> None:
    assert name in COMMANDS
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout
    assert f"`visitlog {name}" in README
    assert t(f"help.{name}", lang="zh") != f"help.{name}"


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    import string

    for key, (zh, en) in {**EXPORT, **MERGE, **BROWSE}.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (zh, en)]
        assert fields[0] == fields[1], key
        assert zh and en


def test_progress_bar_is_silent_when_stderr_is_not_a_terminal(capsys) -> None:
    from visitlog.render.merge_progress import progress_bar

    with progress_bar("x") as start:
        advance = start(10_000)
        advance(5)
    assert capsys.readouterr().err == ""
