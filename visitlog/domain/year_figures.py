"""The year report computed from its facts (domain/year_report.YearFacts): weeks met and due
of ISO week-year Y, six-ones progress and role counts by calendar year Y up to its as-of
date. Pure: the working calendar is handed in."""

from __future__ import annotations

from datetime import timedelta

from visitlog.domain.dates import week_start
from visitlog.domain.due_weeks import DueBits, WorkCalendar
from visitlog.domain.sixones import Progress, Share, active_share, progress
from visitlog.domain.vocab import ROLE_KEYS
from visitlog.domain.week_figures import year_weeks
from visitlog.domain.year_report import (
    OfficerYear,
    YearFacts,
    YearPeriod,
    YearReport,
    part_year_dates,
)


def year_report_of(facts: YearFacts, cal: WorkCalendar, period: YearPeriod) -> YearReport:
    officers = facts.officers
    if period.has_weeks:
        not_met_yet = (None if facts.met_by_today is None
                       else {o.id for o in officers} - facts.met_by_today)
        weeks = year_weeks(officers, period.year, period.last_week, period.current_week,
                           DueBits(cal, facts.leaves), facts.met, not_met_yet)
    else:
        weeks = {o.id: (0, 0) for o in officers}
    default = facts.targets.get(None, {})
    own, done, roles = facts.targets.get, facts.done, facts.roles
    year, as_of = period.year, period.as_of
    shares: dict[tuple, Share] = {}  # by (since, retired_on): most officers share one
    # by (achievements, share) for officers without targets of their own: the same dict of
    # Progress records (read only after) for officers alike
    alike: dict[tuple, dict[str, Progress]] = {}
    rows = []
    for officer_id, name, dept, since, retired_on in officers:
        share = shares.get((since, retired_on))
        if share is None:
            share = shares[since, retired_on] = active_share(since, retired_on, year, as_of)
        achieved = done.get(officer_id, {})
        targets = own(officer_id)
        if targets is None:
            key = (tuple(achieved.items()), share)
            six_ones = alike.get(key)
            if six_ones is None:
                six_ones = alike[key] = progress(achieved, None, default, as_of, share)
        else:
            six_ones = progress(achieved, targets, default, as_of, share)
        met, due = weeks[officer_id]
        rows.append(OfficerYear(
            officer_id, name, dept, met, due, six_ones,
            roles.get(officer_id) or dict.fromkeys(ROLE_KEYS, 0),
            *part_year_dates(since, retired_on, year),
        ))
    return YearReport(period.year, period.as_of, rows, guessed_years_of(period, cal))


def guessed_years_of(period: YearPeriod, cal: WorkCalendar) -> tuple[int, ...]:
    """The years whose guessed calendar the report's weeks (W01 through its last) rest on."""
    if not period.has_weeks:
        return ()
    return cal.guessed_years(week_start(period.first_week),
                             week_start(period.last_week) + timedelta(days=6))
