"""Chairman reception days: at most five enterprises, the Sunday roster, coverage by size."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.templates import Templates
from tests.voice_helpers import Cli, federation

pytestmark = pytest.mark.engines


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, templates: Templates) -> Cli:
    runner = Cli(tmp_path, monkeypatch)
    templates.built(runner, federation)
    return runner


FIVE = ["-e", "金海", "-e", "恒达", "-e", "明光", "-e", "大成", "-e", "小桥"]


def test_at_most_five_enterprises(cli: Cli) -> None:
    before = cli.dump()
    result = cli("reception", "log", "--date", "2026-11-15", "--host", "张主席", *FIVE,
                 "-e", "东方", code=2)
    assert "at most 5" in result.output
    assert cli.dump() == before
    cli("reception", "log", "--date", "2026-11-15", "--host", "张主席", *FIVE,
        "--participants", "12", "--note", "工资集体协商")
    [reception] = cli.json("reception", "list")
    assert reception["enterprises"] == ["江苏金海新能源科技有限公司", "恒达纺织有限公司",
                                        "明光电子有限公司", "大成机械有限公司", "小桥食品厂"]
    assert (reception["date"], reception["host"], reception["participants"]) == (
        "2026-11-15", "张主席", 12)


@pytest.mark.parametrize("args", [
    ["--date", "2026-11-29", "--host", "张主席", "-e", "金海"],  # future
    ["--date", "2026-11-15", "--host", "张主席", "-e", "金海", "-e", "金海"],  # twice
    ["--date", "2026-11-15", "--host", "张主席", "-e", "nowhere"],  # unknown
    ["--date", "2026-11-15", "--host", " ", "-e", "金海"],  # no host
])
def test_bad_receptions_are_refused(cli: Cli, args: list[str]) -> None:
    before = cli.dump()
    cli("reception", "log", *args, code=2)
    assert cli.dump() == before


def test_a_day_other_than_sunday_is_recorded_with_a_warning(cli: Cli) -> None:
    result = cli("reception", "log", "--date", "2026-11-14", "--host", "李副主席", "-e", "恒达")
    assert "not a Sunday" in result.stderr
    assert len(cli.json("reception", "list")) == 1
    cli("reception", "log", "--date", "2026-11-14", "--host", "李副主席", "-e", "金海", code=2)


def test_demands_raised_at_a_reception_are_linked(cli: Cli) -> None:
    cli("reception", "log", "--date", "2026-11-15", "--host", "张主席", "-e", "金海", "-e", "恒达")
    cli("demand", "add", "夜班补贴标准偏低", "-e", "恒达", "--reception", "1")
    cli("demand", "add", "not there", "-e", "明光", "--reception", "1", code=2)
    cli("demand", "add", "no such", "-e", "恒达", "--reception", "9", code=2)
    assert cli.json("demand", "show", "1")["reception_id"] == 1
    assert cli.json("reception", "list")[0]["demands"] == 1
    cli("undo")
    assert cli.json("reception", "list")[0]["demands"] == 0


def test_roster_rotates_leaders_over_sundays(cli: Cli) -> None:
    cli("reception", "roster", "--from", "2026-12-01", "--to", "2026-12-31", code=2)  # none set
    cli("reception", "leaders", "set", "张主席", "李副主席", "王副主席")
    roster = cli.json("reception", "roster", "--from", "2026-12-01", "--to", "2027-01-17")
    assert [(r["date"], r["leader"]) for r in roster] == [
        ("2026-12-06", "张主席"), ("2026-12-13", "李副主席"), ("2026-12-20", "王副主席"),
        ("2026-12-27", "张主席"), ("2027-01-03", "李副主席"), ("2027-01-10", "王副主席"),
        ("2027-01-17", "张主席"),
    ]
    given = cli.json("reception", "roster", "--from", "2026-12-06", "--to", "2026-12-20",
                     "--leader", "甲", "--leader", "乙")
    assert [r["leader"] for r in given] == ["甲", "乙", "甲"]
    assert cli.json("reception", "roster", "--from", "2026-12-07", "--to", "2026-12-12") == []
    cli("reception", "roster", "--from", "2026-12-31", "--to", "2026-12-01", code=2)


def test_coverage_lists_exactly_the_large_enterprises_that_have_not_attended(cli: Cli) -> None:
    cli.today("2025-12-28")
    cli("reception", "log", "--date", "2025-12-28", "--host", "张主席", "-e", "大成")  # last year
    cli.today("2026-11-22")
    cli("reception", "log", "--date", "2026-03-01", "--host", "张主席", "-e", "金海", "-e", "小桥")
    cli("reception", "log", "--date", "2026-06-07", "--host", "李副主席", "-e", "金海",
        "-e", "明光")
    report = cli.json("report", "reception", "--min-employees", "300")
    assert [r["enterprise"] for r in report["not_attended"]] == [
        "大成机械有限公司", "东方物流有限公司", "恒达纺织有限公司"]
    assert [(r["enterprise"], r["times"], r["last"]) for r in report["attended"]] == [
        ("江苏金海新能源科技有限公司", 2, "2026-06-07")]
    assert (report["enterprises"], report["receptions"]) == (4, 2)
    last_year = cli.json("report", "reception", "--year", "2025", "--min-employees", "300")
    assert [r["enterprise"] for r in last_year["attended"]] == ["大成机械有限公司"]
    for fmt in ("table", "csv", "markdown"):
        assert "恒达纺织有限公司" in cli("report", "reception", "--format", fmt).output
    cli("report", "reception", "--year", "2027", code=2)
