"""Chairman reception days (主席接待日): log, list, the leaders' Sunday roster, coverage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from visitlog.domain.demand_models import Reception
from visitlog.domain.errors import Duplicate, Invalid
from visitlog.domain.text import check_note, clean_name
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise
from visitlog.store import receptions as store

MAX_ENTERPRISES = 5
MAX_ROSTER_DAYS = 3 * 366
SUNDAY = 6


@dataclass(frozen=True)
class ReceptionDraft:
    day: date
    host: str
    enterprises: tuple[str, ...]
    participants: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Logged:
    reception: Reception
    not_sunday: bool


def log_reception(ctx: Context, draft: ReceptionDraft) -> Logged:
    """Record a reception day; a day that is not a Sunday is accepted but flagged."""
    host = clean_name(draft.host, "host")
    note = check_note(draft.note)
    if draft.day > ctx.today:
        raise Invalid("date.future", day=draft.day.isoformat())
    if not draft.enterprises:
        raise Invalid("reception.no_enterprise")
    if len(draft.enterprises) > MAX_ENTERPRISES:
        raise Invalid("reception.too_many", count=len(draft.enterprises), limit=MAX_ENTERPRISES)
    if draft.participants is not None and draft.participants < 0:
        raise Invalid("count.bad", field="participants", value=str(draft.participants))
    with ctx.logbook.write("reception.log", date=draft.day.isoformat(), host=host) as conn:
        ids: list[int] = []
        for text in draft.enterprises:
            enterprise_id, name = resolve_enterprise(conn, text)
            if enterprise_id in ids:
                raise Invalid("reception.duplicate_enterprise", enterprise=name)
            ids.append(enterprise_id)
        if store.reception_exists(conn, draft.day, host):
            raise Duplicate("reception.exists", date=draft.day.isoformat(), host=host)
        reception_id = store.insert_reception(conn, draft.day, host, draft.participants, note, ids)
        ctx.logbook.describe_step(id=reception_id)
        reception = store.get_reception(conn, reception_id)
    assert reception is not None
    return Logged(reception, draft.day.weekday() != SUNDAY)


def list_receptions(ctx: Context, first: date | None = None,
                    last: date | None = None) -> list[Reception]:
    from visitlog.service.refs import with_refs

    with ctx.logbook.read() as conn:
        return with_refs(conn, "receptions", store.list_receptions(conn, first, last))


def set_leaders(ctx: Context, names: list[str]) -> list[str]:
    cleaned = [clean_name(n, "leader") for n in names]
    if len(set(cleaned)) != len(cleaned):
        raise Invalid("reception.duplicate_leader")
    with ctx.logbook.write("reception.leaders", names="、".join(cleaned)) as conn:
        store.set_leaders(conn, cleaned)
    return cleaned


def get_leaders(ctx: Context) -> list[str]:
    with ctx.logbook.read() as conn:
        return store.get_leaders(conn)


def sundays(first: date, last: date) -> list[date]:
    """The Sundays of [first, last] (a recurrence rule, as a calendar would say it)."""
    from dateutil.rrule import SU, WEEKLY, rrule

    return [day.date() for day in rrule(WEEKLY, byweekday=SU, dtstart=first, until=last)]


def roster(ctx: Context, first: date, last: date, leaders: list[str]) -> list[tuple[date, str]]:
    """Sundays in [first, last] with the leader on duty: the leaders in turn, the first
    Sunday of the range going to the first leader (given, else the logbook's list)."""
    if last < first:
        raise Invalid("reception.bad_range", first=first.isoformat(), last=last.isoformat())
    if (last - first).days > MAX_ROSTER_DAYS:
        raise Invalid("reception.range_too_long", days=MAX_ROSTER_DAYS)
    names = [clean_name(n, "leader") for n in leaders] or get_leaders(ctx)
    if not names:
        raise Invalid("reception.no_leaders")
    return [(day, names[i % len(names)]) for i, day in enumerate(sundays(first, last))]


@dataclass(frozen=True)
class Coverage:
    year: int
    min_employees: int
    receptions: int
    attended: list[tuple]  # (enterprise, town, employees, times, last date)
    not_attended: list[tuple]  # (enterprise, town, employees)


def reception_coverage(ctx: Context, year: int, min_employees: int) -> Coverage:
    """Which enterprises with at least `min_employees` staff attended a reception in `year`."""
    if year > ctx.today.year:
        raise Invalid("reception.future_year", year=year)
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.logbook.read() as conn:
        rows = store.attendance(conn, min_employees, first, last)
        held = len(store.list_receptions(conn, first, last))
    attended = [r for r in rows if r[3]]
    missing = [r[:3] for r in rows if not r[3]]
    return Coverage(year, min_employees, held, attended, missing)
