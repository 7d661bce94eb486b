"""`redo` re-applies exactly what `undo` reverted, step by step; any new change clears it."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import Cli
from tests.test_undo import JINHAI, rows

pytestmark = pytest.mark.engines


def _steps(cli: Cli) -> list[tuple]:
    officers = cli.csv("officers.csv", "name,dept,since\n李娜,组织部,2026-02-02\n张敏,组织部,\n")
    visits = cli.csv("visits.csv", "date,officer,enterprise,roles,members_joined\n"
                     "2026-11-02,李娜,金海,helper,4\n2026-11-03,张敏,金海,,\n")
    return [
        ("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05"),
        ("enterprise", "add", JINHAI, "--alias", "金海", "--employees", "30", "--union"),
        ("enterprise", "add", "金海新能源", "--town", "金城镇"),
        ("officer", "import", str(officers)),
        ("visit", "import", str(visits)),
        ("log", "金海新能源", "--officer", "王伟", "-r", "helper", "--outcome",
         "members_joined=2"),
        ("visit", "edit", "3", "--note", "改", "--date", "2026-11-18"),
        ("enterprise", "merge", "金海新能源", "--into", JINHAI),
        ("enterprise", "edit", "金海", "--town", "金城镇", "--name", "江苏金海新能源有限公司"),
        ("visit", "delete", "1"),
        ("leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-17"),
        ("leave", "edit", "1", "--reason", "病假"),
        ("officer", "edit", "张敏", "--dept", "办公室"),
        ("officer", "retire", "张敏", "--on", "2026-11-20"),
        ("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-11-10"),
        ("config", "set", "min_available_days", "2"),
    ]


def test_redo_walks_forward_through_every_undone_change(cli: Cli) -> None:
    cli.ok("init")
    steps = _steps(cli)
    states = [rows(cli)]
    for step in steps:
        cli.ok(*step)
        states.append(rows(cli))
    for _ in steps:
        cli.ok("undo")
    assert rows(cli) == states[0]
    assert cli.ok("undo") == "Nothing to undo\n"
    for i, step in enumerate(steps, start=1):
        out = cli.ok("redo")
        assert out.startswith("Redone: "), step
        assert rows(cli) == states[i], f"redo of {step} left the logbook different"
    assert cli.ok("redo") == "Nothing to redo\n"
    # and undo takes the redone changes back again, exactly
    for i in range(len(steps) - 1, len(steps) - 5, -1):
        cli.ok("undo")
        assert rows(cli) == states[i]
    # the week report's tables (kept by triggers) agree with a logbook built straight
    assert cli.week() == _rebuilt_week(cli, steps[: len(steps) - 4])


def _rebuilt_week(cli: Cli, steps: list[tuple]) -> dict:
    cli.monkeypatch.setenv("VISITLOG_DB", str(cli.tmp_path / "straight.db"))
    try:
        for step in steps:
            cli.ok(*step)
        return cli.week()
    finally:
        cli.monkeypatch.setenv("VISITLOG_DB", str(cli.db))


def test_redo_says_what_it_reapplies_in_both_languages(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18")
    assert cli.ok("undo") == f"Undone: logging visit #1 (2026-11-18 王伟 → {JINHAI})\n"
    assert cli.ok("redo") == f"Redone: logging visit #1 (2026-11-18 王伟 → {JINHAI})\n"
    cli.ok("undo")
    cli.lang("zh")
    assert cli.ok("redo").startswith("已重做：")
    assert cli.ok("redo") == "没有可重做的修改\n"


@pytest.mark.sqlite_only
def test_a_new_change_clears_what_can_be_redone(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("undo")
    cli.ok("undo")
    cli.ok("officer", "add", "张敏", "--dept", "组织部")
    assert cli.ok("redo") == "Nothing to redo\n"
    assert [o["name"] for o in cli("officer", "list", "--format", "json").json()] == ["张敏"]
    conn = sqlite3.connect(cli.db)
    try:
        assert conn.execute("SELECT count(*) FROM undo_steps WHERE redo = 1").fetchone() == (0,)
    finally:
        conn.close()


def test_a_change_that_changes_nothing_keeps_the_redo(cli: Cli) -> None:
    officers = cli.csv("officers.csv", "name,dept\n李娜,组织部\n")
    cli.ok("officer", "import", str(officers))
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部")
    cli.ok("undo")
    cli.ok("officer", "import", str(officers))  # every row already there: nothing recorded
    assert cli.ok("redo") == "Redone: adding officer 王伟\n"
