"""A command that fails on a logbook that did not exist leaves no empty logbook behind (an
import of a bad or missing file, a merge of a bad bundle…); a logbook that already existed, or
one something was recorded in, is always kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.exchange_support import EXAMPLES, run
from visitlog.store.connection import open_logbook

BAD_ROWS = {
    "officer": "name,dept,since\n王伟,权益保障部,not-a-date\n",
    "enterprise": "name,town,industry,employees,union\n金海,金湖镇,制造业,many,yes\n",
    "visit": "date,officer,enterprise,roles,note\n2026-11-16,nobody,金海,,\n",
    "achieve": "date,officer,category,count,description\n2026-11-16,nobody,outreach,1,宣讲\n",
    "leave": "officer,from,to,reason\nnobody,2026-11-02,2026-11-03,\n",
}


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("new.db"))


@pytest.mark.parametrize("command", sorted(BAD_ROWS))
def test_an_import_of_a_bad_row_leaves_no_logbook(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROWS[command], encoding="utf-8")
    out = run(tmp_path / "new.db", command, "import", str(bad), code=2)
    assert out == ""
    assert _left(tmp_path) == []


@pytest.mark.parametrize("command", [*sorted(BAD_ROWS), "merge"])
def test_an_import_of_a_missing_file_leaves_no_logbook(tmp_path: Path, command: str) -> None:
    args = ["merge"] if command == "merge" else [command, "import"]
    run(tmp_path / "new.db", *args, str(tmp_path / "missing.csv"), code=2)
    assert _left(tmp_path) == []


def test_a_merge_of_a_bad_bundle_leaves_no_logbook(tmp_path: Path) -> None:
    source = tmp_path / "a.db"
    run(source, "officer", "import", str(EXAMPLES / "officers.csv"))
    bundle = tmp_path / "a.jsonl"
    run(source, "export", str(bundle))
    lines = bundle.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    run(tmp_path / "new.db", "merge", str(broken), code=2)
    assert _left(tmp_path) == []
    dangling = tmp_path / "dangling.jsonl"
    row = {"table": "visits", "row": {"uid": "f" * 32, "officer_uid": "0" * 32,
                                       "enterprise_uid": "1" * 32, "date": "2026-11-16"}}
    dangling.write_text("\n".join([lines[0], json.dumps(row)]) + "\n", encoding="utf-8")
    run(tmp_path / "new.db", "merge", str(dangling), code=2)
    assert _left(tmp_path) == []


def test_an_existing_logbook_is_kept_and_unchanged_after_a_failed_import(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    run(db, "init")
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROWS["visit"], encoding="utf-8")
    run(db, "visit", "import", str(bad), code=2)
    assert db.exists()
    empty = tmp_path / "empty.db"
    empty.touch(mode=0o600)  # a file the user made: not ours to remove
    run(empty, "visit", "import", str(bad), code=2)
    assert empty.exists()


def test_a_successful_first_command_keeps_its_logbook(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    run(db, "officer", "import", str(EXAMPLES / "officers.csv"))
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", code=2)  # 王伟 is there: kept
    assert db.exists()
    assert len(json.loads(run(db, "officer", "list", "--format", "json"))) > 1


def test_a_new_logbook_another_connection_has_open_or_wrote_to_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    mine = open_logbook(db)
    assert mine.created
    other = sqlite3.connect(db)
    other.execute("SELECT count(*) FROM officers").fetchone()
    mine.close_discarding_if_unused()
    assert db.exists()  # the other connection still has it open
    other.close()

    db2 = tmp_path / "new2.db"
    mine = open_logbook(db2)
    theirs = open_logbook(db2)
    assert not theirs.created
    with theirs.write("officer.add", name="王伟") as conn:
        conn.execute("INSERT INTO officers (name, dept, since) VALUES ('王伟', 'x', '2026-01-01')")
    theirs.close()
    mine.close_discarding_if_unused()
    assert db2.exists()  # something was recorded in it
