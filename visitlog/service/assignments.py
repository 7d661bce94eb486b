"""挂钩 / 分片包镇 assignments: who is responsible for which enterprises or towns.

`log` notes a visit outside the officer's assignments itself (store/visits.outside_assignment,
in the same transaction); this module serves `assign` and the assignment reports.
"""

from __future__ import annotations

from datetime import date, timedelta

from visitlog.domain.errors import Invalid
from visitlog.domain.programme_reports import (  # noqa: F401 - the report's records
    AssignedEnterprise,
    AssignedReport,
    Assignment,
    AssignResult,
    OfficerAssigned,
)
from visitlog.domain.programmes_rules import visited_within
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise, resolve_officer
from visitlog.store import officers as officer_store
from visitlog.store import programmes as store


def assign(ctx: Context, name: str, enterprises: list[str], towns: list[str],
           clear: bool) -> AssignResult:
    """Add assignments (existing ones are kept); `clear` first removes all of the officer's."""
    if not (enterprises or towns or clear):
        raise Invalid("assign.nothing")
    with ctx.logbook.write("assign.set") as conn:
        officer_id, officer = resolve_officer(conn, name)
        cleared = store.clear_assignments(conn, officer_id) if clear else 0
        added = already = 0
        targets: list[tuple[int | None, str | None]] = [
            (resolve_enterprise(conn, text)[0], None) for text in enterprises]
        for town in towns:
            typed = town.strip()
            if not store.town_exists(conn, typed):
                known = store.known_towns(conn)
                if not known:
                    raise Invalid("assign.no_towns", town=typed)
                raise Invalid("assign.unknown_town", town=typed, towns="、".join(known))
            targets.append((None, typed))
        for enterprise_id, town in targets:
            if store.insert_assignment(conn, officer_id, enterprise_id, town):
                added += 1
            else:
                already += 1
        ctx.logbook.describe_step(officer=officer, added=added, cleared=cleared)
    return AssignResult(officer, added, already, cleared)


def list_assignments(ctx: Context, officer: str | None) -> list[Assignment]:
    with ctx.logbook.read() as conn:
        officer_id = resolve_officer(conn, officer)[0] if officer else None
        return [Assignment(*row) for row in store.list_assignments(conn, officer_id)]


def assigned_report(ctx: Context, officer: str | None, within_days: int) -> AssignedReport:
    """Per officer, the assigned enterprises with their last visit (by anyone) up to today."""
    today = ctx.today
    with ctx.logbook.read() as conn:
        officer_id = resolve_officer(conn, officer)[0] if officer else None
        rows = store.assigned_enterprises(conn, officer_id, today)
        officers = {o.id: o for o in officer_store.list_officers(conn)}
    by_officer: dict[int, list[AssignedEnterprise]] = {}
    for oid, enterprise, town, via, last in rows:
        last_day = date.fromisoformat(last) if last else None
        by_officer.setdefault(oid, []).append(AssignedEnterprise(
            enterprise, town, via, last_day, visited_within(last_day, today, within_days)))
    ordered = [o for o in officers.values() if o.id in by_officer]
    return AssignedReport(
        today, today - timedelta(days=within_days - 1), within_days,
        [OfficerAssigned(o.name, o.dept, by_officer[o.id]) for o in ordered],
    )
