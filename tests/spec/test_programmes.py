"""Programmes: reception days, assignments, practice days, campaigns and their pace.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    PACE_TABLE,
    RIGHTS,
    _campaign,
    campaign_book,
    federation,
    js,
    officer,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- programmes -----------------------------------------------------------------------------------


def test_reception_log_list_roster_and_report(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    cli.ok("reception", "log", "--date", "2026-11-22", "--host", "周国华", "-e", "金海", "-e",
           "大成", "--participants", "9", "--note", "hi")
    cli.fail(2, "reception", "log", "--date", "2026-11-22", "--host", "周国华", "-e", "金海")
    cli.fail(2, "reception", "log", "--date", "2026-11-29", "--host", "吴", "-e", "金海")
    listed = js(cli, "reception", "list")
    assert re.fullmatch(r"[0-9a-f]{6,}", listed[0].pop("ref"))  # the short reference
    assert listed == [{
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


def test_assign_by_enterprise_and_by_town(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
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


def test_report_practice_lists_every_officer_active_in_the_month(
        cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
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




def test_campaign_create_point_add_and_interview_log(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
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




@pytest.mark.parametrize(("as_of", "expected"), PACE_TABLE)
def test_campaign_pace(cli: Cli, templates: Templates, as_of: str, expected: tuple) -> None:
    templates.built(cli, _campaign)
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


def test_campaign_target_met_requires_nothing_more(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "100", "--date",
           "2026-11-05")
    for as_of in ("2026-11-22", "2026-11-30"):
        data = js(cli, "report", "campaign", "大访谈", "--as-of", as_of)
        assert (data["required_per_day"], data["on_track"]) == (0.0, True)
        assert isinstance(data["required_per_day"], float)


# ---- SPEC: `report campaign NAME  # progress vs target, pace, by point and group` and
# `report officer NAME`; reports are shared "as a spreadsheet or a web page" (--format
# csv|markdown|html|xlsx): the headline figures must be in those formats too, not only in the
# terminal view and JSON




def test_report_campaign_csv_leads_with_progress_pace_and_groups(
        cli: Cli, templates: Templates) -> None:
    templates.built(cli, campaign_book)
    assert cli.ok("report", "campaign", "大访谈", "--format", "csv").split("\n\n")[:2] == [
        "campaign,from,to,as_of,target,interviewed,online,offline,days_total,days_elapsed,"
        "days_left,required_per_day,actual_per_day,on_track\n"
        "大访谈,2026-11-01,2026-11-30,2026-11-19,100,19,19,0,30,19,11,7.363636363636363,1.0,no",
        "group,interviewed\nfrontline,19\nnew_forms,0\nother,0",
    ]
    before = cli.ok("report", "campaign", "大访谈", "--as-of", "2026-10-20", "--format", "csv")
    assert before.splitlines()[1] == (
        "大访谈,2026-11-01,2026-11-30,2026-10-20,100,0,0,0,30,0,30,3.3333333333333335,,yes")


def test_report_campaign_page_and_workbook_carry_the_headline(
        cli: Cli, templates: Templates) -> None:
    from openpyxl import load_workbook

    templates.built(cli, campaign_book)
    page = cli.ok("report", "campaign", "大访谈", "--format", "markdown")
    assert page.startswith(
        "## 大访谈 (2026-11-01 to 2026-11-30, as of 2026-11-19)\n\n"
        "| campaign | from | to | as of | target | interviewed | online | face to face | days |"
        " days elapsed | days left | needed a day | actual a day | on track |\n")
    assert "| 大访谈 | 2026-11-01 | 2026-11-30 | 2026-11-19 | 100 | 19 | 19 | 0 | 30 | 19 | 11 |"\
           " 7.4 | 1.0 | no |" in page
    assert "| front-line workers | 19 |" in page
    out = cli.tmp_path / "campaign.xlsx"
    cli.ok("report", "campaign", "大访谈", "--format", "xlsx", "--output", str(out))
    first = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert first[1][4:] == (100, 19, 19, 0, 30, 19, 11, 7.4, 1.0, "no")


def test_report_officer_csv_leads_with_the_officer_and_weeks(cli: Cli) -> None:
    officer(cli, since="2026-11-02")
    cli.ok("enterprise", "add", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-03")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-10")
    assert cli.ok("report", "officer", "王伟", "--format", "csv").split("\n\n")[0] == (
        "officer,dept,year,as_of,weeks_met,weeks_due,streak\n"
        f"王伟,{RIGHTS},2026,2026-11-19,2,2,2")
    cli.lang("zh")
    assert cli.ok("report", "officer", "王伟", "--format", "markdown").startswith(
        f"## 王伟（{RIGHTS}）2026 年履职卡，截至 2026-11-19\n\n"
        "| 干部 | 部室 | 年度 | 截至 | 完成周数 | 应完成周数 | 连续周 |\n"
        "|---|---|---:|---|---:|---:|---:|\n"
        f"| 王伟 | {RIGHTS} | 2026 | 2026-11-19 | 2 | 2 | 2 |\n")
