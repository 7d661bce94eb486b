"""Officers and their leave."""

from __future__ import annotations

from datetime import date

from visitlog.domain.errors import Duplicate, Invalid
from visitlog.domain.models import Leave, Officer
from visitlog.domain.pinyin import pinyin_keys
from visitlog.domain.text import clean_name
from visitlog.service.context import Context
from visitlog.service.names import resolve_officer
from visitlog.store import officers as store


def add_officer(ctx: Context, name: str, dept: str, since: date | None) -> Officer:
    name, dept = clean_name(name, "officer"), clean_name(dept, "dept")
    start = since or ctx.today
    with ctx.logbook.write("officer.add", name=name) as conn:
        if store.officer_id_by_name(conn, name) is not None:
            raise Duplicate("officer.exists", name=name)
        officer_id = store.insert_officer(conn, name, dept, start, pinyin_keys(name))
        return store.get_officer(conn, officer_id)


def list_officers(ctx: Context, dept: str | None, include_retired: bool,
                  officer: str | None = None) -> list[Officer]:
    """Officers by department; `officer` (a --officer filter) keeps that one, who must be
    of `dept` when both are given."""
    from visitlog.service.one_officer import report_scope

    with ctx.logbook.read() as conn:
        dept, name = report_scope(conn, dept, officer)
        officers = store.list_officers(conn, dept, include_retired)
    return [o for o in officers if name is None or o.name == name]


def retire_officer(ctx: Context, name: str, on: date) -> Officer:
    with ctx.logbook.write("officer.retire", on=on.isoformat()) as conn:
        officer_id, full_name = resolve_officer(conn, name)
        officer = store.get_officer(conn, officer_id)
        if on <= officer.since:
            raise Invalid("officer.retire_before_since", name=full_name,
                          since=officer.since.isoformat())
        store.set_retired(conn, officer_id, on)
        ctx.logbook.describe_step(name=full_name)
        return store.get_officer(conn, officer_id)


def add_leave(ctx: Context, name: str, start: date, end: date, reason: str) -> Leave:
    if end < start:
        raise Invalid("leave.end_before_start", start=start.isoformat(), end=end.isoformat())
    with ctx.logbook.write("leave.add", start=start.isoformat(), end=end.isoformat()) as conn:
        officer_id, full_name = resolve_officer(conn, name)
        leave_id = store.insert_leave(conn, officer_id, start, end, reason.strip())
        if leave_id is None:
            raise Duplicate("leave.exists", name=full_name, start=start.isoformat(),
                            end=end.isoformat())
        ctx.logbook.describe_step(name=full_name)
        return Leave(leave_id, full_name, start, end, reason.strip())


def list_leaves(ctx: Context, name: str | None) -> list[Leave]:
    with ctx.logbook.read() as conn:
        officer_id = resolve_officer(conn, name)[0] if name else None
        return store.list_leaves(conn, officer_id)


def logbook_is_empty(ctx: Context) -> bool:
    """No officers yet: the demo may load its federation."""
    from visitlog.store.officers import count_officers

    with ctx.logbook.read() as conn:
        return count_officers(conn) == 0
