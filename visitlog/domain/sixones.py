"""The rules behind six-ones progress (SPEC "Rules the numbers follow"). Pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
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
    target: int  # prorated for an officer active on part of the year only
    status: str
    target_full: int  # the unprorated target


class Share(NamedTuple):
    """The part of calendar year Y an officer is active on (since ≤ day < retired_on)."""

    in_year: int  # active days in Y
    to_date: int  # active days in Y up to the as-of date
    days: int  # days in Y

    @property
    def whole_year(self) -> bool:
        # not active at all (a card of another year): nothing to prorate against
        return self.in_year in (0, self.days)


def active_days(since: date, retired_on: date | None, first: date, last: date) -> int:
    """Days of [first, last] on which the officer is active."""
    start = max(since, first)
    end = last if retired_on is None else min(last, retired_on - timedelta(days=1))
    return max(0, (end - start).days + 1)


def active_share(since: date, retired_on: date | None, year: int, as_of: date) -> Share:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return Share(active_days(since, retired_on, first, last),
                 active_days(since, retired_on, first, min(as_of, last)), days_in_year(year))


def prorated(full: int, share: Share) -> int:
    """ceil(full × active days in Y / days in Y), in integers."""
    return -(-full * share.in_year // share.days)


def prorated_status(done: int, target: int, share: Share) -> str:
    """done (≥ target), on_track (≥ target × active days to date / active days in Y, exactly),
    else behind."""
    if done >= target:
        return DONE
    if done * share.in_year >= target * share.to_date:
        return ON_TRACK
    return BEHIND


def progress(done: Mapping[str, int], own: Mapping[str, int] | None,
             default: Mapping[str, int] | None, as_of: date,
             share: Share | None = None) -> dict[str, Progress]:
    """Six-ones progress of one officer, in vocabulary order; `share` prorates the targets of
    an officer active on part of the year (SPEC "Rules the numbers follow")."""
    result = {}
    part = share if share is not None and not share.whole_year else None
    for term in SIX_ONES:
        target = target_for(term.key, own, default)
        result[term.key] = _progress_of(done.get(term.key, 0), target, as_of, part)
    return result


@lru_cache(maxsize=4096)
def _progress_of(done: int, target: int, as_of: date, share: Share | None) -> Progress:
    """Progress is immutable and a report repeats few (done, target) pairs: share them."""
    if share is None:
        return Progress(done, target, status(done, target, as_of), target)
    part = prorated(target, share)
    return Progress(done, part, prorated_status(done, part, share), target)
