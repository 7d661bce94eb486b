"""A logbook on read-only media (a CD, a mounted backup, a folder this user may not write)
can still be read: reports, listings, export and backup work; a write says read-only (issue 22,
point 11). As root, chmod binds nobody: visitlog then runs as `nobody` (test_faults.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import invoke
from tests.faults.test_faults import WRITE, _bytes, _check, _give, _make, _run_limited
from tests.faults.test_faults import shared_dir as shared_dir  # the fixture

READS = [("visit", "list", "--format", "json"), ("report", "week", "--format", "json"),
         ("report", "year", "--format", "json"), ("officer", "list")]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_logbook_is_read(shared_dir: Path, what: str) -> None:
    db = _make(shared_dir)
    assert invoke(db, "log", "金海", "--officer", "王伟").exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    out = shared_dir / "out"
    out.mkdir()
    _give(out, 0o777, to_nobody=True)
    if what == "folder":
        _give(db, 0o600, to_nobody=True)
        for side in ("-wal", "-shm"):
            assert not db.with_name(db.name + side).exists()
        shared_dir.chmod(0o555)
    else:
        _give(db, 0o444, to_nobody=False)
    before = _bytes(db)
    for words in READS:
        result = _run_limited(db, *words)
        assert result.returncode == 0, (words, result.stderr)
    visits = json.loads(_run_limited(db, "visit", "list", "--format", "json").stdout)
    assert len(visits) == 1
    assert _run_limited(db, "export", str(out / "all.jsonl")).returncode == 0
    assert _run_limited(db, "backup", str(out / "copy.db")).returncode == 0
    result = _run_limited(db, *WRITE)
    _check(result, db, ("read-only", "permission"))
    assert _bytes(db) == before
    assert sorted(p.name for p in shared_dir.iterdir() if p.name.startswith("visitlog.db")) \
        == ["visitlog.db"]  # no -wal or -shm made beside it
