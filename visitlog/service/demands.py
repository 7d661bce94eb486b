"""Demands (诉求): record, assign, escalate, resolve, rate, list; figures for reports."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, timedelta

from visitlog.domain.demand_models import Category, Demand, DemandEvent, NewDemand
from visitlog.domain.demand_rules import next_status
from visitlog.domain.errors import Invalid, NotFound
from visitlog.domain.text import check_note, clean_name
from visitlog.domain.vocab import Term, resolve_term
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise, resolve_officer
from visitlog.service.refs import optional_row_id, row_id, with_refs
from visitlog.store import demands as store

DEFAULT_CATEGORY = "general"
MAX_RESPONSE_DAYS = 3650


@dataclass(frozen=True)
class DemandDraft:
    """What the user typed for a new demand, before names are resolved."""

    text: str
    enterprise: str
    raised: date
    category: str | None = None
    due: date | None = None
    officer: str | None = None
    visit_id: int | str | None = None  # a local number or a short reference (service/refs)
    reception_id: int | str | None = None


@dataclass(frozen=True)
class Step:
    """One transition asked for: `action` with its argument (unit, note or rating)."""

    action: str
    day: date
    officer: str | None = None
    unit: str | None = None
    due: date | None = None
    note: str = ""
    rating: str | None = None


# -- categories -----------------------------------------------------------------------------


def resolve_category(conn: sqlite3.Connection, text: str) -> Category:
    categories = store.list_categories(conn)
    terms = tuple(Term(c.key, c.zh, c.key) for c in categories)
    key = resolve_term(terms, text, "category").key
    return next(c for c in categories if c.key == key)


def list_categories(ctx: Context) -> list[Category]:
    with ctx.logbook.read() as conn:
        return store.list_categories(conn)


def set_category(ctx: Context, key: str, days: int, name: str | None) -> Category:
    """Add a category or change its response time (days; 0 = the same day) or Chinese name."""
    key = clean_name(key, "category").lower()
    if not key.replace("_", "").isalnum() or not key.isascii():
        raise Invalid("demand.bad_category_key", category=key)
    if not 0 <= days <= MAX_RESPONSE_DAYS:
        raise Invalid("count.bad", field="days", value=str(days))
    with ctx.logbook.write("demand.category", category=key, days=days) as conn:
        current = {c.key: c for c in store.list_categories(conn)}.get(key)
        zh = clean_name(name, "name") if name else (current.zh if current else key)
        category = Category(key, zh, days)
        store.put_category(conn, category)
    return category


# -- demands --------------------------------------------------------------------------------


def add_demand(ctx: Context, draft: DemandDraft) -> Demand:
    text = check_note(draft.text, "text")
    if not text.strip():
        raise Invalid("text.empty", field="text")
    with ctx.logbook.write("demand.add") as conn:
        enterprise_id, enterprise = resolve_enterprise(conn, draft.enterprise)
        category = resolve_category(conn, draft.category or DEFAULT_CATEGORY)
        officer_id = _officer_id(conn, draft.officer or ctx.officer_me)
        visit_id = optional_row_id(conn, "visits", draft.visit_id)
        reception_id = optional_row_id(conn, "receptions", draft.reception_id)
        if visit_id is not None:
            officer_id = _check_visit(conn, visit_id, enterprise_id, officer_id)
        if reception_id is not None:
            _check_reception(conn, reception_id, enterprise_id, enterprise)
        due = draft.due or draft.raised + timedelta(days=category.days)
        new = NewDemand(text, enterprise_id, officer_id, category.key, draft.raised, due,
                        visit_id, reception_id)
        demand_id = store.insert_demand(conn, new)
        store.add_event(conn, demand_id, DemandEvent(
            draft.raised, "add", None, "open", f"{category.key}; due {due.isoformat()}",
            _officer_name(conn, officer_id)))
        ctx.logbook.describe_step(id=demand_id, enterprise=enterprise)
        demand = store.get_demand(conn, demand_id)
    assert demand is not None
    return demand


def _officer_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    return resolve_officer(conn, name)[0] if name else None


def _officer_name(conn: sqlite3.Connection, officer_id: int | None) -> str | None:
    from visitlog.store.officers import get_officer

    return None if officer_id is None else get_officer(conn, officer_id).name


def _check_visit(conn: sqlite3.Connection, visit_id: int, enterprise_id: int,
                 officer_id: int | None) -> int | None:
    from visitlog.store.visits import get_new_visit

    visit = get_new_visit(conn, visit_id)
    if visit is None:
        raise NotFound("visit.not_found", id=visit_id)
    if visit.enterprise_id != enterprise_id:
        raise Invalid("demand.visit_elsewhere", id=visit_id)
    return officer_id if officer_id is not None else visit.officer_id


def _check_reception(conn: sqlite3.Connection, reception_id: int, enterprise_id: int,
                     enterprise: str) -> None:
    from visitlog.store import receptions

    reception = receptions.get_reception(conn, reception_id)
    if reception is None:
        raise NotFound("reception.not_found", id=reception_id)
    if enterprise not in reception.enterprises:
        raise Invalid("demand.reception_elsewhere", id=reception_id, enterprise=enterprise)


def apply_step(ctx: Context, demand_id: int | str, step: Step) -> Demand:
    """Move a demand along SPEC's transition table; anything else is Invalid, nothing changed."""
    note = check_note(step.note)
    if step.action == "feedback":
        from visitlog.domain.demand_rules import RATINGS

        step = replace(step, rating=resolve_term(RATINGS, step.rating or "", "rating").key)
    with ctx.logbook.write(f"demand.{step.action}", id=demand_id) as conn:
        demand_id = row_id(conn, "demands", demand_id)
        ctx.logbook.describe_step(id=demand_id)
        demand = store.get_demand(conn, demand_id)
        if demand is None:
            raise NotFound("demand.not_found", id=demand_id)
        handed_on = demand.assigned_to is not None or demand.escalated
        status = next_status(step.action, demand.status, step.rating, handed_on)
        _check_day(conn, demand, step.day)
        officer = (resolve_officer(conn, step.officer)[1] if step.officer
                   else ctx.officer_me)
        fields, detail = _changes(step, status, note)
        store.update_demand(conn, demand_id, status=status, **fields)
        store.add_event(conn, demand_id, DemandEvent(
            step.day, step.action, demand.status, status, detail, officer))
        updated = store.get_demand(conn, demand_id)
    assert updated is not None
    return updated


def _check_day(conn: sqlite3.Connection, demand: Demand, day: date) -> None:
    last = store.last_event_day(conn, demand.id) or demand.raised
    if day < last:
        raise Invalid("demand.before_history", id=demand.id, day=day.isoformat(),
                      last=last.isoformat())


def _changes(step: Step, status: str, note: str) -> tuple[dict, str]:
    """Columns to update and the history line's detail for one step."""
    if step.action == "assign":
        unit = clean_name(step.unit or "", "unit")
        fields: dict = {"assigned_to": unit}
        if step.due:
            fields["due"] = step.due
        return fields, unit + (f"; due {step.due.isoformat()}" if step.due else "")
    if step.action == "escalate":
        return {"escalated": 1}, note
    if step.action == "resolve":
        if not note.strip():
            raise Invalid("text.empty", field="note")
        return {"resolved_on": step.day, "resolution": note}, note
    reopened = status != "closed"
    fields = {"satisfaction": step.rating, "resolved_on": None} if reopened else {
        "satisfaction": step.rating}
    return fields, str(step.rating) + (f"; {note}" if note else "")


def show_demand(ctx: Context, demand_id: int | str) -> tuple[Demand, list[DemandEvent]]:
    with ctx.logbook.read() as conn:
        demand_id = row_id(conn, "demands", demand_id)
        demand = store.get_demand(conn, demand_id)
        if demand is None:
            raise NotFound("demand.not_found", id=demand_id)
        return with_refs(conn, "demands", [demand])[0], store.list_events(conn, demand_id)


@dataclass(frozen=True)
class DemandFilter:
    status: str | None = None
    category: str | None = None
    enterprise: str | None = None
    officer: str | None = None
    overdue: bool = False


def list_demands(ctx: Context, filters: DemandFilter) -> list[Demand]:
    from visitlog.domain.demand_rules import STATUSES

    with ctx.logbook.read() as conn:
        query = {
            "status": resolve_term(STATUSES, filters.status, "status").key
            if filters.status else None,
            "category": resolve_category(conn, filters.category).key
            if filters.category else None,
            "enterprise_id": resolve_enterprise(conn, filters.enterprise)[0]
            if filters.enterprise else None,
            "officer_id": _officer_id(conn, filters.officer),
            "overdue_before": ctx.today if filters.overdue else None,
        }
        return with_refs(conn, "demands", store.list_demands(conn, query))


# -- figures --------------------------------------------------------------------------------


def demand_figures(conn: sqlite3.Connection, first: date, last: date, today: date,
                   officer_id: int | None = None) -> dict:
    """{"raised", "resolved", "overdue", "satisfaction_rate"} over the demands raised in
    [first, last] (with `officer_id`, that officer's): resolved = now resolved or closed,
    overdue = overdue as of `today`."""
    counts = _total(store.demand_counts(conn, first, last, today, officer_id=officer_id))
    return {"raised": counts["raised"], "resolved": counts["resolved"],
            "overdue": counts["overdue"], "satisfaction_rate": rate_of(counts)}


def _total(rows: list[tuple[str, dict[str, int]]]) -> dict[str, int]:
    return rows[0][1] if rows else dict.fromkeys(store.COUNT_KEYS, 0)


def rate_of(counts: dict[str, int]) -> float | None:
    return counts["satisfied"] / counts["rated"] if counts["rated"] else None
