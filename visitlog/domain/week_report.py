"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from visitlog.domain.models import Officer


class OfficerWeek(NamedTuple):  # 10,000 of them per report
    officer: str
    dept: str
    due: bool
    met: bool
    visits: int
    enterprises: list[str]
    roles: tuple[str, ...]
    streak: int
    ytd_met: int
    ytd_due: int
    available_days: int


class WeekSummary(NamedTuple):
    officers: int
    due: int
    met: int
    rate: float | None


class WeekReport(NamedTuple):
    week: str
    start: date
    end: date
    as_of: date
    holiday_week: bool
    official_workdays: int
    officers: list[OfficerWeek]
    summary: WeekSummary
    # years of the week whose working days are the package's guess (SPEC: calendar_official)
    guessed_years: tuple[int, ...] = ()

    @property
    def calendar_official(self) -> bool:
        return not self.guessed_years

    def missing(self) -> WeekReport:
        """Only the officers due and not (yet) met, to message them; the summary unchanged."""
        return self._replace(officers=[r for r in self.officers if r.due and not r.met])


class WeekFacts(NamedTuple):
    """Everything the week report of one ISO week reads, in one store call
    (store/weekly.read_week); domain/week_figures.py computes the report from it."""

    settings: dict[str, str]  # the logbook's rules (min_available_days, calendar)
    calendar_entries: list[tuple[date, bool]]  # (day, is a working day): `calendar set`
    officers: list[Officer]  # active on a day of the week, in report order
    leaves: dict[int, list[tuple[date, date]]]  # officer id -> leaves touching the week-year
    met: dict[int, int]  # officer id -> met weeks of the week-year (bit n-1 = week n)
    # officer id -> (streak before the week-year, first week-year counted, basis) as kept
    carries: dict[int, tuple[int, int, str]]
    # officer id -> [visits, enterprises in the order first visited, OR of the roles masks]
    visits: dict[int, list]


class StreakHistory(NamedTuple):
    """What counting unbroken streaks back before a week-year reads (rarely: once, then the
    counts are kept as streak carries)."""

    met: dict[int, dict[int, int]]  # week-year -> officer id -> met weeks
    leaves: dict[int, list[tuple[date, date]]]  # officer id -> every leave
