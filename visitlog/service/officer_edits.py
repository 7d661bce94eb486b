"""Correcting officers: `officer edit` (name, department, first day), `officer unretire`.

Journaled (undo/redo); the identity triggers stamp `updated_at`, so the edits travel with
export/merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from visitlog.domain.errors import Duplicate, Invalid, NotFound
from visitlog.domain.models import Leave, Officer
from visitlog.domain.text import check_note, clean_name
from visitlog.service.context import Context
from visitlog.service.names import resolve_officer
from visitlog.store import officers as store


@dataclass(frozen=True, slots=True)
class OfficerEdit:
    officer: Officer
    me_followed: bool  # the renamed officer was this user's "me", and "me" follows the name


def edit_officer(ctx: Context, typed: str, name: str | None, dept: str | None,
                 since: date | None) -> OfficerEdit:
    """Change what is given; nothing given is bad input. A renamed officer who is this user's
    configured "me" stays "me": the user config follows the new name."""
    if name is None and dept is None and since is None:
        raise Invalid("officer.edit_nothing")
    new_name = clean_name(name, "officer") if name is not None else None
    new_dept = clean_name(dept, "dept") if dept is not None else None
    with ctx.logbook.write("officer.edit") as conn:
        officer_id, full_name = resolve_officer(conn, typed)
        ctx.logbook.describe_step(name=full_name)
        officer = store.get_officer(conn, officer_id)
        keys = store.pinyin_of(conn, officer_id)
        if new_name is not None and new_name != officer.name:
            if store.officer_id_by_name(conn, new_name) is not None:
                raise Duplicate("officer.exists", name=new_name)
            from visitlog.domain.pinyin import pinyin_keys

            keys = pinyin_keys(new_name)
        start = since or officer.since
        if officer.retired_on is not None and officer.retired_on <= start:
            raise Invalid("officer.since_after_retired", name=officer.name,
                          since=start.isoformat(), retired=officer.retired_on.isoformat())
        store.update_officer(conn, officer_id, new_name or officer.name, new_dept or officer.dept,
                             start, keys)
        edited = store.get_officer(conn, officer_id)
    followed = edited.name != officer.name and ctx.officer_me == officer.name
    if followed:
        from visitlog.service.settings import follow_me

        follow_me(edited.name)
    return OfficerEdit(edited, followed)


def unretire_officer(ctx: Context, typed: str) -> Officer:
    """Undo a retirement recorded by mistake (long after, when `undo` no longer reaches it)."""
    with ctx.logbook.write("officer.unretire") as conn:
        officer_id, full_name = resolve_officer(conn, typed)
        ctx.logbook.describe_step(name=full_name)
        if store.get_officer(conn, officer_id).retired_on is None:
            raise Invalid("officer.not_retired", name=full_name)
        store.set_retired(conn, officer_id, None)
        return store.get_officer(conn, officer_id)


def _leave(conn, leave_id: int) -> Leave:  # noqa: ANN001
    leave = store.get_leave(conn, leave_id)
    if leave is None:
        raise NotFound("leave.not_found", id=leave_id)
    return leave


def edit_leave(ctx: Context, leave_id: int, start: date | None, end: date | None,
               reason: str | None) -> Leave:
    """Change a leave's dates or reason; nothing given is bad input."""
    if start is None and end is None and reason is None:
        raise Invalid("leave.edit_nothing")
    with ctx.logbook.write("leave.edit", id=leave_id) as conn:
        leave = _leave(conn, leave_id)
        ctx.logbook.describe_step(name=leave.officer)
        first, last = start or leave.start, end or leave.end
        if last < first:
            raise Invalid("leave.end_before_start", start=first.isoformat(), end=last.isoformat())
        text = leave.reason if reason is None else check_note(reason.strip(), "reason")
        if not store.update_leave(conn, leave_id, first, last, text):
            raise Duplicate("leave.exists", name=leave.officer, start=first.isoformat(),
                            end=last.isoformat())
        return _leave(conn, leave_id)


def delete_leave(ctx: Context, leave_id: int) -> Leave:
    with ctx.logbook.write("leave.delete", id=leave_id) as conn:
        leave = _leave(conn, leave_id)
        ctx.logbook.describe_step(name=leave.officer, start=leave.start.isoformat(),
                                  end=leave.end.isoformat())
        store.delete_leave(conn, leave_id)
        return leave
