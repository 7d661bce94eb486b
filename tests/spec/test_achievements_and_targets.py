"""Achievements toward the six ones, and their targets.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli, write_csv
from tests.spec.books import (
    federation,
    js,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- achievements and targets ---------------------------------------------------------------------


def test_achieve_records_and_refuses_a_second_time_with_the_same_identity(
        cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    out = cli.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-03-01",
                 "--count", "4")
    assert out == "✓ Recorded achievement #1: 2026-03-01 王伟 matters ×4 '追回欠薪'\n"
    before = cli.dump()
    # identity = (date, officer, category, description), whatever the count
    cli.fail(2, "achieve", "职工实事", "追回欠薪", "--officer", "王伟", "--date", "2026-03-01")
    assert cli.dump() == before
    cli.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-03-02")
    cli.ok("achieve", "friends", "追回欠薪", "--officer", "王伟", "--date", "2026-03-01")
    cli.ok("achieve", "matters", "追回欠薪", "--officer", "李娜", "--date", "2026-03-01")
    cli.ok("achieve", "matters", "追回欠薪 2", "--officer", "王伟", "--date", "2026-03-01")
    assert len(js(cli, "achieve", "list")) == 5


@pytest.mark.parametrize("args", [
    ("--date", "2026-11-23"),  # future
    ("--count", "0"), ("--count", "-1"), ("--visit", "99"), ("--officer", "无此人"),
])
def test_achieve_bad_input_exits_2(cli: Cli, templates: Templates, args: tuple[str, ...]) -> None:
    templates.built(cli, federation)
    cli.fail(2, "achieve", "matters", "x", *(("--officer", "王伟") if "--officer" not in args
                                              else ()), *args)
    assert js(cli, "achieve", "list") == []


def test_achieve_needs_an_officer(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    assert "config set officer" in cli.fail(2, "achieve", "matters", "x")
    cli.ok("config", "set", "officer", "李娜")
    cli.ok("achieve", "matters", "x")
    assert js(cli, "achieve", "list")[0]["officer"] == "李娜"


def test_achieve_import(cli: Cli, templates: Templates, tmp_path: Path) -> None:
    templates.built(cli, federation)
    cli.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-03-01")
    path = write_csv(tmp_path / "a.csv", ["date", "officer", "category", "count", "description"], [
        ["2026-03-01", "王伟", "matters", "9", "追回欠薪"],  # already there (count differs)
        ["2026-04-01", "李娜", "创新", "2", "新方法"],
        ["2026-04-02", "李娜", "职工朋友", "3", "交友"],
        ["2026-04-02", "李娜", "职工朋友", "3", "交友"],  # twice in the file
    ])
    assert cli.ok("achieve", "import", str(path)) == (
        "Imported 2 from a.csv; skipped 2 already present\n")
    assert cli.ok("achieve", "import", str(path)) == (
        "Imported 0 from a.csv; skipped 4 already present\n")
    listed = {(a["date"], a["officer"], a["category"], a["count"], a["description"])
              for a in js(cli, "achieve", "list")}
    assert listed == {("2026-03-01", "王伟", "matters", 1, "追回欠薪"),
                      ("2026-04-01", "李娜", "innovation", 2, "新方法"),
                      ("2026-04-02", "李娜", "friends", 3, "交友")}


@pytest.mark.parametrize(("rows", "reason"), [
    ([["2026-04-06", "李娜", "friends", "1", "a"], ["2026-04-07", "李娜", "bogus", "1", "b"]],
     "line 3 (data row 2): Unknown category 'bogus'"),
    ([["2026-11-23", "李娜", "friends", "1", "a"]],
     "line 2 (data row 1): 2026-11-23 is in the future"),
    ([["2026-04-06", "李娜", "friends", "0", "a"]],
     "line 2 (data row 1): count must be a positive"),
    ([["2026-04-06", "无名", "friends", "1", "a"]],
     "line 2 (data row 1): No officer matches '无名'"),
    ([["2026-04-06", "李娜", "friends", "1", ""]],
     "line 2 (data row 1): description must not be empty"),
])
def test_achieve_import_is_all_or_nothing(
        cli: Cli, templates: Templates, tmp_path: Path, rows: list, reason: str) -> None:
    templates.built(cli, federation)
    path = write_csv(tmp_path / "a.csv", ["date", "officer", "category", "count", "description"],
                     rows)
    before = cli.dump()
    message = cli.fail(2, "achieve", "import", str(path))
    assert reason in message and message.endswith("nothing was imported")
    assert cli.dump() == before


def test_achieve_import_missing_file_and_chinese_headers(
        cli: Cli, templates: Templates, tmp_path: Path) -> None:
    templates.built(cli, federation)
    cli.fail(2, "achieve", "import", str(tmp_path / "none.csv"))
    (tmp_path / "bin.csv").write_bytes(bytes(range(128, 256)) * 3)
    cli.fail(2, "achieve", "import", str(tmp_path / "bin.csv"))
    path = cli.csv("zh.csv", "\ufeff日期,干部,类别,数量,内容\n2026-04-05,李娜,职工朋友,3,交友\n")
    assert cli.ok("achieve", "import", str(path)).startswith("Imported 1 ")
    assert js(cli, "achieve", "list")[0]["count"] == 3


def test_target_precedence_officer_over_logbook_default_over_spec(
        cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    assert cli.ok("target", "set", "matters=12", "职工朋友=8") == (
        "Set 2026 targets for everyone (default): matters=12, friends=8\n")
    cli.ok("target", "set", "matters=5", "--officer", "王伟")
    cli.ok("target", "set", "innovation=1", "--officer", "王伟", "--year", "2025")
    shown = {(r["officer"], r["category"]): (r["target"], r["source"])
             for r in js(cli, "target", "show")}
    assert shown == {
        ("", "outreach"): (4, "spec"), ("", "bargaining"): (1, "spec"),
        ("", "brand"): (1, "spec"), ("", "matters"): (12, "logbook"),
        ("", "friends"): (8, "logbook"), ("", "innovation"): (3, "spec"),
        ("王伟", "matters"): (5, "officer"),
    }
    year = {o["officer"]: {k: v["target"] for k, v in o["six_ones"].items()}
            for o in js(cli, "report", "year")["officers"]}
    assert year == {"王伟": {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 5,
                            "friends": 8, "innovation": 3},
                    # joined on 2026-03-10: 297 of 365 days, targets prorated, rounded up
                    "李娜": {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 10,
                            "friends": 7, "innovation": 3}}
    old = {o["officer"]: o["six_ones"]["innovation"]["target"]
           for o in js(cli, "report", "year", "--year", "2025")["officers"]}
    assert old == {"王伟": 1, "张强": 3}


@pytest.mark.parametrize("items", [("matters=x",), ("matters",), ("bogus=1",), ("matters=-1",)])
def test_target_set_bad_input(cli: Cli, templates: Templates, items: tuple[str, ...]) -> None:
    templates.built(cli, federation)
    before = cli.dump()
    cli.fail(2, "target", "set", *items)
    assert cli.dump() == before


def test_outcomes_from_log_and_visit_import_roll_up_into_the_summary(cli: Cli, templates: Templates,
                                                                    tmp_path: Path) -> None:
    templates.built(cli, federation)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--outcome",
           "unions_formed=2", "--outcome", "新入会=30")
    path = cli.csv("v.csv", "date,officer,enterprise,roles,note,members_joined,化解劳动关系矛盾\n"
                   "2026-10-05,王伟,苏州大成机械,调查员;helper,n1,7,1\n"
                   "2026-10-06,李娜,苏州大成机械,,n2,,\n")
    assert cli.ok("visit", "import", str(path)).startswith("Imported 2 ")
    data = js(cli, "report", "summary")
    assert data["outcomes"] == {"unions_formed": 2, "members_joined": 37, "unions_upgraded": 0,
                                "disputes_resolved": 1, "enterprises_relieved": 0,
                                "models_built": 0}
    bad = cli.csv("bad.csv", "date,officer,enterprise,roles,note,members_joined\n"
                  "2026-10-08,王伟,苏州大成机械,pub,n,-3\n")
    before = cli.dump()
    assert "line 2 (data row 1): members_joined must be a whole number" in cli.fail(
        2, "visit", "import", str(bad))
    assert cli.dump() == before
