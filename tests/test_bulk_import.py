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
