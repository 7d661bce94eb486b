"""Official working days: China's calendar with its make-up working days.

Wraps the maintained `holidays` package (country CN, `is_working_day`), overridden date by
date by the logbook's own calendar entries (`CalendarEntries`: the State Council's notice
typed in). The package is imported only when a year is first asked about, and each year's
answer is kept for the life of the process (keyed by the year's entries as well, so an
entry takes effect at once), so a report over many weeks asks the library once per year.

A year is *official* when the package holds the State Council's notice for it, or the
logbook has an entry in it; for other years the package guesses from the statutory dates,
without the make-up working days.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

OFFICIAL = "official"
WEEKDAYS = "weekdays"
# The years of the State Council's notices in holidays 0.85, the oldest release allowed
# (pyproject): what is assumed should the package's table ever move.
KNOWN_OFFICIAL_YEARS = frozenset(range(2001, 2027))


class CalendarEntries:
    """The logbook's calendar entries as the rules read them: (day, is a working day), by
    year. Read once per report; an empty one stands for a logbook without entries."""

    __slots__ = ("_years", "_workdays")

    def __init__(self, overrides: Iterable[tuple[date, bool]] = ()) -> None:
        years: dict[int, list[tuple[date, bool]]] = {}
        for day, working in overrides:
            years.setdefault(day.year, []).append((day, working))
        self._years = {year: tuple(sorted(days)) for year, days in years.items()}
        self._workdays: dict[int, frozenset[date]] = {}

    def of_year(self, year: int) -> tuple[tuple[date, bool], ...]:
        return self._years.get(year, ())

    def workdays_of_year(self, year: int) -> frozenset[date]:
        """The year's official working days with these entries (looked up once a year, not
        once a day: the cache's key holds the year's entries)."""
        days = self._workdays.get(year)
        if days is None:
            days = self._workdays[year] = _workdays_of_year(year, self.of_year(year))
        return days

    def years(self) -> frozenset[int]:
        return frozenset(self._years)


NO_ENTRIES = CalendarEntries()


@lru_cache(maxsize=64)
def _workdays_of_year(year: int, overrides: tuple[tuple[date, bool], ...]) -> frozenset[date]:
    """The package's working days of the year with the logbook's entries of that year."""
    days = _official_workdays_of_year(year)
    if not overrides:
        return days
    return (days - {day for day, working in overrides if not working}
            | {day for day, working in overrides if working})


@lru_cache(maxsize=16)
def _official_workdays_of_year(year: int) -> frozenset[date]:
    cache = _DiskCache.load()
    days = cache.get(year)
    if days is None:
        days = _compute_year(year)
        cache.put(year, days)
    return days


def _compute_year(year: int) -> frozenset[date]:
    import holidays  # heavy (~100 ms with a year's rules); the disk cache spares most runs

    calendar = holidays.country_holidays("CN", years=range(year - 1, year + 2))
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return frozenset(
        day
        for day in (start + timedelta(days=i) for i in range(days))
        if calendar.is_working_day(day)
    )


class _DiskCache:
    """Each year's official working days, kept in the user cache directory.

    Stored as the days that differ from Monday-Friday, keyed by the installed `holidays`
    package's files, so upgrading the package (new announcements) recomputes them. A missing,
    stale or unwritable cache only costs the computation; it never fails a command.
    """

    _loaded: _DiskCache | None = None

    def __init__(self, path: Path | None, key: str, years: dict[str, list[int]],
                 official: list[int] | None = None) -> None:
        self.path, self.key, self.years, self.official = path, key, years, official

    @classmethod
    def load(cls) -> _DiskCache:
        if cls._loaded is None:
            path, key, years, official = _cache_path(), _package_key(), {}, None
            if path is not None and key:
                try:
                    stored = json.loads(path.read_text(encoding="utf-8"))
                    if stored.get("key") == key:
                        years = stored["years"]
                        official = stored.get("official")
                        if official is not None and not all(
                                isinstance(y, int) for y in official):
                            official = None  # damaged: recompute
                except (OSError, ValueError, KeyError, TypeError, AttributeError):
                    years, official = {}, None
            cls._loaded = cls(path, key, years, official)
        return cls._loaded

    def get(self, year: int) -> frozenset[date] | None:
        flipped = self.years.get(str(year))
        if flipped is None:
            return None
        try:
            flips = {date.fromordinal(n).toordinal() for n in flipped}
        except (TypeError, ValueError, OverflowError):
            return None  # a damaged cache entry: recompute
        # in day numbers (ordinal 1, 1 January of year 1, was a Monday): a report looks up
        # each year of its weeks, a kept streak's basis every year it was counted over
        first, end = date(year, 1, 1).toordinal(), date(year + 1, 1, 1).toordinal()
        weekdays = {n for n in range(first, end) if (n + 6) % 7 < 5}
        return frozenset(map(date.fromordinal,
                             weekdays ^ {n for n in flips if first <= n < end}))

    def put(self, year: int, workdays: frozenset[date]) -> None:
        start = date(year, 1, 1)
        span = (date(year + 1, 1, 1) - start).days
        self.years[str(year)] = [
            day.toordinal() for day in (start + timedelta(days=i) for i in range(span))
            if (day.weekday() < 5) != (day in workdays)
        ]
        self._save()

    def put_official(self, years: frozenset[int]) -> None:
        self.official = sorted(years)
        self._save()

    def _save(self) -> None:
        if self.path is None or not self.key:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            stored = {"key": self.key, "years": self.years, "official": self.official}
            temporary.write_text(json.dumps(stored), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass


def _cache_path() -> Path | None:
    explicit = os.environ.get("VISITLOG_CACHE_DIR")
    if explicit:
        return Path(explicit) / "workdays.json"
    try:
        from visitlog.config import user_dir

        return user_dir("cache") / "workdays.json"
    except Exception:  # noqa: BLE001 - no cache directory: compute every time
        return None


def _package_key() -> str:
    """Identifies the installed holidays package's China rules without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("holidays")
    except (ImportError, ValueError):
        return ""
    if spec is None or spec.origin is None:
        return ""
    package = Path(spec.origin).parent
    parts = []
    for name in ("version.py", "countries/china.py"):
        try:
            info = (package / name).stat()
        except OSError:
            return ""
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return f"{package}|" + "|".join(parts)


def is_working_day(day: date, calendar: str = OFFICIAL,
                   entries: CalendarEntries = NO_ENTRIES) -> bool:
    if calendar == WEEKDAYS:
        return day.weekday() < 5
    return day in entries.workdays_of_year(day.year)


def working_days_of_week(monday: date, calendar: str = OFFICIAL,
                         entries: CalendarEntries = NO_ENTRIES) -> tuple[date, ...]:
    """The working days of the ISO week starting on `monday`, in order."""
    return tuple(
        day
        for day in (monday + timedelta(days=i) for i in range(7))
        if is_working_day(day, calendar, entries)
    )


def package_official_years() -> frozenset[int]:
    """The years whose State Council notice the installed package holds (its China
    special-days table), kept in the disk cache beside the working days."""
    cache = _DiskCache.load()
    if cache.official is None:
        cache.put_official(_compute_official_years())
    return frozenset(cache.official or ())


def _compute_official_years() -> frozenset[int]:
    try:
        from holidays.countries.china import ChinaStaticHolidays

        return frozenset(int(year) for year in ChinaStaticHolidays.special_public_holidays)
    except (ImportError, AttributeError, TypeError, ValueError):
        return KNOWN_OFFICIAL_YEARS


def is_official_year(year: int, entries: CalendarEntries = NO_ENTRIES) -> bool:
    return year in entries.years() or year in package_official_years()


def package_days_of_year(year: int, lang: str) -> dict[date, tuple[bool, str]]:
    """The package's days of the year that differ from Monday-Friday: day -> (is a working
    day, the holiday's name in `lang`, '' for a make-up working day)."""
    import holidays

    calendar = holidays.country_holidays("CN", years=year,
                                         language="zh_CN" if lang == "zh" else "en_US")
    working = _official_workdays_of_year(year)
    start = date(year, 1, 1)
    days = {}
    for day in (start + timedelta(days=i) for i in range((date(year + 1, 1, 1) - start).days)):
        if (day.weekday() < 5) != (day in working):
            days[day] = (day in working, "; ".join(calendar.get_list(day)))
    return days
