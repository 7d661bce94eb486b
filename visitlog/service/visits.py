"""Visits: log, show, edit, delete, list."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from visitlog.domain.dates import week_key
from visitlog.domain.errors import Duplicate, Invalid, NotFound
from visitlog.domain.models import Enterprise, NewVisit, Visit
from visitlog.domain.rules import inactive_on
from visitlog.domain.text import ascii_digits, check_note, clean_name
from visitlog.domain.vocab import OUTCOMES, parse_roles, resolve_term
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise, resolve_officer
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store
from visitlog.store import visits as store

MAX_OUTCOME = 1_000_000


class VisitDraft(NamedTuple):
    """What the user typed for a visit, before names are resolved."""

    enterprise: str
    officer: str | None
    date: date
    roles: tuple[str, ...] = ()
    note: str = ""
    outcomes: tuple[str, ...] = ()
    create_enterprise: bool = False


class Logged(NamedTuple):
    visit: Visit
    week: str
    week_visits: int
    created_enterprise: bool
    outside_assignment: bool = False  # the officer has assignments (挂钩) and this is not one
    # a day the officer is not active on: ("not_yet", since) or ("retired", retired_on)
    inactive: tuple[str, date] | None = None


def parse_outcomes(items: tuple[str, ...] | list[str]) -> dict[str, int]:
    """`KEY=N` pairs (key, Chinese name or prefix) to a dict of counts."""
    outcomes: dict[str, int] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise Invalid("outcome.bad", text=item)
        term = resolve_term(OUTCOMES, key, "outcome")
        outcomes[term.key] = parse_count(value, f"outcome {term.key}")
    return outcomes


def parse_count(text: str, field: str) -> int:
    value = ascii_digits(text)
    if value is None or int(value) > MAX_OUTCOME:
        raise Invalid("count.bad", field=field, value=text)
    return int(value)


def require_officer(name: str | None, me: str | None) -> str:
    officer = name or me
    if not officer:
        raise Invalid("officer.me_missing")
    return officer


def log_visit(ctx: Context, draft: VisitDraft) -> Logged:
    officer_text = require_officer(draft.officer, ctx.officer_me)
    roles = tuple(parse_roles(list(draft.roles)))
    outcomes = parse_outcomes(draft.outcomes)
    note = check_note(draft.note)
    with ctx.logbook.write("visit.log", date=draft.date.isoformat()) as conn:
        officer_id, officer = resolve_officer(conn, officer_text)
        enterprise_id, enterprise, created = _enterprise_for(conn, draft)
        new = NewVisit(draft.date, officer_id, enterprise_id, roles, note, outcomes)
        if store.visit_exists(conn, officer_id, draft.date, enterprise_id):
            raise Duplicate("visit.exists", officer=officer, enterprise=enterprise,
                            date=draft.date.isoformat())
        visit_id = store.insert_visit(conn, new)
        ctx.logbook.describe_step(id=visit_id, officer=officer, enterprise=enterprise)
        week = week_key(draft.date)
        count = store.officer_visits_in_week(conn, officer_id, week)
        visit = store.get_visit(conn, visit_id)
        outside = store.outside_assignment(conn, officer_id, enterprise_id)
        record = officer_store.get_officer(conn, officer_id)
    assert visit is not None
    return Logged(visit, week, count, created, outside,
                  inactive_on(record.since, record.retired_on, draft.date))


def inactive_note(conn, officer_id: int, day: date) -> tuple[str, date] | None:  # noqa: ANN001
    """The note an entry dated `day` gets when its officer was not active that day (practice
    days, interviews, achievements say what `log` says)."""
    record = officer_store.get_officer(conn, officer_id)
    return inactive_on(record.since, record.retired_on, day)


def _enterprise_for(conn: sqlite3.Connection, draft: VisitDraft) -> tuple[int, str, bool]:
    if not draft.create_enterprise:
        try:
            return (*resolve_enterprise(conn, draft.enterprise), False)
        except NotFound as exc:  # only `log`/`visit add` can create it: say how
            raise NotFound("enterprise.not_found_new", **exc.params) from None
    name = clean_name(draft.enterprise, "enterprise")
    existing = enterprise_store.enterprise_id_by_name(conn, name)
    if existing is not None:
        return existing, name, False
    aliased = enterprise_store.find_enterprises(conn, "alias", name, 1)
    if aliased:  # an alias names it already: no second enterprise of that name
        return aliased[0][0], aliased[0][1], False
    from visitlog.service.enterprises import insert_new_enterprise

    return insert_new_enterprise(conn, Enterprise(0, name)), name, True


def show_visit(ctx: Context, visit_id: int | str) -> Visit:
    from visitlog.service.refs import row_id, with_refs

    with ctx.logbook.read() as conn:
        visit_id = row_id(conn, "visits", visit_id)
        visit = store.get_visit(conn, visit_id)
        if visit is None:
            raise NotFound("visit.not_found", id=visit_id)
        return with_refs(conn, "visits", [visit])[0]


class VisitChanges(NamedTuple):
    """Fields to change on a visit; None leaves a field as it is."""

    date: date | None = None
    officer: str | None = None
    enterprise: str | None = None
    roles: tuple[str, ...] | None = None
    note: str | None = None
    outcomes: tuple[str, ...] = ()


def edit_visit(ctx: Context, visit_id: int | str, changes: VisitChanges) -> Visit:
    if changes == VisitChanges():
        raise Invalid("visit.nothing_to_change")
    roles = tuple(parse_roles(list(changes.roles))) if changes.roles is not None else None
    outcomes = parse_outcomes(changes.outcomes)
    with ctx.logbook.write("visit.edit", id=visit_id) as conn:
        from visitlog.service.refs import row_id

        visit_id = row_id(conn, "visits", visit_id)
        ctx.logbook.describe_step(id=visit_id)
        current = store.get_new_visit(conn, visit_id)
        if current is None:
            raise NotFound("visit.not_found", id=visit_id)
        updated = current._replace(
            date=changes.date or current.date,
            officer_id=resolve_officer(conn, changes.officer)[0]
            if changes.officer else current.officer_id,
            enterprise_id=resolve_enterprise(conn, changes.enterprise)[0]
            if changes.enterprise else current.enterprise_id,
            roles=current.roles if roles is None else roles,
            note=current.note if changes.note is None else check_note(changes.note),
            outcomes={**current.outcomes, **outcomes},
        )
        key_changed = (updated.officer_id, updated.date, updated.enterprise_id) != (
            current.officer_id, current.date, current.enterprise_id)
        other = store.find_visit_id(conn, updated.officer_id, updated.date, updated.enterprise_id)
        if key_changed and other is not None:
            raise Duplicate("visit.exists_edit", id=other)  # names the visit it would duplicate
        store.update_visit(conn, visit_id, updated)
        visit = store.get_visit(conn, visit_id)
    assert visit is not None
    return visit


def delete_visit(ctx: Context, visit_id: int | str) -> Visit:
    with ctx.logbook.write("visit.delete", id=visit_id) as conn:
        from visitlog.service.refs import row_id

        visit_id = row_id(conn, "visits", visit_id)
        ctx.logbook.describe_step(id=visit_id)
        visit = store.get_visit(conn, visit_id)
        if visit is None:
            raise NotFound("visit.not_found", id=visit_id)
        from visitlog.store.demands import unlink_visit

        unlink_visit(conn, visit_id)
        store.delete_visit(conn, visit_id)
        ctx.logbook.describe_step(officer=visit.officer, enterprise=visit.enterprise,
                                  date=visit.date.isoformat())
    return visit


class VisitFilter(NamedTuple):
    officer: str | None = None
    enterprise: str | None = None
    first: date | None = None
    last: date | None = None
    limit: int | None = None


def list_visits(ctx: Context, filters: VisitFilter) -> list[Visit]:
    from visitlog.service.refs import with_refs

    with ctx.logbook.read() as conn:
        officer_id = resolve_officer(conn, filters.officer)[0] if filters.officer else None
        enterprise_id = (
            resolve_enterprise(conn, filters.enterprise)[0] if filters.enterprise else None
        )
        visits = store.list_visits(conn, officer_id, enterprise_id, filters.first, filters.last,
                                   filters.limit)
        return with_refs(conn, "visits", visits)
