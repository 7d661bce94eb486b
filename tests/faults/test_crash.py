"""A killed process (SIGKILL: no cleanup at all) leaves the logbook consistent, with the
command fully applied or not at all, and an undo journal that still works (SPEC)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.faults.conftest import (
    TODAY,
    count,
    env_for,
    integrity,
    invoke,
    record_figure,
    seed,
    sized,
    undo_journal_consistent,
    visitlog_command,
)

ROWS = sized("IMPORT_ROWS", 50000, 5000)
IMPORT_KILLS = sized("IMPORT_KILLS", 10, 3)
EDIT_KILLS = sized("EDIT_KILLS", 10, 3)
RESTORE_KILLS = sized("RESTORE_KILLS", 5, 2)
UNDO_KILLS = sized("UNDO_KILLS", 5, 2)
SEED = int(os.environ.get("VISITLOG_FAULTS_SEED", "20261122"))
ENTERPRISES = [f"企业{i}" for i in range(1, 6)]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small logbook (one officer, five enterprises, three visits) and a large visits file."""
    folder = tmp_path_factory.mktemp("crash")
    db = folder / "base.db"
    seed(db, ["王伟"], ENTERPRISES)
    for day in ("2026-11-18", "2026-11-19", "2026-11-20"):
        assert invoke(db, "log", "企业1", "--officer", "王伟", "--date", day,
                      "--note", "原始").exit_code == 0
    big = folder / "big.csv"
    day0 = date.fromisoformat(TODAY) - timedelta(days=10)
    with big.open("w", encoding="utf-8") as handle:
        handle.write("date,officer,enterprise,roles,note\n")
        for i in range(ROWS):
            day = (day0 - timedelta(days=i // 5)).isoformat()
            handle.write(f"{day},王伟,{ENTERPRISES[i % 5]},调查员;服务员,导入第{i}条\n")
    return db, big


def _fresh(base_db: Path, folder: Path) -> Path:
    db = folder / "visitlog.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base_db, db)
    os.chmod(db, 0o600)
    return db


def _kill_after(args: list[str], db: Path, delay: float) -> int:
    proc = subprocess.Popen([*visitlog_command(), *args], env=env_for(db),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    return proc.wait(timeout=60)


def _private(path: Path) -> bool:
    return not path.exists() or stat.S_IMODE(path.stat().st_mode) == 0o600


def _check_consistent(db: Path) -> None:
    assert integrity(db) == "ok"
    assert undo_journal_consistent(db)
    for suffix in ("-wal", "-shm"):
        assert _private(Path(str(db) + suffix))


def _timed(args: list[str], db: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run([*visitlog_command(), *args], env=env_for(db), capture_output=True)
    assert proc.returncode == 0, proc.stderr
    return time.perf_counter() - start


def test_killed_import_is_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    base_db, big = base
    before = count(base_db, "SELECT count(*) FROM visits")
    duration = _timed(["visit", "import", str(big)], _fresh(base_db, tmp_path))
    rng = random.Random(SEED)
    outcomes = {"applied": 0, "not_applied": 0}
    for _ in range(IMPORT_KILLS):
        db = _fresh(base_db, tmp_path)
        _kill_after(["visit", "import", str(big)], db, rng.uniform(0.05, duration * 1.1))
        _check_consistent(db)
        visits = count(db, "SELECT count(*) FROM visits")
        assert visits in (before, before + ROWS)
        outcomes["applied" if visits == before + ROWS else "not_applied"] += 1
        undone = invoke(db, "undo")
        assert undone.exit_code == 0, undone.output
        assert count(db, "SELECT count(*) FROM visits") in (before, before - 1)
        _check_consistent(db)
    record_figure("kills_import", {"kills": IMPORT_KILLS, "rows": ROWS, **outcomes,
                                   "seconds_per_import": round(duration, 2)})


def test_killed_edit_is_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    base_db, _ = base
    args = ["visit", "edit", "1", "--note", "改过", "--date", "2026-11-17", "--role", "helper"]
    duration = _timed(args, _fresh(base_db, tmp_path))
    rng = random.Random(SEED + 1)
    outcomes = {"applied": 0, "not_applied": 0}
    for _ in range(EDIT_KILLS):
        db = _fresh(base_db, tmp_path)
        steps = count(db, "SELECT count(*) FROM undo_steps")
        _kill_after(args, db, rng.uniform(0.02, duration * 1.1))
        _check_consistent(db)
        row = _visit_one(db)
        assert row in (("原始", "2026-11-18"), ("改过", "2026-11-17"))
        applied = row[0] == "改过"
        assert count(db, "SELECT count(*) FROM undo_steps") == steps + applied
        outcomes["applied" if applied else "not_applied"] += 1
        assert invoke(db, "undo").exit_code == 0
        _check_consistent(db)
        if applied:
            assert _visit_one(db) == ("原始", "2026-11-18")
    record_figure("kills_edit", {"kills": EDIT_KILLS, **outcomes})


def _visit_one(db: Path) -> tuple[str, str]:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute("SELECT note, date FROM visits WHERE id = 1").fetchone())
    finally:
        conn.close()


def test_killed_undo_of_an_import_is_all_or_nothing(base: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    base_db, big = base
    imported = tmp_path / "imported.db"
    shutil.copyfile(base_db, imported)
    assert invoke(imported, "visit", "import", str(big)).exit_code == 0
    conn = sqlite3.connect(imported)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = count(base_db, "SELECT count(*) FROM visits")
    steps = count(imported, "SELECT count(*) FROM undo_steps")
    duration = _timed(["undo"], _fresh(imported, tmp_path))
    rng = random.Random(SEED + 3)
    outcomes = {"applied": 0, "not_applied": 0}
    for _ in range(UNDO_KILLS):
        db = _fresh(imported, tmp_path)
        _kill_after(["undo"], db, rng.uniform(0.02, duration * 1.1))
        _check_consistent(db)
        visits = count(db, "SELECT count(*) FROM visits")
        assert visits in (before, before + ROWS)
        applied = visits == before
        assert count(db, "SELECT count(*) FROM undo_steps WHERE redo = 0") == steps - applied
        outcomes["applied" if applied else "not_applied"] += 1
    record_figure("kills_undo", {"kills": UNDO_KILLS, **outcomes})


def test_killed_restore_leaves_old_or_new(base: tuple[Path, Path], tmp_path: Path) -> None:
    base_db, big = base
    backup_src = tmp_path / "big-source.db"
    shutil.copyfile(base_db, backup_src)
    assert invoke(backup_src, "visit", "import", str(big)).exit_code == 0
    snapshot = tmp_path / "snapshot.db"
    assert invoke(backup_src, "backup", str(snapshot)).exit_code == 0
    before = count(base_db, "SELECT count(*) FROM visits")
    after = count(snapshot, "SELECT count(*) FROM visits")
    duration = _timed(["restore", str(snapshot)], _fresh(base_db, tmp_path))
    rng = random.Random(SEED + 2)
    for _ in range(RESTORE_KILLS):
        db = _fresh(base_db, tmp_path)
        _kill_after(["restore", str(snapshot)], db, rng.uniform(0.02, duration * 1.1))
        _check_consistent(db)
        assert count(db, "SELECT count(*) FROM visits") in (before, after)
        for leftover in tmp_path.glob("*.bak"):
            assert _private(leftover)
            leftover.unlink()
    # a later restore sweeps away the temporary copies the killed ones left behind
    db = _fresh(base_db, tmp_path)
    proc = subprocess.run([*visitlog_command(), "restore", str(snapshot)], env=env_for(db),
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert not list(tmp_path.glob(".visitlog.db.restore-*"))
    record_figure("kills_restore", {"kills": RESTORE_KILLS})


def test_killed_merge_is_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    """A merge of another officer's logbook (the big import's visits) killed at random."""
    base_db, big = base
    source = tmp_path / "source" / "visitlog.db"
    source.parent.mkdir()
    shutil.copyfile(base_db, source)
    os.chmod(source, 0o600)
    imported = subprocess.run([*visitlog_command(), "visit", "import", str(big)],
                              env=env_for(source), capture_output=True)
    assert imported.returncode == 0, imported.stderr
    before = count(base_db, "SELECT count(*) FROM visits")
    after = count(source, "SELECT count(*) FROM visits")
    assert after == before + ROWS
    duration = _timed(["merge", str(source)], _fresh(base_db, tmp_path))
    rng = random.Random(SEED + 4)
    outcomes = {"applied": 0, "not_applied": 0}
    for _ in range(IMPORT_KILLS):
        db = _fresh(base_db, tmp_path)
        _kill_after(["merge", str(source)], db, rng.uniform(0.05, duration * 1.1))
        _check_consistent(db)
        visits = count(db, "SELECT count(*) FROM visits")
        assert visits in (before, after)
        outcomes["applied" if visits == after else "not_applied"] += 1
    record_figure("kills_merge", {"kills": IMPORT_KILLS, "rows": ROWS, **outcomes,
                                  "seconds_per_merge": round(duration, 2)})
