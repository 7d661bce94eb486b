"""Officers x ISO weeks of a year (SPEC `report heatmap`), with the week rules of week.py."""

from __future__ import annotations

import sqlite3

from visitlog.domain.dates import weeks_in_year
from visitlog.domain.rules import year_to_date
from visitlog.domain.year_report import (  # noqa: F401 - the report's records
    FUTURE,
    IN_PROGRESS,
    MET,
    MISSED,
    NOT_DUE,
    Heatmap,
    HeatmapRow,
    cell_status,
)
from visitlog.service.year import YearPeriod, week_facts, year_officers


def heatmap_report(conn: sqlite3.Connection, period: YearPeriod, dept: str | None) -> Heatmap:
    weeks = [f"{period.year}-W{n:02d}" for n in range(1, weeks_in_year(period.year) + 1)]
    officers = year_officers(conn, period, dept)
    facts = week_facts(conn, period, officers, dept)
    rows = []
    for officer in officers:
        by_week = {f.week: f for f in facts[officer.id]}
        cells = [cell_status(by_week[w], period.current_week) if w in by_week else FUTURE
                 for w in weeks]
        met, due = year_to_date(facts[officer.id], period.current_week)
        rows.append(HeatmapRow(officer.name, officer.dept, cells, met, due))
    return Heatmap(period.year, period.as_of, period.current_week, weeks, rows)

