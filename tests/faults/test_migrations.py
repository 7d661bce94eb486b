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

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("logbook_v*.db"),
                  key=lambda p: int(p.stem.removeprefix("logbook_v")))
SKIPPED = ("_sqlite_migrations",)


def _tables(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if r[0] not in SKIPPED]
    finally:
        conn.close()


def _rows(db: Path, tables: list[str] | None = None) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {t: set(conn.execute(f'SELECT * FROM "{t}"').fetchall())
                for t in (tables or _tables(db))}
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
    tables = _tables(db)
    before = _rows(db, tables)
    result = invoke(db, "visit", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    after = _rows(db, tables)
    for table in tables:
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


# Rows of the programme tables as a version-5 logbook held them (0005 columns only).
V5_PROGRAMME_ROWS = """
INSERT INTO practice_days (officer_id, date, kind, enterprise_id, note)
    VALUES (1, '2026-11-12', 'worker', 2, '跟班劳动：夜班'), (1, '2026-11-13', 'chair', NULL, '');
INSERT INTO campaigns (name, start, "end", target, max_age)
    VALUES ('大走访大调研', '2026-11-01', '2026-12-31', 500, 40);
INSERT INTO campaign_points (campaign_id, name, town) VALUES (1, '金城镇服务站', '金城镇'),
    (1, '城南站', NULL);
INSERT INTO interviews (campaign_id, point_id, date, count, grp, online, officer_id)
    VALUES (1, 1, '2026-11-18', 30, 'frontline', 0, 1), (1, 1, '2026-11-18', 30, 'frontline', 0, 1),
           (1, 2, '2026-11-19', 5, 'new_forms', 1, NULL);
INSERT INTO assignments (officer_id, enterprise_id, town)
    VALUES (1, 1, NULL), (1, NULL, '城南街道');
INSERT INTO receptions (date, host, participants, note) VALUES ('2026-11-15', '王伟', 12, '');
INSERT INTO reception_enterprises (reception_id, enterprise_id) VALUES (1, 1), (1, 2);
"""
PROGRAMME_TABLES = ("practice_days", "campaigns", "campaign_points", "interviews", "assignments",
                    "reception_enterprises")


def test_a_v5_logbook_migrates_to_6_and_its_programme_rows_get_identities(
    tmp_path: Path,
) -> None:
    db = _copy(Path(__file__).parent / "fixtures" / "logbook_v5.db", tmp_path)
    conn = sqlite3.connect(db)
    conn.executescript(V5_PROGRAMME_ROWS)
    conn.close()
    tables = _tables(db)
    before = _rows(db, tables)
    assert all(before[t] for t in PROGRAMME_TABLES)
    assert invoke(db, "report", "practice", "--month", "2026-11").exit_code == 0  # migrates

    after = _rows(db, tables)
    for table in tables:
        if not table.startswith("undo_"):
            width = len(next(iter(before[table]), ()))
            assert {row[:width] for row in after[table]} == before[table], table
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    for table in PROGRAMME_TABLES:
        uids = [r for r in conn.execute(f'SELECT uid, updated_at FROM "{table}"')]
        assert len({u for u, _ in uids}) == len(uids) == len(before[table]), table
        assert all(len(u) == 32 and at == "" for u, at in uids), table
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert sql.count("REFERENCES") == sql.count("CONSTRAINT fk_"), table
    conn.close()
    assert integrity(db) == "ok"

    # the new rows get uids of their own, an edit stamps the row, undo takes it back
    assert invoke(db, "assign", "王伟", "--enterprise", "城南机械厂").exit_code == 0
    conn = sqlite3.connect(db)
    new = conn.execute("SELECT uid FROM assignments WHERE enterprise_id = 2").fetchone()[0]
    assert len(new) == 32 and new not in {r[-2] for r in after["assignments"]}
    conn.execute("UPDATE campaigns SET target = 600")
    assert conn.execute("SELECT updated_at FROM campaigns").fetchone()[0] > "2026"
    conn.close()
    assert invoke(db, "undo").exit_code == 0


# A new logbook is created from store/fresh.py (store/snapshot.py), not by running every
# migration: the file must be what the migrations build, and both roads the same logbook.

def test_the_schema_snapshot_is_current() -> None:
    from visitlog.store import snapshot

    assert snapshot.TARGET.read_text(encoding="utf-8") == snapshot.generate(), (
        "store/fresh.py is stale: run python -m visitlog.store.snapshot")


def test_a_new_logbook_is_the_migrated_one(tmp_path: Path) -> None:
    import sqlite3

    from visitlog.store import snapshot
    from visitlog.store.connection import open_logbook

    open_logbook(tmp_path / "new.db").close()
    new = sqlite3.connect(tmp_path / "new.db")
    reference = snapshot.migrated_logbook(tmp_path / "reference.db")
    for conn in (new, reference):
        conn.execute("UPDATE _sqlite_migrations SET applied_at = ''")

    def everything(conn: sqlite3.Connection) -> tuple:
        master = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        return (master, snapshot.schema_of(conn),
                conn.execute("SELECT * FROM _sqlite_migrations").fetchall(),
                conn.execute("PRAGMA user_version").fetchone())

    assert everything(new) == everything(reference)
    assert len(everything(new)[0]) > 100
