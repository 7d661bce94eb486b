"""Short references (issue 15): visits, demands and reception days carry a reference made of
their uid's first hex digits (six, more where two rows share them), shown in listings and
cards, and taken by every command that takes an ID; the same row has the same reference in
every logbook that holds it, while local numbers differ."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.exchange_support import TODAY, run
from visitlog.cli.root import app

FIRM = "江苏金海新能源"


def _book(db: Path, *officers: str) -> Path:
    for name in officers:
        run(db, "officer", "add", name, "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "enterprise", "add", FIRM)
    return db


def _listed(db: Path, *listing: str) -> list[dict]:
    return json.loads(run(db, *listing, "--format", "json"))


def _fails(lang: str, db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), "--lang", lang, *args],
                                env={"VISITLOG_TODAY": TODAY})
    assert result.exit_code == 2, result.output
    return result.stderr


def test_listings_and_cards_show_the_reference_beside_the_number(tmp_path: Path) -> None:
    db = _book(tmp_path / "a.db", "王伟")
    run(db, "log", FIRM, "--officer", "王伟", "--date", "2026-11-16")
    run(db, "reception", "log", "--date", "2026-11-15", "--host", "张主席", "-e", FIRM)
    run(db, "demand", "add", "食堂饭菜涨价", "--enterprise", FIRM, "--officer", "王伟",
        "--date", "2026-11-16")
    conn = sqlite3.connect(db)
    uids = {t: conn.execute(f"SELECT uid FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
            for t in ("visits", "demands", "receptions")}
    conn.close()
    visit, demand = _listed(db, "visit", "list")[0], _listed(db, "demand", "list")[0]
    reception = _listed(db, "reception", "list")[0]
    assert (visit["ref"], demand["ref"], reception["ref"]) == (
        uids["visits"][:6], uids["demands"][:6], uids["receptions"][:6])
    assert run(db, "visit", "show", "1").startswith(f"#1  {visit['ref']}  2026-11-16  王伟")
    assert run(db, "demand", "show", "1").startswith(f"#1  {demand['ref']}  2026-11-16")
    assert f"\n1  {visit['ref']}  2026-11-16" in run(db, "visit", "list")


def test_the_same_reference_names_the_same_demand_in_every_logbook(tmp_path: Path) -> None:
    laptop = _book(tmp_path / "laptop.db", "李娜")
    county = _book(tmp_path / "county.db", "王伟", "李娜")
    run(county, "demand", "add", "宿舍漏水", "--enterprise", FIRM, "--officer", "王伟")
    run(laptop, "log", FIRM, "--officer", "李娜", "--date", "2026-11-16")
    run(laptop, "demand", "add", "三名职工反映加班费未足额发放", "--enterprise", FIRM,
        "--officer", "李娜", "--visit", _listed(laptop, "visit", "list")[0]["ref"])
    ref = _listed(laptop, "demand", "list")[0]["ref"]
    run(laptop, "export", str(tmp_path / "li.jsonl"), "--officer", "李娜")
    run(county, "merge", str(tmp_path / "li.jsonl"))
    here = json.loads(run(laptop, "demand", "show", ref, "--format", "json"))
    there = json.loads(run(county, "demand", "show", ref, "--format", "json"))
    assert (here["id"], there["id"]) == (1, 2)  # local numbers differ…
    assert here["text"] == there["text"] == "三名职工反映加班费未足额发放"  # …the reference not
    assert there["ref"] == ref and there["visit_id"] is not None
    run(county, "demand", "assign", ref, "--to", "县人社局")
    assert json.loads(run(county, "demand", "show", "2", "--format", "json"))["status"] == (
        "assigned")
    visit_ref = _listed(laptop, "visit", "list")[0]["ref"]
    run(county, "achieve", "matters", "帮职工追讨欠薪", "--officer", "李娜", "--visit", visit_ref)
    assert _listed(county, "achieve", "list")[0]["visit"] == _listed(
        county, "visit", "list")[0]["id"]
    run(county, "visit", "edit", visit_ref, "--note", "改")
    run(county, "visit", "delete", visit_ref)
    assert _listed(county, "visit", "list") == []


def _give_uids(db: Path, table: str, uids: list[str]) -> None:
    conn = sqlite3.connect(db)
    for row_id, uid in enumerate(uids, start=1):
        conn.execute(f"UPDATE {table} SET updated_at = NULL WHERE id = ?", (row_id,))  # noqa: S608
        conn.execute(f"UPDATE {table} SET uid = ?, updated_at = '' WHERE id = ?",  # noqa: S608
                     (uid, row_id))
    conn.commit()
    conn.close()


def test_a_reference_grows_where_two_rows_share_its_digits(tmp_path: Path) -> None:
    db = _book(tmp_path / "a.db", "王伟")
    for day in ("2026-11-16", "2026-11-17", "2026-11-18"):
        run(db, "log", FIRM, "--officer", "王伟", "--date", day)
    _give_uids(db, "visits", ["abcdef12" + "0" * 24, "abcdef19" + "0" * 24, "123456" + "7" * 26])
    refs = {v["date"]: v["ref"] for v in _listed(db, "visit", "list")}
    assert refs == {"2026-11-16": "abcdef12", "2026-11-17": "abcdef19", "2026-11-18": "123456"}
    assert run(db, "visit", "show", "abcdef19").startswith("#2  abcdef19  2026-11-17")
    assert _fails("en", db, "visit", "show", "abcdef") == (
        "Error: The reference abcdef matches several rows: abcdef12、abcdef19; type more of it\n")
    assert _fails("zh", db, "visit", "show", "ABCDEF") == (
        "错误：简码 abcdef 对应多条记录：abcdef12、abcdef19；请多输入几位\n")
    # six digits, and no visit #123456 here: the reference
    assert run(db, "visit", "show", "123456").startswith("#3  123456  2026-11-18")
    assert run(db, "visit", "show", "#3").startswith("#3  123456")  # '#': always the number
    assert run(db, "visit", "show", "３").startswith("#3  123456")  # full-width digits too


@pytest.mark.parametrize(("lang", "typed", "message"), [
    ("en", "abc", "Error: 'abc' is neither a number nor a reference (6 or more of 0-9 a-f, "
                  "as listings show them under 'ref')\n"),
    ("zh", "诉求一",
     "错误：「诉求一」既不是编号也不是简码（至少 6 位 0-9、a-f，见列表的“简码”一栏）\n"),
    ("en", "fedcba", "Error: There is no demand #fedcba\n"),
    ("en", "99", "Error: There is no demand #99\n"),
])
def test_a_reference_that_names_nothing_is_refused(tmp_path: Path, lang: str, typed: str,
                                                   message: str) -> None:
    db = _book(tmp_path / "a.db", "王伟")
    run(db, "demand", "add", "宿舍漏水", "--enterprise", FIRM, "--officer", "王伟")
    _give_uids(db, "demands", ["0" * 32])
    assert _fails(lang, db, "demand", "show", typed) == message
