"""Week figures for many officers at once, from the stored met_weeks bit sets.

The fast path of the week and year reports: per officer and week-year, one integer of met
weeks (store/weekly.met_bits) and one of due weeks, shared by every officer with no leave,
join or retirement in that year; the rules are weekbits.py's. A streak reaching back past the
year adds its part before the year, kept from an earlier report while nothing it was counted
from has changed (store/weekly.streak_carries), so the cost grows with neither the streaks nor
the history; only a streak not kept yet is followed back a year at a time.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.dates import weeks_in_year
from visitlog.domain.models import Officer
from visitlog.domain.weekbits import first_weeks, streak_in_year, week_bit, year_to_date
from visitlog.service.weekcal import (
    WeekCalendar,
    availability_in,
    leaves_by_officer,
    throughout,
)
from visitlog.store import weekly


class DueBits:
    """Each officer's due weeks of a week-year as a bit set."""

    def __init__(self, conn: sqlite3.Connection, cal: WeekCalendar) -> None:
        self.conn, self.cal = conn, cal
        self._shared: dict[int, int] = {}
        self._spans: dict[int, tuple[date, date, dict[int, list[tuple[date, date]]]]] = {}
        self._weeks: dict[int, list[str]] = {}

    def weeks(self, year: int) -> list[str]:
        if year not in self._weeks:
            self._weeks[year] = [f"{year}-W{n:02d}" for n in range(1, weeks_in_year(year) + 1)]
        return self._weeks[year]

    def shared(self, year: int) -> int:
        """Due weeks of an officer available all year."""
        if year not in self._shared:
            self._shared[year] = sum(1 << i for i, week in enumerate(self.weeks(year))
                                     if self.cal.due(week, None))
        return self._shared[year]

    def span(self, year: int) -> tuple[date, date, dict[int, list[tuple[date, date]]]]:
        """The week-year's first and last day, and the leaves touching it by officer."""
        span = self._spans.get(year)
        if span is None:
            first = date.fromisocalendar(year, 1, 1)
            last = date.fromisocalendar(year, weeks_in_year(year), 7)
            span = self._spans[year] = (first, last, leaves_by_officer(self.conn, first, last))
        return span

    def of(self, officer: Officer, year: int) -> int:
        first, last, leaves_of = self._spans.get(year) or self.span(year)
        if throughout(officer, first, last, officer.id in leaves_of):
            return self.shared(year)  # availability_in's None, without building it
        return self._irregular(officer, year, first, last, leaves_of.get(officer.id, ()))

    def _irregular(self, officer: Officer, year: int, first: date, last: date,
                   leaves: list[tuple[date, date]] | tuple) -> int:
        """Due weeks of an officer who joins, retires or takes leave within the year."""
        availability = availability_in(officer, leaves, first, last)
        if availability is None:
            return self.shared(year)
        weeks = self.weeks(year)
        if self.cal.rulebook.min_available_days < 1:  # due even without a day available
            return sum(1 << i for i, week in enumerate(weeks)
                       if self.cal.due(week, availability))
        # active from the week of `since` through the week of `retired_on`: the shared bits
        # inside, a week-by-week check only where a day of the week may be missing
        if officer.since > last or (officer.retired_on is not None
                                    and officer.retired_on <= first):
            return 0
        start = 0 if officer.since <= first else officer.since.isocalendar()[1] - 1
        end = (weeks_in_year(year) - 1 if officer.retired_on is None
               or officer.retired_on > last else officer.retired_on.isocalendar()[1] - 1)
        # only a week someone joins or retires in, or takes leave in, may differ from the rest
        edges = set()
        if officer.since > first:
            edges.add(start)
        if officer.retired_on is not None and officer.retired_on <= last:
            edges.add(end)
        for leave_start, leave_end in leaves:
            lo = 0 if leave_start <= first else leave_start.isocalendar()[1] - 1
            hi = weeks_in_year(year) - 1 if leave_end >= last else leave_end.isocalendar()[1] - 1
            edges.update(range(lo, hi + 1))
        bits = self.shared(year) & first_weeks(end + 1) & ~first_weeks(start)
        for index in edges:
            if start <= index <= end:
                bit = 1 << index
                bits = (bits | bit) if self.cal.due(weeks[index], availability) else bits & ~bit
        return bits


def week_figures(
    conn: sqlite3.Connection, officers: list[Officer], week: str, current: str,
    cal: WeekCalendar, everyone: bool,
) -> dict[int, tuple[bool, int, int, int]]:
    """officer id -> (due in `week`, streak, ytd_met, ytd_due) for the report of `week`
    (as 4-item lists: 10,000 of them need not be copied into tuples).

    `everyone`: the officers are (nearly) all, so read every officer's bits rather than by id.
    """
    year, upto = int(week[:4]), int(week[6:8])
    dues = DueBits(conn, cal)
    met = weekly.met_bits(conn, year, None if everyone else [o.id for o in officers])
    in_progress = week_bit(week) if week == current else 0
    this_week = week_bit(week)
    figures: dict[int, list] = {}
    unbroken: dict[int, Officer] = {}
    year_start = date.fromisocalendar(year, 1, 1)
    # officers with the same due and met weeks have the same figures: most share the due
    # weeks, and a diligent office shares the met ones too
    memo: dict[tuple[int, int], tuple[tuple[bool, int, int, int], bool]] = {}
    met_get, due_of = met.get, dues.of
    for officer in officers:
        key = (due_of(officer, year), met_get(officer.id, 0))
        known = memo.get(key)
        if known is None:
            due, bits = key
            pending = in_progress & ~bits
            ytd_met, ytd_due = year_to_date(due, bits, upto, pending)
            streak, whole = streak_in_year(due, bits, upto, pending)
            known = memo[key] = ((bool(due & this_week), streak, ytd_met, ytd_due), whole)
        figures[officer.id] = known[0]
        if known[1] and officer.since < year_start:
            unbroken[officer.id] = officer
            figures[officer.id] = list(known[0])  # its streak grows below
    if unbroken:
        _add_carries(conn, figures, unbroken, year, dues, everyone and len(officers))
    return figures  # type: ignore[return-value] - lists of the four, unpacked by the caller


def _add_carries(conn: sqlite3.Connection, figures: dict[int, list], unbroken: dict[int, Officer],
                 year: int, dues: DueBits, everyone: int) -> None:
    """Add to each streak unbroken through week-year `year` its part before that year: kept
    from an earlier report (store/weekly.streak_carries) while what it was counted from is as
    it was, else counted back a year at a time and kept for the next report. So a report
    reads one row per officer, however long the streaks and the history behind them."""
    basis = CarryBasis(dues, year)
    first = weekly.carried_since(conn, year)
    kept = {} if first is None else weekly.streak_carries(
        conn, year, [basis.of(y) for y in range(first, year)],
        None if len(unbroken) * 2 > everyone > 0 else list(unbroken))
    missing: dict[int, Officer] = {}
    for officer_id, officer in unbroken.items():
        carry = kept.get(officer_id)
        if carry is not None:
            figures[officer_id][1] += carry
        else:
            missing[officer_id] = officer
    if not missing:
        return
    counted = _count_back(conn, missing, year, dues, everyone)
    for officer_id, (streak, _from) in counted.items():
        figures[officer_id][1] += streak
    weekly.keep_streak_carries(conn, year, [(officer_id, streak, since, basis.of(since))
                                            for officer_id, (streak, since) in counted.items()])


def _count_back(conn: sqlite3.Connection, unbroken: dict[int, Officer], year: int,
                dues: DueBits, everyone: int) -> dict[int, tuple[int, int]]:
    """officer id -> (met due weeks counted back from the last week of `year` - 1, the
    earliest week-year counted), a year at a time for the streaks still unbroken. `everyone`:
    how many officers the report lists when it lists every officer (else 0)."""
    counted: dict[int, list[int]] = {officer_id: [0, year] for officer_id in unbroken}
    due_of = dues.of
    while unbroken:
        # a year further back, for the streaks still unbroken (when they are most officers,
        # every officer's bits are read at once, and officers alike share one answer)
        year -= 1
        met = weekly.met_bits(conn, year, None if len(unbroken) * 2 > everyone > 0
                              else list(unbroken))
        met_get, weeks = met.get, weeks_in_year(year)
        year_start = date.fromisocalendar(year, 1, 1)
        still: dict[int, Officer] = {}
        back: dict[tuple[int, int], tuple[int, bool]] = {}
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


class CarryBasis:
    """What the calendar says of the week-years a kept streak was counted over, in a few
    characters: the working days of each of their weeks and the logbook's
    `min_available_days`. A streak counted under another calendar (a setting changed, a
    calendar entry, another release of the holiday data) is counted again."""

    def __init__(self, dues: DueBits, year: int) -> None:
        self.dues, self.year = dues, year
        self._years: dict[int, bytes] = {}
        self._bases: dict[int, str] = {}

    def of(self, first: int) -> str:
        """The basis of a count over week-years `first` .. the year before `year`."""
        basis = self._bases.get(first)
        if basis is None:
            import zlib

            days = b"".join(self._days(y) for y in range(first, self.year))
            basis = self._bases[first] = (f"{first}:{self.dues.cal.rulebook.min_available_days}"
                                          f":{zlib.crc32(days):08x}{zlib.adler32(days):08x}")
        return basis

    def _days(self, year: int) -> bytes:
        """One byte per week of the week-year: its working days, bit 0 for Monday."""
        days = self._years.get(year)
        if days is None:
            workdays = self.dues.cal.workdays
            days = self._years[year] = bytes(sum(1 << d.weekday() for d in workdays(week))
                                             for week in self.dues.weeks(year))
        return days


def year_weeks(
    conn: sqlite3.Connection, officers: list[Officer], year: int, last_week: str, current: str,
    cal: WeekCalendar, everyone: bool, not_met_yet: set[int] | None = None,
) -> dict[int, tuple[int, int]]:
    """officer id -> (weeks met, weeks due) over weeks 1..`last_week` of week-year `year`,
    the week in progress counted only once met. `not_met_yet`: officers whose visits in the
    week in progress all come after the report's as-of date (they have not met it yet)."""
    upto = int(last_week[6:8])
    dues = DueBits(conn, cal)
    met = weekly.met_bits(conn, year, None if everyone else [o.id for o in officers])
    in_progress = week_bit(last_week) if last_week == current else 0
    result = {}
    for officer in officers:
        bits = met.get(officer.id, 0) & first_weeks(upto)
        if not_met_yet and officer.id in not_met_yet:
            bits &= ~in_progress
        result[officer.id] = year_to_date(dues.of(officer, year), bits, upto,
                                          in_progress & ~bits)
    return result
