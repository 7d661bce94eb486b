"""A floor for start-up: the smallest Typer app that inserts one row, as `log` does.

    python bench/typer_floor.py DB ENTERPRISE --officer NAME --date DATE

It imports Typer (the chosen framework) and sqlite3 and nothing else, so `visitlog log` next
to it shows what visitlog itself adds on top of its framework.
"""

from __future__ import annotations

import sys

import typer
from floors import insert_row  # bench/ is on sys.path when run as a script

app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
def log(db: str, enterprise: str, officer: str = typer.Option(..., "--officer"),
        date: str = typer.Option(..., "--date")) -> None:
    insert_row(db, date, officer, enterprise)
    print("ok")


if __name__ == "__main__":
    sys.exit(app())
