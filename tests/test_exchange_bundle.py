"""Stable identities (migration 0004) and the export bundle; merge's refusals."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from tests.conftest import scaled
from tests.exchange_support import run, snapshot
from visitlog.store.migrations import migrations
from visitlog.store.schema import SCHEMA_VERSION


def _small(db: Path) -> Path:
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源", "--alias", "金海")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16",
        "--note", "职工张某家庭困难")
    run(db, "log", "金海", "--officer", "李娜", "--date", "2025-11-17", "--note", "=HYPERLINK()")
    run(db, "leave", "add", "李娜", "--from", "2026-11-18", "--to", "2026-11-19")
    return db


def _rows(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return lines[0], lines[1:]


def test_an_old_logbook_gains_identities_and_keeps_every_row(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    migrations.apply(Database(conn), stop_before="0004_identities")
    conn.execute("INSERT INTO officers (name, dept, since) VALUES ('王伟', 'A', '2026-01-01')")
    conn.execute("INSERT INTO enterprises (name) VALUES ('金海')")
    conn.execute("INSERT INTO visits (date, week, officer_id, enterprise_id) "
                 "VALUES ('2026-11-16', '2026-W47', 1, 1)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert "王伟" in run(db, "officer", "list")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    uids = [r[0] for r in conn.execute("SELECT uid FROM officers UNION ALL SELECT uid FROM visits")]
    assert all(len(u) == 32 for u in uids)
    conn.close()


def test_new_rows_get_uids_and_edits_stamp_them_and_undo_restores(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    conn = sqlite3.connect(db)
    uid, stamp = conn.execute("SELECT uid, updated_at FROM visits WHERE id = 1").fetchone()
    assert len(uid) == 32 and stamp == ""
    conn.close()
    run(db, "visit", "edit", "1", "--note", "改")
    conn = sqlite3.connect(db)
    uid2, stamp2 = conn.execute("SELECT uid, updated_at FROM visits WHERE id = 1").fetchone()
    assert uid2 == uid and stamp2.startswith("20")
    conn.close()
    run(db, "undo")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT uid, updated_at FROM visits WHERE id = 1").fetchone() == (uid, "")
    conn.close()


def test_export_is_private_self_describing_and_refers_by_uid(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    out = tmp_path / "a.jsonl"
    run(db, "export", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    header, rows = _rows(out)
    assert header["format"] == "visitlog-bundle" and header["schema_version"] == SCHEMA_VERSION
    assert header["exported_at"] and header["source"] == "a.db" and header["redacted"] is False
    tables = [r["table"] for r in rows]
    assert tables.index("officers") < tables.index("visits")
    assert tables.index("enterprises") < tables.index("enterprise_aliases")
    visit = next(r["row"] for r in rows if r["table"] == "visits")
    assert "officer_id" not in visit and len(visit["officer_uid"]) == 32
    assert "id" not in visit


def test_export_never_overwrites_the_logbook_itself(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    before = snapshot(db)
    run(db, "export", str(db), code=2)
    assert snapshot(db) == before


def test_export_filters_and_redaction(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    out = tmp_path / "w.jsonl"
    run(db, "export", str(out), "--officer", "王伟", "--since", "2026-01-01", "--redact")
    header, rows = _rows(out)
    assert header["redacted"] is True and header["filters"]["officer"] == "王伟"
    officers = [r["row"]["name"] for r in rows if r["table"] == "officers"]
    visits = [r["row"] for r in rows if r["table"] == "visits"]
    assert officers == ["王伟"] and len(visits) == 1 and visits[0]["note"] == ""
    assert "职工张某" not in out.read_text(encoding="utf-8")
    assert not [r for r in rows if r["table"] == "leaves"]
    run(db, "export", str(out), "--dept", "组织部")
    _header, rows = _rows(out)
    assert [r["row"]["name"] for r in rows if r["table"] == "officers"] == ["李娜"]


def test_a_redacted_bundle_never_blanks_notes_already_here(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    run(db, "export", str(tmp_path / "r.jsonl"), "--redact")
    run(db, "merge", str(tmp_path / "r.jsonl"))
    notes = {v["note"] for v in json.loads(run(db, "visit", "list", "--format", "json"))}
    assert "职工张某家庭困难" in notes
    fresh = tmp_path / "fresh.db"
    run(fresh, "merge", str(tmp_path / "r.jsonl"))
    assert {v["note"] for v in json.loads(run(fresh, "visit", "list", "--format", "json"))} == {""}


def test_merge_refuses_a_newer_bundle_and_bad_files_changing_nothing(tmp_path: Path) -> None:
    db = _small(tmp_path / "a.db")
    out = tmp_path / "a.jsonl"
    run(db, "export", str(out))
    header, rows = _rows(out)
    before = snapshot(db)

    newer = tmp_path / "newer.jsonl"
    lines = [json.dumps({**header, "schema_version": SCHEMA_VERSION + 1})]
    newer.write_text("\n".join(lines + [json.dumps(r) for r in rows]) + "\n", encoding="utf-8")
    run(db, "merge", str(newer), code=1)

    broken = tmp_path / "broken.jsonl"
    broken.write_text(out.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    run(tmp_path / "b.db", "merge", str(broken), code=2)
    assert snapshot(tmp_path / "b.db") == set()  # all or nothing

    dangling = tmp_path / "dangling.jsonl"
    visit = next(r for r in rows if r["table"] == "visits")
    visit["row"]["officer_uid"] = "f" * 32
    dangling.write_text(json.dumps(header) + "\n" + json.dumps(visit) + "\n", encoding="utf-8")
    run(db, "merge", str(dangling), code=2)

    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    run(db, "merge", str(tmp_path / "notes.txt"), code=2)
    run(db, "merge", str(tmp_path / "missing.jsonl"), code=2)
    assert snapshot(db) == before


def test_merge_refuses_a_newer_logbook_without_touching_it(tmp_path: Path) -> None:
    other = _small(tmp_path / "other.db")
    conn = sqlite3.connect(other)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    result = run(tmp_path / "a.db", "merge", str(other), code=1)
    assert result == ""
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_same_names_with_different_uids_keep_the_smaller_uid(tmp_path: Path) -> None:
    a, b = _small(tmp_path / "a.db"), _small(tmp_path / "b.db")

    def uids(db: Path) -> dict[str, str]:
        conn = sqlite3.connect(db)
        try:
            return dict(conn.execute("SELECT name, uid FROM officers"))
        finally:
            conn.close()

    expected = {name: min(uid, uids(b)[name]) for name, uid in uids(a).items()}
    out = run(a, "merge", str(b))
    assert "visits: 0 added" in out
    assert uids(a) == expected
    assert len(json.loads(run(a, "visit", "list", "--format", "json"))) == 2
    assert len(json.loads(run(a, "leave", "list", "--format", "json"))) == 1


BAD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5),
                       st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2),
                                                                           st.integers(),
                                                                           max_size=1))


@settings(max_examples=scaled(40), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(["officers", "visits", "leaves", "enterprises", "nope"]),
       column=st.sampled_from(["uid", "name", "dept", "since", "officer_uid", "date", "note"]),
       value=BAD_VALUES)
def test_a_tampered_bundle_is_refused_cleanly_or_merged(tmp_path: Path, table: str, column: str,
                                                         value: object) -> None:
    db = tmp_path / "fuzz.db"
    if not db.exists():
        _small(db)
        run(db, "export", str(tmp_path / "a.jsonl"))
    header, rows = _rows(tmp_path / "a.jsonl")
    target = next((r for r in rows if r["table"] == table), {"table": table, "row": {}})
    target["row"][column] = value
    tampered = tmp_path / "t.jsonl"
    tampered.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [header, *rows])
                        + "\n", encoding="utf-8")
    before = snapshot(db)
    from typer.testing import CliRunner

    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["--db", str(db), "merge", str(tampered)],
                                env={"VISITLOG_TODAY": "2026-11-22"})
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output and "Internal error" not in result.output
    if result.exit_code == 2:
        assert snapshot(db) == before


def test_identities_fall_back_to_a_trigger_where_the_schema_cannot_be_edited(
    tmp_path: Path, monkeypatch
) -> None:
    from visitlog.store import migrations as module

    def refuse(db, table):  # noqa: ANN001 - as a "defensive" SQLite build would
        raise sqlite3.OperationalError("table sqlite_master may not be modified")

    monkeypatch.setattr(module, "_set_uid_default", refuse)
    db = _small(tmp_path / "a.db")
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT uid, updated_at FROM visits").fetchall()
    assert all(len(uid) == 32 and stamp == "" for uid, stamp in rows)
    conn.close()
    run(db, "visit", "edit", "1", "--note", "改")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT updated_at FROM visits WHERE id = 1").fetchone()[0] > "2"
    conn.close()


SECRETS = {
    "visit note": "职工张某家庭困难",
    "demand text": "家中老人重病申请困难补助",
    "resolution": "已发放困难补助两千元",
    "escalation": "涉及职工工伤认定",
    "feedback": "补助金额太少",
    "reception note": "李某反映被拖欠工资",
    "practice note": "夜班工友王某腰伤",
    "leave reason": "病假：住院手术",
}


def _private(db: Path) -> Path:
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16",
        "--note", SECRETS["visit note"])
    run(db, "demand", "add", SECRETS["demand text"], "--enterprise", "金海", "--visit", "1")
    run(db, "demand", "assign", "1", "--to", "劳动监察大队")
    run(db, "demand", "escalate", "1", "--note", SECRETS["escalation"])
    run(db, "demand", "resolve", "1", "--note", SECRETS["resolution"])
    run(db, "demand", "feedback", "1", "--satisfaction", "unsatisfied",
        "--note", SECRETS["feedback"])
    run(db, "reception", "log", "--date", "2026-11-15", "--host", "张主席", "-e", "金海",
        "--note", SECRETS["reception note"])
    run(db, "practice", "log", "worker", "--officer", "王伟", "--date", "2026-11-17",
        "--note", SECRETS["practice note"])
    run(db, "leave", "add", "王伟", "--from", "2026-11-18", "--to", "2026-11-19",
        "--reason", SECRETS["leave reason"])
    return db


def test_redact_blanks_every_private_text_and_keeps_the_facts(tmp_path: Path) -> None:
    db = _private(tmp_path / "a.db")
    plain, redacted = tmp_path / "plain.jsonl", tmp_path / "redacted.jsonl"
    run(db, "export", str(plain))
    run(db, "export", str(redacted), "--redact")
    text = plain.read_text(encoding="utf-8")
    assert all(secret in text for secret in SECRETS.values())  # the test sees them all
    text = redacted.read_text(encoding="utf-8")
    leaked = [what for what, secret in SECRETS.items() if secret in text]
    assert leaked == []

    _header, rows = _rows(redacted)
    events = {r["row"]["action"]: r["row"]["detail"] for r in rows
              if r["table"] == "demand_events"}
    assert events["assign"] == "劳动监察大队"  # a unit is not personal: the trail stays
    assert events["feedback"] == "unsatisfied"  # the rating stays, the words go
    assert events["resolve"] == events["escalate"] == ""
    [demand] = [r["row"] for r in rows if r["table"] == "demands"]
    assert (demand["text"], demand["resolution"]) == ("", "")
    assert (demand["status"], demand["assigned_to"], demand["satisfaction"]) == (
        "assigned", "劳动监察大队", "unsatisfied")

    # merged into a fresh logbook: the figures are all there, the words are not
    fresh = tmp_path / "fresh.db"
    run(fresh, "merge", str(redacted))
    for args in (("report", "demands", "--year", "2026"), ("report", "practice", "--month",
                                                          "2026-11")):
        assert run(fresh, *args, "--format", "json") == run(db, *args, "--format", "json")
    assert all(secret not in fresh.read_bytes().decode("utf-8", "replace")
               for secret in SECRETS.values())
    # and merged back where it came from: nothing is blanked there
    before = snapshot(db)
    run(db, "merge", str(redacted))
    assert snapshot(db) == before
