"""The other year reports: report officer, heatmap, coverage, summary.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    _year_logbook,
    federation,
    js,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- report officer, heatmap, coverage, summary ---------------------------------------------------


def test_report_officer_card_follows_the_year_rules(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
    card = js(cli, "report", "officer", "wangwei")
    year = js(cli, "report", "year")["officers"][0]
    assert (card["officer"], card["year"], card["as_of"]) == ("王伟", 2026, "2026-03-04")
    for key in ("weeks_met", "weeks_due", "six_ones", "roles"):
        assert card[key] == year[key]
    assert js(cli, "report", "officer", "王伟", "--year", "2025")["as_of"] == "2025-12-31"
    cli.fail(2, "report", "officer", "王伟", "--year", "2027")
    cli.fail(2, "report", "officer", "无此人")


def test_report_heatmap_rows_follow_the_year_rules(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
    data = js(cli, "report", "heatmap")
    assert (data["year"], data["as_of"], data["current_week"]) == (2026, "2026-03-04",
                                                                    "2026-W10")
    year = {o["officer"]: (o["weeks_met"], o["weeks_due"])
            for o in js(cli, "report", "year")["officers"]}
    assert {o["officer"]: (o["weeks_met"], o["weeks_due"]) for o in data["officers"]} == year
    wang = data["officers"][0]["cells"]
    # W01 met though not due: marked apart, so the row's "met" cells are its weeks_met
    assert wang[:5] == ["met_not_due", "met", "met", "missed", "not_due"]
    assert wang.count("met") == data["officers"][0]["weeks_met"]
    cli.fail(2, "report", "heatmap", "--year", "2027")


def test_report_coverage_and_since(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
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


def test_report_summary_json_shape_exactly(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
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
