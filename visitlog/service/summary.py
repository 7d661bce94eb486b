"""The federation's figures for a period (SPEC `report summary`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from visitlog.service.year import YearPeriod
from visitlog.store import annual
from visitlog.store import officers as officer_store


@dataclass(frozen=True)
class DemandFigures:
    raised: int = 0
    resolved: int = 0
    overdue: int = 0
    satisfaction_rate: float | None = None


@dataclass(frozen=True)
class Summary:
    first: date
    last: date
    visits: int
    enterprises_visited: int
    officers: int
    outcomes: dict[str, int]
    demands: DemandFigures
    demands_tracked: bool  # False while the logbook has no demand ledger


DemandSource = Callable[[sqlite3.Connection, date, date, date], DemandFigures | None]


def demand_figures(conn: sqlite3.Connection, first: date, last: date, today: date
                   ) -> DemandFigures | None:
    """Demands raised/resolved in [first, last], overdue today, satisfaction rate.

    The figures come from the demand ledger (`service.demands.demand_figures`), the same
    function behind `report demands`; None means a logbook without the ledger's tables.
    """
    if not annual.table_exists(conn, "demands"):
        return None
    from visitlog.service.demands import demand_figures as ledger_figures

    figures = ledger_figures(conn, first, last, today)
    return DemandFigures(figures["raised"], figures["resolved"], figures["overdue"],
                         figures["satisfaction_rate"])


def summary_report(conn: sqlite3.Connection, period: YearPeriod, today: date,
                   demands: DemandSource = demand_figures) -> Summary:
    visits, enterprises, outcomes = annual.visit_totals(conn, period.start, period.as_of)
    officers = officer_store.count_active(conn, period.start, period.as_of)
    figures = demands(conn, period.start, period.as_of, min(today, period.as_of))
    return Summary(period.start, period.as_of, visits, enterprises, officers, outcomes,
                   figures or DemandFigures(), figures is not None)
