"""`calendar show` in every format: the issue's JSON shape, a sheet, the terminal table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visitlog.domain.calendar import GUESS, HOLIDAY, WORKDAY
from visitlog.i18n import t

if TYPE_CHECKING:
    from visitlog.domain.calendar import CalendarYear
    from visitlog.render.sheet import Sheet


def calendar_data(year: CalendarYear) -> dict[str, Any]:
    return {
        "year": year.year, "official": year.official,
        "holidays": [d.day.isoformat() for d in year.days if d.kind == HOLIDAY],
        "workdays": [d.day.isoformat() for d in year.days if d.kind == WORKDAY],
        "days": [{"date": d.day.isoformat(), "kind": d.kind, "name": d.name,
                  "source": d.source} for d in year.days],
    }


def _weekday(day_index: int) -> str:
    names = t("calendar.weekdays")
    return names[day_index] if " " not in names else names.split(" ")[day_index]


def calendar_sheet(year: CalendarYear) -> Sheet:
    from visitlog.render.sheet import Column, Sheet

    columns = [
        Column("date", "calendar.col.date"),
        Column("weekday", "calendar.col.weekday"),
        Column("kind", "calendar.col.kind", words=lambda k: t(f"calendar.kind.{k}")),
        Column("name", "calendar.col.name"),
        Column("source", "calendar.col.source", words=lambda s: t(f"calendar.source.{s}")),
    ]
    rows = [[d.day, _weekday(d.day.weekday()), d.kind, d.name, d.source] for d in year.days]
    holidays = sum(d.kind == HOLIDAY and d.day.weekday() < 5 for d in year.days)
    workdays = sum(d.kind == WORKDAY and d.day.weekday() >= 5 for d in year.days)
    title = t("calendar.title" if year.official else "calendar.title_guessed", year=year.year)
    styles = ["yellow" if d.source == GUESS else None for d in year.days]
    return Sheet(title, columns, rows, styles=styles,
                 footer=[t("calendar.summary", holidays=holidays, workdays=workdays)])
