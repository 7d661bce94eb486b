"""Migration 0003_demands on an older logbook; every new command documents an example."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import typer

from tests.voice_helpers import Cli, federation
from visitlog.cli.demands import demand_app
from visitlog.cli.receptions import reception_app
from visitlog.store.schema import JOURNALED

TABLES = ("demand_events", "demands", "reception_enterprises", "receptions",
          "reception_leaders", "demand_categories")


def test_an_older_logbook_gains_the_tables_and_keeps_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path, monkeypatch)
    federation(cli)
    conn = sqlite3.connect(cli.db)
    with conn:
        for table in TABLES:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_demands'")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    cli("demand", "add", "x", "-e", "恒达", "--officer", "王伟", "--category", "urgent")
    assert cli.json("demand", "list")[0]["due"] == "2026-11-22"
    assert len(cli.json("officer", "list")) == 2
    conn = sqlite3.connect(cli.db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_new_tables_are_journaled_for_undo() -> None:
    assert set(TABLES) <= set(JOURNALED)


def _commands(app: typer.Typer) -> list:
    group = typer.main.get_command(app)
    found = []
    for command in group.commands.values():  # type: ignore[attr-defined]
        found += list(command.commands.values()) if hasattr(command, "commands") else [command]
    return found


@pytest.mark.parametrize("app", [demand_app, reception_app], ids=["demand", "reception"])
def test_every_command_has_an_example(app: typer.Typer) -> None:
    commands = _commands(app)
    assert commands
    for command in commands:
        assert "Example: visitlog " in (command.help or ""), command.name
