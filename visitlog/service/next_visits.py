"""`visitlog next`: where one officer should go this week, ranked, with the reasons."""

from __future__ import annotations

from datetime import timedelta

from visitlog.domain.errors import Invalid
from visitlog.domain.next_plan import NextPlan, Stop
from visitlog.service.context import Context
from visitlog.service.names import resolve_officer
from visitlog.service.visits import require_officer
from visitlog.store import next_visits as store

# reasons, most pressing first; a stop's weight is the sum of its reasons' weights
REASONS = {"demand_overdue": 8, "assigned": 4, "demand_open": 3, "large_never_visited": 2,
           "longest_unvisited": 1}
LARGE = 300  # the reception threshold (report reception --min-employees)
# "not visited by anyone for the longest": nobody in 8 weeks (as report assigned --within 8w)
UNVISITED_DAYS = 56


def where_next(ctx: Context, officer: str | None, limit: int = 10,
               min_employees: int = LARGE) -> NextPlan:
    """Rank enterprises for one officer ("me" by default): overdue demands of theirs, assigned
    enterprises they have not visited for the longest, their demands awaiting a return visit,
    large enterprises nobody has visited, and those nobody has visited for the longest."""
    if limit < 1:
        raise Invalid("next.bad_limit", value=limit)
    typed = require_officer(officer, ctx.officer_me)
    with ctx.logbook.read() as conn:
        officer_id, name = resolve_officer(conn, typed)
        reasons: dict[int, list[str]] = {}
        monday = (ctx.today - timedelta(days=ctx.today.weekday())).isoformat()
        # an assigned enterprise the officer has already been to this week is done for now
        assigned = {e: last for e, last in store.assigned(conn, officer_id).items()
                    if last is None or last < monday}
        for enterprise_id in assigned:
            reasons.setdefault(enterprise_id, []).append("assigned")
        for enterprise_id, overdue in store.demands_awaiting(conn, officer_id, ctx.today).items():
            reasons.setdefault(enterprise_id, []).append(
                "demand_overdue" if overdue else "demand_open")
        for enterprise_id in store.large_never_visited(conn, min_employees):
            reasons.setdefault(enterprise_id, []).append("large_never_visited")
        left = ctx.today - timedelta(days=UNVISITED_DAYS)
        for enterprise_id in store.longest_unvisited(conn, left, limit):
            reasons.setdefault(enterprise_id, []).append("longest_unvisited")
        facts = store.enterprise_facts(conn, list(reasons))
    stops = [Stop(facts[e][0], facts[e][1], facts[e][2],
                  tuple(sorted(reasons[e], key=lambda r: -REASONS[r])), assigned.get(e))
             for e in reasons if e in facts]
    stops.sort(key=_rank)
    return NextPlan(name, ctx.today, stops[:limit])


def _rank(stop: Stop) -> tuple:
    """Heaviest reasons first; then the one left longest (by the officer where it is theirs,
    never visited first), then by name."""
    seen = stop.own_last_visit if "assigned" in stop.reasons else stop.last_visit
    return (-sum(REASONS[r] for r in stop.reasons), seen is not None, seen or "", stop.enterprise)
