"""`visitlog next`: where one officer should go this week, ranked, with the reasons."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from tests.templates import Templates


def nine_enterprises(cli: Cli) -> Cli:
    """王伟 (assigned the town 金湖镇) and 李娜, nine enterprises, eight visits, three demands;
    today Thursday 2026-11-19 (W47)."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2025-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2025-01-01")
    for name, town, staff in (("挂钩甲厂", "金湖镇", "50"), ("挂钩乙厂", "金湖镇", "40"),
                              ("本周去过厂", "金湖镇", "30"), ("诉求厂", "城南", "20"),
                              ("逾期厂", "城南", "20"), ("大厂", "城北", "800"),
                              ("小厂", "城北", "10"), ("老厂", "城北", "10"),
                              ("别人厂", "城北", "10")):
        cli.ok("enterprise", "add", name, "--town", town, "--employees", staff)
    cli.ok("assign", "王伟", "--town", "金湖镇")
    cli.ok("log", "挂钩甲厂", "--officer", "王伟", "--date", "2026-06-01")
    cli.ok("log", "挂钩乙厂", "--officer", "李娜", "--date", "2026-11-02")  # not by 王伟
    cli.ok("log", "本周去过厂", "--officer", "王伟", "--date", "2026-11-16")
    cli.ok("log", "老厂", "--officer", "李娜", "--date", "2025-03-03")
    cli.ok("log", "小厂", "--officer", "李娜", "--date", "2026-10-03")
    cli.ok("log", "别人厂", "--officer", "李娜", "--date", "2026-11-17")
    cli.ok("log", "诉求厂", "--officer", "王伟", "--date", "2026-11-03")
    cli.ok("log", "逾期厂", "--officer", "王伟", "--date", "2026-10-08")
    cli.ok("demand", "add", "食堂太小", "--enterprise", "诉求厂", "--visit", "7",
           "--due", "2026-12-31")
    cli.ok("demand", "add", "欠薪", "--enterprise", "逾期厂", "--visit", "8",
           "--due", "2026-11-01")
    cli.ok("demand", "add", "李娜的诉求", "--enterprise", "小厂", "--visit", "5",
           "--due", "2026-11-01")
    return cli


@pytest.fixture
def county(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, nine_enterprises)
    return cli


def plan(cli: Cli, *args: str) -> list[dict]:
    return json.loads(cli.ok("next", *args, "--format", "json"))


def test_ranked_with_reasons(county: Cli) -> None:
    """Weights: an overdue demand of theirs 8, assigned and not visited by them this week 4,
    a demand awaiting the return visit 3, large and never visited 2, nobody there in 8 weeks 1;
    ties go to the one left longest (never first). 本周去过厂 (assigned, visited this week),
    小厂 (李娜's demand) and 别人厂 (visited two days ago) are not proposed."""
    assert plan(county, "--officer", "王伟") == [
        {"enterprise": "逾期厂", "town": "城南", "last_visit": "2026-10-08",
         "reasons": ["demand_overdue"]},
        {"enterprise": "挂钩甲厂", "town": "金湖镇", "last_visit": "2026-06-01",
         "reasons": ["assigned", "longest_unvisited"]},
        {"enterprise": "挂钩乙厂", "town": "金湖镇", "last_visit": "2026-11-02",
         "reasons": ["assigned"]},  # 李娜 went; 王伟 never did
        {"enterprise": "大厂", "town": "城北", "last_visit": None,
         "reasons": ["large_never_visited", "longest_unvisited"]},
        {"enterprise": "诉求厂", "town": "城南", "last_visit": "2026-11-03",
         "reasons": ["demand_open"]},
        {"enterprise": "老厂", "town": "城北", "last_visit": "2025-03-03",
         "reasons": ["longest_unvisited"]},
    ]
    top = plan(county, "--officer", "王伟", "--limit", "3")
    assert [s["enterprise"] for s in top] == ["逾期厂", "挂钩甲厂", "挂钩乙厂"]


def test_me_by_default_and_each_officer_their_own(county: Cli) -> None:
    county.ok("config", "set", "officer", "李娜")
    mine = plan(county)
    assert mine[0] == {"enterprise": "小厂", "town": "城北", "last_visit": "2026-10-03",
                       "reasons": ["demand_overdue"]}
    assert "挂钩甲厂" not in [s["enterprise"] for s in mine[:1]]
    assert all("assigned" not in s["reasons"] for s in mine)  # 李娜 has no assignments
    # a resolved demand still awaits its return visit; once rated, it drops out
    county.ok("demand", "resolve", "3", "--note", "已补发")
    assert next(s for s in plan(county) if s["enterprise"] == "小厂")["reasons"] == [
        "demand_open"]
    county.ok("demand", "feedback", "3", "--satisfaction", "satisfied")
    assert "小厂" not in [s["enterprise"] for s in plan(county) if "demand_open" in s["reasons"]]


def test_min_employees_and_every_format(county: Cli) -> None:
    assert "large_never_visited" not in {
        r for s in plan(county, "--officer", "王伟", "--min-employees", "1000")
        for r in s["reasons"]}
    table = county.ok("next", "--officer", "王伟", "--limit", "2").splitlines()
    assert table[0] == "Where 王伟 could go this week (2026-11-19)"
    assert table[2].split() == ["1", "逾期厂", "城南", "2026-10-08", "a", "demand", "of",
                                "yours", "is", "overdue"]
    county.lang("zh")
    assert county.ok("next", "--officer", "王伟", "--limit", "1").splitlines()[2].split()[-1] \
        == "有你登记的诉求已逾期"
    csv = county.ok("next", "--officer", "王伟", "--format", "csv", "--limit", "1")
    assert csv.lstrip("\ufeff").splitlines()[1].startswith("1,逾期厂,城南,2026-10-08")
    md = county.ok("next", "--officer", "王伟", "--format", "markdown", "--limit", "1")
    assert "逾期厂" in md


def test_bad_input(county: Cli) -> None:
    before = county.dump()
    assert county.fail(2, "next", "--officer", "无此人").startswith(
        "Error: No officer matches '无此人'")
    county.fail(2, "next", "--officer", "王伟", "--limit", "0")
    assert county.fail(2, "next").startswith("Error: No officer given")
    assert county.dump() == before
