"""The federation's other programmes: their vocabulary and pure rules (SPEC "report campaign",
"report practice"). Nothing here reads the clock: callers pass `today` or the as-of date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from visitlog.domain.errors import Invalid
from visitlog.domain.text import FULL_WIDTH_DIGITS
from visitlog.domain.vocab import Term, resolve_term

# 三个一天: one day of each kind per officer per month.
PRACTICE_KINDS: tuple[Term, ...] = (
    Term("chair", "主席", "union chairman", "基层工会主席"),
    Term("office", "办公室", "union office staff", "工会办公室专职干部"),
    Term("worker", "职工", "ordinary worker", "普通职工"),
)
INTERVIEW_GROUPS: tuple[Term, ...] = (
    Term("frontline", "一线职工", "front-line workers"),
    Term("new_forms", "新就业形态", "new forms of employment"),
    Term("other", "其他", "other"),
)
PRACTICE_KEYS = tuple(term.key for term in PRACTICE_KINDS)
GROUP_KEYS = tuple(term.key for term in INTERVIEW_GROUPS)


def resolve_programme_term(terms: tuple[Term, ...], text: str, kind: str) -> Term:
    """Key, short or full Chinese name, or a unique prefix of any of them (errors name the
    full names: 基层工会主席 says more than 主席)."""
    return resolve_term(terms, text, kind, full_names=True)


# -- months ---------------------------------------------------------------------------------

_MONTH = re.compile(r"^([0-9]{4})-([0-9]{1,2})$")


def parse_month(text: str, today: date) -> str:
    """YYYY-MM (or `this`/`last`/本月/上月) to YYYY-MM."""
    raw = text.strip().lower().translate(FULL_WIDTH_DIGITS)
    if raw in ("this", "本月"):
        return month_key(today)
    if raw in ("last", "上月"):
        from dateutil.relativedelta import relativedelta

        return month_key(today - relativedelta(months=1))
    m = _MONTH.match(raw)
    # the years every --year takes (1900-9999): a month whose last day a date can hold
    if not m or not 1 <= int(m[2]) <= 12 or not 1900 <= int(m[1]) <= 9999:
        raise Invalid("practice.bad_month", text=text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}"


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of a YYYY-MM month."""
    from dateutil.relativedelta import relativedelta

    first = date(int(month[:4]), int(month[5:7]), 1)
    return first, first + relativedelta(day=31)  # the month's last day (9999-12 has one too)


def practice_complete(kinds: set[str] | frozenset[str]) -> bool:
    """An officer's month is complete when all three kinds of day were done."""
    return all(key in kinds for key in PRACTICE_KEYS)


# -- campaign pace ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pace:
    as_of: date
    days_total: int
    days_elapsed: int
    days_left: int
    required_per_day: float | None
    actual_per_day: float | None
    on_track: bool


def effective_as_of(today_or_given: date, end: date) -> date:
    """The as-of date is capped at the campaign's last day."""
    return min(today_or_given, end)


def campaign_pace(start: date, end: date, target: int, interviewed: int, as_of: date) -> Pace:
    """SPEC's pace rules; `as_of` is already capped at `end`. Days count inclusively."""
    days_total = (end - start).days + 1
    days_elapsed = min(max((as_of - start).days + 1, 0), days_total)
    days_left = days_total - days_elapsed  # the campaign's days after the as-of date
    if interviewed >= target:
        required: float | None = 0.0
    elif days_left == 0:
        required = None
    else:
        required = (target - interviewed) / days_left
    actual = interviewed / days_elapsed if days_elapsed else None
    # interviewed >= target * elapsed / total, compared exactly (no float rounding).
    on_track = days_elapsed == 0 or interviewed * days_total >= target * days_elapsed
    return Pace(as_of, days_total, days_elapsed, days_left, required, actual, on_track)


# -- assignments -----------------------------------------------------------------------------

_WITHIN = re.compile(r"^([0-9]+)\s*(w|weeks?|d|days?|周|天|m|months?|个月|月)?$")


def parse_within(text: str, today: date) -> int:
    """A window such as 8w, 60d, 2m, 8周, 60天, 2个月 in days back from today (a bare number
    is days). Months are calendar months: 2m on 19 November reaches back to 19 September
    (61 days), as people mean it, not 60 days."""
    m = _WITHIN.match(text.strip().lower().translate(FULL_WIDTH_DIGITS))
    if not m or int(m[1]) == 0 or int(m[1]) > 10_000:
        raise Invalid("assign.bad_within", text=text)
    unit = m[2] or "d"
    if unit[0] in "w周":
        return int(m[1]) * 7
    if unit[0] in "m个月":
        from dateutil.relativedelta import relativedelta

        return (today - (today - relativedelta(months=int(m[1])))).days
    return int(m[1])


def visited_within(last_visit: date | None, as_of: date, days: int) -> bool:
    """Visited within the window: a visit dated on or after as_of − days + 1."""
    return last_visit is not None and last_visit > as_of - timedelta(days=days)
