"""Records as they cross the store boundary: small frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Officer:
    id: int
    name: str
    dept: str
    since: date
    retired_on: date | None = None


@dataclass(frozen=True)
class Enterprise:
    id: int
    name: str
    town: str | None = None
    industry: str | None = None
    employees: int | None = None
    has_union: bool | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Leave:
    id: int
    officer: str
    start: date
    end: date
    reason: str = ""


@dataclass(frozen=True)
class Visit:
    id: int
    date: date
    officer: str
    enterprise: str
    roles: tuple[str, ...] = ()
    note: str = ""
    outcomes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class NewVisit:
    """A visit to be written: names already resolved to ids."""

    date: date
    officer_id: int
    enterprise_id: int
    roles: tuple[str, ...] = ()
    note: str = ""
    outcomes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class NewAchievement:
    """An achievement to be written: names already resolved to ids."""

    date: date
    officer_id: int
    category: str
    count: int
    description: str
    visit_id: int | None = None


@dataclass(frozen=True)
class Achievement:
    id: int
    date: date
    officer: str
    category: str
    count: int
    description: str
    visit_id: int | None = None
