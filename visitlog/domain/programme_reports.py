"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from visitlog.domain.programmes_rules import Pace


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    start: date
    end: date
    target: int
    max_age: int | None


@dataclass(frozen=True)
class NewInterview:
    campaign_id: int
    point_id: int
    date: date
    count: int
    group: str
    online: bool
    officer_id: int | None = None


@dataclass(frozen=True)
class PracticeLogged:
    id: int
    officer: str
    date: date
    kind: str
    enterprise: str | None
    month_kinds: tuple[str, ...]  # kinds done by the officer in that month, after this one
    inactive: tuple[str, date] | None = None  # the officer was not active that day: why


@dataclass(frozen=True)
class PracticeRow:
    officer: str
    dept: str
    kinds: dict[str, bool]
    complete: bool


@dataclass(frozen=True)
class PracticeMonth:
    month: str
    officers: list[PracticeRow]
    complete: int


@dataclass(frozen=True)
class PracticeYearRow:
    officer: str
    dept: str
    months: dict[str, bool | None]  # None: not active that month
    complete: int


@dataclass(frozen=True)
class PracticeYear:
    year: int
    months: list[str]
    officers: list[PracticeYearRow]


@dataclass(frozen=True)
class AssignResult:
    officer: str
    added: int
    already: int
    cleared: int


@dataclass(frozen=True)
class Assignment:
    officer: str
    dept: str
    kind: str  # enterprise | town
    target: str


@dataclass(frozen=True)
class AssignedEnterprise:
    enterprise: str
    town: str | None
    via: str  # enterprise | town
    last_visit: date | None
    visited: bool


@dataclass(frozen=True)
class OfficerAssigned:
    officer: str
    dept: str
    enterprises: list[AssignedEnterprise]

    @property
    def unvisited(self) -> int:
        return sum(1 for e in self.enterprises if not e.visited)


@dataclass(frozen=True)
class AssignedReport:
    as_of: date
    since: date
    within_days: int
    officers: list[OfficerAssigned]


@dataclass(frozen=True)
class CampaignSummary:
    campaign: Campaign
    points: int
    interviewed: int


@dataclass(frozen=True)
class PointTotal:
    point: str
    town: str | None
    interviewed: int


@dataclass(frozen=True)
class CampaignReport:
    campaign: Campaign
    pace: Pace
    interviewed: int
    online: int
    offline: int
    points: list[PointTotal]
    towns: list[tuple[str | None, int]]
    groups: dict[str, int]
