"""A week report keeping streak carries on PostgreSQL (store/weekly.keep_streak_carries).

The report runs in a REPEATABLE READ snapshot. Its carries are counted from that snapshot, so
they are kept only when nothing has been written since it was taken: the logbook's write lock
is free now (no writer is under way), and no transaction anywhere on the server was given a
transaction id since the snapshot (the id this write is given is the snapshot's first unused
one, and none was in progress when it was taken). Otherwise, or when the role may not write,
nothing is kept and the next report counts again, as on SQLite. The write lock, once taken,
is held to the end of the report (as SQLite holds its own once a reader writes): writers wait
those milliseconds, never the other way round (the report only tries the lock).
"""

from __future__ import annotations

import json

from visitlog.store.pg.connection import DRIVER_ERRORS, WRITE_LOCK, PgConnection

_NOTHING_SINCE = (
    "SELECT pg_try_advisory_xact_lock(%s) "
    "AND NOT EXISTS (SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot())) "
    "AND pg_current_xact_id() = pg_snapshot_xmax(pg_current_snapshot())")
_KEEP = (
    "INSERT INTO streak_carries (year, officer_id, streak, first_year, basis) "
    "SELECT %s, r.officer_id, r.streak, r.first_year, r.basis "
    "FROM json_to_recordset(CAST(%s AS json)) "
    "AS r(officer_id bigint, streak bigint, first_year bigint, basis text) "
    "ON CONFLICT (year, officer_id) DO UPDATE SET streak = excluded.streak, "
    "first_year = excluded.first_year, basis = excluded.basis")


def keep_streak_carries(conn: PgConnection, year: int,
                        rows: list[tuple[int, int, int, str]]) -> bool:
    """Keep (officer_id, streak, first_year, basis) rows for week-year `year` inside the
    report's snapshot when nothing was written since it; whether they were kept."""
    raw = conn.raw
    raw.execute("SAVEPOINT keep_carries")
    try:
        if not raw.execute(_NOTHING_SINCE, (WRITE_LOCK,)).fetchone()[0]:
            raw.execute("ROLLBACK TO SAVEPOINT keep_carries")
            raw.execute("RELEASE SAVEPOINT keep_carries")
            return False
        records = [{"officer_id": officer_id, "streak": streak, "first_year": first,
                    "basis": basis} for officer_id, streak, first, basis in rows]
        raw.execute(_KEEP, (year, json.dumps(records)))
        raw.execute("RELEASE SAVEPOINT keep_carries")
        return True
    except DRIVER_ERRORS:  # a role that may only read, a serialization failure …
        try:
            raw.execute("ROLLBACK TO SAVEPOINT keep_carries")
            raw.execute("RELEASE SAVEPOINT keep_carries")
        except DRIVER_ERRORS:
            pass
        return False
