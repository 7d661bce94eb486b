"""SPEC conformance, seventh audit: what the earlier contract tests did not yet prove.

Black-box through the command line (tests/conftest.py's CliRunner), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli

RIGHTS = "权益保障部"


@pytest.fixture
def book(cli: Cli) -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    return cli


# ---- SPEC: exit 2 is bad input; a year or month no calendar holds is a typo, not an internal
# error (exit 1, "rerun with --debug")


@pytest.mark.parametrize("args", [
    ["report", "practice", "--year", "0"],
    ["report", "practice", "--year", "-1"],
    ["report", "demands", "--year", "-5"],
    ["report", "demands", "--year", "0"],
    ["report", "reception", "--year", "0"],
])
def test_a_year_out_of_the_calendar_is_bad_input(book: Cli, args: list[str]) -> None:
    line = book.fail(2, *args)
    assert line.startswith("Usage error: Invalid value for '--year' / '-y': "), line
    assert "1900<=x<=9999" in line


@pytest.mark.parametrize("month", ["0000-01", "0001-05", "1899-12", "10000-01"])
def test_a_month_out_of_the_calendar_is_bad_input(book: Cli, month: str) -> None:
    assert book.fail(2, "report", "practice", "--month", month) == (
        f"Error: Unrecognised month '{month}'; use YYYY-MM, e.g. 2026-11")
    book.lang("zh")
    assert book.fail(2, "report", "practice", "--month", month) == (
        f"错误：无法识别月份「{month}」；请用 YYYY-MM，如 2026-11")


def test_the_last_month_of_the_calendar_has_not_started(book: Cli) -> None:
    assert book.fail(2, "report", "practice", "--month", "9999-12") == (
        "Error: 9999-12 has not started yet")


def test_the_first_supported_month_still_reports(book: Cli) -> None:
    data = book("report", "practice", "--month", "1900-01", "--format", "json").json()
    assert data == {"month": "1900-01", "officers": [],
                    "summary": {"complete": 0, "officers": 0}}
