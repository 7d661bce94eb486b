"""Officers x ISO weeks of a year (SPEC `report heatmap`), with the week rules of week.py."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from visitlog.dates import weeks_in_year
from visitlog.rules import WeekFact, counts_as_due, year_to_date
from visitlog.service.year import YearPeriod, week_facts, year_officers

MET, MISSED, NOT_DUE, IN_PROGRESS, FUTURE = "met", "missed", "not_due", "in_progress", "future"


def cell_status(fact: WeekFact, current_week: str) -> str:
    if fact.met:
        return MET
    if fact.week == current_week and fact.due:
        return IN_PROGRESS
    return MISSED if counts_as_due(fact.week, fact.due, fact.met, current_week) else NOT_DUE


@dataclass(frozen=True)
class HeatmapRow:
    officer: str
    dept: str
    cells: list[str]  # one status per week of the year, W01 first
    weeks_met: int
    weeks_due: int


@dataclass(frozen=True)
class Heatmap:
    year: int
    as_of: date
    current_week: str
    weeks: list[str]
    rows: list[HeatmapRow]


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

