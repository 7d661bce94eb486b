"""SPEC conformance, third audit: what the earlier contract tests did not yet prove.

Black-box through the command line (tests/conftest.py's CliRunner), exact output and exit codes.
"""

from __future__ import annotations

from tests.conftest import Cli

RIGHTS = "权益保障部"


def officer(cli: Cli, name: str = "王伟", since: str = "2026-01-05") -> None:
    cli.ok("officer", "add", name, "--dept", RIGHTS, "--since", since)


# ---- SPEC: "Every listing and report takes --format table|json|csv|markdown … and --output";
# "Listings (`list` commands) print a JSON array of objects with --format json" — config list too


def test_config_list_is_a_listing_like_the_others(cli: Cli) -> None:
    officer(cli)
    cli.ok("config", "set", "officer", "王伟")
    cli.ok("config", "set", "min_available_days", "4")
    assert cli.ok("config", "list") == (
        "officer = 王伟\nlang = \nmin_available_days = 4\ncalendar = official\n")
    assert cli("config", "list", "--format", "json").json() == [
        {"key": "officer", "value": "王伟", "scope": "user"},
        {"key": "lang", "value": None, "scope": "user"},
        {"key": "min_available_days", "value": "4", "scope": "logbook"},
        {"key": "calendar", "value": "official", "scope": "logbook"},
    ]
    assert cli.ok("config", "list", "--format", "csv") == (
        "key,value,scope\nofficer,王伟,user\nlang,,user\nmin_available_days,4,logbook\n"
        "calendar,official,logbook\n")
    out = cli.tmp_path / "settings.md"
    assert cli.ok("config", "list", "--format", "markdown", "--output", str(out)) == ""
    assert "| min_available_days | 4 | the logbook |" in out.read_text(encoding="utf-8")
    for fmt in ("html", "xlsx"):
        page = cli.tmp_path / f"settings.{fmt}"
        assert cli.ok("config", "list", "--format", fmt, "--output", str(page)) == ""
        assert page.stat().st_size > 0


def test_config_list_json_does_not_change_with_the_language(cli: Cli) -> None:
    english = cli.ok("config", "list", "--format", "json")
    cli.lang("zh")
    assert cli.ok("config", "list", "--format", "json") == english
    assert "| calendar | official | 台账 |" in cli.ok("config", "list", "--format", "markdown")


# ---- SPEC: "2 bad input (… a missing or undecodable input FILE)"; "never a traceback"


def test_merging_an_undecodable_file_is_bad_input(cli: Cli) -> None:
    officer(cli)
    before = cli.dump()
    binary = cli.tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    assert cli.fail(2, "merge", str(binary)) == (
        f"Error: {binary} is neither a visitlog bundle nor a logbook")
    half = cli.tmp_path / "half.bundle"  # a good first line, then bytes that are not UTF-8
    half.write_bytes(b'{"format":"visitlog-bundle","schema_version":7}\n\xff\xfe\n')
    assert cli.fail(2, "merge", str(half)) == (
        f"Error: {half} is neither a visitlog bundle nor a logbook")
    assert cli.dump() == before


# ---- SPEC: "it and its backups are created readable by the owner only (mode 0600)"


def test_an_empty_file_made_into_the_logbook_is_owner_only(cli: Cli) -> None:
    cli.db.touch(mode=0o644)
    cli.db.chmod(0o644)  # `touch logbook.db` under the usual umask, before the first command
    cli.ok("init")
    assert cli.db.stat().st_mode & 0o777 == 0o600
    cli.db.chmod(0o640)  # an existing logbook's mode is the owner's choice: left alone
    cli.ok("init")
    assert cli.db.stat().st_mode & 0o777 == 0o640


# ---- SPEC: exit 2 for bad input, "never a traceback"


def test_export_to_an_empty_name_is_bad_input(cli: Cli) -> None:
    officer(cli)
    assert cli.fail(2, "export", "") == "Error: Cannot write . (Is a directory)"
    assert cli.fail(2, "report", "week", "--output", "") == (
        "Error: Cannot write . (Is a directory)")  # as every --output already said
