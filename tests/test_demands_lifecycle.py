"""The scripted lifecycle, overdue against VISITLOG_TODAY, the satisfaction rate, and
`report demands` agreeing with an independent count on `demand list --format json`."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.templates import Templates
from tests.voice_helpers import Cli, federation
from visitlog.service.demands import demand_figures

pytestmark = pytest.mark.engines


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, templates: Templates) -> Cli:
    runner = Cli(tmp_path, monkeypatch)
    templates.built(runner, federation)
    return runner


def test_scripted_lifecycle_history_and_figures(cli: Cli) -> None:
    # the configured "me" (written directly: `config set` belongs to the foundation's tests)
    Path(cli.db.parent / "config.toml").write_text('{"officer": "王伟"}', encoding="utf-8")
    steps = [
        ("2026-11-02", ["add", "食堂饭菜涨价，职工有意见", "--enterprise", "恒达"]),
        ("2026-11-03", ["assign", "1", "--to", "企业工会"]),
        ("2026-11-05", ["escalate", "1", "--note", "需要县总协调"]),
        ("2026-11-10", ["resolve", "1", "--note", "企业承诺补贴餐费"]),
        ("2026-11-12", ["feedback", "1", "--satisfaction", "unsatisfied", "--note", "没兑现"]),
        ("2026-11-16", ["resolve", "1", "--note", "餐补已发放"]),
        ("2026-11-20", ["feedback", "1", "--satisfaction", "satisfied"]),
    ]
    for day, args in steps:
        cli.today(day)
        cli("demand", *args)
    cli.today("2026-11-22")
    shown = cli.json("demand", "show", "1")
    history = [(h["at"], h["action"], h["from_status"], h["to_status"], h["detail"],
                h["officer"]) for h in shown["history"]]
    assert history == [
        ("2026-11-02", "add", None, "open", "general; due 2026-12-02", "王伟"),
        ("2026-11-03", "assign", "open", "assigned", "企业工会", "王伟"),
        ("2026-11-05", "escalate", "assigned", "escalated", "需要县总协调", "王伟"),
        ("2026-11-10", "resolve", "escalated", "resolved", "企业承诺补贴餐费", "王伟"),
        ("2026-11-12", "feedback", "resolved", "assigned", "unsatisfied; 没兑现", "王伟"),
        ("2026-11-16", "resolve", "assigned", "resolved", "餐补已发放", "王伟"),
        ("2026-11-20", "feedback", "resolved", "closed", "satisfied", "王伟"),
    ]
    assert shown["status"] == "closed"
    assert shown["satisfaction"] == "satisfied"
    assert shown["resolved_on"] == "2026-11-16"
    assert shown["escalated"] is True
    assert shown["overdue"] is False
    report = cli.json("report", "demands")
    assert {k: report[k] for k in ("raised", "resolved", "resolved_on_time", "overdue",
                                   "escalated", "rated", "satisfaction_rate")} == {
        "raised": 1, "resolved": 1, "resolved_on_time": 1, "overdue": 0, "escalated": 1,
        "rated": 1, "satisfaction_rate": 1.0}
    assert report["ratings"] == {"very_satisfied": 0, "satisfied": 1, "basic": 0,
                                 "unsatisfied": 0}
    assert report["by_dept"][0]["dept"] == "权益保障部"


def test_redacted_show_keeps_the_shape_and_drops_the_words(cli: Cli) -> None:
    cli("demand", "add", "家中老人重病，申请困难补助", "-e", "恒达", "--officer", "李娜")
    cli("demand", "resolve", "1", "--note", "已发放困难补助 2000 元")
    cli("demand", "feedback", "1", "--satisfaction", "不满意", "--note", "金额太少")
    shown = cli.json("demand", "show", "1", "--redact")
    text = str(shown)
    for secret in ("老人", "2000", "金额太少"):
        assert secret not in text
    assert shown["text"] == "[redacted]"
    assert shown["history"][-1]["detail"] == "unsatisfied; [redacted]"
    for fmt in ("table", "csv", "markdown"):
        out = cli("demand", "list", "--redact", "--format", fmt).output
        assert "老人" not in out
    cli.monkeypatch.setenv("VISITLOG_LANG", "zh")
    assert "（已隐去）" in cli("demand", "show", "1", "--redact").output


def test_overdue_follows_visitlog_today(cli: Cli) -> None:
    cli.today("2026-11-10")
    cli("demand", "add", "宿舍漏水", "-e", "恒达", "--category", "安全")  # due 11-13
    cli("demand", "add", "工资拖欠", "-e", "金海", "--category", "urg")  # due 11-10
    cli("demand", "add", "past due at creation", "-e", "金海", "--due", "2026-11-01")
    rows = {d["id"]: d for d in cli.json("demand", "list")}
    assert [rows[i]["due"] for i in (1, 2, 3)] == ["2026-11-13", "2026-11-10", "2026-11-01"]
    assert [rows[i]["overdue"] for i in (1, 2, 3)] == [False, False, True]
    cli.today("2026-11-13")
    assert [d["id"] for d in cli.json("demand", "list", "--overdue")] == [2, 3]
    cli.today("2026-11-14")
    assert [d["id"] for d in cli.json("demand", "list", "--overdue")] == [1, 2, 3]
    cli("demand", "resolve", "2", "--note", "已付")
    assert [d["id"] for d in cli.json("demand", "list", "--overdue")] == [1, 3]
    cli("demand", "feedback", "2", "--satisfaction", "unsatisfied")  # reopened, past due
    assert [d["id"] for d in cli.json("demand", "list", "--overdue")] == [1, 2, 3]
    assert cli.json("demand", "show", "2")["status"] == "open"
    cli("demand", "assign", "3", "--to", "镇工会", "--due", "2026-12-01")
    assert [d["id"] for d in cli.json("demand", "list", "--overdue")] == [1, 2]


def test_satisfaction_rate_uses_latest_ratings(cli: Cli) -> None:
    for i, rating in enumerate(["basic", "unsatisfied", "very_satisfied", "unsatisfied"], 1):
        cli("demand", "add", f"demand {i}", "-e", "恒达")
        cli("demand", "resolve", str(i), "--note", "done")
        cli("demand", "feedback", str(i), "--satisfaction", rating)
    cli("demand", "resolve", "4", "--note", "again")
    cli("demand", "feedback", "4", "--satisfaction", "满意")  # latest wins
    cli("demand", "add", "never rated", "-e", "恒达")
    report = cli.json("report", "demands")
    assert report["rated"] == 4
    assert report["satisfaction_rate"] == pytest.approx(3 / 4)
    assert report["ratings"] == {"very_satisfied": 1, "satisfied": 1, "basic": 1,
                                 "unsatisfied": 1}


def _build_ledger(cli: Cli) -> None:
    cli.today("2026-12-31")
    script = [
        ("2025-12-20", ["add", "last year's", "-e", "金海", "--officer", "王伟"]),
        ("2026-01-05", ["add", "a", "-e", "金海", "--officer", "王伟", "-c", "wages"]),
        ("2026-01-06", ["add", "b", "-e", "恒达", "--officer", "李娜", "-c", "safety"]),
        ("2026-01-06", ["add", "c", "-e", "明光", "-c", "urgent"]),
        ("2026-01-07", ["add", "d", "-e", "大成", "--officer", "李娜"]),
        ("2026-01-08", ["add", "e", "-e", "东方", "--officer", "王伟", "-c", "wages"]),
        ("2026-01-09", ["assign", "2", "--to", "人社局"]),
        ("2026-01-10", ["resolve", "2", "--note", "ok"]),
        ("2026-01-10", ["escalate", "3"]),
        ("2026-02-20", ["resolve", "3", "--note", "late"]),
        ("2026-02-21", ["feedback", "3", "--satisfaction", "unsatisfied"]),
        ("2026-02-22", ["feedback", "2", "--satisfaction", "basic"]),
        ("2026-03-01", ["resolve", "6", "--note", "x"]),
        ("2026-03-02", ["feedback", "6", "--satisfaction", "very_satisfied"]),
        ("2026-03-03", ["escalate", "5"]),
    ]
    for day, args in script:
        cli.today(day)
        cli("demand", *args)
    cli.today("2026-11-22")


def test_report_agrees_with_the_json_listing(cli: Cli) -> None:
    _build_ledger(cli)
    listing = [d for d in cli.json("demand", "list") if d["raised"].startswith("2026")]
    done = [d for d in listing if d["status"] in ("resolved", "closed")]
    rated = [d for d in listing if d["satisfaction"]]
    expected = {
        "raised": len(listing),
        "resolved": len(done),
        "resolved_on_time": sum(1 for d in done if d["resolved_on"] <= d["due"]),
        "overdue": sum(1 for d in listing if d["overdue"]),
        "escalated": sum(1 for d in listing if d["escalated"]),
        "rated": len(rated),
    }
    report = cli.json("report", "demands", "--year", "2026")
    assert {k: report[k] for k in expected} == expected
    assert expected == {"raised": 5, "resolved": 2, "resolved_on_time": 1, "overdue": 3,
                        "escalated": 2, "rated": 3}
    good = [d for d in rated if d["satisfaction"] != "unsatisfied"]
    assert report["satisfaction_rate"] == pytest.approx(len(good) / len(rated))
    overdue_ids = [d["id"] for d in sorted((d for d in listing if d["overdue"]),
                                           key=lambda d: (d["due"], d["raised"], d["id"]))]
    assert [d["id"] for d in report["overdue_demands"]] == overdue_ids
    by_cat = {g["category"]: g["raised"] for g in report["by_category"]}
    assert by_cat == {"general": 1, "safety": 1, "urgent": 1, "wages": 2}
    by_dept = {g["dept"]: g["raised"] for g in report["by_dept"]}
    assert by_dept == {None: 1, "权益保障部": 2, "组织部": 2}
    assert cli.json("report", "demands", "--year", "2025")["raised"] == 1
    cli("report", "demands", "--year", "2027", code=2)
    for fmt in ("table", "csv", "markdown"):
        assert cli("report", "demands", "--format", fmt).output


def test_demand_figures_for_a_period(cli: Cli) -> None:
    _build_ledger(cli)
    conn = sqlite3.connect(cli.db)
    try:
        figures = demand_figures(conn, date(2026, 1, 1), date(2026, 1, 6), date(2026, 11, 22))
        empty = demand_figures(conn, date(2024, 1, 1), date(2024, 12, 31), date(2026, 11, 22))
    finally:
        conn.close()
    assert figures == {"raised": 3, "resolved": 1, "overdue": 2, "satisfaction_rate": 0.5}
    assert empty == {"raised": 0, "resolved": 0, "overdue": 0, "satisfaction_rate": None}


def test_categories_are_configurable_and_set_the_default_due(cli: Cli) -> None:
    cli("demand", "category", "set", "housing", "15", "--name", "住房")
    cli("demand", "category", "set", "general", "20")
    cats = {c["key"]: (c["name"], c["days"]) for c in cli.json("demand", "category", "list")}
    assert cats["housing"] == ("住房", 15) and cats["general"] == ("一般", 20)
    cli("demand", "add", "x", "-e", "恒达", "-c", "住房")
    cli("demand", "add", "y", "-e", "恒达")
    assert [d["due"] for d in cli.json("demand", "list")] == ["2026-12-07", "2026-12-12"]
    cli("demand", "category", "set", "bad key", "3", code=2)
    cli("demand", "category", "set", "x", "-1", code=2)


def test_filters_and_links(cli: Cli) -> None:
    cli("log", "恒达", "--officer", "李娜", "--date", "2026-11-20")
    cli("demand", "add", "at a visit", "-e", "恒达", "--visit", "1")
    cli("demand", "add", "wrong visit", "-e", "金海", "--visit", "1", code=2)
    cli("demand", "add", "other", "-e", "金海", "--officer", "王伟", "-c", "wages")
    first = cli.json("demand", "show", "1")
    assert (first["officer"], first["visit_id"]) == ("李娜", 1)
    assert [d["id"] for d in cli.json("demand", "list", "--officer", "王伟")] == [2]
    assert [d["id"] for d in cli.json("demand", "list", "--category", "欠薪")] == [2]
    assert [d["id"] for d in cli.json("demand", "list", "--enterprise", "恒达")] == [1]
    assert [d["id"] for d in cli.json("demand", "list", "--status", "登记")] == [1, 2]
    keys = {"id", "text", "enterprise", "category", "status", "raised", "due", "overdue",
            "assigned_to", "satisfaction"}
    assert keys <= set(cli.json("demand", "list")[0])
