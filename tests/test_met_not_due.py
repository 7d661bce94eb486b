"""A visit in a week the officer was not due: marked apart (met, not due) in the week table and
the heatmap, whose counts then match the week report's. Both doors of `report week`."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from tests.templates import Templates

JINHAI = "江苏金海新能源科技有限公司"


def met_on_leave(cli: Cli) -> Cli:
    """Weekdays calendar; 王伟 met W45; 李娜, on leave in W45, visited on its Saturday, and again
    in W46."""
    cli.ok("config", "set", "calendar", "weekdays")
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("leave", "add", "李娜", "--from", "2026-11-02", "--to", "2026-11-06")
    cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-11-07")  # a Saturday, on leave
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-03")
    cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-11-10")
    return cli


@pytest.fixture(params=["front", "typer"])
def book(cli: Cli, request: pytest.FixtureRequest, templates: Templates) -> Cli:
    templates.built(cli, met_on_leave)
    cli.typer_only = request.param == "typer"
    return cli


def test_week_table_marks_met_though_not_due(book: Cli) -> None:
    report = book.week("--week", "2026-W45")
    li = next(o for o in report["officers"] if o["officer"] == "李娜")
    assert (li["due"], li["met"]) == (False, True)  # JSON keeps both facts
    assert report["summary"] == {"officers": 2, "due": 1, "met": 1, "rate": 1.0}
    lines = book.ok("report", "week", "--week", "2026-W45").splitlines()
    assert lines[2].split()[:6] == ["李娜", "办公室", "+", "met,", "not", "due"]
    assert lines[3].split()[:4] == ["王伟", "办公室", "✓", "met"]
    assert lines[-2:] == [
        "2 officers, 1 due, 1 met, rate 100.0%",
        "+ 1 officer visited in a week they were not due: counted in neither due nor met"]
    book.lang("zh")
    assert book.ok("report", "week", "--week", "2026-W45").splitlines()[-1] == (
        "+ 1 名干部本周不作要求但已走访，不计入应完成和已完成")
    csv = book.ok("report", "week", "--week", "2026-W45", "--format", "csv")
    assert "已走访（不作要求）" in csv


def test_no_legend_when_nobody_met_a_week_they_were_not_due(book: Cli) -> None:
    lines = book.ok("report", "week", "--week", "2026-W46").splitlines()
    assert lines[-1] == "2 officers, 2 due, 1 met, rate 50.0%"


def test_heatmap_marks_such_weeks_apart_and_counts_like_the_week_report(book: Cli) -> None:
    heat = json.loads(book.ok("report", "heatmap", "--format", "json"))
    week = {o["officer"]: o for o in book.week()["officers"]}
    for row in heat["officers"]:
        cells = row["cells"]
        assert cells.count("met") == row["weeks_met"] == week[row["officer"]]["ytd_met"]
        assert cells.count("met") + cells.count("missed") == row["weeks_due"] == \
            week[row["officer"]]["ytd_due"]
    li = next(r for r in heat["officers"] if r["officer"] == "李娜")
    assert li["cells"][44] == "met_not_due"  # W45
    text = book.ok("report", "heatmap").splitlines()
    grid = next(line for line in text if line.startswith("李娜"))
    assert grid.split()[1][44] == "+"
    assert text[-1] == "# met  x missed  . not due  + met, not due  o in progress  (right: met/due)"


def test_report_week_missing_lists_only_those_due_and_not_met(book: Cli) -> None:
    """`--missing`: the same JSON object, `officers` holding only the rows due and not (yet)
    met, `summary` unchanged. Both doors (the fixture runs each test through both)."""
    full = book.week("--week", "2026-W46")
    missing = book.week("--week", "2026-W46", "--missing")
    assert [o["officer"] for o in missing["officers"]] == ["王伟"]
    assert missing["officers"][0] == next(o for o in full["officers"] if o["officer"] == "王伟")
    assert {k: v for k, v in missing.items() if k != "officers"} == {
        k: v for k, v in full.items() if k != "officers"}
    # met-though-not-due and met rows are left out; a week everyone met lists nobody
    assert book.week("--week", "2026-W45", "--missing")["officers"] == []
    lines = book.ok("report", "week", "--week", "2026-W46", "--missing").splitlines()
    assert [line.split()[0] for line in lines[2:-1]] == ["王伟"]
    assert lines[-1] == "2 officers, 2 due, 1 met, rate 50.0%"
    # this week, in progress: due and not yet met
    assert [o["officer"] for o in book.week("--missing")["officers"]] == ["李娜", "王伟"]
    book.ok("log", "金海", "--officer", "李娜", "--date", "2026-11-18")
    assert [o["officer"] for o in book.week("--missing")["officers"]] == ["王伟"]
