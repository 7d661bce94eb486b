"""SPEC: "On listings and reports `--officer` is a filter; without it they cover every
officer" — on every listing and report where officers make sense, beyond week, year and
heatmap (tests/spec/test_recording_officer.py): the same figures, kept to one officer's rows.

Black-box through the command line (tests/conftest.py's CliRunner); today is 2026-11-19.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates

pytestmark = pytest.mark.engines

RIGHTS, ORG = "权益保障部", "组织部"


def three_officers(cli: Cli) -> Cli:
    """王伟 and 李娜 (权益保障部), 王伟东 (组织部); four visits, three demands, practice days."""
    for name, dept in (("王伟", RIGHTS), ("王伟东", ORG), ("李娜", RIGHTS)):
        cli.ok("officer", "add", name, "--dept", dept, "--since", "2026-01-05")
    for name in ("江苏金海新能源科技有限公司", "常州恒达机械有限公司", "江苏大成物流有限公司"):
        cli.ok("enterprise", "add", name)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16",
           "--outcome", "members_joined=5")
    cli.ok("log", "恒达", "--officer", "王伟", "--date", "2026-11-09",
           "--outcome", "unions_formed=1")
    cli.ok("log", "金海", "--officer", "王伟东", "--date", "2026-11-10",
           "--outcome", "members_joined=3")
    cli.ok("log", "大成", "--officer", "李娜", "--date", "2026-10-12")
    # 1: heard on 王伟's visit; 2: 王伟东's, overdue; 3: typed by 李娜 on 王伟's visit
    cli.ok("demand", "add", "加班费", "-e", "金海", "--visit", "1", "--date", "2026-11-16")
    cli.ok("demand", "add", "宿舍漏水", "-e", "大成", "--officer", "王伟东", "-c", "safety",
           "--date", "2026-10-01")
    cli.ok("demand", "add", "食堂", "-e", "金海", "--visit", "1", "--officer", "李娜",
           "--date", "2026-11-16")
    cli.ok("demand", "resolve", "1", "--note", "已补发", "--officer", "王伟")
    cli.ok("demand", "feedback", "1", "--satisfaction", "satisfied", "--officer", "王伟")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, three_officers)


def json_of(cli: Cli, *args: str) -> dict | list:
    run = cli(*args, "--format", "json")
    assert run.exit_code == 0, (args, run.stdout, run.stderr)
    return run.json()


# ---- report summary --------------------------------------------------------------------------


def test_report_summary_officer_keeps_that_officers_visits_and_demands(book: Cli) -> None:
    everyone = json_of(book, "report", "summary")
    assert {k: everyone[k] for k in ("visits", "enterprises_visited", "officers")} == {
        "visits": 4, "enterprises_visited": 3, "officers": 3}
    assert everyone["demands"] == {"raised": 3, "resolved": 1, "overdue": 1,
                                   "satisfaction_rate": 1.0}
    one = json_of(book, "report", "summary", "--officer", "王伟")
    assert one.keys() == everyone.keys() | {"officer"} and "officer" not in everyone
    assert one["officer"] == "王伟"
    assert {k: one[k] for k in ("from", "to", "visits", "enterprises_visited", "officers")} == {
        "from": "2026-01-01", "to": "2026-11-19", "visits": 2, "enterprises_visited": 2,
        "officers": 1}
    assert one["outcomes"] == {**everyone["outcomes"], "members_joined": 5, "unions_formed": 1}
    # heard by 王伟 (1) or raised on 王伟's visit though typed by someone else (3)
    assert one["demands"] == {"raised": 2, "resolved": 1, "overdue": 0,
                              "satisfaction_rate": 1.0}
    other = json_of(book, "report", "summary", "--officer", "wwd")
    assert (other["visits"], other["enterprises_visited"], other["outcomes"]["members_joined"]) \
        == (1, 1, 3)
    assert other["demands"] == {"raised": 1, "resolved": 0, "overdue": 1,
                                "satisfaction_rate": None}
    assert "走访服务企业1家" in other["sentence"]


def test_report_summary_officer_not_active_in_the_period_counts_no_officer(book: Cli) -> None:
    one = json_of(book, "report", "summary", "--officer", "王伟", "--year", "2025")
    assert (one["visits"], one["officers"], one["demands"]["raised"]) == (0, 0, 0)


def test_report_summary_table_names_the_officer(book: Cli) -> None:
    assert book.ok("report", "summary", "--officer", "王伟").splitlines()[0] == (
        "王伟's summary (2026-01-01 to 2026-11-19)")
    assert book.ok("report", "summary").splitlines()[0] == (
        "Federation summary (2026-01-01 to 2026-11-19)")
    book.lang("zh")
    assert book.ok("report", "summary", "--officer", "王伟").splitlines()[0] == (
        "王伟的工作成效（2026-01-01～2026-11-19）")


# ---- report demands and demand list ----------------------------------------------------------


def test_report_demands_officer_keeps_that_officers_demands(book: Cli) -> None:
    everyone = json_of(book, "report", "demands")
    assert (everyone["raised"], everyone["overdue"]) == (3, 1)
    assert [d["dept"] for d in everyone["by_dept"]] == [RIGHTS, ORG]
    one = json_of(book, "report", "demands", "--officer", "王伟东")
    assert one.keys() == everyone.keys()
    assert {k: one[k] for k in ("raised", "resolved", "overdue", "escalated", "rated")} == {
        "raised": 1, "resolved": 0, "overdue": 1, "escalated": 0, "rated": 0}
    assert [d["id"] for d in one["overdue_demands"]] == [2]
    assert [c["category"] for c in one["by_category"]] == ["safety"]
    assert [(d["dept"], d["raised"]) for d in one["by_dept"]] == [(ORG, 1)]
    mine = json_of(book, "report", "demands", "--officer", "王伟")
    assert (mine["raised"], mine["resolved"], mine["satisfaction_rate"]) == (2, 1, 1.0)
    assert mine["overdue_demands"] == []
    # demand 3 was typed by 李娜: by_dept stays by the officer who heard it
    assert [(d["dept"], d["raised"]) for d in mine["by_dept"]] == [(RIGHTS, 2)]


def test_demand_list_officer_agrees_with_the_reports(book: Cli) -> None:
    assert [d["id"] for d in json_of(book, "demand", "list", "--officer", "王伟")] == [1, 3]
    assert [d["id"] for d in json_of(book, "demand", "list", "--officer", "李娜")] == [3]
    assert [d["id"] for d in json_of(book, "demand", "list", "--officer", "王伟东")] == [2]
    assert [d["id"] for d in json_of(book, "demand", "list")] == [2, 1, 3]


# ---- report practice -------------------------------------------------------------------------


def practice_days(book: Cli) -> Cli:
    for kind, day in (("chair", "2026-11-02"), ("office", "2026-11-05"),
                      ("worker", "2026-11-12")):
        book.ok("practice", "log", kind, "--officer", "王伟", "--date", day)
    book.ok("practice", "log", "chair", "--officer", "李娜", "--date", "2026-11-03")
    return book


@pytest.fixture
def practice(book: Cli, templates: Templates) -> Cli:
    """book's, and 王伟's three practice days of November, 李娜's chair day."""
    return templates.built(book, practice_days)


def test_report_practice_month_officer(practice: Cli) -> None:
    everyone = json_of(practice, "report", "practice", "--month", "2026-11")
    assert everyone["summary"] == {"complete": 1, "officers": 3}
    one = json_of(practice, "report", "practice", "--month", "2026-11", "--officer", "李娜")
    assert one == {"month": "2026-11", "officers": [
        {"officer": "李娜", "dept": RIGHTS, "chair": True, "office": False, "worker": False,
         "complete": False}], "summary": {"complete": 0, "officers": 1}}
    mine = json_of(practice, "report", "practice", "--officer", "王伟")
    assert mine["summary"] == {"complete": 1, "officers": 1}
    assert [row["officer"] for row in mine["officers"]] == ["王伟"]


def test_report_practice_year_officer(practice: Cli) -> None:
    everyone = json_of(practice, "report", "practice", "--year", "2026")
    one = json_of(practice, "report", "practice", "--year", "2026", "--officer", "王伟")
    assert one.keys() == everyone.keys()
    rows = [r for r in everyone["officers"] if r["officer"] == "王伟"]
    assert one["officers"] == rows and len(rows) == 1
    assert {k: v for k, v in one.items() if k != "officers"} == {
        k: v for k, v in everyone.items() if k != "officers"}


# ---- campaigns: interviews logged by the officer ---------------------------------------------


def interviews(book: Cli) -> Cli:
    book.ok("campaign", "create", "百日大访谈", "--from", "2026-09-01", "--to", "2026-12-09",
            "--target", "1000")
    book.ok("campaign", "point", "add", "大访谈", "金湖点", "--town", "金湖镇")
    book.ok("campaign", "point", "add", "大访谈", "城东点", "--town", "城东街道")
    for args in (["--point", "金湖", "--count", "100", "--date", "2026-10-01", "--group",
                  "frontline", "--officer", "王伟"],
                 ["--point", "城东", "--count", "50", "--date", "2026-10-02", "--online",
                  "--officer", "王伟东"],
                 ["--point", "城东", "--count", "30", "--date", "2026-10-03"]):
        book.ok("interview", "log", "大访谈", *args)
    return book


@pytest.fixture
def campaign(book: Cli, templates: Templates) -> Cli:
    """book's, and the campaign 百日大访谈 with two points and three interview logs."""
    return templates.built(book, interviews)


def test_report_campaign_officer_counts_that_officers_interviews(campaign: Cli) -> None:
    everyone = json_of(campaign, "report", "campaign", "大访谈", "--as-of", "2026-10-20")
    assert (everyone["interviewed"], everyone["online"]) == (180, 50)
    one = json_of(campaign, "report", "campaign", "大访谈", "--as-of", "2026-10-20",
                  "--officer", "王伟")
    assert one.keys() == everyone.keys()
    assert {k: one[k] for k in ("campaign", "target", "interviewed", "online", "offline",
                                "days_elapsed", "days_left", "actual_per_day")} == {
        "campaign": "百日大访谈", "target": 1000, "interviewed": 100, "online": 0,
        "offline": 100, "days_elapsed": 50, "days_left": 50, "actual_per_day": 2.0}
    assert one["required_per_day"] == 18.0
    assert one["points"] == [{"point": "金湖点", "interviewed": 100, "town": "金湖镇"},
                             {"point": "城东点", "interviewed": 0, "town": "城东街道"}]
    assert one["groups"] == {"frontline": 100, "new_forms": 0, "other": 0}
    shown = json_of(campaign, "campaign", "show", "大访谈", "--officer", "wwd")
    assert (shown["interviewed"], shown["online"]) == (50, 50)


def test_campaign_list_officer(campaign: Cli) -> None:
    assert [c["interviewed"] for c in json_of(campaign, "campaign", "list")] == [180]
    assert [c["interviewed"] for c in
            json_of(campaign, "campaign", "list", "--officer", "王伟东")] == [50]
    assert [c["interviewed"] for c in
            json_of(campaign, "campaign", "list", "--officer", "李娜")] == [0]


# ---- report coverage: the enterprises the officer visited ------------------------------------


def test_report_coverage_officer(book: Cli) -> None:
    everyone = json_of(book, "report", "coverage")
    assert everyone["summary"] == {"enterprises": 3, "visited": 3, "never_visited": 0,
                                   "listed": 3}
    one = json_of(book, "report", "coverage", "--officer", "王伟")
    assert one.keys() == everyone.keys()
    assert one["enterprises"] == [
        {"enterprise": "常州恒达机械有限公司", "town": None, "last_visit": "2026-11-09",
         "visits": 1, "officers": ["王伟"]},
        {"enterprise": "江苏金海新能源科技有限公司", "town": None, "last_visit": "2026-11-16",
         "visits": 1, "officers": ["王伟"]},
    ]
    assert one["summary"] == {"enterprises": 3, "visited": 2, "never_visited": 1, "listed": 2}
    never = json_of(book, "report", "coverage", "--officer", "王伟", "--never")
    assert [e["enterprise"] for e in never["enterprises"]] == ["江苏大成物流有限公司"]
    since = json_of(book, "report", "coverage", "--officer", "王伟", "--since", "2026-11-10")
    assert [e["enterprise"] for e in since["enterprises"]] == ["常州恒达机械有限公司"]


def test_report_coverage_assigned_officer_is_unchanged(book: Cli) -> None:
    book.ok("assign", "王伟", "--enterprise", "大成")
    rows = json_of(book, "report", "coverage", "--assigned", "--officer", "王伟")
    assert rows == json_of(book, "report", "assigned", "--officer", "王伟")


# ---- officer list ----------------------------------------------------------------------------


def test_officer_list_officer(book: Cli) -> None:
    assert json_of(book, "officer", "list", "--officer", "ln") == [
        {"name": "李娜", "dept": RIGHTS, "since": "2026-01-05", "retired_on": None}]
    assert [o["name"] for o in json_of(book, "officer", "list", "--officer", "王伟",
                                       "--dept", "权益")] == ["王伟"]
    assert book.fail(2, "officer", "list", "--officer", "王伟", "--dept", ORG) == (
        f"Error: 王伟 is in {RIGHTS}, not {ORG}")
    book.ok("officer", "retire", "李娜", "--on", "2026-11-01")
    assert json_of(book, "officer", "list", "--officer", "李娜", "--active") == []


# ---- the resolver: not found and ambiguous, on every command that gained --officer -----------

GAINED = [
    ["report", "summary"], ["report", "demands"], ["report", "practice"],
    ["report", "practice", "--year", "2026"], ["report", "coverage"],
    ["report", "campaign", "大访谈"], ["campaign", "show", "大访谈"], ["campaign", "list"],
    ["officer", "list"],
]


@pytest.mark.parametrize("command", GAINED, ids=" ".join)
def test_unknown_and_ambiguous_officers_exit_2(campaign: Cli, command: list[str]) -> None:
    assert campaign.fail(2, *command, "--officer", "赵六").startswith(
        "Error: No officer matches '赵六'")
    assert campaign.fail(2, *command, "--officer", "王") == (
        "Error: '王' is a single character, which names nothing by part or by pinyin "
        "initial; type more of the name: 王伟、王伟东")
    assert "No officer matches ''" in campaign.fail(2, *command, "--officer", "")


@pytest.mark.parametrize("command", GAINED, ids=" ".join)
def test_officer_filter_is_in_help(campaign: Cli, command: list[str]) -> None:
    text = campaign.ok(*command, "--help")
    assert "--officer" in text and "Example: visitlog" in text


def test_officer_filter_in_chinese(book: Cli) -> None:
    book.lang("zh")
    assert book.fail(2, "report", "summary", "--officer", "王") == (
        "错误：「王」只有一个字，不按部分或拼音首字母匹配；请输入更多字：王伟、王伟东")
