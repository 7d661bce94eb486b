"""Logbooks written by every released schema version open with today's code, migrated with
every row kept; a logbook newer than this program is refused and left byte for byte."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import assert_clean_failure, integrity, invoke, run
from visitlog.store.schema import SCHEMA_VERSION

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("logbook_v*.db"))
DATA_TABLES = ("officers", "enterprises", "enterprise_aliases", "visits", "leaves", "settings",
               "undo_steps", "undo_entries")


def _rows(db: Path) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {t: set(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in DATA_TABLES}
    finally:
        conn.close()


def _copy(fixture: Path, tmp_path: Path) -> Path:
    db = tmp_path / "visitlog.db"
    shutil.copyfile(fixture, db)
    db.chmod(0o600)
    return db


def test_a_fixture_exists_for_the_current_schema() -> None:
    names = {f.name for f in FIXTURES}
    assert f"logbook_v{SCHEMA_VERSION}.db" in names, (
        "release fixture missing: run tests/faults/fixtures/make_fixtures.py and commit it")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_logbooks_open_and_keep_every_row(fixture: Path, tmp_path: Path) -> None:
    db = _copy(fixture, tmp_path)
    before = _rows(db)
    result = invoke(db, "visit", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    after = _rows(db)
    for table in DATA_TABLES:
        if table.startswith("undo_"):
            continue
        width = len(next(iter(before[table]), ()))
        kept = {row[:width] for row in after[table]}  # later migrations may add columns
        assert before[table] <= kept, table  # every old row is still there
    assert integrity(db) == "ok"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = conn.execute("SELECT count(*) FROM _sqlite_migrations "
                           "WHERE migration_set = 'visitlog'").fetchone()[0]
    conn.close()
    assert applied == SCHEMA_VERSION
    notes = {v["note"] for v in json.loads(result.stdout)}
    assert "了解职工诉求\n第二行；'quoted' \"double\"" in notes and "=1+1" in notes
    # and the migrated logbook works: a write, then undo of it
    assert invoke(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-19").exit_code == 0
    assert invoke(db, "undo").exit_code == 0
    assert _rows(db)["visits"] == after["visits"]


def test_an_empty_file_becomes_a_logbook(tmp_path: Path) -> None:
    db = tmp_path / "visitlog.db"
    db.touch(mode=0o600)
    assert invoke(db, "init").exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


@pytest.mark.parametrize("fixture", FIXTURES[-1:], ids=lambda p: p.stem)
def test_a_newer_logbook_is_refused_untouched(fixture: Path, tmp_path: Path) -> None:
    db = _copy(fixture, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('visitlog', '9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for args in (("visit", "list"), ("log", "金海", "--officer", "王伟"), ("undo",),
                 ("backup", str(tmp_path / "b.db"))):
        result = run(db, *args)
        assert_clean_failure(result.stderr, result.returncode, 1)
        assert "newer" in result.stderr and "upgrade" in result.stderr
        assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visitlog.db"]
