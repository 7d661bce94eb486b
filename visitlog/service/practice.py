"""三个一天 practice days: log one, and the monthly / yearly completeness reports."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.errors import Duplicate, Invalid
from visitlog.domain.models import Officer
from visitlog.domain.programme_reports import (  # noqa: F401 - the report's records
    PracticeLogged,
    PracticeMonth,
    PracticeRow,
    PracticeYear,
    PracticeYearRow,
)
from visitlog.domain.programmes_rules import (
    PRACTICE_KEYS,
    PRACTICE_KINDS,
    month_bounds,
    month_key,
    practice_complete,
    resolve_programme_term,
)
from visitlog.domain.text import check_note
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise, resolve_officer
from visitlog.service.visits import inactive_note, require_officer
from visitlog.store import officers as officer_store
from visitlog.store import programmes as store


def log_practice(ctx: Context, kind_text: str, officer: str | None, day: date,
                 enterprise: str | None, note: str) -> PracticeLogged:
    """Record one practice day; the date is already known not to be in the future."""
    kind = resolve_programme_term(PRACTICE_KINDS, kind_text, "practice_day").key
    officer_text = require_officer(officer, ctx.officer_me)
    note = check_note(note)
    with ctx.logbook.write("practice.log", kind=kind, date=day.isoformat()) as conn:
        officer_id, officer_name = resolve_officer(conn, officer_text)
        enterprise_id, enterprise_name = (
            resolve_enterprise(conn, enterprise) if enterprise else (None, None))
        new_id = store.insert_practice_day(conn, officer_id, day, kind, enterprise_id, note)
        if new_id is None:
            raise Duplicate("practice.exists", officer=officer_name, date=day.isoformat(),
                            kind=kind)
        ctx.logbook.describe_step(officer=officer_name)
        first, last = month_bounds(month_key(day))
        done = store.practice_kinds(conn, first, last).get((officer_id, month_key(day)), set())
        inactive = inactive_note(conn, officer_id, day)
    return PracticeLogged(new_id, officer_name, day, kind, enterprise_name,
                          tuple(k for k in PRACTICE_KEYS if k in done), inactive)


def log_practice_days(ctx: Context, entries: list[tuple[str, date, str]]) -> int:
    """Record many practice days (exact officer names, kind keys) in one transaction;
    days already logged are skipped. Returns how many were added."""
    added = 0
    with ctx.logbook.write("practice.import") as conn:
        officers = officer_store.officer_ids_by_name(conn)
        for name, day, kind in entries:
            officer_id = officers.get(name)
            if officer_id is None:
                raise Invalid("officer.not_found", name=name, candidates="")
            if kind not in PRACTICE_KEYS or day > ctx.today:
                raise Invalid("practice.bad_entry", officer=name, date=day.isoformat())
            added += store.insert_practice_day(conn, officer_id, day, kind, None, "") is not None
        ctx.logbook.describe_step(added=added)
    return added


def practice_month(ctx: Context, month: str, officer: str | None = None) -> PracticeMonth:
    """Every officer active on at least one day of the month (or only `officer`, a
    --officer filter), with the kinds of day done."""
    first, last = month_bounds(month)
    if first > ctx.today:
        raise Invalid("practice.future_month", month=month)
    with ctx.logbook.read() as conn:
        officers = _active(conn, first, last, officer)
        done = store.practice_kinds(conn, first, last)
    rows = []
    for officer in officers:
        kinds = done.get((officer.id, month), set())
        rows.append(PracticeRow(officer.name, officer.dept,
                                {k: k in kinds for k in PRACTICE_KEYS}, practice_complete(kinds)))
    return PracticeMonth(month, rows, sum(1 for r in rows if r.complete))


def practice_year(ctx: Context, year: int, officer: str | None = None) -> PracticeYear:
    """Months × officers of a year (or only `officer`), up to the current month: which
    months are complete."""
    if year > ctx.today.year:
        raise Invalid("practice.future_year", year=year)
    last_month = 12 if year < ctx.today.year else ctx.today.month
    months = [f"{year:04d}-{m:02d}" for m in range(1, last_month + 1)]
    first, last = date(year, 1, 1), month_bounds(months[-1])[1]
    with ctx.logbook.read() as conn:
        officers = _active(conn, first, last, officer)
        done = store.practice_kinds(conn, first, last)
    rows = []
    for officer in officers:
        grid: dict[str, bool | None] = {}
        for month in months:
            start, end = month_bounds(month)
            active = officer.since <= end and (
                officer.retired_on is None or officer.retired_on > start)
            kinds = done.get((officer.id, month))
            # a month the officer was not active in shows what was logged in it, if anything
            grid[month] = practice_complete(kinds or set()) if active or kinds else None
        rows.append(PracticeYearRow(officer.name, officer.dept, grid,
                                    sum(1 for v in grid.values() if v)))
    return PracticeYear(year, months, rows)


def _active(conn: sqlite3.Connection, first: date, last: date, officer: str | None
            ) -> list[Officer]:
    """Officers active in [first, last], and those who logged a practice day in it all the
    same; with a --officer filter, that one among them."""
    from visitlog.service.one_officer import officer_filter

    chosen = officer_filter(conn, officer)
    officers = officer_store.active_or_practising(conn, first, last,
                                                  chosen.dept if chosen else None)
    return [o for o in officers if chosen is None or o.id == chosen.id]
