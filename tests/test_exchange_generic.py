"""Tables of other areas travel too: export and merge read tables, references and natural keys
from the schema. Here a stand-in `stand_ins` table, shaped as the conventions ask (uid,
updated_at, named deferrable FKs), refers to visits and enterprises."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.exchange_support import run, snapshot

DEMANDS = """
CREATE TABLE stand_ins (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_demand_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id INTEGER
        CONSTRAINT fk_demand_visit REFERENCES visits(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL DEFAULT 'open',
    uid TEXT DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT DEFAULT ''
);
CREATE UNIQUE INDEX stand_ins_uid ON stand_ins (uid);
"""


def _logbook(db: Path) -> Path:
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2025-01-01")
    run(db, "enterprise", "add", "江苏金海新能源")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2025-06-02")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    conn = sqlite3.connect(db)
    conn.executescript(DEMANDS)
    conn.execute("INSERT INTO stand_ins (text, enterprise_id, visit_id) VALUES ('食堂太贵', 1, 1)")
    conn.execute("INSERT INTO stand_ins (text, enterprise_id, visit_id) VALUES ('加班费', 1, 2)")
    conn.execute("INSERT INTO stand_ins (text, enterprise_id) VALUES ('宿舍', 1)")
    conn.commit()
    conn.close()
    return db


def _demands(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT d.text, d.status, e.name, v.date FROM stand_ins d "
            "JOIN enterprises e ON e.id = d.enterprise_id LEFT JOIN visits v ON v.id = d.visit_id "
            "ORDER BY d.text").fetchall()
    finally:
        conn.close()


def test_an_unknown_table_is_exported_filtered_redacted_and_merged(tmp_path: Path) -> None:
    a = _logbook(tmp_path / "a.db")
    out = tmp_path / "since.jsonl"
    run(a, "export", str(out), "--since", "2026-01-01", "--redact")
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()[1:]]
    stand_ins = [r["row"] for r in rows if r["table"] == "stand_ins"]
    assert len(stand_ins) == 2  # the demand on the 2025 visit is left out with its visit
    assert all(len(d["enterprise_uid"]) == 32 for d in stand_ins)

    b = tmp_path / "b.db"
    run(b, "init")
    conn = sqlite3.connect(b)
    conn.executescript(DEMANDS)
    conn.close()
    # a logbook file brings in visitlog's own tables only (issue 22): its stand_ins are ignored
    assert "ignored, not visitlog's: table stand_ins" in run(b, "merge", str(a))
    assert _demands(b) == []
    whole = tmp_path / "whole.jsonl"  # a bundle carries every table with a uid
    run(a, "export", str(whole))
    run(b, "merge", str(whole))
    assert _demands(b) == _demands(a)
    before = snapshot(b)
    out_b = run(b, "merge", str(whole))
    assert "stand_ins: 0 added, 0 updated, 3 unchanged" in out_b
    assert snapshot(b) == before

    conn = sqlite3.connect(a)
    conn.execute("UPDATE stand_ins SET status = 'resolved' WHERE text = '宿舍'")
    conn.commit()
    conn.close()
    run(a, "export", str(whole))
    run(b, "merge", str(whole))
    assert ("宿舍", "resolved", "江苏金海新能源", None) in _demands(b)
