"""SPEC conformance, end to end: the annual, workers' voice and programme parts.

Each test quotes the SPEC sentence it checks, runs the CLI as a user would and asserts the
exact figures. Tables drive the vocabulary, the demand transitions, the six-ones boundaries,
the campaign pace and the output formats.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, write_csv

pytestmark = pytest.mark.engines

SIX_KEYS = ["outreach", "bargaining", "brand", "matters", "friends", "innovation"]
ROLE_KEYS = ["publicist", "investigator", "organizer", "coordinator", "helper"]
OUTCOME_KEYS = ["unions_formed", "members_joined", "unions_upgraded", "disputes_resolved",
                "enterprises_relieved", "models_built"]


def js(cli: Cli, *args: str) -> Any:
    return json.loads(cli.ok(*args, "--format", "json"))


def federation(cli: Cli, today: str = "2026-11-22") -> None:
    """Two active officers, one retired before 2026, three enterprises (SPEC's names)."""
    cli.today(today)
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2025-06-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-03-10")
    cli.ok("officer", "add", "张强", "--dept", "组织部", "--since", "2024-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--town", "金海镇", "--employees",
           "300")
    cli.ok("enterprise", "add", "苏州大成机械", "--town", "大成镇", "--employees", "50")
    cli.ok("enterprise", "add", "未访企业", "--town", "金海镇")


# -- vocabulary: key, Chinese name, or a unique prefix of either ----------------------------------

ROLE_INPUTS = [
    ("publicist", "publicist"), ("宣传员", "publicist"), ("宣", "publicist"), ("pub", "publicist"),
    ("新思想新理论宣传员", "publicist"), ("新思想", "publicist"), ("Publicist", "publicist"),
    ("investigator", "investigator"), ("调查员", "investigator"), ("调查", "investigator"),
    ("inv", "investigator"), ("organizer", "organizer"), ("指导员", "organizer"),
    ("o", "organizer"), ("建会", "organizer"), ("coordinator", "coordinator"),
    ("协调员", "coordinator"), ("c", "coordinator"), ("劳动关系", "coordinator"),
    ("helper", "helper"), ("服务员", "helper"), ("服", "helper"), ("h", "helper"),
]


@pytest.mark.parametrize(("typed", "key"), ROLE_INPUTS)
def test_role_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str, key: str) -> None:
    federation(cli)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--role", typed)
    assert js(cli, "visit", "list")[0]["roles"] == [key]


SIX_ONE_INPUTS = [
    ("outreach", "outreach"), ("宣教活动", "outreach"), ("宣教", "outreach"), ("out", "outreach"),
    ("组织一系列宣教活动", "outreach"), ("组织", "outreach"), ("bargaining", "bargaining"),
    ("集体协商", "bargaining"), ("ba", "bargaining"), ("集", "bargaining"),
    ("参与一次集体协商", "bargaining"), ("brand", "brand"), ("特色品牌", "brand"), ("br", "brand"),
    ("matters", "matters"), ("职工实事", "matters"), ("ma", "matters"), ("帮办", "matters"),
    ("friends", "friends"), ("职工朋友", "friends"), ("f", "friends"), ("结交", "friends"),
    ("innovation", "innovation"), ("创新成果", "innovation"), ("i", "innovation"),
    ("创", "innovation"),
]


@pytest.mark.parametrize(("typed", "key"), SIX_ONE_INPUTS)
def test_six_ones_accept_key_chinese_name_or_unique_prefix(cli: Cli, typed: str,
                                                           key: str) -> None:
    federation(cli)
    cli.ok("achieve", typed, "宣讲", "--officer", "王伟", "--date", "2026-11-20")
    assert js(cli, "achieve", "list")[0]["category"] == key
    cli.ok("target", "set", f"{typed}=7", "--year", "2026")
    rows = js(cli, "target", "show", "--year", "2026")
    assert {r["category"]: r["target"] for r in rows if r["officer"] == ""}[key] == 7


OUTCOME_INPUTS = [
    ("unions_formed", "unions_formed"), ("指导组建工会", "unions_formed"),
    ("指导", "unions_formed"), ("unions_f", "unions_formed"),
    ("members_joined", "members_joined"), ("新入会会员", "members_joined"),
    ("新入会", "members_joined"), ("me", "members_joined"),
    ("unions_upgraded", "unions_upgraded"), ("基层工会提档升级", "unions_upgraded"),
    ("基层", "unions_upgraded"), ("unions_u", "unions_upgraded"),
    ("disputes_resolved", "disputes_resolved"), ("化解劳动关系矛盾", "disputes_resolved"),
    ("d", "disputes_resolved"), ("enterprises_relieved", "enterprises_relieved"),
    ("协助企业解难纾困", "enterprises_relieved"), ("协助", "enterprises_relieved"),
    ("e", "enterprises_relieved"), ("models_built", "models_built"),
    ("打造工作典型", "models_built"), ("打造", "models_built"), ("mo", "models_built"),
]


@pytest.mark.parametrize(("typed", "key"), OUTCOME_INPUTS)
def test_outcome_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str,
                                                           key: str) -> None:
    federation(cli)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--outcome", f"{typed}=3")
    visit = js(cli, "visit", "list")[0]
    assert {k: visit[k] for k in OUTCOME_KEYS} == {k: 3 if k == key else 0 for k in OUTCOME_KEYS}


@pytest.mark.parametrize("args", [
    ("--role", "员"),  # a suffix, not a prefix
    ("--role", "x"),
    ("--outcome", "m=1"),  # members_joined or models_built
    ("--outcome", "unions=1"),
    ("--outcome", "bogus=1"),
    ("--outcome", "=5"),  # no outcome named at all
    ("--outcome", " =5"),
    ("--outcome", "members_joined"),
    ("--outcome", "members_joined=-1"),
    ("--outcome", "members_joined=x"),
])
def test_log_refuses_unknown_or_ambiguous_vocabulary(cli: Cli, args: tuple[str, ...]) -> None:
    federation(cli)
    before = cli.dump()
    cli.fail(2, "log", "金海", "--officer", "王伟", "--date", "2026-11-20", *args)
    assert cli.dump() == before


@pytest.mark.parametrize("typed", ["职工", "b", "zz", ""])
def test_achieve_refuses_unknown_or_ambiguous_category(cli: Cli, typed: str) -> None:
    federation(cli)
    before = cli.dump()
    cli.fail(2, "achieve", typed, "x", "--officer", "王伟", "--date", "2026-11-20")
    cli.fail(2, "target", "set", f"{typed}=3")
    assert cli.dump() == before


PRACTICE_INPUTS = [
    ("chair", "chair"), ("基层工会主席", "chair"), ("基层", "chair"), ("主席", "chair"),
    ("ch", "chair"), ("office", "office"), ("工会办公室专职干部", "office"), ("工会", "office"),
    ("办公室", "office"), ("o", "office"), ("worker", "worker"), ("普通职工", "worker"),
    ("普通", "worker"), ("职工", "worker"), ("w", "worker"),
]


@pytest.mark.parametrize(("typed", "key"), PRACTICE_INPUTS)
def test_practice_kind_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str,
                                                                 key: str) -> None:
    federation(cli)
    cli.ok("practice", "log", typed, "--officer", "王伟", "--date", "2026-11-02")
    row = js(cli, "report", "practice", "--month", "2026-11")["officers"][0]
    assert (row["officer"], row["chair"], row["office"], row["worker"]) == (
        "王伟", key == "chair", key == "office", key == "worker")


GROUP_INPUTS = [
    ("frontline", "frontline"), ("一线职工", "frontline"), ("一线", "frontline"),
    ("f", "frontline"), ("new_forms", "new_forms"), ("新就业形态", "new_forms"),
    ("新", "new_forms"), ("n", "new_forms"), ("other", "other"), ("其他", "other"),
    ("其", "other"), ("ot", "other"),
]


@pytest.mark.parametrize(("typed", "key"), GROUP_INPUTS)
def test_interview_group_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str,
                                                                   key: str) -> None:
    _campaign(cli)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "4", "--group", typed,
           "--date", "2026-11-02")
    groups = js(cli, "report", "campaign", "大访谈")["groups"]
    assert groups == {g: 4 if g == key else 0 for g in ("frontline", "new_forms", "other")}


STATUS_INPUTS = [
    ("open", "open"), ("登记", "open"), ("登", "open"), ("op", "open"),
    ("assigned", "assigned"), ("交办", "assigned"), ("交", "assigned"), ("a", "assigned"),
    ("escalated", "escalated"), ("上报", "escalated"), ("上", "escalated"), ("e", "escalated"),
    ("resolved", "resolved"), ("办结", "resolved"), ("办", "resolved"), ("r", "resolved"),
    ("closed", "closed"), ("回访满意", "closed"), ("回", "closed"), ("c", "closed"),
]


@pytest.mark.parametrize(("typed", "key"), STATUS_INPUTS)
def test_demand_status_filter_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str,
                                                                        key: str) -> None:
    federation(cli)
    for status in ("open", "assigned", "escalated", "resolved", "closed"):
        _demand_in(cli, status)
    listed = js(cli, "demand", "list", "--status", typed)
    assert [d["status"] for d in listed] == [key]


RATING_INPUTS = [
    ("very_satisfied", "very_satisfied", "closed"), ("非常满意", "very_satisfied", "closed"),
    ("非常", "very_satisfied", "closed"), ("v", "very_satisfied", "closed"),
    ("satisfied", "satisfied", "closed"), ("满意", "satisfied", "closed"),
    ("满", "satisfied", "closed"), ("s", "satisfied", "closed"),
    ("basic", "basic", "closed"), ("基本满意", "basic", "closed"), ("基本", "basic", "closed"),
    ("b", "basic", "closed"), ("unsatisfied", "unsatisfied", "open"),
    ("不满意", "unsatisfied", "open"), ("不", "unsatisfied", "open"), ("u", "unsatisfied", "open"),
]


@pytest.mark.parametrize(("typed", "key", "status"), RATING_INPUTS)
def test_rating_accepts_key_chinese_name_or_unique_prefix(cli: Cli, typed: str, key: str,
                                                          status: str) -> None:
    federation(cli)
    demand = _demand_in(cli, "resolved")
    cli.ok("demand", "feedback", demand, "--satisfaction", typed)
    shown = js(cli, "demand", "show", demand)
    assert (shown["satisfaction"], shown["status"]) == (key, status)


# -- achievements and targets ---------------------------------------------------------------------


def test_achieve_records_and_refuses_a_second_time_with_the_same_identity(cli: Cli) -> None:
    federation(cli)
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
def test_achieve_bad_input_exits_2(cli: Cli, args: tuple[str, ...]) -> None:
    federation(cli)
    cli.fail(2, "achieve", "matters", "x", *(("--officer", "王伟") if "--officer" not in args
                                              else ()), *args)
    assert js(cli, "achieve", "list") == []


def test_achieve_needs_an_officer(cli: Cli) -> None:
    federation(cli)
    assert "config set officer" in cli.fail(2, "achieve", "matters", "x")
    cli.ok("config", "set", "officer", "李娜")
    cli.ok("achieve", "matters", "x")
    assert js(cli, "achieve", "list")[0]["officer"] == "李娜"


def test_achieve_import(cli: Cli, tmp_path: Path) -> None:
    federation(cli)
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
def test_achieve_import_is_all_or_nothing(cli: Cli, tmp_path: Path, rows: list,
                                          reason: str) -> None:
    federation(cli)
    path = write_csv(tmp_path / "a.csv", ["date", "officer", "category", "count", "description"],
                     rows)
    before = cli.dump()
    message = cli.fail(2, "achieve", "import", str(path))
    assert reason in message and message.endswith("nothing was imported")
    assert cli.dump() == before


def test_achieve_import_missing_file_and_chinese_headers(cli: Cli, tmp_path: Path) -> None:
    federation(cli)
    cli.fail(2, "achieve", "import", str(tmp_path / "none.csv"))
    (tmp_path / "bin.csv").write_bytes(bytes(range(128, 256)) * 3)
    cli.fail(2, "achieve", "import", str(tmp_path / "bin.csv"))
    path = cli.csv("zh.csv", "\ufeff日期,干部,类别,数量,内容\n2026-04-05,李娜,职工朋友,3,交友\n")
    assert cli.ok("achieve", "import", str(path)).startswith("Imported 1 ")
    assert js(cli, "achieve", "list")[0]["count"] == 3


def test_target_precedence_officer_over_logbook_default_over_spec(cli: Cli) -> None:
    federation(cli)
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
                    "李娜": {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 12,
                            "friends": 8, "innovation": 3}}
    old = {o["officer"]: o["six_ones"]["innovation"]["target"]
           for o in js(cli, "report", "year", "--year", "2025")["officers"]}
    assert old == {"王伟": 1, "张强": 3}


@pytest.mark.parametrize("items", [("matters=x",), ("matters",), ("bogus=1",), ("matters=-1",)])
def test_target_set_bad_input(cli: Cli, items: tuple[str, ...]) -> None:
    federation(cli)
    before = cli.dump()
    cli.fail(2, "target", "set", *items)
    assert cli.dump() == before


def test_outcomes_from_log_and_visit_import_roll_up_into_the_summary(cli: Cli,
                                                                    tmp_path: Path) -> None:
    federation(cli)
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


# -- report year ----------------------------------------------------------------------------------


def _year_logbook(cli: Cli) -> None:
    """SPEC's year rules on a Monday-to-Friday calendar, today Wednesday 2026-03-04 (W10)."""
    cli.today("2026-03-04")
    cli.ok("config", "set", "calendar", "weekdays")
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-02-16")
    cli.ok("officer", "add", "张强", "--dept", "组织部", "--since", "2025-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2025-12-01")
    cli.ok("officer", "add", "赵敏", "--dept", "组织部", "--since", "2025-01-01")
    cli.ok("officer", "retire", "赵敏", "--on", "2026-01-02")  # active on 1 January only
    cli.ok("leave", "add", "王伟", "--from", "2026-01-26", "--to", "2026-01-30")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("enterprise", "add", "常州恒润精密机械有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2025-12-30", "--role", "helper")  # W01
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-01-05", "--role", "investigator")
    cli.ok("log", "恒润", "--officer", "王伟", "--date", "2026-01-14", "-r", "调查员", "-r",
           "服务员")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-03-04", "--role", "publicist")
    cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-02-17", "--role", "organizer")
    cli.ok("target", "set", "matters=12")
    cli.ok("target", "set", "outreach=2", "--officer", "王伟")
    cli.ok("achieve", "outreach", "安全生产宣讲", "--officer", "王伟", "--date", "2026-01-10")
    cli.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-02-01",
           "--count", "2")
    cli.ok("achieve", "outreach", "去年的宣讲", "--officer", "王伟", "--date", "2025-12-30",
           "--count", "5")


def test_report_year_json_shape_and_figures_exactly(cli: Cli) -> None:
    _year_logbook(cli)
    # elapsed fraction on 4 March 2026 = 63/365
    data = js(cli, "report", "year")

    def six(**done_target_status: tuple[int, int, str]) -> dict:
        return {k: dict(zip(("done", "target", "status"), done_target_status[k], strict=True))
                for k in SIX_KEYS}

    assert data == {"year": 2026, "as_of": "2026-03-04", "calendar_official": True, "officers": [
        # W01 not due (active Thu-Fri only), W05 on leave: W02-W04, W06-W09 and the met W10
        {"officer": "王伟", "dept": "办公室", "weeks_met": 3, "weeks_due": 8,
         "six_ones": six(outreach=(1, 2, "on_track"), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(2, 12, "behind"),  # 12 × 63/365 = 2.07
                         friends=(0, 10, "behind"), innovation=(0, 3, "behind")),
         "roles": {"publicist": 1, "investigator": 2, "organizer": 0, "coordinator": 0,
                   "helper": 1}},
        # W08-W09 due, W10 in progress and not met
        {"officer": "李娜", "dept": "组织部", "weeks_met": 1, "weeks_due": 2,
         "six_ones": six(outreach=(0, 4, "behind"), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(0, 12, "behind"),
                         friends=(0, 10, "behind"), innovation=(0, 3, "behind")),
         "roles": {"publicist": 0, "investigator": 0, "organizer": 1, "coordinator": 0,
                   "helper": 0}},
        # active on 1 January 2026 only: listed; 2026-W01 (29 Dec - 2 Jan) was due
        {"officer": "赵敏", "dept": "组织部", "weeks_met": 0, "weeks_due": 1,
         "six_ones": six(outreach=(0, 4, "behind"), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(0, 12, "behind"),
                         friends=(0, 10, "behind"), innovation=(0, 3, "behind")),
         "roles": dict.fromkeys(ROLE_KEYS, 0)},
    ]}


@pytest.mark.parametrize("today", ["2026-03-04", "2026-03-08", "2026-03-09", "2026-03-16"])
def test_report_year_weeks_are_week_report_ytd(cli: Cli, today: str) -> None:
    """weeks_met/weeks_due are like ytd_met/ytd_due up to the current week."""
    _year_logbook(cli)
    cli.today(today)
    weeks = {o["officer"]: (o["ytd_met"], o["ytd_due"])
             for o in js(cli, "report", "week")["officers"]}
    year = {o["officer"]: (o["weeks_met"], o["weeks_due"])
            for o in js(cli, "report", "year")["officers"]}
    assert weeks and {name: year[name] for name in weeks} == weeks


@pytest.mark.parametrize(("as_of", "listed"), [
    ("2026-01-01", ["王伟", "赵敏"]),
    ("2026-01-02", ["王伟", "赵敏"]),
    ("2026-02-15", ["王伟", "赵敏"]),
    ("2026-02-16", ["王伟", "李娜", "赵敏"]),  # since ≤ as-of
])
def test_report_year_lists_officers_active_up_to_as_of(cli: Cli, as_of: str,
                                                      listed: list[str]) -> None:
    _year_logbook(cli)
    data = js(cli, "report", "year", "--as-of", as_of)
    assert data["as_of"] == as_of
    assert [o["officer"] for o in data["officers"]] == listed


def test_report_year_counts_calendar_year_up_to_as_of(cli: Cli) -> None:
    _year_logbook(cli)
    # the visit of 2025-12-30 lies in 2026-W01 but not in calendar 2026: no role counted
    wang = js(cli, "report", "year", "--as-of", "2026-01-31")["officers"][0]
    assert wang["roles"] == {"publicist": 0, "investigator": 2, "organizer": 0,
                             "coordinator": 0, "helper": 1}
    assert wang["six_ones"]["matters"]["done"] == 0  # achieved 1 February
    assert wang["six_ones"]["outreach"]["done"] == 1  # 2025-12-30's five do not count
    last = js(cli, "report", "year", "--year", "2025")
    assert last["as_of"] == "2025-12-31"  # a year that is over: 31 December
    assert [o["officer"] for o in last["officers"]] == ["张强", "赵敏"]
    cli.ok("officer", "add", "孙丽", "--dept", "办公室", "--since", "2025-12-31")
    assert "孙丽" in [o["officer"] for o in js(cli, "report", "year", "--year", "2025")["officers"]]


@pytest.mark.parametrize("args", [
    ("--year", "2027"), ("--as-of", "2026-03-05"), ("--year", "2025", "--as-of", "2026-01-05"),
    ("--year", "2026", "--as-of", "2025-12-31"), ("--as-of", "someday"),
])
def test_report_year_refuses_the_future_and_a_mismatched_as_of(cli: Cli,
                                                               args: tuple[str, ...]) -> None:
    _year_logbook(cli)
    cli.fail(2, "report", "year", *args)


# (as-of, done, target, status): elapsed = ((as_of − 1 Jan).days + 1) / days in the year
STATUS_TABLE = [
    ("2026-01-05", 1, 73, "on_track"),  # 73 × 5/365 = 1 exactly
    ("2026-01-06", 1, 73, "behind"),  # 1.2
    ("2026-08-07", 6, 10, "on_track"),  # 10 × 219/365 = 6 exactly
    ("2026-08-08", 6, 10, "behind"),  # 6.03: rounding would say on track
    ("2026-08-08", 7, 10, "on_track"),
    ("2026-01-01", 0, 1, "behind"),  # 1/365 > 0
    ("2026-01-01", 1, 1, "done"),
    ("2026-12-31", 9, 10, "behind"),
    ("2026-12-31", 11, 10, "done"),
    ("2026-06-01", 0, 0, "done"),
    ("2028-01-06", 1, 61, "on_track"),  # leap year: 61 × 6/366 = 1 exactly
    ("2028-01-07", 1, 61, "behind"),
    ("2028-07-01", 5, 10, "on_track"),  # 10 × 183/366 = 5
    ("2026-07-02", 5, 10, "behind"),  # 10 × 183/365 = 5.01
]


@pytest.mark.parametrize(("as_of", "done", "target", "expected"), STATUS_TABLE)
def test_six_ones_status_through_report_year(cli: Cli, as_of: str, done: int, target: int,
                                             expected: str) -> None:
    cli.today("2028-12-31")
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2025-01-01")
    year = as_of[:4]
    cli.ok("target", "set", f"matters={target}", "--year", year)
    if done:
        cli.ok("achieve", "matters", "实事", "--officer", "王伟", "--date", f"{year}-01-01",
               "--count", str(done))
    matters = js(cli, "report", "year", "--as-of", as_of)["officers"][0]["six_ones"]["matters"]
    assert matters == {"done": done, "target": target, "status": expected}


def test_report_year_dept_and_formats(cli: Cli) -> None:
    _year_logbook(cli)
    assert [o["officer"] for o in js(cli, "report", "year", "--dept", "组织部")["officers"]] == [
        "李娜", "赵敏"]
    # an unknown department is refused, listing the real ones (README, decided in the audit)
    assert "组织部" in cli.fail(2, "report", "year", "--dept", "无此部")


# -- report officer, heatmap, coverage, summary ---------------------------------------------------


def test_report_officer_card_follows_the_year_rules(cli: Cli) -> None:
    _year_logbook(cli)
    card = js(cli, "report", "officer", "wangwei")
    year = js(cli, "report", "year")["officers"][0]
    assert (card["officer"], card["year"], card["as_of"]) == ("王伟", 2026, "2026-03-04")
    for key in ("weeks_met", "weeks_due", "six_ones", "roles"):
        assert card[key] == year[key]
    assert js(cli, "report", "officer", "王伟", "--year", "2025")["as_of"] == "2025-12-31"
    cli.fail(2, "report", "officer", "王伟", "--year", "2027")
    cli.fail(2, "report", "officer", "无此人")


def test_report_heatmap_rows_follow_the_year_rules(cli: Cli) -> None:
    _year_logbook(cli)
    data = js(cli, "report", "heatmap")
    assert (data["year"], data["as_of"], data["current_week"]) == (2026, "2026-03-04",
                                                                    "2026-W10")
    year = {o["officer"]: (o["weeks_met"], o["weeks_due"])
            for o in js(cli, "report", "year")["officers"]}
    assert {o["officer"]: (o["weeks_met"], o["weeks_due"]) for o in data["officers"]} == year
    wang = data["officers"][0]["cells"]
    assert wang[:5] == ["met", "met", "met", "missed", "not_due"]  # W01 met though not due
    cli.fail(2, "report", "heatmap", "--year", "2027")


def test_report_coverage_and_since(cli: Cli) -> None:
    _year_logbook(cli)
    cli.ok("enterprise", "add", "未访企业")
    data = js(cli, "report", "coverage")
    assert [(e["enterprise"], e["last_visit"], e["visits"]) for e in data["enterprises"]] == [
        ("常州恒润精密机械有限公司", "2026-01-14", 1),
        ("江苏金海新能源科技有限公司", "2026-03-04", 4),
        ("未访企业", None, 0)]
    assert data["summary"] == {"enterprises": 3, "visited": 2, "never_visited": 1, "listed": 3}
    since = js(cli, "report", "coverage", "--since", "2026-02-01")
    assert [e["enterprise"] for e in since["enterprises"]] == ["常州恒润精密机械有限公司",
                                                              "未访企业"]
    cli.fail(2, "report", "coverage", "--since", "xx")


def test_report_summary_json_shape_exactly(cli: Cli) -> None:
    federation(cli)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--outcome",
           "unions_formed=2", "--outcome", "members_joined=30")
    cli.ok("log", "大成", "--officer", "王伟", "--date", "2026-11-10", "--outcome",
           "members_joined=5")
    cli.ok("log", "大成", "--officer", "李娜", "--date", "2026-11-18", "--outcome",
           "models_built=1")
    cli.ok("log", "大成", "--officer", "王伟", "--date", "2025-12-31", "--outcome",
           "members_joined=100")
    cli.ok("demand", "add", "a", "--enterprise", "金海", "--date", "2026-11-01", "--due",
           "2026-11-10")
    cli.ok("demand", "add", "b", "--enterprise", "金海", "--date", "2026-11-02")
    cli.ok("demand", "resolve", "2", "--note", "ok")
    cli.ok("demand", "feedback", "2", "-s", "satisfied")
    cli.ok("demand", "add", "old", "--enterprise", "金海", "--date", "2025-12-01")
    data = js(cli, "report", "summary")
    sentence = data.pop("sentence")
    assert sentence.startswith("2026年1月1日至11月22日，走访服务企业2家，")
    assert data == {
        "from": "2026-01-01", "to": "2026-11-22", "visits": 3, "enterprises_visited": 2,
        "officers": 2,
        "outcomes": {"unions_formed": 2, "members_joined": 35, "unions_upgraded": 0,
                     "disputes_resolved": 0, "enterprises_relieved": 0, "models_built": 1},
        "demands": {"raised": 2, "resolved": 1, "overdue": 1, "satisfaction_rate": 1.0},
    }
    early = js(cli, "report", "summary", "--as-of", "2026-11-15")
    assert (early["to"], early["visits"], early["outcomes"]["members_joined"]) == (
        "2026-11-15", 1, 5)
    last = js(cli, "report", "summary", "--year", "2025")
    assert (last["from"], last["to"], last["visits"], last["officers"]) == (
        "2025-01-01", "2025-12-31", 1, 2)
    assert last["demands"]["raised"] == 1
    cli.fail(2, "report", "summary", "--year", "2027")
    cli.fail(2, "report", "summary", "--as-of", "2026-11-23")


# -- demands --------------------------------------------------------------------------------------

# How to bring a fresh demand to each status (after `demand add`).
PATHS: dict[str, list[tuple[str, ...]]] = {
    "open": [],
    "assigned": [("assign", "--to", "人社局")],
    "escalated": [("escalate",)],
    "resolved": [("resolve", "--note", "办好了")],
    "closed": [("resolve", "--note", "办好了"), ("feedback", "--satisfaction", "satisfied")],
}
ACTIONS: dict[str, tuple[str, ...]] = {
    "assign": ("assign", "--to", "劳动监察大队"),
    "escalate": ("escalate",),
    "resolve": ("resolve", "--note", "处理完毕"),
    "very_satisfied": ("feedback", "--satisfaction", "very_satisfied"),
    "satisfied": ("feedback", "--satisfaction", "satisfied"),
    "basic": ("feedback", "--satisfaction", "basic"),
    "unsatisfied": ("feedback", "--satisfaction", "unsatisfied"),
}
# SPEC's table: (status, action) → new status, or None when refused.
TRANSITIONS: dict[tuple[str, str], str | None] = {
    (status, action): None for status in PATHS for action in ACTIONS}
for _status in ("open", "assigned", "escalated"):
    TRANSITIONS[(_status, "assign")] = "assigned"
    TRANSITIONS[(_status, "resolve")] = "resolved"
for _status in ("open", "assigned"):
    TRANSITIONS[(_status, "escalate")] = "escalated"
for _rating in ("very_satisfied", "satisfied", "basic"):
    TRANSITIONS[("resolved", _rating)] = "closed"
TRANSITIONS[("resolved", "unsatisfied")] = "open"  # never assigned nor escalated


def _demand_in(cli: Cli, status: str) -> str:
    out = cli.ok("demand", "add", f"诉求 {status}", "--enterprise", "金海", "--officer", "王伟")
    demand = re.search(r"#(\d+)", out)[1]
    for step in PATHS[status]:
        cli.ok("demand", step[0], demand, *step[1:])
    return demand


@pytest.mark.parametrize(("status", "action"), sorted(TRANSITIONS), ids=str)
def test_demand_transition_table(cli: Cli, status: str, action: str) -> None:
    federation(cli)
    demand = _demand_in(cli, status)
    before = cli.dump()
    history = js(cli, "demand", "show", demand)["history"]
    expected = TRANSITIONS[(status, action)]
    if expected is None:
        cli.fail(2, "demand", ACTIONS[action][0], demand, *ACTIONS[action][1:])
        assert cli.dump() == before
        return
    cli.ok("demand", ACTIONS[action][0], demand, *ACTIONS[action][1:])
    shown = js(cli, "demand", "show", demand)
    assert shown["status"] == expected
    assert shown["history"][:-1] == history  # every transition is kept
    last = shown["history"][-1]
    assert (last["action"], last["from_status"], last["to_status"], last["at"]) == (
        ACTIONS[action][0], status, expected, "2026-11-22")


@pytest.mark.parametrize(("steps", "expected"), [
    ([], "open"),
    ([("assign", "--to", "人社局")], "assigned"),
    ([("escalate",)], "assigned"),
    ([("assign", "--to", "人社局"), ("escalate",)], "assigned"),
])
def test_unsatisfied_goes_back_to_assigned_if_ever_handed_on_else_open(
        cli: Cli, steps: list[tuple[str, ...]], expected: str) -> None:
    federation(cli)
    demand = _demand_in(cli, "open")
    for step in steps:
        cli.ok("demand", step[0], demand, *step[1:])
    for _round in range(2):  # and again after a second resolution
        cli.ok("demand", "resolve", demand, "--note", "办好了")
        cli.ok("demand", "feedback", demand, "--satisfaction", "不满意")
        assert js(cli, "demand", "show", demand)["status"] == expected


def test_unknown_demand_or_rating_exits_2(cli: Cli) -> None:
    federation(cli)
    demand = _demand_in(cli, "resolved")
    before = cli.dump()
    cli.fail(2, "demand", "feedback", demand, "--satisfaction", "bogus")
    cli.fail(2, "demand", "resolve", "99", "--note", "x")
    cli.fail(2, "demand", "list", "--status", "bogus")
    assert cli.dump() == before


@pytest.mark.parametrize(("due", "status", "overdue"), [
    ("2026-11-21", "open", True), ("2026-11-22", "open", False), ("2026-11-23", "open", False),
    ("2026-11-01", "assigned", True), ("2026-11-01", "escalated", True),
    ("2026-11-01", "resolved", False), ("2026-11-01", "closed", False),
])
def test_overdue_is_due_before_today_and_not_resolved_or_closed(cli: Cli, due: str, status: str,
                                                                overdue: bool) -> None:
    federation(cli)
    # a due date in the past is allowed at creation
    cli.ok("demand", "add", "x", "--enterprise", "金海", "--due", due, "--date", "2026-10-01")
    for step in PATHS[status]:
        cli.ok("demand", step[0], "1", *step[1:])
    listed = js(cli, "demand", "list")
    assert [(d["status"], d["due"], d["overdue"]) for d in listed] == [(status, due, overdue)]
    assert [d["id"] for d in js(cli, "demand", "list", "--overdue")] == ([1] if overdue else [])
    assert js(cli, "report", "demands")["overdue"] == int(overdue)


def test_demand_list_covers_every_status_with_spec_keys(cli: Cli) -> None:
    federation(cli)
    for status in PATHS:
        _demand_in(cli, status)
    listed = js(cli, "demand", "list")
    assert sorted(d["status"] for d in listed) == sorted(PATHS)
    required = {"id", "text", "enterprise", "category", "status", "raised", "due", "overdue",
                "assigned_to", "satisfaction"}
    for d in listed:
        assert required <= d.keys()
    by_status = {d["status"]: d for d in listed}
    assert by_status["closed"]["satisfaction"] == "satisfied"
    assert by_status["open"]["satisfaction"] is None
    assert by_status["assigned"]["assigned_to"] == "人社局"
    assert by_status["open"]["enterprise"] == "江苏金海新能源科技有限公司"


def test_satisfaction_rate_uses_the_latest_rating(cli: Cli) -> None:
    federation(cli)
    for _ in range(4):
        _demand_in(cli, "resolved")
    cli.ok("demand", "feedback", "1", "-s", "unsatisfied")  # back to open …
    cli.ok("demand", "resolve", "1", "--note", "again")
    cli.ok("demand", "feedback", "1", "-s", "basic")  # … then basic: satisfied
    cli.ok("demand", "feedback", "2", "-s", "unsatisfied")  # latest rating unsatisfied
    cli.ok("demand", "feedback", "3", "-s", "very_satisfied")
    # demand 4 has no rating: not counted
    assert js(cli, "demand", "show", "1")["satisfaction"] == "basic"
    assert js(cli, "demand", "show", "2")["satisfaction"] == "unsatisfied"
    assert js(cli, "report", "demands")["satisfaction_rate"] == 2 / 3
    assert js(cli, "report", "summary")["demands"] == {
        "raised": 4, "resolved": 3, "overdue": 0, "satisfaction_rate": 2 / 3}


# -- programmes -----------------------------------------------------------------------------------


def test_reception_log_list_roster_and_report(cli: Cli) -> None:
    federation(cli)
    cli.ok("reception", "log", "--date", "2026-11-22", "--host", "周国华", "-e", "金海", "-e",
           "大成", "--participants", "9", "--note", "hi")
    cli.fail(2, "reception", "log", "--date", "2026-11-22", "--host", "周国华", "-e", "金海")
    cli.fail(2, "reception", "log", "--date", "2026-11-29", "--host", "吴", "-e", "金海")
    assert js(cli, "reception", "list") == [{
        "id": 1, "date": "2026-11-22", "host": "周国华",
        "enterprises": ["江苏金海新能源科技有限公司", "苏州大成机械"], "participants": 9,
        "demands": 0, "note": "hi"}]
    assert js(cli, "reception", "roster", "--from", "2026-12-01", "--to", "2026-12-20",
              "--leader", "A", "--leader", "B") == [
        {"date": "2026-12-06", "week": "2026-W49", "leader": "A"},
        {"date": "2026-12-13", "week": "2026-W50", "leader": "B"},
        {"date": "2026-12-20", "week": "2026-W51", "leader": "A"}]
    cli.ok("reception", "leaders", "set", "周国华", "吴秀英")
    assert js(cli, "reception", "leaders", "list") == [{"turn": 1, "leader": "周国华"},
                                                       {"turn": 2, "leader": "吴秀英"}]
    assert cli.ok("reception", "leaders", "list") == "周国华、吴秀英\n"
    report = js(cli, "report", "reception")
    assert (report["min_employees"], report["receptions"]) == (300, 1)
    assert [e["enterprise"] for e in report["attended"]] == ["江苏金海新能源科技有限公司"]
    report = js(cli, "report", "reception", "--min-employees", "40")
    assert [e["enterprise"] for e in report["attended"]] == ["江苏金海新能源科技有限公司",
                                                            "苏州大成机械"]
    assert js(cli, "report", "reception", "--year", "2025", "--min-employees", "0")[
        "not_attended"] == [
        {"enterprise": "江苏金海新能源科技有限公司", "town": "金海镇", "employees": 300},
        {"enterprise": "苏州大成机械", "town": "大成镇", "employees": 50}]


def test_assign_by_enterprise_and_by_town(cli: Cli) -> None:
    federation(cli)
    cli.ok("assign", "王伟", "--enterprise", "金海")
    cli.ok("assign", "李娜", "--town", "金海镇")
    cli.fail(2, "assign", "李娜", "--town", "无此镇")
    cli.fail(2, "assign", "无人", "--enterprise", "金海")
    assert js(cli, "assign", "list") == [
        {"officer": "王伟", "dept": "权益保障部", "kind": "enterprise",
         "assigned": "江苏金海新能源科技有限公司"},
        {"officer": "李娜", "dept": "组织部", "kind": "town", "assigned": "金海镇"}]
    cli.ok("enterprise", "add", "新厂", "--town", "金海镇")  # a town covers later arrivals too
    officers = {o["officer"]: sorted(e["enterprise"] for e in o["enterprises"])
                for o in js(cli, "report", "assigned")["officers"]}
    assert officers == {"王伟": ["江苏金海新能源科技有限公司"],
                        "李娜": sorted(["江苏金海新能源科技有限公司", "新厂", "未访企业"])}


def test_report_practice_lists_every_officer_active_in_the_month(cli: Cli) -> None:
    federation(cli)
    for kind, day in (("chair", "02"), ("office", "03"), ("worker", "04")):
        cli.ok("practice", "log", kind, "--officer", "王伟", "--date", f"2026-11-{day}")
    cli.ok("practice", "log", "worker", "--officer", "李娜", "--date", "2026-11-04",
           "--enterprise", "金海")
    cli.fail(2, "practice", "log", "worker", "--officer", "李娜", "--date", "2026-11-04")
    assert js(cli, "report", "practice", "--month", "2026-11") == {
        "month": "2026-11",
        "officers": [
            {"officer": "王伟", "dept": "权益保障部", "chair": True, "office": True,
             "worker": True, "complete": True},
            {"officer": "李娜", "dept": "组织部", "chair": False, "office": False,
             "worker": True, "complete": False}],
        "summary": {"complete": 1, "officers": 2}}
    names = [o["officer"] for o in js(cli, "report", "practice", "--month", "2025-12")["officers"]]
    assert names == ["王伟", "张强"]  # 张强 retired on 2026-01-01, 李娜 not yet here
    cli.fail(2, "report", "practice", "--month", "2026-12")
    cli.fail(2, "report", "practice", "--month", "2026-13")
    cli.fail(2, "practice", "log", "bogus", "--officer", "王伟")


def _campaign(cli: Cli) -> None:
    federation(cli)
    cli.ok("campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇职工服务中心", "--town", "金湖镇")
    cli.ok("campaign", "point", "add", "大访谈", "大成站")


def test_campaign_create_point_add_and_interview_log(cli: Cli) -> None:
    _campaign(cli)
    cli.ok("campaign", "create", "未来", "--from", "2026-12-01", "--to", "2026-12-10",
           "--target", "50", "--max-age", "35")
    cli.ok("campaign", "point", "add", "未来", "X点")
    assert [(c["name"], c["max_age"]) for c in js(cli, "campaign", "list")] == [
        ("大访谈", 40), ("未来", 35)]
    for args in (("--from", "2026-12-10", "--to", "2026-12-01", "--target", "5"),
                 ("--from", "2026-12-01", "--to", "2026-12-10", "--target", "0")):
        cli.fail(2, "campaign", "create", "坏", *args)
    cli.fail(2, "campaign", "create", "大访谈", "--from", "2026-12-01", "--to", "2026-12-10",
             "--target", "5")
    cli.fail(2, "campaign", "point", "add", "大访谈", "大成站")
    before = cli.dump()
    for args in (("--date", "2026-10-31"), ("--date", "2026-11-23"), ("--count", "0"),
                 ("--point", "无"), ("--group", "zz")):
        options = {"--point": "大成", "--count": "3", "--date": "2026-11-05"}
        options.update(dict([args]))
        cli.fail(2, "interview", "log", "大访谈", *[x for kv in options.items() for x in kv])
    cli.fail(2, "interview", "log", "未来", "--point", "X点", "--count", "1")  # before it starts
    assert cli.dump() == before
    for _ in range(2):  # additive: each entry counts
        cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "10", "--date",
               "2026-11-05", "--group", "新", "--online")
    cli.ok("interview", "log", "大访谈", "--point", "大成", "--count", "7", "--date", "2026-11-10",
           "--group", "一线")
    cli.ok("interview", "log", "大访谈", "--point", "大成", "--count", "3")  # today, other
    data = js(cli, "report", "campaign", "大访谈")
    assert {k: data[k] for k in ("campaign", "from", "to", "as_of", "target", "interviewed",
                                 "online", "offline", "days_total", "days_left",
                                 "required_per_day", "actual_per_day", "on_track", "groups")} == {
        "campaign": "大访谈", "from": "2026-11-01", "to": "2026-11-30", "as_of": "2026-11-22",
        "target": 100, "interviewed": 30, "online": 20, "offline": 10, "days_total": 30,
        "days_left": 8, "required_per_day": 70 / 8, "actual_per_day": 30 / 22,
        "on_track": False, "groups": {"frontline": 7, "new_forms": 20, "other": 3}}
    assert [{k: p[k] for k in ("point", "interviewed")} for p in data["points"]] == [
        {"point": "金湖镇职工服务中心", "interviewed": 20}, {"point": "大成站", "interviewed": 10}]


# --as-of → (as_of, interviewed, days_left, required, actual, on_track)
PACE_TABLE = [
    ("2026-10-15", ("2026-10-15", 0, 30, 100 / 30, None, True)),  # not started
    ("2026-11-01", ("2026-11-01", 0, 29, 100 / 29, 0.0, False)),
    ("2026-11-05", ("2026-11-05", 20, 25, 80 / 25, 20 / 5, True)),
    ("2026-11-06", ("2026-11-06", 20, 24, 80 / 24, 20 / 6, True)),  # 20 ≥ 100 × 6/30
    ("2026-11-07", ("2026-11-07", 20, 23, 80 / 23, 20 / 7, False)),  # 20 < 23.3
    ("2026-11-22", ("2026-11-22", 30, 8, 70 / 8, 30 / 22, False)),
    ("2026-12-05", ("2026-11-30", 30, 0, None, 30 / 30, False)),  # capped at `to`
]


@pytest.mark.parametrize(("as_of", "expected"), PACE_TABLE)
def test_campaign_pace(cli: Cli, as_of: str, expected: tuple) -> None:
    _campaign(cli)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "20", "--date",
           "2026-11-05")
    cli.ok("interview", "log", "大访谈", "--point", "大成", "--count", "10", "--date",
           "2026-11-20")
    data = js(cli, "report", "campaign", "大访谈", "--as-of", as_of)
    got = tuple(data[k] for k in ("as_of", "interviewed", "days_left", "required_per_day",
                                  "actual_per_day", "on_track"))
    assert got == expected
    assert data["days_total"] == 30
    for key in ("required_per_day", "actual_per_day"):
        assert data[key] is None or isinstance(data[key], float)


def test_campaign_target_met_requires_nothing_more(cli: Cli) -> None:
    _campaign(cli)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "100", "--date",
           "2026-11-05")
    for as_of in ("2026-11-22", "2026-11-30"):
        data = js(cli, "report", "campaign", "大访谈", "--as-of", as_of)
        assert (data["required_per_day"], data["on_track"]) == (0.0, True)
        assert isinstance(data["required_per_day"], float)


# -- every report: --format table|json|csv|markdown|html|xlsx and --output ------------------------

FORMULA = re.compile(r"^[=+\-@\t\r\n]")


def _everything(cli: Cli) -> None:
    """A logbook whose names and notes all look like spreadsheet formulas."""
    _campaign(cli)
    cli.ok("officer", "add", "=HYPERLINK(1)", "--dept", "+dept", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "@ent", "--town", "-town", "--employees", "500")
    cli.ok("log", "@ent", "--officer", "=HYP", "--date", "2026-11-20", "--note", "=cmd", "-r", "h")
    cli.ok("achieve", "matters", "=SUM(A1)", "--officer", "=HYP", "--date", "2026-11-20")
    cli.ok("demand", "add", "=evil", "--enterprise", "@ent", "--officer", "=HYP")
    cli.ok("demand", "assign", "1", "--to=-unit")
    cli.ok("reception", "log", "--date", "2026-11-15", "--host", "=host", "-e", "@ent",
           "--note", "+n")
    cli.ok("practice", "log", "chair", "--officer", "=HYP", "--date", "2026-11-20")
    cli.ok("campaign", "point", "add", "大访谈", "=pt", "--town", "-t")
    cli.ok("interview", "log", "大访谈", "--point", "=pt", "--count", "2", "--date", "2026-11-20")
    cli.ok("assign", "=HYP", "--enterprise", "@ent")
    cli.ok("reception", "leaders", "set", "=leader")


REPORTS = [
    ("report", "year"), ("report", "officer", "=HYP"), ("report", "heatmap"),
    ("report", "coverage"), ("report", "coverage", "--since", "2026-11-21"),
    ("report", "summary"), ("report", "demands"),
    ("report", "reception", "--min-employees", "0"), ("report", "practice", "--month", "2026-11"),
    ("report", "campaign", "大访谈"), ("report", "assigned"),
    ("demand", "list"), ("demand", "show", "1"), ("achieve", "list"), ("target", "show"),
    ("reception", "list"), ("reception", "roster", "--from", "2026-12-01", "--to", "2026-12-31"),
    ("reception", "leaders", "list"), ("assign", "list"), ("campaign", "list"),
]


def _cells(path: Path, fmt: str) -> list[str]:
    if fmt == "csv":
        return [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
                for c in row]
    if fmt == "html":
        return [html.unescape(c) for c in
                re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", path.read_text(encoding="utf-8"), re.S)]
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
            for v in row if isinstance(v, str)]


@pytest.mark.parametrize("args", REPORTS, ids=" ".join)
def test_every_format_and_output_neutralising_formulas(cli: Cli, tmp_path: Path,
                                                       args: tuple[str, ...]) -> None:
    _everything(cli)
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


# -- messages in the chosen language --------------------------------------------------------------

ZH_ERRORS = [
    (("practice", "log", "zz", "--officer", "王伟"),
     "错误：未知的实践日类型「zz」；可选：chair (基层工会主席), office (工会办公室专职干部), "
     "worker (普通职工)"),
    (("interview", "log", "大访谈", "--point", "大成", "--count", "1", "--group", "zz"),
     "错误：未知的访谈对象类别「zz」；可选：frontline (一线职工), new_forms (新就业形态), "
     "other (其他)"),
    (("target", "set", "matters=x"), "错误：目标职工实事 应为非负整数，而不是「x」"),
    (("demand", "add", "", "--enterprise", "金海"), "错误：诉求内容 不能为空"),
    (("log", "金海", "--officer", "王伟", "--outcome", "members_joined=x"),
     "错误：成效新入会会员 应为非负整数，而不是「x」"),
]


@pytest.mark.parametrize(("args", "message"), ZH_ERRORS)
def test_errors_name_the_field_in_chinese(cli: Cli, args: tuple[str, ...], message: str) -> None:
    _campaign(cli)
    cli.lang("zh")
    assert cli.fail(2, *args) == message
