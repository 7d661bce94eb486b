"""Queries behind the week figures: aggregates over the stored ISO-week column, and the
stored met weeks and streak carries."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from visitlog.domain.dates import week_start, weeks_in_year
from visitlog.domain.week_report import StreakHistory, WeekFacts
from visitlog.store.calendar import working_overrides
from visitlog.store.officers import active_officers, leaves_by_officer
from visitlog.store.settings import get_settings


def read_week(conn: sqlite3.Connection, week: str, dept: str | None) -> WeekFacts:
    """Everything the report of ISO week `week` reads (of one department's officers, when
    given), in one snapshot: the logbook's rules and calendar entries, the officers active in
    the week, their leaves touching the week-year, their met weeks of the week-year, the
    streaks kept for it, and the week's visits."""
    year = int(week[:4])
    monday = week_start(week)
    return WeekFacts(
        settings=get_settings(conn),
        calendar_entries=working_overrides(conn),
        officers=active_officers(conn, monday, monday + timedelta(days=6), dept),
        leaves=leaves_by_officer(conn, date.fromisocalendar(year, 1, 1),
                                 date.fromisocalendar(year, weeks_in_year(year), 7)),
        met=met_bits_of(conn, year, dept),
        carries=kept_carries(conn, year, dept),
        visits=visits_of_week(conn, week, dept),
    )


def read_streak_history(conn: sqlite3.Connection, year: int, officer_ids: list[int] | None
                        ) -> StreakHistory:
    """What counting streaks back before week-year `year` reads: the met weeks of every
    earlier week-year of the officers given (or of everyone), and every leave."""
    if officer_ids is None:
        rows = conn.execute("SELECT year, officer_id, weeks FROM met_weeks WHERE year < ?",
                            (year,))
    else:
        rows = conn.execute(
            "SELECT m.year, m.officer_id, m.weeks FROM json_each(?) j CROSS JOIN met_weeks m "
            "ON m.officer_id = j.value AND m.year < ?", (str(officer_ids), year))
    met: dict[int, dict[int, int]] = {}
    for met_year, officer_id, weeks in rows:
        met.setdefault(met_year, {})[officer_id] = weeks
    return StreakHistory(met, leaves_by_officer(conn))


def met_bits_of(conn: sqlite3.Connection, year: int, dept: str | None) -> dict[int, int]:
    """officer_id -> the ISO weeks of week-year `year` they met, as a bit set, of one
    department's officers or of everyone."""
    if dept is None:
        rows = conn.execute("SELECT officer_id, weeks FROM met_weeks WHERE year = ?", (year,))
    else:
        rows = conn.execute(
            "SELECT officer_id, weeks FROM met_weeks WHERE year = ? "
            "AND officer_id IN (SELECT id FROM officers WHERE dept = ?)", (year, dept))
    return dict(rows)


def kept_carries(conn: sqlite3.Connection, year: int, dept: str | None
                 ) -> dict[int, tuple[int, int, str]]:
    """officer_id -> (streak, first_year, basis) kept for week-year `year`
    (schema.py STREAK_CARRY_TRIGGERS), of one department's officers or of everyone."""
    if dept is None:
        rows = conn.execute("SELECT officer_id, streak, first_year, basis FROM streak_carries "
                            "WHERE year = ?", (year,))
    else:
        rows = conn.execute(
            "SELECT officer_id, streak, first_year, basis FROM streak_carries WHERE year = ? "
            "AND officer_id IN (SELECT id FROM officers WHERE dept = ?)", (year, dept))
    return {officer_id: (streak, first, basis) for officer_id, streak, first, basis in rows}


def visits_of_week(conn: sqlite3.Connection, week: str, dept: str | None = None
                   ) -> dict[int, list]:
    """officer_id -> [visits, enterprise names in the order first visited (by date, then
    name), OR of the roles masks] for the week (of one department's officers, when given).
    Joined and sorted in SQL, summed up here in one pass: a province's week is 10,000 rows."""
    if dept is None:
        rows = conn.execute(
            "SELECT v.officer_id, e.name, v.roles FROM visits v "
            "JOIN enterprises e ON e.id = v.enterprise_id WHERE v.week = ? "
            "ORDER BY v.officer_id, v.date, e.name", (week,))
    else:
        rows = conn.execute(
            "SELECT v.officer_id, e.name, v.roles FROM visits v "
            "JOIN enterprises e ON e.id = v.enterprise_id WHERE v.week = ? "
            "AND v.officer_id IN (SELECT id FROM officers WHERE dept = ?) "
            "ORDER BY v.officer_id, v.date, e.name", (week, dept))
    by_officer: dict[int, list] = {}
    for officer_id, enterprise, roles in rows:
        entry = by_officer.get(officer_id)
        if entry is None:
            by_officer[officer_id] = [1, [enterprise], roles]
        else:
            entry[0] += 1
            entry[2] |= roles
            if enterprise not in entry[1]:
                entry[1].append(enterprise)
    return by_officer


def met_weeks(
    conn: sqlite3.Connection, first_week: str, last_week: str, officer_ids: list[int] | None
) -> dict[int, set[str]]:
    """officer_id -> the weeks in [first_week, last_week] with at least one visit."""
    if officer_ids is None:
        rows = conn.execute(
            "SELECT officer_id, group_concat(week) FROM (SELECT DISTINCT officer_id, week "
            "FROM visits WHERE week BETWEEN ? AND ?) GROUP BY officer_id",
            (first_week, last_week),
        )
    else:
        rows = met_weeks_text(conn, first_week, last_week, officer_ids).items()
    return {officer_id: set(weeks.split(",")) for officer_id, weeks in rows}


def met_weeks_text(
    conn: sqlite3.Connection, first_week: str, last_week: str, officer_ids: list[int]
) -> dict[int, str]:
    """officer_id -> their met weeks in [first_week, last_week], comma-separated, for the
    officers given (those with none are left out). A week with two visits appears twice.

    One range of the (officer_id, week) index per officer: faster than grouping the whole
    week range, and it skips the officers a report does not list. Not deduplicating in SQL
    halves the cost; callers test membership or dedupe the few they count."""
    rows = conn.execute(
        "SELECT j.value, (SELECT group_concat(week) FROM visits "
        "WHERE officer_id = j.value AND week BETWEEN ? AND ?) FROM json_each(?) j",
        (first_week, last_week, str(officer_ids)),
    )
    return {officer_id: weeks for officer_id, weeks in rows if weeks}


def met_weeks_through(conn: sqlite3.Connection, officer_id: int, last_week: str) -> set[str]:
    """Every week up to `last_week` in which the officer visited (for long streaks)."""
    rows = conn.execute(
        "SELECT DISTINCT week FROM visits WHERE officer_id = ? AND week <= ?",
        (officer_id, last_week),
    )
    return {row[0] for row in rows}


def met_bits(conn: sqlite3.Connection, year: int, officer_ids: list[int] | None
             ) -> dict[int, int]:
    """officer_id -> the ISO weeks of week-year `year` they met, as a bit set (bit n-1 for
    week n; see store/schema met_weeks), of the officers given, or of everyone."""
    if officer_ids is None:
        rows = conn.execute("SELECT officer_id, weeks FROM met_weeks WHERE year = ?", (year,))
    else:
        rows = conn.execute(
            "SELECT m.officer_id, m.weeks FROM json_each(?) j CROSS JOIN met_weeks m "
            "ON m.year = ? AND m.officer_id = j.value", (str(officer_ids), year))
    return dict(rows)


def keep_streak_carries(conn: sqlite3.Connection, year: int,
                        rows: list[tuple[int, int, int, str]]) -> bool:
    """Keep (officer_id, streak, first_year, basis) rows for week-year `year`, inside the
    report's read transaction, if that can be done at once: not when another process has
    written since the report's snapshot (its rows could be out of date), holds the write lock,
    or the logbook is read-only. False when they were not kept: the next report counts again."""
    from visitlog.store.engine import is_postgres

    if is_postgres(conn):
        from visitlog.store.pg.weekly import keep_streak_carries as keep_on_server

        return keep_on_server(conn, year, rows)
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("SAVEPOINT keep_carries")
        try:
            conn.executemany("INSERT OR REPLACE INTO streak_carries (year, officer_id, streak, "
                             "first_year, basis) VALUES (?, ?, ?, ?, ?)",
                             [(year, *row) for row in rows])
        except sqlite3.Error:
            _abandon(conn)
            return False
        conn.execute("RELEASE keep_carries")
        return True
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _abandon(conn: sqlite3.Connection) -> None:
    """Undo what keep_streak_carries wrote. A full disk or an I/O error may have rolled the
    whole transaction back: then a new read one is begun for the report to go on in (and be
    committed by its caller as usual)."""
    try:
        conn.execute("ROLLBACK TO keep_carries")
        conn.execute("RELEASE keep_carries")
    except sqlite3.Error:
        pass
    if not conn.in_transaction:
        conn.execute("BEGIN")
