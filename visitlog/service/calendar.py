"""The official calendar as the logbook's own data: show a year, set, unset, import.

The logbook's entries override the holidays package date by date (workdays.py); a year
with at least one entry counts as official.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from visitlog.domain.calendar import (
    GUESS,
    HOLIDAY,
    LOGBOOK,
    PACKAGE,
    WORKDAY,
    CalendarDay,
    CalendarYear,
    check_year,
    parse_kind,
)
from visitlog.domain.dates import parse_date
from visitlog.domain.errors import Invalid, NotFound, VisitlogError
from visitlog.domain.text import clean_name
from visitlog.service.context import Context
from visitlog.service.imports import ImportResult
from visitlog.store import calendar as store

CALENDAR_COLUMNS = {"date": ("日期",), "kind": ("类型", "休/班"), "name": ("名称", "节日")}


def parse_day(text: str, today: date) -> date:
    """A DATE (future ones too: a schedule is typed in before its year begins)."""
    day = parse_date(text, today)
    check_year(day.year)
    return day


def entry_name(text: str | None) -> str:
    return clean_name(text, "name") if text and text.strip() else ""


def calendar_year(ctx: Context, year: int) -> CalendarYear:
    """The year's days off on weekdays and make-up working days, each with its source."""
    from visitlog.i18n import t
    from visitlog.service.workdays import package_days_of_year, package_official_years

    check_year(year)
    with ctx.logbook.read() as conn:
        entries = {day: (kind, name) for day, kind, name in store.calendar_entries(conn, year)}
    package = package_days_of_year(year, ctx.lang)
    source = PACKAGE if year in package_official_years() else GUESS
    days = []
    for day in sorted(set(package) | set(entries)):
        if day in entries:
            kind, name = entries[day]
            days.append(CalendarDay(day, kind, name, LOGBOOK))
        else:
            working, name = package[day]
            days.append(CalendarDay(day, WORKDAY if working else HOLIDAY,
                                    name or t("calendar.makeup", ctx.lang), source))
    return CalendarYear(year, source == PACKAGE or bool(entries), days)


def _listed(days: list[date]) -> str:
    return ", ".join(day.isoformat() for day in days)


def _days(texts: list[str], today: date) -> list[date]:
    return sorted({parse_day(text, today) for text in texts})


def set_days(ctx: Context, texts: list[str], kind: str, name: str | None) -> list[date]:
    """Enter DATEs as official days off or working days; the days, in order."""
    days = _days(texts, ctx.today)
    name = entry_name(name)
    with ctx.logbook.write("calendar.set", days=_listed(days), kind=kind) as conn:
        for day in days:
            store.set_entry(conn, day, kind, name)
    return days


def unset_days(ctx: Context, texts: list[str]) -> list[date]:
    """Remove the entries of DATEs (the package's answer applies again); all or nothing."""
    days = _days(texts, ctx.today)
    with ctx.logbook.write("calendar.unset", days=_listed(days)) as conn:
        known = {day for day, _kind, _name in store.calendar_entries(conn)}
        missing = [day for day in days if day not in known]
        if missing:
            raise NotFound("calendar.unset_none", days=_listed(missing))
        store.delete_entries(conn, days)
    return days


def import_calendar_file(ctx: Context, path: Path) -> ImportResult:
    """CSV date,kind,name: all or nothing; entries already there as they are are skipped."""
    from visitlog.formats.csvin import read_rows
    from visitlog.service.imports import _bad_row

    rows: dict[date, tuple[str, str, int]] = {}
    with ctx.logbook.write("calendar.import", file=path.name) as conn:
        for line, row, values in read_rows(path, CALENDAR_COLUMNS, ("date", "kind")):
            try:
                day = parse_day(values["date"], ctx.today)
                kind, name = parse_kind(values["kind"]), entry_name(values.get("name"))
                first = rows.get(day)
                if first is not None and first[:2] != (kind, name):
                    raise Invalid("calendar.conflict", date=day.isoformat(), first=first[2])
            except VisitlogError as exc:
                raise _bad_row(line, row, exc) from exc
            rows.setdefault(day, (kind, name, line))
        added = sum(store.set_entry(conn, day, kind, name)
                    for day, (kind, name, _line) in sorted(rows.items()))
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, len(rows) - added)
