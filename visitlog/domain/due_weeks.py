"""Which weeks an officer is due in: the official working days, the logbook's rules and each
officer's availability. Pure: the working days of each calendar year are handed in.

`WorkCalendar` answers for one week at a time (rules.py's terms); `DueBits` for a whole
week-year at once, as a bit set (bit n-1 = ISO week n, weekbits.py's terms), shared by every
officer with no leave, join or retirement in the year.
"""

from __future__ import annotations

from datetime import date, timedelta

from visitlog.domain.dates import week_key, week_start, weeks_in_year
from visitlog.domain.models import Officer
from visitlog.domain.rules import (
    DEFAULT_MIN_AVAILABLE_DAYS,
    Availability,
    available_days,
    is_due,
)
from visitlog.domain.weekbits import first_weeks

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    Leaves = Sequence[tuple[date, date]]


def weekdays_of_year(year: int) -> frozenset[date]:
    """Monday to Friday of a calendar year (the logbook setting `calendar = weekdays`)."""
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return frozenset(day for day in (start + timedelta(days=i) for i in range(days))
                     if day.weekday() < 5)


class WorkCalendar:
    """Due-ness of weeks for officers, sharing one answer among the ordinary ones.

    `year_days(year)` gives the official working days of a calendar year (the service looks
    them up in the holidays package and the logbook's calendar entries; tests hand a dict's
    `__getitem__`); `is_official(year)` whether a year's days are the State Council's, None
    when the logbook counts plain Monday-Friday by its own choice (nothing is guessed)."""

    def __init__(self, min_available_days: int = DEFAULT_MIN_AVAILABLE_DAYS,
                 year_days: Callable[[int], frozenset[date]] = weekdays_of_year,
                 is_official: Callable[[int], bool] | None = None) -> None:
        self.min_available_days = min_available_days
        self.year_days = year_days
        self.is_official = is_official
        self._workdays: dict[str, tuple[date, ...]] = {}
        # week -> (due for an officer available all week, (first, last) working day or None)
        self._plain: dict[str, tuple[bool, tuple[date, date] | None]] = {}
        self._weeks: dict[int, list[str]] = {}
        self._shared: dict[int, int] = {}

    def workdays(self, week: str) -> tuple[date, ...]:
        """The official working days of an ISO week, in order."""
        days = self._workdays.get(week)
        if days is None:
            monday = week_start(week)
            week_days = [monday + timedelta(days=i) for i in range(7)]
            if monday.year == week_days[6].year:  # (one year's days to look in)
                official = self.year_days(monday.year)
                days = tuple(day for day in week_days if day in official)
            else:
                days = tuple(day for day in week_days if day in self.year_days(day.year))
            self._workdays[week] = days
        return days

    def guessed_years(self, first: date, last: date) -> tuple[int, ...]:
        """The years of [first, last] whose working days are the package's guess: neither
        it nor the logbook holds the State Council's schedule for them."""
        if self.is_official is None:
            return ()
        return tuple(year for year in range(first.year, last.year + 1)
                     if not self.is_official(year))

    def due(self, week: str, availability: Availability | None) -> bool:
        """`availability` None means an officer active all week and not on leave."""
        plain = self._plain.get(week)
        if plain is None:
            days = self.workdays(week)
            bounds = (days[0], days[-1]) if days else None
            plain = self._plain[week] = (is_due(len(days), self.min_available_days), bounds)
        if availability is None or plain[1] is None or _whole(*plain[1], availability):
            return plain[0]
        count = available_days(self.workdays(week), availability)
        return is_due(count, self.min_available_days)

    def weeks(self, year: int) -> list[str]:
        """The ISO week names of a week-year, W01 first."""
        weeks = self._weeks.get(year)
        if weeks is None:
            weeks = self._weeks[year] = [f"{year}-W{n:02d}"
                                         for n in range(1, weeks_in_year(year) + 1)]
        return weeks

    def shared_bits(self, year: int) -> int:
        """Due weeks of week-year `year` of an officer available all year."""
        bits = self._shared.get(year)
        if bits is None:
            bits = self._shared[year] = sum(1 << i for i, week in enumerate(self.weeks(year))
                                            if self.due(week, None))
        return bits


def _whole(first: date, last: date, availability: Availability) -> bool:
    """Available on every day from first to last (the common case, without a per-day check)."""
    return (availability.since <= first
            and (availability.retired_on is None or last < availability.retired_on)
            and all(end < first or start > last for start, end in availability.leaves))


def weeks_back(last: str, first: str) -> list[str]:
    """ISO week names from `last` back to `first`, newest first."""
    weeks, monday, stop = [], week_start(last), week_start(first)
    while monday >= stop:
        weeks.append(week_key(monday))
        monday -= timedelta(days=7)
    return weeks


def throughout(officer: Officer, first: date, last: date, on_leave: bool) -> bool:
    """Active every day of [first, last] and (`on_leave` False) on no leave in it: the common
    case, in which officers share one answer."""
    return (not on_leave and officer.since <= first
            and (officer.retired_on is None or officer.retired_on > last))


def availability_in(officer: Officer, leaves: Leaves, first: date, last: date
                    ) -> Availability | None:
    """None for an officer active throughout [first, last] with no leave in it."""
    if throughout(officer, first, last, bool(leaves)):
        return None
    return Availability(officer.since, officer.retired_on, tuple(leaves))


def year_span(year: int) -> tuple[date, date]:
    """The first and last day of ISO week-year `year`."""
    return date.fromisocalendar(year, 1, 1), date.fromisocalendar(year, weeks_in_year(year), 7)


class DueBits:
    """Each officer's due weeks of a week-year as a bit set, from the calendar and the leaves
    (officer id -> (start, end) pairs; those touching the week-years asked about suffice)."""

    def __init__(self, cal: WorkCalendar, leaves: Mapping[int, Leaves]) -> None:
        self.cal, self.leaves = cal, leaves
        self._spans: dict[int, tuple[date, date, dict[int, list[tuple[date, date]]]]] = {}

    def span(self, year: int) -> tuple[date, date, dict[int, list[tuple[date, date]]]]:
        """The week-year's first and last day, and the leaves touching it by officer."""
        span = self._spans.get(year)
        if span is None:
            first, last = year_span(year)
            touching: dict[int, list[tuple[date, date]]] = {}
            for officer_id, leaves in self.leaves.items():
                inside = [(a, b) for a, b in leaves if b >= first and a <= last]
                if inside:
                    touching[officer_id] = inside
            span = self._spans[year] = (first, last, touching)
        return span

    def of(self, officer: Officer, year: int) -> int:
        first, last, leaves_of = self._spans.get(year) or self.span(year)
        if throughout(officer, first, last, officer.id in leaves_of):
            return self.cal.shared_bits(year)  # availability_in's None, without building it
        return self._irregular(officer, year, first, last, leaves_of.get(officer.id, ()))

    def _irregular(self, officer: Officer, year: int, first: date, last: date,
                   leaves: Leaves) -> int:
        """Due weeks of an officer who joins, retires or takes leave within the year."""
        cal = self.cal
        availability = availability_in(officer, leaves, first, last)
        if availability is None:
            return cal.shared_bits(year)
        weeks = cal.weeks(year)
        if cal.min_available_days < 1:  # due even without a day available
            return sum(1 << i for i, week in enumerate(weeks) if cal.due(week, availability))
        # active from the week of `since` through the week of `retired_on`: the shared bits
        # inside, a week-by-week check only where a day of the week may be missing
        if officer.since > last or (officer.retired_on is not None
                                    and officer.retired_on <= first):
            return 0
        count = len(weeks)
        start = 0 if officer.since <= first else officer.since.isocalendar()[1] - 1
        end = (count - 1 if officer.retired_on is None
               or officer.retired_on > last else officer.retired_on.isocalendar()[1] - 1)
        # only a week someone joins or retires in, or takes leave in, may differ from the rest
        edges = set()
        if officer.since > first:
            edges.add(start)
        if officer.retired_on is not None and officer.retired_on <= last:
            edges.add(end)
        for leave_start, leave_end in leaves:
            lo = 0 if leave_start <= first else leave_start.isocalendar()[1] - 1
            hi = count - 1 if leave_end >= last else leave_end.isocalendar()[1] - 1
            edges.update(range(lo, hi + 1))
        bits = cal.shared_bits(year) & first_weeks(end + 1) & ~first_weeks(start)
        since, retired_on, minimum = officer.since, officer.retired_on, cal.min_available_days
        for index in edges:
            if start <= index <= end:
                # cal.due(week, availability), counted here in one loop: a province's
                # officers with leave go through this for every week of their leaves
                available = 0
                for day in cal.workdays(weeks[index]):
                    if (since <= day and (retired_on is None or day < retired_on)
                            and not any(a <= day <= b for a, b in leaves)):
                        available += 1
                bit = 1 << index
                bits = (bits | bit) if available >= minimum else bits & ~bit
        return bits
