"""`restore` and `merge FILE.db` take visitlog's own schema from visitlog, never from the file;
anything else in it is ignored and said so; its rows pass a typed command's checks; a damaged
file is named as the source, never blamed on the user's logbook (issue 22, points 3, 8, 11)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import content_hash, integrity, invoke

FIXTURES = Path(__file__).parent / "fixtures"
EVIL = ("CREATE TRIGGER evil AFTER INSERT ON visits "
        "BEGIN DELETE FROM visits WHERE rowid<>new.rowid; END")
HOSTILE = {
    "trigger evil": EVIL,
    "table junk": "CREATE TABLE junk (x)",
    "view peek": "CREATE VIEW peek AS SELECT note FROM visits",
    "index sneaky": "CREATE INDEX sneaky ON visits (note)",
    # visitlog's own trigger, redefined: it is visitlog's name, not visitlog's definition
    "trigger met_weeks_insert": "CREATE TRIGGER met_weeks_insert AFTER INSERT ON visits "
                                "BEGIN DELETE FROM officers; END",
}


@pytest.fixture
def backup(logbook: Path, tmp_path: Path) -> Path:
    for day in ("2026-11-16", "2026-11-17", "2026-11-18"):
        assert invoke(logbook, "log", "城南", "--officer", "王伟", "--date", day).exit_code == 0
    path = tmp_path / "backup.db"
    assert invoke(logbook, "backup", str(path)).exit_code == 0
    return path


def _sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _visits(db: Path) -> int:
    return len(json.loads(invoke(db, "visit", "list", "--format", "json").stdout))


def _objects(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {f"{t} {n}" for t, n in conn.execute("SELECT type, name FROM sqlite_master")}
    finally:
        conn.close()


@pytest.mark.parametrize("command", ["restore", "merge"])
def test_foreign_objects_are_ignored_and_named(logbook: Path, backup: Path,
                                               command: str) -> None:
    _sql(backup, "DROP TRIGGER met_weeks_insert", *HOSTILE.values())
    source = backup.read_bytes()
    result = invoke(logbook, command, str(backup))
    assert result.exit_code == 0, result.output
    said = result.stdout.strip().splitlines()[-1].strip()
    assert said.startswith("ignored, not visitlog's: ")
    assert set(said.removeprefix("ignored, not visitlog's: ").split(", ")) == set(HOSTILE)
    assert not _objects(logbook) & {"trigger evil", "table junk", "view peek", "index sneaky"}
    assert invoke(logbook, "log", "城南", "--officer", "王伟", "--date", "2026-11-19"
                  ).exit_code == 0
    assert _visits(logbook) == 4  # the trigger would have left one
    assert integrity(logbook) == "ok"
    assert backup.read_bytes() == source  # the file given is never written
    assert sorted(p.name for p in backup.parent.iterdir() if p.name.startswith("backup.db")) \
        == ["backup.db"]  # no -wal or -shm left beside it
    if command == "restore":  # undo still has every step it had
        assert invoke(logbook, "undo").exit_code == 0
        assert _visits(logbook) == 3


def test_the_restored_tables_are_visitlogs_own(logbook: Path, backup: Path) -> None:
    """A table of visitlog's, redefined without its constraints, is rebuilt as visitlog
    defines it (and its rows kept); rows that break the constraints refuse the file."""
    _sql(backup, "ALTER TABLE leaves RENAME TO old_leaves",
         "CREATE TABLE leaves (id INTEGER PRIMARY KEY, officer_id, start, \"end\", reason, "
         "uid, updated_at)", "INSERT INTO leaves SELECT * FROM old_leaves",
         "DROP TABLE old_leaves")
    result = invoke(logbook, "restore", str(backup))
    assert result.exit_code == 0, result.output
    assert "table leaves" in result.stdout
    conn = sqlite3.connect(logbook)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'leaves'").fetchone()[0]
    conn.close()
    assert "CONSTRAINT fk_leave_officer" in sql


def test_rows_that_break_visitlogs_constraints_refuse_the_file(logbook: Path, backup: Path
                                                               ) -> None:
    _sql(backup, "ALTER TABLE officers RENAME TO o2",
         "CREATE TABLE officers (id INTEGER PRIMARY KEY, name, dept, since, retired_on, pinyin, "
         "initials, uid, updated_at)", "INSERT INTO officers SELECT * FROM o2",
         "INSERT INTO officers (name, dept, since, pinyin, initials, uid, updated_at) "
         "VALUES ('王伟', 'x', '2026-01-01', '', '', 'ffff', '')", "DROP TABLE o2")
    before = content_hash(logbook)
    result = invoke(logbook, "restore", str(backup))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {backup} does not fit visitlog's logbook (UNIQUE")
    assert content_hash(logbook) == before


@pytest.mark.parametrize("command", ["restore", "merge"])
@pytest.mark.parametrize(("statement", "says"), [
    ("UPDATE officers SET retired_on = 'garbage' WHERE name = '王伟'",
     "(retired_on): not a valid YYYY-MM-DD date"),
    ("UPDATE visits SET roles = 'publicist' WHERE id = 2", "(roles): not a whole"),
    ("UPDATE visits SET week = '2026-W01' WHERE id = 3", "(week): does not match"),
    ("UPDATE officers SET name = '李' || char(0) WHERE name = '李娜'", "(name): holds control"),
    ("UPDATE visits SET note = zeroblob(20)", "(note): not valid text"),
])
def test_a_row_no_command_could_write_refuses_the_file(logbook: Path, backup: Path,
                                                       command: str, statement: str,
                                                       says: str) -> None:
    _sql(backup, statement)
    before = content_hash(logbook)
    result = invoke(logbook, command, str(backup))
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert "\n" not in line and says in line and ", the row with uid " in line, line
    start = "Error: The backup " if command == "restore" else "Error: "
    assert line.startswith(f"{start}{backup}, table "), line
    assert content_hash(logbook) == before


def test_a_damaged_source_is_named_as_the_source(logbook: Path, backup: Path) -> None:
    with backup.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 4096)
    before = content_hash(logbook)
    result = invoke(logbook, "merge", str(backup))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {backup} is not a readable logbook ("), result.stderr
    assert str(logbook) not in result.stderr and "restore" not in result.stderr
    assert content_hash(logbook) == before


def test_another_programs_database_is_not_a_logbook(logbook: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    result = invoke(logbook, "merge", str(other))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {other} is not a visitlog logbook (missing tables: ")


@pytest.mark.parametrize("version", [1, 5, 8])
def test_an_older_logbook_is_still_restored_and_merged(logbook: Path, tmp_path: Path,
                                                       version: int) -> None:
    old = tmp_path / f"v{version}.db"
    shutil.copyfile(FIXTURES / f"logbook_v{version}.db", old)
    old.chmod(0o600)
    result = invoke(logbook, "merge", str(old))
    assert result.exit_code == 0, result.output
    assert "ignored" not in result.stdout
    result = invoke(logbook, "restore", str(old))
    assert result.exit_code == 0, result.output
    assert "ignored" not in result.stdout
    assert invoke(logbook, "report", "year", "--year", "2026").exit_code == 0
