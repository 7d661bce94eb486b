"""`visitlog backup FILE` and `visitlog restore FILE`."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from tests.faults.conftest import (
    assert_clean_failure,
    content_hash,
    count,
    integrity,
    invoke,
    records_hash,
    run,
)
from visitlog.store.schema import SCHEMA_VERSION


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_consistent_private_copy(logbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    result = invoke(logbook, "backup", str(target))
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o600
    assert integrity(target) == "ok"
    assert content_hash(target) == content_hash(logbook)
    assert not Path(str(target) + "-wal").exists()  # one self-contained file


def test_backup_refuses_to_overwrite_without_force(logbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    target.write_text("keep me", encoding="utf-8")
    result = invoke(logbook, "backup", str(target))
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert invoke(logbook, "backup", str(target), "--force").exit_code == 0
    assert content_hash(target) == content_hash(logbook)
    assert _mode(target) == 0o600


@pytest.mark.parametrize("where", ["itself", "directory", "missing_folder"])
def test_backup_refusals(logbook: Path, tmp_path: Path, where: str) -> None:
    target = {"itself": logbook, "directory": tmp_path,
              "missing_folder": tmp_path / "no" / "such" / "b.db"}[where]
    before = content_hash(logbook)
    result = run(logbook, "backup", str(target))
    # a folder that does not exist is a typo, fixed by retyping: bad input (SPEC), as --output
    assert_clean_failure(result.stderr, result.returncode, 2)
    assert content_hash(logbook) == before


def test_backup_while_officers_write(logbook: Path, tmp_path: Path) -> None:
    """Online: a backup taken during writes is a consistent snapshot."""
    stop = threading.Event()

    def writer() -> None:
        day = 1
        while not stop.is_set() and day < 300:
            run(logbook, "log", "城南机械厂", "--officer", "李娜", "--date",
                f"2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}")
            day += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for i in range(3):
            target = tmp_path / f"b{i}.db"
            result = run(logbook, "backup", str(target))
            assert result.returncode == 0, result.stderr
            assert integrity(target) == "ok"
            assert count(target, "SELECT count(*) FROM undo_entries WHERE step_id NOT IN "
                                 "(SELECT id FROM undo_steps)") == 0
    finally:
        stop.set()
        thread.join()


def test_restore_brings_back_the_backup_and_keeps_the_old(logbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert invoke(logbook, "backup", str(target)).exit_code == 0
    saved = records_hash(logbook)
    assert invoke(logbook, "log", "金海", "--officer", "王伟").exit_code == 0
    changed = content_hash(logbook)
    result = invoke(logbook, "restore", str(target))
    assert result.exit_code == 0, result.output
    assert records_hash(logbook) == saved
    assert count(logbook, "SELECT count(*) FROM undo_steps") == 0  # a history starting afresh
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("visitlog.db.")
            and p.name.endswith(".bak")]
    assert len(kept) == 1 and _mode(kept[0]) == 0o600
    assert content_hash(kept[0]) == changed
    assert kept[0].name in result.stdout
    assert _mode(logbook) == 0o600
    # the restored logbook works normally
    assert invoke(logbook, "log", "金海", "--officer", "王伟").exit_code == 0


def test_restore_of_a_backup_with_another_page_size(logbook: Path, tmp_path: Path) -> None:
    source = tmp_path / "small-pages.db"
    assert invoke(logbook, "backup", str(source)).exit_code == 0
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    saved = records_hash(source)
    assert invoke(logbook, "log", "金海", "--officer", "王伟").exit_code == 0
    result = invoke(logbook, "restore", str(source))
    assert result.exit_code == 0, result.output
    assert records_hash(logbook) == saved
    assert integrity(logbook) == "ok"


def test_restore_over_a_damaged_logbook(logbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert invoke(logbook, "backup", str(target)).exit_code == 0
    saved = records_hash(logbook)
    for suffix in ("-wal", "-shm"):
        Path(str(logbook) + suffix).unlink(missing_ok=True)
    logbook.write_bytes(b"garbage" * 1000)
    result = run(logbook, "restore", str(target))
    assert result.returncode == 0, result.stderr
    assert records_hash(logbook) == saved
    kept = list(tmp_path.glob("visitlog.db.*.bak"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 1000


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _not_logbook(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 997):  # scribble over the data pages
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("problem", ["text", "not_logbook", "newer", "damaged", "missing"])
def test_restore_validates_first(logbook: Path, tmp_path: Path, problem: str) -> None:
    source = tmp_path / "source.db"
    if problem == "text":
        source.write_text("not a database\n", encoding="utf-8")
    elif problem == "not_logbook":
        _not_logbook(source)
    elif problem in ("newer", "damaged"):
        assert invoke(logbook, "backup", str(source)).exit_code == 0
        (_newer if problem == "newer" else _damaged)(source)
    before = content_hash(logbook)
    result = run(logbook, "restore", str(source))
    assert_clean_failure(result.stderr, result.returncode, 2 if problem == "missing" else 1)
    assert content_hash(logbook) == before
    assert not list(tmp_path.glob("*.bak"))
    assert not list(tmp_path.glob(".visitlog.db.restore-*"))


def test_restore_while_another_process_writes_gives_up_clearly(logbook: Path,
                                                               tmp_path: Path) -> None:
    """Python's backup() retries a busy step for ever; restore must stop at the busy timeout."""
    source = tmp_path / "copy.db"
    assert invoke(logbook, "backup", str(source)).exit_code == 0
    holder = sqlite3.connect(logbook, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = content_hash(logbook)
        env = {"VISITLOG_BUSY_TIMEOUT_MS": "200"}
        result = run(logbook, "restore", str(source), env=env, timeout=30)
        assert_clean_failure(result.stderr, result.returncode, 1)
        assert "locked" in result.stderr
        # a backup only reads: it is not held up by a writer
        assert run(logbook, "backup", str(tmp_path / "b2.db"), env=env).returncode == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert content_hash(logbook) == before
    assert not list(tmp_path.glob("*.bak"))


def test_leftovers_of_killed_copies_are_swept_with_their_journals(tmp_path: Path) -> None:
    """A restore or backup killed mid-copy leaves its temporary copy, and SQLite may leave the
    copy's journal beside it: both go once that process is gone; a live one's stay, and so
    does anything else."""
    import os
    import subprocess
    import sys

    from visitlog.service.backup import _sweep_leftovers

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    alive = str(os.getpid())
    names = [f".visitlog.db.restore-{gone}", f".visitlog.db.restore-{gone}-journal",
             f".visitlog.db.restore-{gone}-wal", f".visitlog.db.restore-{alive}-journal",
             ".visitlog.db.restore-x-journal", "visitlog.db-journal", f".b.db.{gone}.tmp",
             f".b.db.{gone}.tmp-journal", f".b.db.{gone}.tmpx"]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    _sweep_leftovers(tmp_path, ".visitlog.db.restore-")
    _sweep_leftovers(tmp_path, ".b.db.", ".tmp")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        f".visitlog.db.restore-{alive}-journal", ".visitlog.db.restore-x-journal",
        "visitlog.db-journal", f".b.db.{gone}.tmpx"])


def test_a_name_with_glob_characters_sweeps_only_its_own_leftovers(tmp_path: Path) -> None:
    """`[ab].db`'s sweep must not read `a.db`'s live copy as a dead one of its own."""
    import os

    from visitlog.service.backup import _sweep_leftovers

    live = tmp_path / f".a.db.{os.getpid()}999.tmp"
    live.write_bytes(b"")
    _sweep_leftovers(tmp_path, ".[ab].db.", ".tmp")
    assert live.exists()


def test_a_backups_undo_journal_is_not_replayed(logbook: Path, tmp_path: Path) -> None:
    """A file's undo journal would write its rows without a command's checks: a hand-made step
    that, undone, would put back a visit dated "garbage" never reaches the logbook."""
    target = tmp_path / "copy.db"
    assert invoke(logbook, "backup", str(target)).exit_code == 0
    conn = sqlite3.connect(target, isolation_level=None)
    row = conn.execute("SELECT 0, (SELECT min(id) FROM officers), "
                       "(SELECT min(id) FROM enterprises)").fetchone()
    conn.execute("INSERT INTO undo_steps (command, params, at) VALUES "
                 "('visit.delete', '{}', '2026-11-20T00:00:00')")
    step = conn.execute("SELECT max(id) FROM undo_steps").fetchone()[0]
    conn.execute("INSERT INTO undo_entries (step_id, tbl, op, row_id, old) VALUES "
                 "(?, 'visits', 'delete', 999, json_object('date', 'garbage', 'officer_id', ?,"
                 " 'enterprise_id', ?, 'note', '', 'roles', ''))", (step, row[1], row[2]))
    conn.close()
    assert invoke(logbook, "restore", str(target)).exit_code == 0
    assert invoke(logbook, "undo").exit_code == 0  # nothing to undo is not an error
    assert count(logbook, "SELECT count(*) FROM visits WHERE date = 'garbage'") == 0
    assert count(logbook, "SELECT count(*) FROM undo_steps") == 0


def test_a_backups_kept_streaks_are_counted_again(logbook: Path, tmp_path: Path) -> None:
    """The streaks a week report kept are derived: a file's own (here one no report could
    have kept, for an officer with no visit) are forgotten, and the next report counts."""
    target = tmp_path / "copy.db"
    assert invoke(logbook, "backup", str(target)).exit_code == 0
    conn = sqlite3.connect(target, isolation_level=None)
    officer = conn.execute("SELECT min(id) FROM officers").fetchone()[0]
    conn.execute("INSERT INTO streak_carries (year, officer_id, streak, first_year, basis) "
                 "VALUES (2026, ?, 500, 2016, 'official')", (officer,))
    conn.close()
    assert invoke(logbook, "restore", str(target)).exit_code == 0
    assert count(logbook, "SELECT count(*) FROM streak_carries") == 0
