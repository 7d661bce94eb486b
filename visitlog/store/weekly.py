"""Queries behind the week figures: aggregates over the stored ISO-week column."""

from __future__ import annotations

import sqlite3


def visits_of_week(
    conn: sqlite3.Connection, week: str, officer_ids: list[int] | None = None
) -> dict[int, list]:
    """officer_id -> [visits, enterprise names in the order first visited (by date, then
    name), OR of the roles masks] for the week (of the officers given, when given: a
    department's report reads only its own). Joined and sorted in SQL, summed up here in one
    pass: a province's week is 10,000 rows."""
    if officer_ids is None:
        rows = conn.execute(
            "SELECT v.officer_id, e.name, v.roles FROM visits v "
            "JOIN enterprises e ON e.id = v.enterprise_id WHERE v.week = ? "
            "ORDER BY v.officer_id, v.date, e.name", (week,))
    else:
        rows = conn.execute(
            # CROSS JOIN fixes the order: each officer's (officer_id, week) range, rather than
            # the whole week's visits checked against the list
            "SELECT v.officer_id, e.name, v.roles FROM json_each(?) j "
            "CROSS JOIN visits v ON v.officer_id = j.value AND v.week = ? "
            "JOIN enterprises e ON e.id = v.enterprise_id "
            "ORDER BY v.officer_id, v.date, e.name",
            (str(officer_ids), week),
        )
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


def carried_since(conn: sqlite3.Connection, year: int) -> int | None:
    """The earliest week-year a streak kept for week-year `year` was counted from."""
    return conn.execute("SELECT min(first_year) FROM streak_carries WHERE year = ?",
                        (year,)).fetchone()[0]


def streak_carries(conn: sqlite3.Connection, year: int, bases: list[str],
                   officer_ids: list[int] | None) -> dict[int, int]:
    """officer_id -> the streak kept for week-year `year` (schema.py STREAK_CARRY_TRIGGERS)
    when it was counted on one of `bases`; of the officers given, or of everyone."""
    if not bases:
        return {}
    marks = ", ".join("?" * len(bases))  # (a year's few: json_each lists integers only)
    if officer_ids is None:
        rows = conn.execute(
            f"SELECT officer_id, streak FROM streak_carries WHERE year = ? "
            f"AND basis IN ({marks})", (year, *bases))
    else:
        rows = conn.execute(
            "SELECT c.officer_id, c.streak FROM json_each(?) j CROSS JOIN streak_carries c "
            f"ON c.year = ? AND c.officer_id = j.value WHERE c.basis IN ({marks})",
            (str(officer_ids), year, *bases))
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
