"""The smaller items of issue 22 (point 11): a write that changes nothing keeps the whole undo
journal; a first command failing on a full disk leaves nothing behind; `--db` naming a
dangling link is one line; (merge's line numbers: test_incoming.py; read-only media:
test_read_only.py; -wal/-shm beside a merged logbook: test_outside.py)."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import assert_clean_failure, invoke, run, seed


def _steps(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM undo_steps ORDER BY id")]
    finally:
        conn.close()


def test_a_write_that_changes_nothing_keeps_the_oldest_undo_step(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from visitlog.store import connection

    monkeypatch.setattr(connection, "UNDO_KEEP_STEPS", 3)
    db = tmp_path / "visitlog.db"
    seed(db, ["甲"], ["甲公司"])
    for day in ("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"):
        assert invoke(db, "log", "甲公司", "--officer", "甲", "--date", day).exit_code == 0
    kept = _steps(db)
    assert len(kept) == 3
    visits = tmp_path / "visits.csv"
    visits.write_text("date,officer,enterprise\n2026-11-16,甲,甲公司\n", encoding="utf-8")
    result = invoke(db, "visit", "import", str(visits))  # already there: nothing changes
    assert result.exit_code == 0, result.output
    bundle = tmp_path / "own.jsonl"
    assert invoke(db, "export", str(bundle)).exit_code == 0
    assert invoke(db, "merge", str(bundle)).exit_code == 0  # its own rows: nothing new
    assert _steps(db) == kept
    for _ in kept:
        assert invoke(db, "undo").exit_code == 0
    left = json.loads(invoke(db, "visit", "list", "--format", "json").stdout)
    assert [v["date"] for v in left] == ["2026-11-16"]


def _limit_file_size(limit: int):  # noqa: ANN202
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("words", [("officer", "add", "甲", "--dept", "办公室"), ("init",),
                                   ("visit", "list")])
def test_a_first_command_failing_on_a_full_disk_leaves_nothing(tmp_path: Path,
                                                               words: tuple[str, ...]) -> None:
    db = tmp_path / "new.db"
    result = run(db, *words, preexec_fn=_limit_file_size(8_192))
    assert_clean_failure(result.stderr, result.returncode, 1)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new.db")) == []
    again = run(db, "init")  # with room again, the logbook is made as usual
    assert again.returncode == 0, again.stderr


def test_a_dangling_link_as_the_logbook_is_one_line(tmp_path: Path) -> None:
    link = tmp_path / "logbook.db"
    os.symlink(tmp_path / "gone" / "visitlog.db", link)
    for words in (("officer", "list"), ("log", "甲公司", "--officer", "甲")):
        result = run(link, *words)
        assert_clean_failure(result.stderr, result.returncode, 1)
        assert result.stderr == (f"Error: The logbook path {link} is a link to "
                                 f"{tmp_path / 'gone' / 'visitlog.db'}, which does not exist; "
                                 "fix the link, or give --db the logbook file itself\n")
    assert link.is_symlink() and not (tmp_path / "gone").exists()
