"""The rules behind six-ones progress (SPEC "Rules the numbers follow"). Pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from visitlog.domain.vocab import SIX_ONES

DONE, ON_TRACK, BEHIND = "done", "on_track", "behind"
SPEC_DEFAULTS: dict[str, int] = {term.key: term.default for term in SIX_ONES}


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def elapsed_days(as_of: date) -> int:
    """Days of as_of's year up to and including as_of: the fraction's numerator."""
    return (as_of - date(as_of.year, 1, 1)).days + 1


def status(done: int, target: int, as_of: date) -> str:
    """done (≥ target), on_track (≥ target × elapsed fraction, exactly), else behind."""
    if done >= target:
        return DONE
    # done ≥ target × elapsed / days, compared in integers so nothing is rounded
    if done * days_in_year(as_of.year) >= target * elapsed_days(as_of):
        return ON_TRACK
    return BEHIND


def target_for(category: str, own: Mapping[str, int] | None,
               default: Mapping[str, int] | None) -> int:
    """Officer-specific > logbook default > SPEC default."""
    for source in (own, default):
        if source and category in source:
            return source[category]
    return SPEC_DEFAULTS[category]


class Progress(NamedTuple):  # hashed per officer and category by the year report's caches
    done: int
    target: int
    status: str


def progress(done: Mapping[str, int], own: Mapping[str, int] | None,
             default: Mapping[str, int] | None, as_of: date) -> dict[str, Progress]:
    """Six-ones progress of one officer, in vocabulary order."""
    result = {}
    for term in SIX_ONES:
        target = target_for(term.key, own, default)
        result[term.key] = _progress_of(done.get(term.key, 0), target, as_of)
    return result


@lru_cache(maxsize=4096)
def _progress_of(done: int, target: int, as_of: date) -> Progress:
    """Progress is immutable and a report repeats few (done, target) pairs: share them."""
    return Progress(done, target, status(done, target, as_of))
