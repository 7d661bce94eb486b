"""Parse dates and week specs relative to a given `today`; ISO 8601 week helpers.

Nothing here reads the clock: callers pass `today` (the CLI takes it from VISITLOG_TODAY or
the system date, once).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from visitlog.domain.errors import Invalid
from visitlog.domain.text import FULL_WIDTH_DIGITS

_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE = {"today": 0, "yesterday": 1, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
# Patterns are compiled on first use (re caches them): `log --date 2026-11-20` needs one.
# 2026-11-20, and as spreadsheets on Chinese Windows write it: 2026/11/20, 2026.11.20,
# 2026年11月20日
# (`(?a)`: \d is 0-9 only, not ٣ or other scripts' digits; full-width ones are made ASCII first)
_ISO = r"(?a)^(\d{4})(?:-(\d{1,2})-|/(\d{1,2})/|\.(\d{1,2})\.|年(\d{1,2})月)(\d{1,2})日?$"
_MONTH_DAY = r"^([0-9]{1,2})(?:-([0-9]{1,2})|月([0-9]{1,2})日?)$"
_DAYS_AGO = r"^(?:([0-9]+)\s*days?\s+ago|-([0-9]+)d|([0-9]+)\s*天前)$"
_ZH_WEEKDAY = r"^(上)?(?:周|星期|礼拜)([一二三四五六日天])$"
_WEEK = r"(?i)^(?:([0-9]{4})-)?W([0-9]{1,2})$"


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Invalid("date.invalid", text=text) from None


def _most_recent(weekday: int, today: date) -> date:
    return today - timedelta(days=(today.weekday() - weekday) % 7)


# Week names are YYYY-Www: a date outside these years cannot be stored or reported.
MIN_YEAR, MAX_YEAR = 1900, 9998


def in_range(day: date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


def parse_date(text: str, today: date) -> date:
    """Parse a DATE as SPEC defines it. Raises Invalid with the typed text."""
    try:
        day = _parse_date(text, today)
    except OverflowError:  # e.g. "99999999 days ago"
        raise Invalid("date.invalid", text=text.strip()) from None
    if not in_range(day):
        raise Invalid("date.invalid", text=text.strip())
    return day


def _parse_date(text: str, today: date) -> date:
    raw = text.strip().translate(FULL_WIDTH_DIGITS)  # ２０２６-１１-２０, as Chinese IMEs type it
    low = raw.lower()
    if low in _RELATIVE:
        return today - timedelta(days=_RELATIVE[low])
    if m := re.match(_ISO, raw):
        month = next(g for g in m.groups()[1:5] if g)
        return _make(int(m[1]), int(month), int(m[6]), raw)
    if m := re.match(_MONTH_DAY, raw):
        return _month_day(int(m[1]), int(m[2] or m[3]), raw, today)
    if m := re.match(_DAYS_AGO, low):
        return today - timedelta(days=int(m[1] or m[2] or m[3]))
    words = low.split()
    if len(words) == 2 and words[0] == "last" and words[1] in _WEEKDAYS:
        return _most_recent(_WEEKDAYS[words[1]], today)
    if low in _WEEKDAYS:
        return _most_recent(_WEEKDAYS[low], today)
    if m := re.match(_ZH_WEEKDAY, raw):
        weekday = _ZH_WEEKDAYS[m[2]]
        if m[1]:  # 上周五: that weekday of the previous ISO week
            return week_monday(today) - timedelta(days=7) + timedelta(days=weekday)
        return _most_recent(weekday, today)
    raise Invalid("date.invalid", text=raw)


def _month_day(month: int, day: int, text: str, today: date) -> date:
    """This year's, unless that is more than half a year ahead: then last year's (on 2 January
    `12-30` is three days ago, not next December)."""
    this_year = _make(today.year, month, day, text)
    if (this_year - today).days > 183:
        return _make(today.year - 1, month, day, text)
    return this_year


def parse_past_date(text: str, today: date) -> date:
    """A DATE for something that happened: the future is refused."""
    day = parse_date(text, today)
    if day > today:
        raise Invalid("date.future", text=text.strip(), day=day.isoformat())
    return day


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_key(day: date) -> str:
    """The ISO week name of a day, e.g. 2026-W47."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(key: str) -> date:
    """Monday of an ISO week named YYYY-Www."""
    year, week = int(key[:4]), int(key[6:8])
    return date.fromisocalendar(year, week, 1)


def weeks_in_year(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def shift_week(key: str, weeks: int) -> str:
    return week_key(week_start(key) + timedelta(weeks=weeks))


def parse_week(text: str, today: date) -> str:
    """Parse a week SPEC (2026-W47, W47, this, last, or any DATE) to its ISO week name."""
    raw = text.strip().translate(FULL_WIDTH_DIGITS)
    low = raw.lower()
    if low in ("this", "本周", "这周"):
        return week_key(today)
    if low in ("last", "上周"):
        return week_key(today - timedelta(days=7))
    if m := re.match(_WEEK, raw):
        year = int(m[1]) if m[1] else today.isocalendar()[0]
        week = int(m[2])
        if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= week <= weeks_in_year(year):
            raise Invalid("week.invalid", text=raw)
        return f"{year}-W{week:02d}"
    try:
        return week_key(parse_date(raw, today))
    except Invalid:
        raise Invalid("week.invalid", text=raw) from None
