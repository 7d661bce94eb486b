"""Records of workers' voice (demands, their history, reception days) past the store boundary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Category:
    key: str
    zh: str
    days: int


@dataclass(frozen=True)
class Demand:
    id: int
    text: str
    enterprise: str
    officer: str | None
    dept: str | None
    category: str
    raised: date
    due: date
    status: str
    assigned_to: str | None = None
    escalated: bool = False
    resolved_on: date | None = None
    resolution: str = ""
    satisfaction: str | None = None
    visit_id: int | None = None
    reception_id: int | None = None
    category_name: str = ""  # the category's Chinese name
    ref: str = ""  # the short reference, the same in every logbook (service/refs.py)


@dataclass(frozen=True)
class DemandEvent:
    at: date
    action: str
    from_status: str | None
    to_status: str
    detail: str
    officer: str | None


@dataclass(frozen=True)
class NewDemand:
    """A demand to be written: names already resolved to ids."""

    text: str
    enterprise_id: int
    officer_id: int | None
    category: str
    raised: date
    due: date
    visit_id: int | None = None
    reception_id: int | None = None


@dataclass(frozen=True)
class Reception:
    id: int
    date: date
    host: str
    enterprises: tuple[str, ...]
    participants: int | None
    note: str
    demands: int = 0
    ref: str = ""  # the short reference, the same in every logbook (service/refs.py)
