"""The fast visit import: same rows as before, indexes rebuilt inside the one transaction,
all-or-nothing still; and the on-disk holiday cache gives the library's answer."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from visitlog.domain.errors import Invalid
from visitlog.service import imports, workdays
from visitlog.service.context import Context
from visitlog.store import visits as visit_store

TODAY = date(2026, 11, 20)


def _context(tmp_path: Path) -> Context:
    ctx = Context(tmp_path / "logbook.db", TODAY)
    officers = tmp_path / "officers.csv"
    officers.write_text("name,dept,since\n王伟,办公室,2020-01-01\n李娜,办公室,2020-01-01\n",
                        encoding="utf-8")
    enterprises = tmp_path / "enterprises.csv"
    enterprises.write_text("name,aliases\n江苏金海新能源科技有限公司,金海\n常州和顺家电销售有限公司,\n",
                           encoding="utf-8")
    imports.import_officers_file(ctx, officers)
    imports.import_enterprises_file(ctx, enterprises)
    return ctx


def _visits_csv(path: Path, days: int, tail: str = "") -> Path:
    lines = ["date,officer,enterprise,roles,note,members_joined"]
    for i in range(days):
        day = (TODAY - timedelta(days=i)).isoformat()
        lines.append(f"{day},王伟,金海,调查员;helper,,{i % 3 or ''}")
        lines.append(f'{day}, 李娜 ,常州和顺家电销售有限公司,,"a, note",')
    path.write_text("\n".join(lines) + "\n" + tail, encoding="utf-8")
    return path


def _dump(ctx: Context) -> tuple[list, list]:
    conn = sqlite3.connect(ctx.db_path)
    rows = conn.execute("SELECT * FROM visits ORDER BY id").fetchall()
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'visits' ORDER BY name").fetchall()
    conn.close()
    return rows, indexes


@pytest.mark.parametrize("rebuild", [False, True])
def test_rows_and_indexes_whichever_plan(tmp_path: Path, rebuild: bool,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    if rebuild:
        monkeypatch.setattr(visit_store, "REBUILD_MIN_ROWS", 0)
    ctx = _context(tmp_path)
    _r, indexes_before = _dump(ctx)
    result = imports.import_visits_file(ctx, _visits_csv(tmp_path / "v.csv", 300))
    assert (result.added, result.skipped) == (600, 0)
    rows, indexes = _dump(ctx)
    assert indexes == indexes_before
    assert len(rows) == 600
    first = rows[0]
    assert first[1:7] == (TODAY.isoformat(), "2026-W47", 1, 1, 0b10010, "")
    assert rows[2][8] == 1  # members_joined of the second day
    assert rows[1][3:7] == (2, 2, 0, "a, note")
    again = imports.import_visits_file(ctx, _visits_csv(tmp_path / "v.csv", 300))
    assert (again.added, again.skipped) == (0, 600)


def test_a_bad_last_row_leaves_everything_as_it_was(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(visit_store, "REBUILD_MIN_ROWS", 0)
    ctx = _context(tmp_path)
    imports.import_visits_file(ctx, _visits_csv(tmp_path / "a.csv", 10))
    before = _dump(ctx)
    bad = _visits_csv(tmp_path / "b.csv", 400, tail="2026-11-01,王伟,nowhere,,,\n")
    with pytest.raises(Invalid) as error:
        imports.import_visits_file(ctx, bad)
    assert error.value.params["line"] == 802
    assert _dump(ctx) == before


def test_disk_cache_gives_the_library_answer(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISITLOG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(workdays._DiskCache, "_loaded", None)
    workdays._official_workdays_of_year.cache_clear()
    try:
        computed = workdays._official_workdays_of_year(2026)
        assert (tmp_path / "workdays.json").exists()
        workdays._official_workdays_of_year.cache_clear()
        monkeypatch.setattr(workdays._DiskCache, "_loaded", None)
        monkeypatch.setattr(workdays, "_compute_year", lambda year: pytest.fail("recomputed"))
        assert workdays._official_workdays_of_year(2026) == computed
        assert date(2026, 10, 1) not in computed  # National Day
    finally:
        workdays._official_workdays_of_year.cache_clear()
        workdays._DiskCache._loaded = None


def test_a_damaged_cache_is_recomputed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISITLOG_CACHE_DIR", str(tmp_path))
    (tmp_path / "workdays.json").write_text('{"key": "x", "years": {"2026": ["bad"]}}')
    monkeypatch.setattr(workdays._DiskCache, "_loaded", None)
    workdays._official_workdays_of_year.cache_clear()
    try:
        assert len(workdays._official_workdays_of_year(2026)) > 240
    finally:
        workdays._official_workdays_of_year.cache_clear()
        workdays._DiskCache._loaded = None


def test_a_file_that_stops_decoding_late_is_refused_whole(tmp_path: Path) -> None:
    """The import looks at the file's first chunk for its encoding; a bad byte further on is
    still bad input, and nothing of the file is kept."""
    ctx = _context(tmp_path)
    good = _visits_csv(tmp_path / "v.csv", 12000).read_bytes()
    assert len(good) > 1 << 20  # past the chunk detect_encoding reads
    path = tmp_path / "late.csv"
    path.write_bytes(good + b"2026-11-02,\xff\xfe,x,,,\n")
    before = _dump(ctx)
    with pytest.raises(Invalid) as error:
        imports.import_visits_file(ctx, path)
    assert error.value.key == "import.encoding"
    assert _dump(ctx) == before


@pytest.mark.parametrize("rebuild", [False, True])
def test_an_import_gives_ordered_fresh_uids_and_checks_references_itself(
        tmp_path: Path, rebuild: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's uids rise row by row (the uid index takes them as appends), are 32
    lowercase hex digits as every other uid, and differ from one import to the next; SQLite's
    foreign-key checks, off during the import (every reference is looked up in it), find
    nothing wrong after, and are on again for the next command on the connection."""
    if rebuild:
        monkeypatch.setattr(visit_store, "REBUILD_MIN_ROWS", 0)
    ctx = _context(tmp_path)
    imports.import_visits_file(ctx, _visits_csv(tmp_path / "a.csv", 40))
    imports.import_visits_file(ctx, _visits_csv(tmp_path / "b.csv", 80))
    conn = sqlite3.connect(ctx.db_path)
    uids = [r[0] for r in conn.execute("SELECT uid FROM visits ORDER BY id")]
    assert len(uids) == 160 and len(set(uids)) == 160
    assert all(len(u) == 32 and u == u.lower() and int(u, 16) >= 0 for u in uids)
    first, second = uids[:80], uids[80:]
    assert first == sorted(first) and second == sorted(second)
    assert first[0][16:] != second[0][16:]  # a fresh random start for each import
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert ctx.logbook.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def _visit_rows(ctx: Context) -> list[tuple]:
    conn = sqlite3.connect(ctx.db_path)
    rows = conn.execute("SELECT date, officer_id, enterprise_id, roles, note, members_joined "
                        "FROM visits ORDER BY date, officer_id, enterprise_id").fetchall()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [(r[1], r[2]) for r in conn.execute("PRAGMA index_list(visits)")
            if r[1] == "visits_identity"] == [("visits_identity", 1)]
    conn.close()
    return rows


@pytest.mark.parametrize("rebuild", [False, True])
def test_repeated_rows_are_skipped_whichever_plan(tmp_path: Path, rebuild: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A big import builds the identity after its rows and removes those that repeat a visit
    (already logged, or earlier in the file): the same rows, counts and undo as an import
    that skips them on the way in."""
    if rebuild:
        monkeypatch.setattr(visit_store, "REBUILD_MIN_ROWS", 0)
    ctx = _context(tmp_path)
    imports.import_visits_file(ctx, _visits_csv(tmp_path / "a.csv", 40))
    first = _visit_rows(ctx)
    repeated = f"{TODAY.isoformat()},王伟,金海,,again,\n"
    result = imports.import_visits_file(ctx, _visits_csv(tmp_path / "b.csv", 100, repeated))
    assert (result.added, result.skipped) == (120, 81)
    rows = _visit_rows(ctx)
    assert len(rows) == 200 and set(first) < set(rows)
    assert [r for r in rows if r[4] == "again"] == []  # the first of the two is kept
    from visitlog.service.undo import undo_last

    undo_last(ctx)
    assert _visit_rows(ctx) == first


def test_an_older_logbook_gets_the_identity_index_with_every_row(tmp_path: Path) -> None:
    """0014: the index SQLite kept for the UNIQUE constraint becomes visits_identity, rows
    untouched, and it still refuses a repeated visit."""
    import shutil

    from visitlog.store.connection import open_logbook

    fixtures = Path(__file__).parent / "faults" / "fixtures"
    path = tmp_path / "v9.db"
    shutil.copy(fixtures / "logbook_v9.db", path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM visits ORDER BY id").fetchall()
    conn.close()
    logbook = open_logbook(path)
    conn = logbook.conn
    assert conn.execute("SELECT * FROM visits ORDER BY id").fetchall() == before
    assert sorted((r[1], r[3]) for r in conn.execute("PRAGMA index_list(visits)") if r[2]) == [
        ("visits_identity", "c"), ("visits_uid", "c")]  # no sqlite_autoindex_visits_1 ("u")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO visits (date, week, officer_id, enterprise_id) "
                     "SELECT date, week, officer_id, enterprise_id FROM visits LIMIT 1")
    logbook.close()
