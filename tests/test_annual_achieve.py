"""Achievements and targets through the CLI: recording, imports, undo, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.annual_helpers import Cli
from tests.templates import Templates
from visitlog.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.engines

HEADER = "date,officer,category,count,description\n"


def two_officers(cli: Cli) -> None:
    cli("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli("officer", "add", "李娜", "--dept", "权益保障部", "--since", "2026-01-01")


@pytest.fixture
def cli(tmp_path, monkeypatch, templates: Templates) -> Cli:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, "2026-11-22")
    templates.built(cli, two_officers)
    return cli


def _write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "achievements.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return str(path)


def test_achieve_records_by_key_chinese_name_or_prefix(cli: Cli) -> None:
    cli("achieve", "matters", "追回欠薪", "--officer", "王伟", "--count", "2")
    cli("achieve", "宣教活动", "安全宣讲", "--officer", "王伟", "--date", "昨天")
    cli("achieve", "inno", "金湖工作法", "--officer", "王伟")
    items = cli.json("achieve", "list")
    assert [(a["category"], a["count"], a["date"]) for a in items] == [
        ("innovation", 1, "2026-11-22"), ("matters", 2, "2026-11-22"),
        ("outreach", 1, "2026-11-21")]


@pytest.mark.parametrize("args", [
    ("achieve", "nope", "x", "--officer", "王伟"),  # unknown category
    ("achieve", "职工", "x", "--officer", "王伟"),  # ambiguous prefix
    ("achieve", "matters", "x", "--officer", "王伟", "--date", "2026-11-23"),  # future
    ("achieve", "matters", "x", "--officer", "王伟", "--count", "0"),
    ("achieve", "matters", "x", "--officer", "无此人"),
    ("achieve", "matters", "x"),  # no officer configured
    ("achieve", "matters", "x", "--officer", "王伟", "--visit", "99"),
    ("target", "set", "nope=3"),
    ("target", "set", "matters"),
    ("target", "set", "matters=-1"),
    ("report", "year", "--year", "2027"),
    ("report", "summary", "--year", "2027"),
    ("report", "heatmap", "--year", "2027"),
    ("report", "year", "--year", "0"),
    ("report", "officer", "王伟", "--year", "abc"),
    ("achieve", "list", "--year", "0"),
    ("target", "show", "--year", "0"),
])
def test_bad_input_exits_2(cli: Cli, args: tuple[str, ...]) -> None:
    cli(*args, code=2)


def test_duplicate_refused_and_undo(cli: Cli) -> None:
    cli("achieve", "matters", "追回欠薪", "--officer", "王伟")
    cli("achieve", "matters", "追回欠薪", "--officer", "王伟", code=2)
    [item] = cli.json("achieve", "list")
    cli("achieve", "edit", str(item["id"]), "--count", "3")
    assert cli.json("achieve", "list")[0]["count"] == 3
    cli("achieve", "delete", str(item["id"]))
    assert cli.json("achieve", "list") == []
    assert "achievement" in cli("undo")
    assert cli.json("achieve", "list")[0]["count"] == 3
    cli("undo")
    assert cli.json("achieve", "list")[0]["count"] == 1
    cli("undo")
    assert cli.json("achieve", "list") == []


def test_import_all_or_nothing_and_skips_existing(cli: Cli, tmp_path: Path) -> None:
    bad = _write(tmp_path, "2026-03-01,王伟,matters,2,追回欠薪\n2026-03-02,王伟,nope,1,x\n")
    out = cli("achieve", "import", bad, code=2)
    assert "line 3 (data row 2)" in out
    assert cli.json("achieve", "list") == []
    good = _write(tmp_path, "2026-03-01,王伟,matters,2,追回欠薪\n2026-03-02,李娜,宣教活动,,宣讲\n")
    assert "Imported 2" in cli("achieve", "import", good)
    assert "skipped 2" in cli("achieve", "import", good)
    assert len(cli.json("achieve", "list")) == 2
    cli("achieve", "import", str(tmp_path / "missing.csv"), code=2)


def test_target_precedence_in_reports(cli: Cli) -> None:
    cli("target", "set", "matters=12", "friends=8")
    cli("target", "set", "matters=5", "--officer", "王伟")
    cli("target", "set", "outreach=9", "--year", "2025")
    rows = {(r["officer"], r["category"]): r for r in cli.json("target", "show")}
    assert rows[("", "matters")]["target"] == 12 and rows[("", "outreach")]["target"] == 4
    assert rows[("王伟", "matters")]["target"] == 5
    report = {o["officer"]: o["six_ones"] for o in cli.json("report", "year")["officers"]}
    assert report["王伟"]["matters"]["target"] == 5
    assert report["李娜"]["matters"]["target"] == 12
    assert report["李娜"]["friends"]["target"] == 8
    assert report["李娜"]["outreach"]["target"] == 4  # the 2025 default does not leak


def test_demo_loads_achievements_and_targets(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    cli = Cli(tmp_path / "demo", monkeypatch, "2026-11-22")
    cli("demo")
    assert len(cli.json("achieve", "list", "--year", "2026")) > 100
    summary = cli.json("report", "summary")
    assert summary["outcomes"]["members_joined"] > 0
    assert summary["enterprises_visited"] > 100


def test_version_1_logbook_is_migrated_keeping_rows(cli: Cli, tmp_path: Path) -> None:
    import sqlite3

    cli("enterprise", "add", "金海")
    cli("log", "金海", "--officer", "王伟", "--date", "2026-11-20")
    conn = sqlite3.connect(tmp_path / "log.db")
    with conn:
        conn.execute("DROP TABLE achievements")
        conn.execute("DROP TABLE targets")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0002_annual'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    cli("achieve", "brand", "职工书屋", "--officer", "王伟")
    assert len(cli.json("visit", "list")) == 1 and len(cli.json("achieve", "list")) == 1
    conn = sqlite3.connect(tmp_path / "log.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_achieve_options_before_the_category(cli: Cli) -> None:
    cli("achieve", "--officer", "李娜", "-d", "2026-11-20", "friends", "结交职工朋友")
    [item] = cli.json("achieve", "list", "--officer", "李娜")
    assert (item["category"], item["date"]) == ("friends", "2026-11-20")
    assert "Usage" in cli("achieve", "--help")


def test_every_annual_command_has_an_example() -> None:
    import typer

    from visitlog.cli.achievements import achieve_app
    from visitlog.cli.reports import report_app
    from visitlog.cli.targets import target_app

    for app in (achieve_app, target_app, report_app):
        group = typer.main.get_command(app)
        for name, command in group.commands.items():
            assert "Example:" in (command.help or ""), name
