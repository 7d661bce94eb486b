"""Helpers shared by the exchange tests: run the CLI in-process, snapshot a logbook."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from visitlog.cli.root import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = "2026-11-22"


def run(db: Path, *args: str, today: str = TODAY, code: int = 0) -> str:
    """Run `visitlog --db DB ARGS…` and return stdout; fail on an unexpected exit code."""
    result = CliRunner().invoke(app, ["--db", str(db), "--lang", "en", *args],
                                env={"VISITLOG_TODAY": today, "VISITLOG_LANG": "en"})
    assert result.exit_code == code, (args, result.exit_code, result.output)
    return result.stdout


def week_json(db: Path, week: str) -> dict[str, Any]:
    return json.loads(run(db, "report", "week", "--week", week, "--format", "json"))


def snapshot(db: Path) -> set[tuple[str, str]]:
    """Every row with a uid, as (table, canonical JSON with references as uids)."""
    from visitlog.service.exchange import portable_rows

    conn = sqlite3.connect(db)
    try:
        return {(table, json.dumps(row, ensure_ascii=False, sort_keys=True))
                for table, row in portable_rows(conn)}
    finally:
        conn.close()


def content(db: Path) -> set[tuple[str, str]]:
    """Like snapshot, without uids and stamps: what the rows say."""
    out = set()
    for table, text in snapshot(db):
        row = json.loads(text)
        for key in ("uid", "updated_at"):
            row.pop(key, None)
        out.add((table, json.dumps(row, ensure_ascii=False, sort_keys=True)))
    return out


def filtered_csv(source: Path, target: Path, column: str, keep: set[str]) -> Path:
    """A copy of an example CSV holding only the rows whose `column` is in `keep`."""
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r[column] in keep]
        fields = reader.fieldnames or []
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a logbook (WAL content included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def listings(db: Path) -> dict[str, list]:
    """What the listings show, row ids and references left out: comparable between unrelated
    logbooks (the same visit logged in each has a reference of its own in each)."""
    out = {}
    for command in ("officer", "enterprise", "visit", "leave"):
        rows = json.loads(run(db, command, "list", "--format", "json"))
        for row in rows:
            row.pop("id", None)
            row.pop("ref", None)
        out[command] = sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return out
