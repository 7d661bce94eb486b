"""Records as they cross the store boundary: small immutable records, no behaviour.

NamedTuples rather than frozen dataclasses: `visitlog log` builds them on every start, and the
dataclasses module (with the inspect module it imports) and its generated methods cost that
command more than the rest of its imports together. A default `outcomes` is a shared empty
dict: records are never changed in place (`_replace` makes a new one).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Officer(NamedTuple):
    id: int
    name: str
    dept: str
    since: date
    retired_on: date | None = None


class Enterprise(NamedTuple):
    id: int
    name: str
    town: str | None = None
    industry: str | None = None
    employees: int | None = None
    has_union: bool | None = None
    aliases: tuple[str, ...] = ()


class Leave(NamedTuple):
    id: int
    officer: str
    start: date
    end: date
    reason: str = ""


class Visit(NamedTuple):
    id: int
    date: date
    officer: str
    enterprise: str
    roles: tuple[str, ...] = ()
    note: str = ""
    outcomes: dict[str, int] = {}  # noqa: RUF012 - never changed in place
    ref: str = ""  # the short reference, the same in every logbook (service/refs.py)


class NewVisit(NamedTuple):
    """A visit to be written: names already resolved to ids."""

    date: date
    officer_id: int
    enterprise_id: int
    roles: tuple[str, ...] = ()
    note: str = ""
    outcomes: dict[str, int] = {}  # noqa: RUF012 - never changed in place


class NewAchievement(NamedTuple):
    """An achievement to be written: names already resolved to ids."""

    date: date
    officer_id: int
    category: str
    count: int
    description: str
    visit_id: int | None = None


class Achievement(NamedTuple):
    id: int
    date: date
    officer: str
    category: str
    count: int
    description: str
    visit_id: int | None = None
