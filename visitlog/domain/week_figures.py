"""The week report computed from its facts (domain/week_report.WeekFacts): pure rules given
`today` and the working calendar.

Per officer and week-year the report reads one integer of met weeks and one of due weeks
(shared by every officer with no leave, join or retirement in the year); the rules are
weekbits.py's. A streak unbroken through the reported week-year adds its part before that
year, kept by an earlier report (`streak_carries`) while the calendar it was counted on is the
same (`carry_basis`); a part not kept yet is counted back a year at a time (`count_back`) from
the history the caller reads for just those officers, and kept. So the report's cost grows
with neither the streaks nor the history.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from visitlog.domain.dates import week_start, weeks_in_year
from visitlog.domain.due_weeks import DueBits, WorkCalendar
from visitlog.domain.models import Officer
from visitlog.domain.rules import Availability, available_days, rate
from visitlog.domain.vocab import roles_of_mask
from visitlog.domain.week_report import (
    OfficerWeek,
    StreakHistory,
    WeekFacts,
    WeekReport,
    WeekSummary,
)
from visitlog.domain.weekbits import (
    first_weeks,
    streak_in_year,
    week_bit,
    week_in_year,
    year_to_date,
)

# officer id -> [due in the week, streak, ytd_met, ytd_due]
Figures = dict[int, "list | tuple[bool, int, int, int]"]


def week_figures(facts: WeekFacts, cal: WorkCalendar, week: str, current: str
                 ) -> tuple[Figures, dict[int, Officer]]:
    """officer id -> (due in `week`, streak, ytd_met, ytd_due) for the report of `week`, with
    the kept part of every unbroken streak added; and the officers whose unbroken streak has
    no kept part (count_back's, then add_counted's). `current`: the ISO week of today."""
    year, upto = int(week[:4]), int(week[6:8])
    dues = DueBits(cal, facts.leaves)
    in_progress = week_bit(week) if week == current else 0
    this_week = week_bit(week)
    weeks = first_weeks(upto)
    figures: Figures = {}
    unbroken: dict[int, Officer] = {}
    year_start = date.fromisocalendar(year, 1, 1)
    # officers with the same due and met weeks have the same figures: most share the due
    # weeks, and a diligent office shares the met ones too
    memo: dict[tuple[int, int], tuple[tuple[bool, int, int, int], bool]] = {}
    met_get, due_of = facts.met.get, dues.of
    first, last, leaves_of = dues.span(year)
    shared = cal.shared_bits(year)
    for officer in facts.officers:
        officer_id, _name, _dept, since, retired_on = officer
        if (since <= first and (retired_on is None or retired_on > last)
                and officer_id not in leaves_of):
            key = (shared, met_get(officer_id, 0))  # DueBits.of's common case, inline
        else:
            key = (due_of(officer, year), met_get(officer_id, 0))
        known = memo.get(key)
        if known is None:
            due, bits = key
            ytd_met, ytd_due, streak, whole = week_in_year(due, bits, weeks,
                                                           in_progress & ~bits)
            known = memo[key] = ((bool(due & this_week), streak, ytd_met, ytd_due), whole)
        figures[officer_id] = known[0]
        if known[1] and since < year_start:
            unbroken[officer_id] = officer
    if not unbroken:
        return figures, {}
    bases = CarryBasis(cal, year)
    uncounted: dict[int, Officer] = {}
    kept = facts.carries
    for officer_id, officer in unbroken.items():
        carry = kept.get(officer_id)
        if carry is not None and carry[2] == bases.of(carry[1]):
            row = figures[officer_id] = list(figures[officer_id])
            row[1] += carry[0]
        else:
            uncounted[officer_id] = officer
    return figures, uncounted


def count_back(unbroken: dict[int, Officer], year: int, cal: WorkCalendar,
               history: StreakHistory) -> dict[int, tuple[int, int]]:
    """officer id -> (met due weeks counted back from the last week of `year` - 1, the
    earliest week-year counted), a year at a time for the streaks still unbroken."""
    dues = DueBits(cal, history.leaves)
    counted: dict[int, list[int]] = {officer_id: [0, year] for officer_id in unbroken}
    due_of = dues.of
    while unbroken:
        year -= 1
        met_get, weeks = history.met.get(year, {}).get, weeks_in_year(year)
        year_start = date.fromisocalendar(year, 1, 1)
        still: dict[int, Officer] = {}
        back: dict[tuple[int, int], tuple[int, bool]] = {}  # officers alike share one answer
        for officer_id, officer in unbroken.items():
            key = (due_of(officer, year), met_get(officer_id, 0))
            answer = back.get(key)
            if answer is None:
                answer = back[key] = streak_in_year(key[0], key[1], weeks)
            entry = counted[officer_id]
            entry[0] += answer[0]
            entry[1] = year
            if answer[1] and officer.since < year_start:
                still[officer_id] = officer
        unbroken = still
    return {officer_id: (streak, first) for officer_id, (streak, first) in counted.items()}


def add_counted(figures: Figures, counted: dict[int, tuple[int, int]], cal: WorkCalendar,
                year: int) -> list[tuple[int, int, int, str]]:
    """Add each counted part to its streak; the (officer id, streak, first week-year, basis)
    rows to keep for the next report of week-year `year`."""
    bases = CarryBasis(cal, year)
    for officer_id, (streak, _first) in counted.items():
        row = figures[officer_id] = list(figures[officer_id])
        row[1] += streak
    return [(officer_id, streak, first, bases.of(first))
            for officer_id, (streak, first) in counted.items()]


class CarryBasis:
    """What the calendar says of the week-years a kept streak was counted over, in a few
    characters: the working days of each of their weeks and the logbook's
    `min_available_days`. A streak counted under another calendar (a setting changed, a
    calendar entry, another release of the holiday data) is counted again."""

    def __init__(self, cal: WorkCalendar, year: int) -> None:
        self.cal, self.year = cal, year
        self._years: dict[int, bytes] = {}
        self._bases: dict[int, str] = {}

    def of(self, first: int) -> str:
        """The basis of a count over week-years `first` .. the year before `year`."""
        basis = self._bases.get(first)
        if basis is None:
            import zlib

            days = b"".join(self._days(y) for y in range(first, self.year))
            basis = self._bases[first] = (f"{first}:{self.cal.min_available_days}"
                                          f":{zlib.crc32(days):08x}{zlib.adler32(days):08x}")
        return basis

    def _days(self, year: int) -> bytes:
        """One byte per week of the week-year: its working days, bit 0 for Monday."""
        days = self._years.get(year)
        if days is None:
            workdays = self.cal.workdays
            days = self._years[year] = bytes(sum(1 << d.weekday() for d in workdays(week))
                                             for week in self.cal.weeks(year))
        return days


def week_report_of(facts: WeekFacts, cal: WorkCalendar, week: str, today: date,
                   figures: Figures) -> WeekReport:
    """The report's rows (report order), summary and calendar flags."""
    monday = week_start(week)
    sunday = monday + timedelta(days=6)
    workdays = cal.workdays(week)
    leaves, this_week = facts.leaves, facts.visits
    # leaves touching the week (facts.leaves holds those of the whole week-year)
    on_leave = {officer_id for officer_id, spans in leaves.items()
                if any(end >= monday and start <= sunday for start, end in spans)}
    rows = []
    append = rows.append
    new_row = partial(tuple.__new__, OfficerWeek)  # _make without its Python-level call
    all_week = len(workdays)
    due_count = met_count = 0
    for officer_id, name, dept, since, retired_on in facts.officers:
        due, streak, ytd_met, ytd_due = figures[officer_id]
        if (since <= monday and (retired_on is None or retired_on > sunday)
                and officer_id not in on_leave):
            available = all_week
        else:
            available = available_days(workdays, Availability(
                since, retired_on, tuple(leaves.get(officer_id, ()))))
        week_visits = this_week.get(officer_id)  # (a fresh empty list for each who has none)
        visits, enterprises, mask = week_visits if week_visits else (0, [], 0)
        if due:
            due_count += 1
            met_count += visits > 0
        append(new_row((name, dept, due, visits > 0, visits, enterprises,
                        roles_of_mask(mask), streak, ytd_met, ytd_due, available)))
    return WeekReport(
        week=week, start=monday, end=sunday, as_of=min(today, sunday),
        holiday_week=len(workdays) < cal.min_available_days,
        official_workdays=len(workdays), officers=rows,
        summary=WeekSummary(len(rows), due_count, met_count, rate(met_count, due_count)),
        guessed_years=cal.guessed_years(monday, sunday),
    )



def year_weeks(officers: list[Officer], year: int, last_week: str, current: str,
               dues: DueBits, met: dict[int, int], not_met_yet: set[int] | None = None,
               ) -> dict[int, tuple[int, int]]:
    """officer id -> (weeks met, weeks due) over weeks 1..`last_week` of week-year `year`,
    the week in progress counted only once met. `met`: officer id -> met weeks of the year;
    `not_met_yet`: officers whose visits in the week in progress all come after the report's
    as-of date (they have not met it yet)."""
    upto = int(last_week[6:8])
    in_progress = week_bit(last_week) if last_week == current else 0
    weeks = first_weeks(upto)
    first, last, leaves_of = dues.span(year)
    shared = dues.cal.shared_bits(year)
    not_yet = not_met_yet or ()
    met_get, due_of = met.get, dues.of
    result = {}
    for officer in officers:
        officer_id, _name, _dept, since, retired_on = officer
        bits = met_get(officer_id, 0) & weeks
        if officer_id in not_yet:
            bits &= ~in_progress
        if (since <= first and (retired_on is None or retired_on > last)
                and officer_id not in leaves_of):
            due = shared  # DueBits.of's common case, inline
        else:
            due = due_of(officer, year)
        result[officer_id] = year_to_date(due, bits, upto, in_progress & ~bits)
    return result
