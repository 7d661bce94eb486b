"""The year report computed from its facts (domain/year_report.YearFacts): weeks met and due
of ISO week-year Y, six-ones progress and role counts by calendar year Y up to its as-of
date. Pure: the working calendar is handed in."""

from __future__ import annotations

from datetime import timedelta

from visitlog.domain.dates import week_start
from visitlog.domain.due_weeks import DueBits, WorkCalendar
from visitlog.domain.sixones import active_share, progress
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
    rows = []
    for officer in officers:
        met, due = weeks[officer.id]
        rows.append(OfficerYear(
            officer.id, officer.name, officer.dept, met, due,
            progress(done.get(officer.id, {}), own(officer.id), default, period.as_of,
                     active_share(officer.since, officer.retired_on, period.year,
                                  period.as_of)),
            roles.get(officer.id) or dict.fromkeys(ROLE_KEYS, 0),
            *part_year_dates(officer.since, officer.retired_on, period.year),
        ))
    return YearReport(period.year, period.as_of, rows, guessed_years_of(period, cal))


def guessed_years_of(period: YearPeriod, cal: WorkCalendar) -> tuple[int, ...]:
    """The years whose guessed calendar the report's weeks (W01 through its last) rest on."""
    if not period.has_weeks:
        return ()
    return cal.guessed_years(week_start(period.first_week),
                             week_start(period.last_week) + timedelta(days=6))
