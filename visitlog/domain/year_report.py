"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from visitlog.domain.dates import week_key, weeks_in_year
from visitlog.domain.errors import Invalid
from visitlog.domain.models import Officer, Visit
from visitlog.domain.rules import WeekFact, counts_as_due
from visitlog.domain.sixones import Progress


@dataclass(frozen=True)
class YearPeriod:
    """What a year report covers, and which week is in progress."""

    year: int
    as_of: date
    current_week: str
    first_week: str
    last_week: str  # < first_week when ISO week-year Y has not begun
    today: date  # the report's today: --as-of when given

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def has_weeks(self) -> bool:
        return self.last_week >= self.first_week


def year_period(year: int | None, as_of: date | None, today: date) -> YearPeriod:
    """Resolve --year/--as-of: as-of is today, or 31 December of a year that is over.

    An explicit --as-of stands in for today: its week is the one in progress.
    """
    if as_of is not None and as_of > today:
        raise Invalid("year.as_of_future", as_of=as_of.isoformat(), today=today.isoformat())
    reference = as_of or today
    year = reference.year if year is None else year
    if year > reference.year:
        raise Invalid("year.future", year=year)
    if as_of is not None and as_of.year != year:
        raise Invalid("year.as_of_outside", year=year, as_of=as_of.isoformat())
    end = as_of or (today if year == today.year else date(year, 12, 31))
    current = week_key(reference)
    last = min(f"{year}-W{weeks_in_year(year):02d}", current)
    return YearPeriod(year, end, current, f"{year}-W01", last, reference)


class YearFacts(NamedTuple):
    """Everything the year report reads, in one store call (store/annual.read_year);
    domain/year_figures.py computes the report from it."""

    settings: dict[str, str]  # the logbook's rules (min_available_days, calendar)
    calendar_entries: list[tuple[date, bool]]  # (day, is a working day): `calendar set`
    officers: list[Officer]  # active on a day of year Y up to its as-of date, report order
    leaves: dict[int, list[tuple[date, date]]]  # officer id -> leaves touching week-year Y
    met: dict[int, int]  # officer id -> met weeks of week-year Y (bit n-1 = week n)
    # officers with a visit in the week in progress dated on or before the report's today
    # (None when the report's last week is not in progress)
    met_by_today: set[int] | None
    done: dict[int, dict[str, int]]  # officer id -> six-ones category -> achievements
    targets: dict[int | None, dict[str, int]]  # officer id (None: the default) -> targets
    roles: dict[int, dict[str, int]]  # officer id -> role -> visits tagged with it


@dataclass(slots=True)
class OfficerYear:  # not frozen: built by the thousand, 4x faster
    officer_id: int
    officer: str
    dept: str
    weeks_met: int
    weeks_due: int
    six_ones: dict[str, Progress]
    roles: dict[str, int]
    # set when it falls in the year: the first day (after 1 January), the first day no longer
    # active (on or before 31 December); the table says so, and the targets are prorated
    joined: date | None = None
    retired_on: date | None = None


def part_year_dates(since: date, retired_on: date | None, year: int
                    ) -> tuple[date | None, date | None]:
    """(joined, retired on) of an officer, each only when it cuts calendar year Y short."""
    joined = since if date(year, 1, 1) < since <= date(year, 12, 31) else None
    left = retired_on if retired_on is not None and date(year, 1, 1) < retired_on <= date(
        year, 12, 31) else None
    return joined, left


@dataclass(frozen=True)
class YearReport:
    year: int
    as_of: date
    officers: list[OfficerYear]
    # years whose working days the report's weeks took from the package's guess
    guessed_years: tuple[int, ...] = ()

    @property
    def calendar_official(self) -> bool:
        return not self.guessed_years


@dataclass(frozen=True)
class OfficerCard:
    officer: Officer
    year: int
    as_of: date
    weeks_met: int
    weeks_due: int
    streak: int
    six_ones: dict[str, Progress]
    roles: dict[str, int]
    enterprises: list[tuple[str, int, str]]  # (name, visits, last visit) this year
    recent: list[Visit]
    # active on at least one day of the year up to as_of (the year report lists only those)
    active: bool = True


MET, MISSED, NOT_DUE, IN_PROGRESS, FUTURE = "met", "missed", "not_due", "in_progress", "future"
# a visit in a week the officer was not due (holiday, leave, joined late): kept apart from MET,
# since it counts in neither weeks_met nor weeks_due
MET_NOT_DUE = "met_not_due"


def cell_status(fact: WeekFact, current_week: str) -> str:
    if fact.met:
        return MET if fact.due else MET_NOT_DUE
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
    officer: str | None = None  # --officer: the figures are that officer's alone


SORTS = ("name", "town", "last", "visits")


@dataclass(frozen=True)
class EnterpriseCoverage:
    enterprise: str
    town: str | None
    last_visit: date | None
    visits: int
    officers: list[str]


@dataclass(frozen=True)
class Coverage:
    as_of: date
    since: date | None
    never: bool
    enterprises: list[EnterpriseCoverage]
    total: int
    visited: int


@dataclass(frozen=True)
class TargetRow:
    """One line of `target show`: whose target, for which category, and where it comes from."""

    officer: str  # "" for the default that applies to everyone
    category: str
    target: int
    source: str  # spec | logbook | officer
