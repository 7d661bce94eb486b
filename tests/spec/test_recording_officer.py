"""--officer: "me" on recording commands, a filter on listings and reports.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    RIGHTS,
    officer,
    visits,
)

pytestmark = pytest.mark.engines

# ---- --officer defaults to "me" on recording commands --------------------------------------


@pytest.mark.parametrize("command", [
    ["log", "金海"],
    ["visit", "add", "金海"],
    ["achieve", "matters", "帮职工追回欠薪"],
    ["practice", "log", "chair"],
])
def test_recording_commands_need_an_officer(book: Cli, command: list[str]) -> None:
    before = book.dump()
    line = book.fail(2, *command)
    assert "config set officer" in line and "--officer" in line
    assert book.dump() == before
    book.ok("config", "set", "officer", "wangweidong")  # resolved and stored as the name
    assert book.ok("config", "get", "officer") == "王伟东\n"
    assert "王伟东" in book.ok(*command)


def test_listings_without_officer_cover_everyone(book: Cli) -> None:
    book.ok("config", "set", "officer", "王伟")
    book.ok("log", "金海", "--officer", "王伟")
    book.ok("log", "金海", "--officer", "李娜")
    assert {v["officer"] for v in visits(book)} == {"王伟", "李娜"}
    assert [v["officer"] for v in visits(book, "--officer", "李娜")] == ["李娜"]
    assert len(book.week()["officers"]) == 3


# ---- SPEC: "On listings and reports `--officer` is a filter; without it they cover every
# officer" — the per-officer reports (week, year, heatmap) too


@pytest.fixture
def two(demand_book: Cli) -> Cli:
    officer(demand_book, "王伟东", dept="组织部")
    demand_book.ok("log", "金海", "--officer", "王伟东", "--date", "2026-11-09")
    return demand_book


def test_report_week_officer_is_a_filter(two: Cli) -> None:
    everyone = two.week()
    assert [row["officer"] for row in everyone["officers"]] == ["王伟", "王伟东"]
    one = two.week("--officer", "wwd")
    assert [row["officer"] for row in one["officers"]] == ["王伟东"]
    assert one["officers"][0] == everyone["officers"][1]
    assert one["summary"] == {"officers": 1, "due": 1, "met": 0, "rate": 0.0}
    assert {k: v for k, v in one.items() if k not in ("officers", "summary")} == {
        k: v for k, v in everyone.items() if k not in ("officers", "summary")}
    assert two.week("--officer", "王伟", "--dept", "权益")["summary"] == {
        "officers": 1, "due": 1, "met": 1, "rate": 1.0}
    assert two.fail(2, "report", "week", "--officer", "王伟", "--dept", "组织部") == (
        f"Error: 王伟 is in {RIGHTS}, not 组织部")
    assert two.fail(2, "report", "week", "--officer", "王") == (
        "Error: '王' is a single character, which names nothing by part or by pinyin "
        "initial; type more of the name: 王伟、王伟东")


def test_report_year_and_heatmap_officer_is_a_filter(two: Cli) -> None:
    year = two("report", "year", "--format", "json").json()
    one = two("report", "year", "--officer", "王伟东", "--format", "json").json()
    assert one == {**year, "officers": [year["officers"][1]]}
    heat = two("report", "heatmap", "--format", "json").json()
    mine = two("report", "heatmap", "--officer", "王伟", "--format", "json").json()
    assert mine == {**heat, "officers": [heat["officers"][0]]}
    assert two.ok("report", "heatmap", "--officer", "王伟").count("王伟") == 1


def test_an_empty_officer_filter_is_refused_on_every_report(cli: Cli) -> None:
    """`--officer ""` names nobody: refused (exit 2) on week, year and heatmap alike, not
    taken for "every officer" by some of them."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    for report in ("week", "year", "heatmap"):
        assert "No officer matches ''" in cli.fail(2, "report", report, "--officer", ""), report
