"""How merge reconciles two versions of one row (issue 15): where neither side edited it, the
two combine field by field and a filled field never loses to an empty one; an edit wins, a
blanking included; rows are named as people call them, tables in the chosen language; a
logbook's rules travel; an enterprise named by an alias lands on the enterprise it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.exchange_support import TODAY, copy_db, run, snapshot
from visitlog.cli.root import app

FIRM = "金湖镇农业机械合作社"
FULL = ["--town", "金湖镇", "--industry", "农机", "--employees", "30", "--union"]


def run_in(lang: str, db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), "--lang", lang, *args],
                                env={"VISITLOG_TODAY": TODAY})
    assert result.exit_code == 0, result.output
    return result.stdout


def firm(db: Path) -> dict:
    rows = json.loads(run(db, "enterprise", "list", "--format", "json"))
    return next(r for r in rows if r["name"] == FIRM)


@pytest.mark.parametrize("direction", ["laptop into county", "county into laptop"])
def test_a_bare_row_never_blanks_the_fields_of_the_same_row_elsewhere(
    tmp_path: Path, direction: str,
) -> None:
    county, laptop = tmp_path / "county.db", tmp_path / "laptop.db"
    run(county, "enterprise", "add", FIRM, *FULL)
    run(laptop, "enterprise", "add", FIRM)
    target, other = (county, laptop) if direction == "laptop into county" else (laptop, county)
    out = run(target, "merge", str(other))
    assert firm(target) == {"name": FIRM, "town": "金湖镇", "industry": "农机", "employees": 30,
                            "union": True, "aliases": []}
    assert "edit" not in out and "differ" not in out  # nothing was edited, nothing clashed


def test_two_filled_values_keep_one_in_any_order_and_say_so_in_both_languages(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(a, "enterprise", "add", FIRM, "--employees", "25")
    run(b, "enterprise", "add", FIRM, "--employees", "30", "--town", "金湖镇")
    ab, ba = copy_db(a, tmp_path / "ab.db"), copy_db(b, tmp_path / "ba.db")
    en = run_in("en", ab, "merge", str(b))
    zh = run_in("zh", ba, "merge", str(a))
    assert firm(ab) == firm(ba) and firm(ab)["employees"] == 30 and firm(ab)["town"] == "金湖镇"
    assert snapshot(ab) == snapshot(ba)
    assert (f"  enterprises {FIRM}: neither side edited it; combined field by field: "
            "employees 25 / 30, kept 30") in en
    assert "1 row differs between the two sides:" in en
    assert f"  企业 {FIRM}：两边都未修改，逐项合并：职工人数 30 / 25，保留 30" in zh
    assert "修改的一方" not in zh and "edit is kept" not in en


def test_an_edit_wins_over_a_never_edited_row_and_blanking_is_an_edit(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    run(a, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(a, "enterprise", "add", FIRM, *FULL)
    run(a, "log", FIRM, "--officer", "王伟", "--date", "2026-11-16", "--note", "了解职工诉求")
    b = copy_db(a, tmp_path / "b.db")
    run(b, "visit", "edit", "1", "--note", "")  # blanked on purpose: an edit
    out = run_in("en", a, "merge", str(b))
    assert json.loads(run(a, "visit", "list", "--format", "json"))[0]["note"] == ""
    assert "  visits 2026-11-16 / 王伟 / " + FIRM + ": took the incoming edit of 20" in out
    assert " UTC (ours: never edited)" in out
    zh = run_in("zh", b, "merge", str(a))
    assert "两边内容不同" not in zh  # the same now on both sides


def test_a_demand_is_named_by_its_text_and_day_and_tables_by_their_chinese_names(
    tmp_path: Path,
) -> None:
    a = tmp_path / "a.db"
    run(a, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(a, "enterprise", "add", FIRM)
    run(a, "demand", "add", "三名职工反映加班费未足额发放", "--enterprise", FIRM,
        "--officer", "王伟", "--date", "2026-11-03")
    run(a, "campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
        "--target", "100")
    b = copy_db(a, tmp_path / "b.db")
    run(a, "demand", "assign", "1", "--to", "县人社局")
    run(b, "demand", "escalate", "1")
    zh = run_in("zh", b, "merge", str(a))
    assert "诉求 「三名职工反映加班费未足额…」 / 2026-11-03：保留本台账 20" in zh  # b's is later
    assert " UTC 的修改（对方：20" in zh
    for word in ("诉求：", "诉求办理记录：", "访谈活动：", "诉求类别："):
        assert word in zh
    assert "demands" not in zh and "campaigns" not in zh
    assert not any(len(w) == 32 and all(c in "0123456789abcdef" for c in w)
                   for w in zh.replace("：", " ").split())  # no uid anywhere


def test_the_logbooks_rules_travel_and_the_later_setting_wins(tmp_path: Path) -> None:
    a, b, fresh = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "fresh.db"
    run(a, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(a, "config", "set", "min_available_days", "2")
    run(b, "config", "set", "min_available_days", "4")  # set later: wins
    run(b, "config", "set", "calendar", "weekdays")
    run(a, "export", str(tmp_path / "a.jsonl"), "--officer", "王伟")
    run(fresh, "merge", str(tmp_path / "a.jsonl"))
    assert "min_available_days = 2" in run(fresh, "config", "list")
    run(a, "merge", str(b))
    run(b, "merge", str(a))
    for db in (a, b):
        listed = run(db, "config", "list")
        assert "min_available_days = 4" in listed and "calendar = weekdays" in listed
    nothing_set = tmp_path / "unset.db"
    run(nothing_set, "officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-01")
    run(nothing_set, "export", str(tmp_path / "unset.jsonl"))
    assert '"table":"settings"' not in (tmp_path / "unset.jsonl").read_text(encoding="utf-8")


def test_a_calendar_entry_set_on_both_sides_keeps_the_later_one(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(a, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(a, "calendar", "set", "2026-10-09", "--holiday", "--name", "国庆节")
    run(b, "calendar", "set", "2026-10-09", "--workday", "--name", "调休上班")  # later: wins
    run(a, "export", str(tmp_path / "wang.jsonl"), "--officer", "王伟")
    fresh = tmp_path / "fresh.db"
    run(fresh, "merge", str(tmp_path / "wang.jsonl"))  # an officer's bundle carries it
    assert "国庆节" in run(fresh, "calendar", "show", "--year", "2026")
    run(a, "merge", str(b))
    run(b, "merge", str(a))
    for db in (a, b):
        shown = run(db, "calendar", "show", "--year", "2026")
        assert "调休上班" in shown and "国庆节" not in shown


def test_an_enterprise_named_by_an_alias_is_the_enterprise_it_names(tmp_path: Path) -> None:
    county, old = tmp_path / "county.db", tmp_path / "old.db"
    run(county, "enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海新能源")
    for db in (county, old):
        run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(old, "enterprise", "add", "金海新能源", "--town", "金城镇")
    run(old, "log", "金海新能源", "--officer", "王伟", "--date", "2026-11-16")
    run(county, "merge", str(old))
    firms = json.loads(run(county, "enterprise", "list", "--format", "json"))
    assert [(f["name"], f["town"], f["aliases"]) for f in firms] == [
        ("江苏金海新能源科技有限公司", "金城镇", ["金海新能源"])]
    visits = json.loads(run(county, "visit", "list", "--format", "json"))
    assert [v["enterprise"] for v in visits] == ["江苏金海新能源科技有限公司"]
    before = snapshot(county)
    run(county, "merge", str(old))
    assert snapshot(county) == before
