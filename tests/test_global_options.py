"""The global options after the command as well as before it (cli/globalopts.py):
`visitlog report week --db federation.db` is how people and scripts write it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.templates import Templates
from visitlog.cli import front


def demo_in_other(cli: Cli) -> None:
    cli.ok("demo", "--db", str(cli.tmp_path / "other.db"))


@pytest.fixture
def two(cli: Cli, templates: Templates) -> tuple[Cli, str]:
    """The suite's logbook (VISITLOG_DB) holds nothing; `other` holds the demo federation."""
    templates.built(cli, demo_in_other)
    return cli, str(cli.tmp_path / "other.db")


@pytest.mark.parametrize("argv", [
    ["visit", "list", "--officer", "王伟", "--format", "json"],
    ["report", "year", "--format", "json"],
    ["report", "summary", "--format", "json"],
    ["demand", "list", "--format", "json"],
    ["officer", "list", "--format", "json"],
    ["report", "week", "--format", "json"],
], ids=" ".join)
def test_db_after_the_command_is_the_db_before_it(two: tuple[Cli, str],
                                                  argv: list[str]) -> None:
    cli, other = two
    before = cli.ok("--db", other, *argv)
    assert json.loads(before)  # the demo's, not the empty logbook's
    assert cli.ok(*argv, "--db", other) == before
    assert cli.ok(*argv[:2], "--db", other, *argv[2:]) == before


def test_the_later_of_two_wins(two: tuple[Cli, str], tmp_path: Path) -> None:
    cli, other = two
    assert json.loads(cli.ok("--db", str(tmp_path / "none.db"), "officer", "list",
                             "--format", "json", "--db", other))
    assert cli.ok("--lang", "zh", "report", "summary", "--db", other, "--lang", "en") \
        .startswith("Federation summary")
    assert cli.ok("--lang", "en", "report", "summary", "--db", other, "--lang", "zh") \
        .startswith("工作成效汇总")


def test_lang_after_the_command(two: tuple[Cli, str]) -> None:
    cli, other = two
    out = cli.ok("officer", "list", "--db", other, "--lang", "zh")
    assert out.splitlines()[0] == "干部（25）"
    assert cli.fail(2, "officer", "list", "--lang", "fr") == (
        "Usage error: Invalid value for --lang: zh | en (see visitlog officer list --help)")
    assert cli.fail(2, "report", "week", "--lang", "fr") == (
        "Usage error: Invalid value for --lang: zh | en (see visitlog report week --help)")


def test_recording_commands_take_them_too(two: tuple[Cli, str]) -> None:
    cli, other = two
    cli.ok("achieve", "matters", "帮办职工子女入学", "--officer", "王伟", "--db", other)
    cli.ok("visit", "add", "江苏金海新能源科技有限公司", "--officer", "王伟", "--date",
           "2026-11-02", "--db", other)
    assert cli.ok("achieve", "list", "--format", "json") == "[]\n"
    assert cli.ok("visit", "list", "--format", "json") == "[]\n"
    assert "帮办职工子女入学" in cli.ok("achieve", "list", "--db", other)
    assert "2026-11-02" in cli.ok("visit", "list", "--db", other, "--officer", "王伟")


def test_log_takes_them_through_either_door(two: tuple[Cli, str]) -> None:
    cli, other = two
    argv = ["log", "江苏金海新能源科技有限公司", "--officer", "王伟", "--date", "2026-11-03",
            "--db", other, "--lang", "zh", "--note", "--db"]
    assert front.parse_log(argv) is not None  # the front door takes it
    assert cli.ok(*argv).startswith("✓ 已记录")
    visits = json.loads(cli.ok("visit", "list", "--db", other, "--from", "2026-11-03",
                               "--to", "2026-11-03", "--officer", "王伟", "--format", "json"))
    assert [v["note"] for v in visits] == ["--db"]  # an option's value stays its value
    cli.typer_only = True
    argv[5] = "2026-11-04"
    assert cli.ok(*argv).startswith("✓ 已记录")


def test_a_commands_own_db_stays_its_own(cli: Cli, tmp_path: Path) -> None:
    cli.ok("demo", "--db", str(tmp_path / "d.db"))
    assert (tmp_path / "d.db").exists()


def test_debug_after_the_command_shows_the_traceback(tmp_path: Path) -> None:
    """A fault the user cannot fix (a logbook that is a directory): one line, and with --debug
    after the command as before it, the traceback too."""
    folder = tmp_path / "dir.db"
    folder.mkdir()
    run = [sys.executable, "-m", "visitlog"]
    env = {"VISITLOG_TODAY": "2026-11-20", "VISITLOG_LANG": "en", "PATH": "/usr/bin:/bin",
           "VISITLOG_CONFIG": str(tmp_path / "c.json")}
    plain = subprocess.run([*run, "officer", "list", "--db", str(folder)], env=env,
                           capture_output=True, text=True)
    assert plain.returncode == 1 and plain.stderr.count("\n") == 1
    debug = subprocess.run([*run, "officer", "list", "--db", str(folder), "--debug"], env=env,
                           capture_output=True, text=True)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_achieve_routes_the_global_options_it_finds_before_its_subcommand(
        two: tuple[Cli, str]) -> None:
    """`achieve CATEGORY DESCRIPTION` is the default subcommand: the words after --db or --lang
    are their values, not a category; before a named subcommand they are refused, as between
    any group and its subcommand."""
    cli, other = two
    assert cli.fail(2, "achieve", "--db", other, "list") == (
        "Usage error: No such option: --db (see visitlog achieve --help)")
    assert cli.ok("achieve", "--lang", "zh", "--db", other, "matters", "帮办",
                  "--officer", "王伟").startswith("✓")
    assert cli.fail(2, "report", "--db", other, "week").startswith("Usage error: No such option")
