"""`report notice`: the weekly 通报 on one page; its figures are the week report's."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("notice") / "demo.db")


@pytest.fixture
def demo(cli: Cli, demo_db: str) -> Cli:
    cli.monkeypatch.setenv("VISITLOG_DB", demo_db)
    cli.db = __import__("pathlib").Path(demo_db)
    if not cli.db.exists():
        cli.ok("demo")
    return cli


@pytest.mark.parametrize("week", ["last", "this", "2026-W40"])
def test_the_notice_figures_are_the_week_report_s(demo: Cli, week: str) -> None:
    notice = json.loads(demo.ok("report", "notice", "--week", week, "--format", "json"))
    report = demo.week("--week", week)
    assert notice["summary"] == report["summary"]
    assert {k: notice[k] for k in ("week", "start", "end", "as_of", "holiday_week")} == {
        k: report[k] for k in ("week", "start", "end", "as_of", "holiday_week")}
    rows = report["officers"]
    assert [m["officer"] for m in notice["met"]] == [
        r["officer"] for r in rows if r["due"] and r["met"]]
    assert [m["officer"] for m in notice["missed"]] == [
        r["officer"] for r in rows if r["due"] and not r["met"]]
    assert sum(d["due"] for d in notice["departments"]) == report["summary"]["due"]
    assert sum(d["met"] for d in notice["departments"]) == report["summary"]["met"]
    rates = [d["rate"] for d in notice["departments"] if d["rate"] is not None]
    assert rates == sorted(rates, reverse=True)
    streaks = sorted((r["streak"] for r in rows if r["streak"]), reverse=True)[:5]
    assert [s["streak"] for s in notice["streaks"]] == streaks
    assert notice["visits"] == sum(r["visits"] for r in rows)


def test_outcomes_and_demands_of_the_week(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17",
           "--outcome", "members_joined=12")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-09",
           "--outcome", "members_joined=5")  # last week: not counted
    cli.ok("demand", "add", "加班费", "--enterprise", "金海", "--due", "2026-11-18")
    cli.ok("demand", "add", "食堂", "--enterprise", "金海", "--due", "2026-12-18")
    notice = json.loads(cli.ok("report", "notice", "--format", "json"))
    assert (notice["visits"], notice["enterprises_visited"]) == (1, 1)
    assert notice["outcomes"]["members_joined"] == 12
    assert notice["demands"] == {"raised": 2, "overdue": 1}
    assert notice["departments"] == [
        {"dept": "办公室", "due": 1, "met": 1, "rate": 1.0},
        {"dept": "组织部", "due": 1, "met": 0, "rate": 0.0}]
    text = cli.ok("report", "notice").splitlines()
    assert text[0] == ("One enterprise per week: notice for 2026-W47 (2026-11-16 to "
                       "2026-11-22, as of 2026-11-19)")
    assert text[2].split() == ["rate", "50.0%"]
    cli.lang("zh")
    page = cli.ok("report", "notice", "--format", "html")
    assert "@page { size: A4;" in page and "一周进一企工作通报：2026-W47" in page
    md = cli.ok("report", "notice", "--format", "markdown")
    assert "| 完成率 | 50.0% |" in md and "| 已完成 | 王伟 |" in md


def test_a_future_week_is_refused(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.fail(2, "report", "notice", "--week", "2026-W50")
