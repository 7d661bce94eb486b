"""Listings and reports in every --format and --output; formulas neutralised.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    FORMULA,
    JINHAI,
    LISTINGS,
    REPORTS,
    _cells,
    _everything,
    officer,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# ---- Listings and reports: --format and --output ------------------------------------------




@pytest.mark.parametrize("command", LISTINGS, ids=" ".join)
def test_listings_print_a_json_array_of_objects(book: Cli, command: list[str]) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    listed = book(*command, "--format", "json").json()
    assert isinstance(listed, list) and listed
    assert all(isinstance(item, dict) for item in listed)


def test_an_empty_listing_is_an_empty_array(cli: Cli) -> None:
    for command in LISTINGS:
        assert cli(*command, "--format", "json").json() == []


def test_report_week_prints_one_object(book: Cli) -> None:
    assert isinstance(book.week(), dict)


@pytest.mark.parametrize("command", [*LISTINGS, ["report", "week"]], ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_every_format_goes_to_the_output_file(book: Cli, command: list[str], fmt: str) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--note", "看望职工")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    printed = book.ok(*command, "--format", fmt)
    out = book.tmp_path / f"out.{fmt}"
    assert book.ok(*command, "--format", fmt, "--output", str(out)) == ""
    written = out.read_text(encoding="utf-8-sig")
    assert written == printed
    if fmt == "json":
        json.loads(written)
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    if fmt == "markdown":
        assert "|---" in written


@pytest.mark.parametrize("fmt", ["html", "xlsx"])
def test_report_week_as_html_and_xlsx(book: Cli, fmt: str) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    out = book.tmp_path / f"week.{fmt}"
    assert book.ok("report", "week", "--format", fmt, "--output", str(out)) == ""
    data = out.read_bytes()
    assert data.startswith(b"PK" if fmt == "xlsx" else b"<!DOCTYPE html>")
    if fmt == "html":
        assert JINHAI in data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table", "html", "xlsx"])
def test_output_into_a_missing_folder_is_bad_input(book: Cli, fmt: str) -> None:
    out = book.tmp_path / "no-such-folder" / f"week.{fmt}"
    assert book.fail(2, "report", "week", "--format", fmt, "--output", str(out)) == (
        f"Error: Cannot write {out} (No such file or directory)")
    assert book.fail(2, "visit", "list", "--format", fmt, "--output", str(out)).startswith(
        "Error: Cannot write ")
    assert book.fail(2, "visit", "list", "--output", str(book.tmp_path)).startswith(
        "Usage error: ")  # a folder


def test_unknown_format_is_bad_input(book: Cli) -> None:
    assert book.fail(2, "visit", "list", "--format", "pdf").startswith("Usage error: ")


# -- every report: --format table|json|csv|markdown|html|xlsx and --output ------------------------









@pytest.mark.parametrize("args", REPORTS, ids=" ".join)
def test_every_format_and_output_neutralising_formulas(
        cli: Cli, templates: Templates, tmp_path: Path, args: tuple[str, ...]) -> None:
    templates.built(cli, _everything)
    for fmt in ("table", "json", "csv", "markdown", "html", "xlsx"):
        path = tmp_path / f"out.{fmt}"
        assert cli.ok(*args, "--format", fmt, "--output", str(path)) == ""
        assert path.stat().st_size > 0, fmt
        if fmt == "json":
            report = args[0] == "report" or args[:2] == ("demand", "show")
            parsed = json.loads(path.read_text(encoding="utf-8"))
            assert isinstance(parsed, dict if report else list)  # reports: one object
        if fmt in ("csv", "html", "xlsx"):
            cells = _cells(path, fmt)
            assert cells, fmt
            assert [c for c in cells if FORMULA.match(c)] == [], fmt
        if fmt != "xlsx":
            assert cli.ok(*args, "--format", fmt) == path.read_text(encoding="utf-8-sig"), fmt
    cli.fail(2, *args, "--format", "xlsx")  # a binary file needs --output


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


# ---- a device or pipe named as FILE is written into, never replaced (as root, renaming a
# file over /dev/null would replace the device)


def test_export_into_a_pipe_writes_the_bundle_and_keeps_the_pipe(cli: Cli) -> None:
    import os
    import stat
    import threading

    officer(cli)
    fifo = cli.tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    cli.ok("export", str(fifo))
    reader.join(timeout=30)
    assert received and received[0].startswith(b'{"exported_at"')
    assert b'"table":"officers"' in received[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_backup_refuses_a_pipe_even_with_force(cli: Cli) -> None:
    import os
    import stat

    officer(cli)
    fifo = cli.tmp_path / "pipe"
    os.mkfifo(fifo)
    assert cli.fail(2, "backup", str(fifo), "--force") == (
        f"Error: {fifo} is not a regular file (a device or a pipe); name a backup file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


# ---- SPEC: notes are stored exactly as typed (any Unicode), and every listing and report takes
# --format xlsx: a note holding a control character Excel cannot store still gives a workbook


def test_a_note_with_control_characters_still_makes_a_workbook(visit_book: Cli) -> None:
    from openpyxl import load_workbook

    visit_book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17",
            "--note", "铃\x07声\x1b[31m红")
    visit_book.ok("demand", "add", "加班\x0b费", "-e", "金海", "--officer", "王伟")
    for command, shown in ((["visit", "list"], "铃\ufffd声\ufffd[31m红"),
                           (["demand", "list"], "加班\ufffd费")):
        out = visit_book.tmp_path / f"{command[0]}.xlsx"
        assert visit_book.ok(*command, "--format", "xlsx", "--output", str(out)) == ""
        cells = [v for row in load_workbook(out).active.iter_rows(values_only=True) for v in row]
        assert shown in cells, cells
    note = visit_book("visit", "list", "--format", "json").json()[0]["note"]
    assert note == "铃\x07声\x1b[31m红"  # stored as typed
