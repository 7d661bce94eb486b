"""The federation's figures for a period (SPEC `report summary`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

from visitlog.domain.models import Officer
from visitlog.domain.year_report import DemandFigures, Summary  # noqa: F401 - the report's records
from visitlog.service.year import YearPeriod
from visitlog.store import annual
from visitlog.store import officers as officer_store

# (conn, first, last, today, officer_id or None) -> the demand figures
DemandSource = Callable[..., DemandFigures | None]


def demand_figures(conn: sqlite3.Connection, first: date, last: date, today: date,
                   officer_id: int | None = None) -> DemandFigures | None:
    """Demands raised/resolved in [first, last], overdue today, satisfaction rate; with
    `officer_id`, of that officer's demands (heard by them or raised on their visits).

    The figures come from the demand ledger (`service.demands.demand_figures`), the same
    function behind `report demands`; None means a logbook without the ledger's tables.
    """
    if not annual.table_exists(conn, "demands"):
        return None
    from visitlog.service.demands import demand_figures as ledger_figures

    figures = ledger_figures(conn, first, last, today, officer_id)
    return DemandFigures(figures["raised"], figures["resolved"], figures["overdue"],
                         figures["satisfaction_rate"])


def summary_report(conn: sqlite3.Connection, period: YearPeriod, today: date,
                   demands: DemandSource = demand_figures,
                   officer: Officer | None = None) -> Summary:
    """The federation's figures for the period; with `officer`, that officer's: their
    visits and outcomes, the enterprises they visited, themselves (when active in the
    period) and their demands."""
    first, last = period.start, period.as_of
    day = min(today, last)
    if officer is None:
        visits, enterprises, outcomes = annual.visit_totals(conn, first, last)
        officers = officer_store.count_active(conn, first, last)
        figures = demands(conn, first, last, day)
    else:
        visits, enterprises, outcomes = annual.officer_visit_totals(conn, officer.id, first,
                                                                    last)
        active = officer.since <= last and (officer.retired_on is None
                                            or officer.retired_on > first)
        officers = int(active)
        figures = demands(conn, first, last, day, officer.id)
    return Summary(first, last, visits, enterprises, officers, outcomes,
                   figures or DemandFigures(), figures is not None,
                   officer.name if officer else None)
