"""The week report's shared fast path gives exactly what the general per-officer path gives.

Ordinary officers (active all window, no leave) share one due-week list and set operations;
`week_report(..., shared=False)` sends everyone through the general path and the original
whole-history streak count. Random federations with joins, retirements, leave, holiday
weeks and long streaks must produce identical reports.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from visitlog.domain.dates import week_key
from visitlog.domain.models import Enterprise, NewVisit
from visitlog.service.week import week_report
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store
from visitlog.store import visits as visit_store
from visitlog.store.connection import open_logbook
from visitlog.store.settings import put_setting

FIRST = date(2023, 1, 2)
LAST = date(2026, 11, 20)


def _federation(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    logbook = open_logbook(path)
    with logbook.write_unjournaled() as conn:
        if rng.random() < 0.5:
            put_setting(conn, "calendar", "weekdays")
        put_setting(conn, "min_available_days", str(rng.choice((1, 2, 3, 4, 5))))
        enterprise = enterprise_store.insert_enterprise(conn, Enterprise(0, "E"), ("e", "e"))
        span = (LAST - FIRST).days
        for n in range(30):
            since = FIRST + timedelta(days=rng.randrange(-400, span))
            if rng.random() < 0.6:
                since = FIRST - timedelta(days=rng.randrange(1, 400))
            officer = officer_store.insert_officer(conn, f"干部{n}", f"部{n % 3}", since,
                                                   (f"g{n}", f"g{n}"))
            if rng.random() < 0.15:
                officer_store.set_retired(conn, officer,
                                          since + timedelta(days=rng.randrange(1, 900)))
            for _ in range(rng.choice((0, 0, 1, 3))):
                start = FIRST + timedelta(days=rng.randrange(0, span))
                officer_store.insert_leave(conn, officer, start,
                                           start + timedelta(days=rng.randrange(0, 25)), "")
            miss = rng.choice((0.0, 0.0, 0.02, 0.1, 0.4))
            steps = rng.choice(((2, 3, 5, 7), (3, 5, 7, 7, 7, 8, 12)))  # the first: every week
            day = max(since, FIRST) - timedelta(days=rng.randrange(0, 10))
            visits = []
            if rng.random() < 0.1:  # never logged anything
                day = LAST + timedelta(days=1)
            while day <= LAST:
                if rng.random() >= miss:
                    visits.append(NewVisit(day, officer, enterprise, (), "", {}))
                day += timedelta(days=rng.choice(steps))
            visit_store.insert_visits(conn, visits)
    logbook.close()


@pytest.mark.parametrize("seed", range(6))
def test_shared_path_matches_general_path(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "logbook.db"
    _federation(path, seed)
    rng = random.Random(seed)
    logbook = open_logbook(path)
    todays = [LAST, date(2026, 1, 3), date(2025, 1, 6)] + [
        FIRST + timedelta(days=rng.randrange(300, (LAST - FIRST).days)) for _ in range(3)]
    with logbook.read() as conn:
        for today in todays:
            weeks = {week_key(today), week_key(today - timedelta(days=7))} | {
                week_key(today - timedelta(days=rng.randrange(0, 700))) for _ in range(4)}
            for week in sorted(weeks):
                for dept in (None, "部1"):
                    fast = week_report(conn, week, today, dept)
                    general = week_report(conn, week, today, dept, shared=False)
                    assert fast == general, (week, today, dept)
    logbook.close()
