"""Streaks of many years, counted once and kept (the streak_carries table).

A week report keeps each unbroken streak's part before the reported week-year, and later
reports read it instead of following the streak back. Whatever changes what a kept part was
counted from (a visit of an earlier year, leave, since, retirement, the calendar, the
`min_available_days` setting) must make the next report count it again: the fast path is held
equal to the week-by-week reference path (`week_report(..., shared=False)`) after each change.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.templates import Templates
from visitlog.domain.models import Enterprise, NewVisit
from visitlog.service import week as week_service
from visitlog.service.week import week_report
from visitlog.store import calendar as calendar_store
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store
from visitlog.store import visits as visit_store
from visitlog.store.connection import Logbook, open_logbook
from visitlog.store.settings import put_setting

from .conftest import Cli, write_csv

FIRST = date(2019, 1, 7)  # a Monday: streaks up to eight week-years long
TODAY = date(2026, 11, 19)
SPRING_FESTIVAL = {date(2023, 1, 23), date(2024, 2, 12), date(2025, 1, 29), date(2026, 2, 16)}


def _diligent(path: Path, seed: int) -> None:
    """Officers who visit every week since 2019 (most skip the weeks nobody is due in, some
    visit in them too); a few with leave in some years, joiners, one retiring, one who breaks
    off once in 2021."""
    rng = random.Random(seed)
    logbook = open_logbook(path)
    with logbook.write_unjournaled() as conn:
        enterprise = enterprise_store.insert_enterprise(conn, Enterprise(0, "E"), ("e", "e"))
        for n in range(16):
            since = FIRST - timedelta(days=rng.randrange(0, 30))
            if n % 5 == 4:
                since = FIRST + timedelta(days=rng.randrange(100, 2000))
            officer = officer_store.insert_officer(conn, f"干部{n}", f"部{n % 2}", since,
                                                   (f"g{n}", f"g{n}"))
            leave_days: set[date] = set()
            if n % 3 == 1:
                for year in range(2019, 2027):
                    start = date(year, 1, 1) + timedelta(days=rng.randrange(0, 300))
                    end = start + timedelta(days=rng.choice((4, 9, 20)))
                    officer_store.insert_leave(conn, officer, start, end, "")
                    leave_days.update(start + timedelta(days=d) for d in range((end - start).days
                                                                              + 1))
            if n == 7:
                officer_store.set_retired(conn, officer, TODAY + timedelta(days=30))
            holidays_too = n % 4 == 0
            visits = []
            monday = FIRST
            while monday <= TODAY:
                days = [monday + timedelta(days=d) for d in range(5)]
                free = [d for d in days if d not in leave_days and since <= d <= TODAY]
                festive = any(monday <= h < monday + timedelta(days=7) for h in SPRING_FESTIVAL)
                broken = n == 2 and monday == date(2021, 6, 7)
                if free and not broken and (holidays_too or not festive):
                    visits.append(NewVisit(rng.choice(free), officer, enterprise, (), "", {}))
                monday += timedelta(weeks=1)
            visit_store.insert_visits(conn, visits)
    logbook.close()


WEEKS = ["2026-W47", "2026-W46", "2026-W01", "2025-W52", "2024-W30", "2023-W05", "2021-W30",
         "2020-W02"]


# The reference reports of each diligent logbook as built (by seed): every test gets a copy of
# the same logbook (tests/templates.py), whose week-by-week reference is the same; worked out
# once, it is what the fast path of each copy is held to until the test changes the copy.
_AS_BUILT: dict[tuple[tuple[str, int], str, str | None], object] = {}


def _same_as_reference(logbook: Logbook, weeks: list[str] = WEEKS,
                       as_built: tuple[str, int] | None = None) -> None:
    """The fast path's reports equal the reference's; `as_built`: the logbook's rows are
    still those the diligent logbook of this (engine, seed) was built with."""
    with logbook.read() as conn:
        for week in weeks:
            for dept in (None, "部1"):
                fast = week_report(conn, week, TODAY, dept)
                key = (as_built, week, dept)
                reference = _AS_BUILT.get(key) if as_built is not None else None
                if reference is None:
                    reference = week_report(conn, week, TODAY, dept, shared=False)
                    if as_built is not None:
                        _AS_BUILT[key] = reference
                assert fast == reference, (week, dept)


def _kept(logbook: Logbook) -> int:
    return logbook.conn.execute("SELECT count(*) FROM streak_carries").fetchone()[0]


def _streaks(logbook: Logbook, week: str) -> dict[str, int]:
    with logbook.read() as conn:
        return {r.officer: r.streak for r in week_report(conn, week, TODAY, None).officers}


@pytest.fixture(params=[("sqlite", 0), ("sqlite", 1), ("sqlite", 2),
                        pytest.param(("postgres", 0), marks=pytest.mark.postgres)],
                ids=["sqlite-0", "sqlite-1", "sqlite-2", "postgres-0"])
def kind(request: pytest.FixtureRequest) -> tuple[str, int]:
    """(engine, seed) of a diligent logbook."""
    return request.param


@pytest.fixture
def diligent(tmp_path: Path, kind: tuple[str, int], templates: Templates,
             request: pytest.FixtureRequest) -> Logbook:
    """The diligent logbook of three seeds on SQLite (built once each, copied), of one on
    PostgreSQL (whose triggers and keeping of carries are held to the same reference path)."""
    engine, seed = kind
    if engine == "postgres":
        from visitlog.store.location import DbUrl

        server = request.getfixturevalue("pg_server")
        url = server.acquire()
        _diligent(DbUrl(url), seed)
        logbook = open_logbook(DbUrl(url), "tests")
        yield logbook
        logbook.close()
        server.release(url)
        return
    path = tmp_path / "logbook.db"
    templates.built(path, _diligent, seed)
    logbook = open_logbook(path)
    yield logbook
    logbook.close()


def _other_connection(logbook: Logbook) -> Any:
    """A second connection to the logbook, writing on its own (autocommit)."""
    if isinstance(logbook.path, Path):
        return sqlite3.connect(logbook.path, isolation_level=None)
    import psycopg

    return psycopg.connect(logbook.path.url, autocommit=True)


def test_long_streaks_equal_the_reference_kept_or_not(diligent: Logbook,
                                                     kind: tuple[str, int]) -> None:
    assert _kept(diligent) == 0
    _same_as_reference(diligent, as_built=kind)  # counted back, and kept
    assert _kept(diligent) > 0
    assert max(_streaks(diligent, "2026-W47").values()) > 300  # eight years unbroken
    _same_as_reference(diligent, as_built=kind)  # read from what was kept


def test_what_was_kept_is_read_not_counted_again(diligent: Logbook, kind: tuple[str, int],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _same_as_reference(diligent, as_built=kind)

    def count_back(*args: object) -> None:
        raise AssertionError("a kept streak was counted again")

    monkeypatch.setattr(week_service, "count_back", count_back)
    _same_as_reference(diligent, as_built=kind)
    with diligent.write_unjournaled() as conn:
        put_setting(conn, "min_available_days", "4")
    with pytest.raises(AssertionError, match="counted again"):
        _same_as_reference(diligent)  # counted under another calendar: not read


def _first(conn: sqlite3.Connection, sql: str, *params: object) -> tuple:
    return conn.execute(sql, params).fetchone()


CHANGES = {
    "a visit of an earlier year deleted": lambda conn: visit_store.delete_visit(conn, _first(
        conn, "SELECT id FROM visits WHERE week = '2023-W10' AND officer_id = 1")[0]),
    "a visit of an earlier year added": lambda conn: visit_store.insert_visits(conn, [NewVisit(
        date(2021, 6, 9), 3, 1, (), "", {})]),
    "a visit moved to another week": lambda conn: conn.execute(
        "UPDATE visits SET date = '2022-03-01', week = '2022-W09' WHERE id = ?",
        _first(conn, "SELECT id FROM visits WHERE week = '2022-W10' AND officer_id = 4")),
    "leave added": lambda conn: officer_store.insert_leave(conn, 3, date(2021, 6, 7),
                                                          date(2021, 6, 13), ""),
    "leave removed": lambda conn: conn.execute(
        "DELETE FROM leaves WHERE officer_id = 2 AND start < '2022-01-01'"),
    "since moved later": lambda conn: conn.execute(
        "UPDATE officers SET since = '2022-05-04' WHERE id IN (1, 4, 6)"),
    "since moved earlier": lambda conn: conn.execute(
        "UPDATE officers SET since = '2018-03-01' WHERE id IN (1, 5, 10)"),
    "retired": lambda conn: officer_store.set_retired(conn, 9, TODAY),
    "min_available_days": lambda conn: put_setting(conn, "min_available_days", "5"),
    "plain weekdays": lambda conn: put_setting(conn, "calendar", "weekdays"),
    "a calendar entry": lambda conn: [calendar_store.set_entry(conn, date(2022, 3, d), "holiday",
                                                               "停电") for d in (7, 8, 9)],
    "the last officer deleted and the id taken again": lambda conn: _officer_replaced(conn),
}


def _officer_replaced(conn: sqlite3.Connection) -> None:
    """The last officer deleted and a new one added: on SQLite the new one takes the id again
    (PostgreSQL's identity goes on counting)."""
    conn.execute("DELETE FROM leaves WHERE officer_id = 16")
    conn.execute("DELETE FROM visits WHERE officer_id = 16")
    conn.execute("DELETE FROM officers WHERE id = 16")
    new = officer_store.insert_officer(conn, "新人", "部1", date(2024, 3, 4), ("x", "x"))
    visit_store.insert_visits(conn, [NewVisit(date(2024, 3, 5) + timedelta(weeks=k), new, 1,
                                              (), "", {}) for k in range(100)])


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_makes_the_next_report_count_again(diligent: Logbook, kind: tuple[str, int],
                                                     change: str) -> None:
    _same_as_reference(diligent, as_built=kind)
    with diligent.write_unjournaled() as conn:
        CHANGES[change](conn)
    _same_as_reference(diligent)


def test_a_streak_broken_years_ago_shortens_todays(diligent: Logbook) -> None:
    before = _streaks(diligent, "2026-W47")
    with diligent.write_unjournaled() as conn:
        CHANGES["a visit of an earlier year deleted"](conn)
    after = _streaks(diligent, "2026-W47")
    assert after["干部0"] < before["干部0"]
    assert {k: v for k, v in after.items() if k != "干部0"} == {
        k: v for k, v in before.items() if k != "干部0"}


def test_nothing_is_kept_from_a_snapshot_another_process_has_written_past(
        diligent: Logbook) -> None:
    """A report whose snapshot is older than another process's write keeps nothing (what it
    counted may be out of date) and still reports what its snapshot holds."""
    other = _other_connection(diligent)
    with diligent.read() as conn:
        conn.execute("SELECT count(*) FROM visits").fetchone()  # the snapshot starts
        other.execute("INSERT INTO visits (date, week, officer_id, enterprise_id) "
                      "VALUES ('2026-11-15', '2026-W46', 3, 1)")
        fast = week_report(conn, "2026-W47", TODAY, None)
        assert fast == week_report(conn, "2026-W47", TODAY, None, shared=False)
    other.close()
    assert _kept(diligent) == 0
    _same_as_reference(diligent, ["2026-W47"])
    assert _kept(diligent) > 0


def test_a_read_only_logbook_reports_without_keeping(diligent: Logbook, kind: tuple[str, int],
                                                     request: pytest.FixtureRequest) -> None:
    path = diligent.path
    if isinstance(path, Path):
        reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        logbook = Logbook(path, reader)
    else:  # on a server: a role that may only read
        logbook = open_logbook(_read_only_role(request.getfixturevalue("pg_server"), path),
                               "reader")
    _same_as_reference(logbook, ["2026-W47", "2024-W30"], as_built=kind)
    assert _kept(logbook) == 0
    logbook.close()


def _read_only_role(server: Any, path: Any) -> Any:
    """The logbook's URL for a role that may read its schema's tables only."""
    from visitlog.store.location import DbUrl

    schema = path.url.rsplit("%3D", 1)[1]
    server.admin("DO $$ BEGIN CREATE ROLE vl_reader LOGIN; "
                 "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    server.admin(f"GRANT USAGE ON SCHEMA {schema} TO vl_reader; "
                 f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO vl_reader")
    return DbUrl(path.url.replace("postgresql://visitlog@", "postgresql://vl_reader@", 1))


@pytest.mark.engines
def test_the_cli_report_follows_an_old_visit_deleted_and_undone(cli: Cli) -> None:
    """Through the commands: a visit of last year deleted breaks this year's streak in the
    report that follows, and undo mends it."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2024-01-01")
    cli.ok("enterprise", "add", "金海")
    rows = [[(date(2024, 1, 3) + timedelta(weeks=k)).isoformat(), "王伟", "金海"]
            for k in range(151)]
    cli.ok("visit", "import", str(write_csv(cli.tmp_path / "v.csv",
                                            ["date", "officer", "enterprise"], rows)))
    streak = cli.week("--week", "2026-W46")["officers"][0]["streak"]
    assert streak == cli.week("--week", "2026-W46")["officers"][0]["streak"] > 100
    visit = json.loads(cli.ok("visit", "list", "--from", "2025-06-04", "--to", "2025-06-04",
                              "--format", "json"))
    cli.ok("visit", "delete", str(visit[0]["id"]))
    broken = cli.week("--week", "2026-W46")["officers"][0]["streak"]
    assert broken < 80
    cli.ok("undo")
    assert cli.week("--week", "2026-W46")["officers"][0]["streak"] == streak
