"""The demand tables are journaled; every demand command documents an example. (An older
logbook gaining them: tests/faults/test_migrations.py opens a real v1 logbook.)"""

from __future__ import annotations

import pytest
import typer

from visitlog.cli.demands import demand_app
from visitlog.cli.receptions import reception_app
from visitlog.store.schema import JOURNALED

TABLES = ("demand_events", "demands", "reception_enterprises", "receptions",
          "reception_leaders", "demand_categories")


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
