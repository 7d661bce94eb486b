"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


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
