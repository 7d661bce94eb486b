"""`visitlog next`'s records: the stops proposed to one officer, each with its reasons."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Stop(NamedTuple):
    enterprise: str
    town: str | None
    last_visit: str | None  # by anyone
    reasons: tuple[str, ...]
    own_last_visit: str | None = None  # the officer's own, for an assigned enterprise


class NextPlan(NamedTuple):
    officer: str
    today: date
    stops: list[Stop]
